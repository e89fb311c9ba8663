import { EntityManager } from 'typeorm';
import { selectRows } from '@county/tenancy';
import { ConsentEvidence, ConsentHolder, ConsentState, ProxyConsentView } from './proxy-consent.types';

/** Beijing's date on the database's clock, for rules tested in SQL. */
export const SQL_TODAY = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;

/** A consent row `pc` in force today (not withdrawn, within its period), as SQL. */
export const IN_FORCE_SQL = `pc.withdrawn_at IS NULL AND ${SQL_TODAY} BETWEEN pc.valid_from AND pc.valid_until`;

export interface ConsentRow {
  id: string;
  applicant_id: string;
  applicant_name: string;
  applicant_path: string | null;
  agent_user_id: string | null;
  agent_name: string | null;
  station_unit_id: string | null;
  station_name: string | null;
  all_matters: boolean;
  matter_codes: string[];
  valid_from: string;
  valid_until: string;
  evidence_kind: ConsentEvidence;
  evidence_key: string;
  evidence_mime: string;
  evidence_sha256: string;
  recorded_by: string;
  recorded_at: Date;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
}

export const CONSENT_FROM = `proxy_consent pc
  JOIN applicant pca ON pca.tenant_id = pc.tenant_id AND pca.id = pc.applicant_id
  LEFT JOIN org_unit pcu ON pcu.tenant_id = pca.tenant_id AND pcu.id = pca.residence_unit_id`;

const SELECT = `SELECT pc.id, pc.applicant_id, pca.name AS applicant_name, pcu.path::text AS applicant_path,
    pc.agent_user_id, ag.display_name AS agent_name, pc.station_unit_id, st.name AS station_name,
    pc.all_matters, pc.matter_codes, pc.valid_from::text AS valid_from, pc.valid_until::text AS valid_until,
    pc.evidence_kind, pc.evidence_key, pc.evidence_mime, pc.evidence_sha256,
    rb.username AS recorded_by, pc.recorded_at, pc.withdrawn_at, wb.username AS withdrawn_by, pc.withdrawal_reason
  FROM ${CONSENT_FROM}
  LEFT JOIN app_user ag ON ag.tenant_id = pc.tenant_id AND ag.id = pc.agent_user_id
  LEFT JOIN org_unit st ON st.tenant_id = pc.tenant_id AND st.id = pc.station_unit_id
  JOIN app_user rb ON rb.tenant_id = pc.tenant_id AND rb.id = pc.recorded_by
  LEFT JOIN app_user wb ON wb.tenant_id = pc.tenant_id AND wb.id = pc.withdrawn_by`;

/** Consents matching `where` (on `pc`), newest first; the caller has settled who may see them. */
export function consentRows(m: EntityManager, where: string, params: unknown[]): Promise<ConsentRow[]> {
  return selectRows<ConsentRow>(m, `${SELECT} WHERE ${where} ORDER BY pc.recorded_at DESC, pc.id`, params);
}

export function consentState(row: Pick<ConsentRow, 'withdrawn_at' | 'valid_from' | 'valid_until'>, today: string): ConsentState {
  if (row.withdrawn_at) return ConsentState.WITHDRAWN;
  if (today < row.valid_from) return ConsentState.NOT_YET;
  if (today > row.valid_until) return ConsentState.EXPIRED;
  return ConsentState.IN_FORCE;
}

/** Whether the consent covers a matter (by its implementation code). */
export const coversMatter = (row: Pick<ConsentRow, 'all_matters' | 'matter_codes'>, implementationCode: string) =>
  row.all_matters || row.matter_codes.includes(implementationCode);

export function consentViewOf(row: ConsentRow, today: string, matterNames: Map<string, string>): ProxyConsentView {
  const state = consentState(row, today);
  return {
    id: row.id,
    applicantId: row.applicant_id,
    applicantName: row.applicant_name,
    holder: row.agent_user_id ? ConsentHolder.AGENT : ConsentHolder.STATION,
    agentUserId: row.agent_user_id,
    agentName: row.agent_name,
    stationUnitId: row.station_unit_id,
    stationName: row.station_name,
    allMatters: row.all_matters,
    matterCodes: row.matter_codes,
    matterNames: row.matter_codes.map((code) => matterNames.get(code) ?? code),
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    evidenceKind: row.evidence_kind,
    evidenceUrl: `/api/consents/${row.id}/evidence`,
    evidenceSha256: row.evidence_sha256,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at.toISOString(),
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
    withdrawnBy: row.withdrawn_by,
    withdrawalReason: row.withdrawal_reason,
    state,
    inForce: state === ConsentState.IN_FORCE,
  };
}
