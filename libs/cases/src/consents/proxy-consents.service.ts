import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { Clock, isUuid, RequestContext, requireAccess, selectOne, selectRows, TenantDatabase } from '@county/tenancy';
import { casesAudit } from '../cases.audit';
import { CasesError } from '../cases.errors';
import { prepareMaterialContent } from '../materials/material-content';
import { MATERIAL_FILES_OPTIONS, MaterialFilesSettings } from '../materials/material-files.options';
import { checkConsentForm, ConsentFormFields } from './consent-form';
import { ConsentRow, consentRows, consentViewOf } from './proxy-consent-rows';
import { ConsentHolder, ProxyConsentView } from './proxy-consent.types';

export interface ConsentEvidenceDownload {
  consent: ProxyConsentView;
  mime: string;
  body: Buffer;
}

/** The station of a village agent: the village she serves, where she holds the role. */
export function stationOf(ctx: RequestContext): string | null {
  return ctx.memberships.find((m) => m.role === 'village_agent')?.orgUnitId ?? null;
}

/**
 * 委托书: an applicant's consent to filing by proxy, recorded by the agent it names with the
 * photo of the signed (or fingerprinted) form, and withdrawn when the applicant says so — after
 * which the agent no longer sees him, his cases or their photos (cases.permissions.ts).
 */
@Injectable()
export class ProxyConsents {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(MATERIAL_FILES_OPTIONS) private readonly files: MaterialFilesSettings,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  get maxBytes(): number {
    return this.files.maxBytes;
  }

  /** The consents of an applicant the caller may see, newest first. */
  list(ctx: RequestContext, applicantId: string): Promise<ProxyConsentView[]> {
    ctx.assertCan('read', 'ProxyConsent');
    return this.db.run(ctx, async (m) => {
      if (!isUuid(applicantId)) throw CasesError.ApplicantNotFound(applicantId);
      const params: unknown[] = [applicantId];
      const rows = await consentRows(m, `pc.applicant_id = $1 AND ${ctx.allowedSql('read', 'ProxyConsent', params)}`, params);
      return this.views(m, rows);
    });
  }

  async record(ctx: RequestContext, applicantId: string, fields: ConsentFormFields, bytes: Buffer | undefined): Promise<ProxyConsentView> {
    ctx.assertCan('create', 'ProxyConsent');
    const form = checkConsentForm(fields, this.clock.today());
    const holderId = form.holder === ConsentHolder.AGENT ? ctx.user.id : stationOf(ctx);
    if (!holderId) throw CasesError.ProxyConsentInvalid('holder', '您不属于任何代办点，请选择代办员本人', 'you belong to no station: choose AGENT');
    const id = form.id ?? randomUUID();
    // Who the applicant is and whether the caller may take his consent is settled before the photo is looked at.
    const existing = await this.db.run(ctx, async (m) => {
      await this.mayRecordFor(m, ctx, applicantId, holderId);
      const [again] = await consentRows(m, `pc.id = $1`, [id]);
      if (again && again.applicant_id !== applicantId) throw CasesError.ProxyConsentInvalid('id', '该编号已用于另一份委托书', 'this id names another consent');
      if (!again) await this.checkMatters(m, form.matterCodes);
      return again ? (await this.views(m, [again]))[0] : null;
    });
    // A retry of a recorded consent (the phone lost the answer) gets the same consent back.
    if (existing) return existing;
    if (!bytes?.length) throw CasesError.ProxyConsentInvalid('evidence', '请拍摄签字或按手印的委托书照片', 'attach the photo of the signed or fingerprinted form');
    const content = await prepareMaterialContent(bytes, this.files.maxBytes);
    // A key of its own per attempt: undoing a lost race never removes the winner's photo.
    const key = `${ctx.tenantId}/${applicantId}/${randomUUID()}.${content.ext}`;
    await this.files.store.put(key, content.body, content.mime);
    try {
      return await this.db.run(ctx, async (m) => {
        await this.mayRecordFor(m, ctx, applicantId, holderId);
        const inserted = await selectOne<{ id: string }>(
          m,
          `INSERT INTO proxy_consent (tenant_id, id, applicant_id, agent_user_id, station_unit_id, all_matters, matter_codes, valid_from, valid_until,
             evidence_kind, evidence_key, evidence_mime, evidence_bytes, evidence_sha256, recorded_by)
           VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6, $7::date, $8::date, $9, $10, $11, $12, $13, $14)
           ON CONFLICT (tenant_id, id) DO NOTHING RETURNING id`,
          [id, applicantId, form.holder === ConsentHolder.AGENT ? holderId : null, form.holder === ConsentHolder.STATION ? holderId : null,
            form.allMatters, form.matterCodes, form.validFrom, form.validUntil, form.evidenceKind, key, content.mime, content.body.length, content.sha256, ctx.user.id],
        );
        // Recorded at the same moment by a retry that overtook this one: that one's photo stands.
        if (!inserted) throw new ConsentRace();
        await casesAudit(m, ctx, 'proxy_consent_recorded', { type: 'Applicant', id: applicantId }, {
          consentId: id,
          consentHolder: form.holder,
          allMatters: form.allMatters,
          matterCodes: form.matterCodes,
          validFrom: form.validFrom,
          validUntil: form.validUntil,
          evidenceKind: form.evidenceKind,
          sha256: content.sha256,
        });
        return (await this.views(m, await consentRows(m, `pc.id = $1`, [id])))[0];
      });
    } catch (e) {
      await this.files.store.delete(key).catch(() => undefined);
      if (e instanceof ConsentRace) return this.db.run(ctx, async (m) => (await this.views(m, await consentRows(m, `pc.id = $1`, [id])))[0]);
      throw e;
    }
  }

  /** 撤回委托: the applicant's word, recorded by the agent it names or at the township's counter. */
  withdraw(ctx: RequestContext, id: string, reason: string): Promise<ProxyConsentView> {
    const why = (reason ?? '').trim();
    if (!why || why.length > 500) throw CasesError.ProxyConsentInvalid('reason', '请写明撤回原因（最多 500 字）', 'give the reason, at most 500 characters');
    return this.db.run(ctx, async (m) => {
      await requireAccess(m, ctx, 'read', 'ProxyConsent', [id]);
      await requireAccess(m, ctx, 'withdraw', 'ProxyConsent', [id]);
      const [row] = await selectRows<{ applicant_id: string; withdrawn_at: Date | null }>(m, `SELECT applicant_id, withdrawn_at FROM proxy_consent WHERE id = $1 FOR UPDATE`, [id]);
      if (row.withdrawn_at) throw CasesError.ProxyConsentAlreadyWithdrawn();
      await m.query(`UPDATE proxy_consent SET withdrawn_at = $2, withdrawn_by = $3, withdrawal_reason = $4 WHERE id = $1`, [id, this.clock.now(), ctx.user.id, why]);
      await casesAudit(m, ctx, 'proxy_consent_withdrawn', { type: 'Applicant', id: row.applicant_id }, { consentId: id, reason: why });
      return (await this.views(m, await consentRows(m, `pc.id = $1`, [id])))[0];
    });
  }

  /** The photo of the form, for those who may read the consent. */
  async evidence(ctx: RequestContext, id: string): Promise<ConsentEvidenceDownload> {
    const row = await this.db.run(ctx, async (m) => {
      await requireAccess(m, ctx, 'read', 'ProxyConsent', [id]);
      const [found] = await consentRows(m, `pc.id = $1`, [id]);
      return { row: found, view: (await this.views(m, [found]))[0] };
    });
    const body = await this.files.store.get(row.row.evidence_key);
    if (!body) throw CasesError.ProxyConsentNotFound(id);
    return { consent: row.view, mime: row.row.evidence_mime, body };
  }

  /** An applicant of a village the caller serves; any other answers NOT_FOUND, as if he were not there. */
  private async mayRecordFor(m: EntityManager, ctx: RequestContext, applicantId: string, holderId: string): Promise<void> {
    const applicant = isUuid(applicantId)
      ? await selectOne<{ path: string | null }>(
          m,
          `SELECT u.path::text AS path FROM applicant ap LEFT JOIN org_unit u ON u.tenant_id = ap.tenant_id AND u.id = ap.residence_unit_id WHERE ap.id = $1`,
          [applicantId],
        )
      : null;
    if (!applicant || !ctx.can('create', 'ProxyConsent', { applicantPath: applicant.path, holderId })) throw CasesError.ApplicantNotFound(applicantId);
  }

  /** Named matters exist in the county and allow proxy filing (as their newest published version says). */
  private async checkMatters(m: EntityManager, codes: string[]): Promise<void> {
    if (!codes.length) return;
    const rows = await selectRows<{ code: string; name: string; proxy_allowed: boolean }>(
      m,
      `SELECT DISTINCT ON (mt.implementation_code) mt.implementation_code AS code, v.name, coalesce((v.content->>'proxyAllowed')::boolean, false) AS proxy_allowed
         FROM matter mt JOIN matter_version v ON v.tenant_id = mt.tenant_id AND v.matter_id = mt.id AND v.status = 'published'
        WHERE mt.implementation_code = ANY ($1) AND mt.retired_at IS NULL
        ORDER BY mt.implementation_code, v.version DESC`,
      [codes],
    );
    const unknown = codes.find((c) => !rows.some((r) => r.code === c));
    if (unknown) throw CasesError.ProxyConsentInvalid('matterCodes', `本县没有实施编码为 ${unknown} 的在用事项`, `the county has no matter in use with implementation code ${unknown}`);
    const notAllowed = rows.find((r) => !r.proxy_allowed);
    if (notAllowed) throw CasesError.ProxyNotAllowed(notAllowed.name);
  }

  private async views(m: EntityManager, rows: ConsentRow[]): Promise<ProxyConsentView[]> {
    const codes = [...new Set(rows.flatMap((r) => r.matter_codes))];
    const names = new Map<string, string>();
    if (codes.length) {
      const found = await selectRows<{ code: string; name: string }>(
        m,
        `SELECT DISTINCT ON (mt.implementation_code) mt.implementation_code AS code, v.name
           FROM matter mt JOIN matter_version v ON v.tenant_id = mt.tenant_id AND v.matter_id = mt.id
          WHERE mt.implementation_code = ANY ($1) ORDER BY mt.implementation_code, (v.status = 'published') DESC, v.version DESC`,
        [codes],
      );
      for (const r of found) names.set(r.code, r.name);
    }
    const today = this.clock.today();
    return rows.map((r) => consentViewOf(r, today, names));
  }
}

/** A retry's insert lost to another with the same id; the winner's row is the answer. */
class ConsentRace extends Error {}
