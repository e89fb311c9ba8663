import { EntityManager } from 'typeorm';
import { beijingDate } from '@county/tenancy';
import { resolveAt, TerritorialUnit } from './effective-catalog';
import { InForceRow } from './matter-reads';
import { LocalSettingView } from './matter.type';
import type { MatterContent } from './content/matter-content';
import { publishedContents } from './version-content-cache';

/**
 * What applied for a matter at a unit at one instant: the county's version in force that day
 * and the township's and village's settings valid then, resolved by the same rules as the
 * effective catalog. Cases snapshot it at acceptance; it can be asked again for any past instant.
 */
export interface AppliedTerms {
  at: Date;
  matterId: string;
  version: number;
  effectiveFrom: string;
  /** 承诺时限: the shortest of the county's, the township's and the village's then */
  promisedDays: number;
  countyPromisedDays: number;
  statutoryDays: number;
  place: string;
  hours: string;
  consultPhone: string;
  windowId: string | null;
  windowName: string | null;
  localSettings: LocalSettingView[];
  /** The version's content with the effective local values applied (what the case pins). */
  content: MatterContent;
}

/**
 * The version in force at an instant: published by then, effective by that day (Beijing), the
 * newest such; none when the matter was retired by then.
 */
async function versionInForceAt(m: EntityManager, matterId: string, at: Date): Promise<InForceRow | null> {
  const [row] = await m.query(
    `SELECT v.tenant_id, v.matter_id, v.version, v.effective_from::text AS effective_from, v.pinyin, v.pinyin_initials
       FROM matter_version v JOIN matter mt ON mt.tenant_id = v.tenant_id AND mt.id = v.matter_id
      WHERE v.matter_id = $1 AND v.status = 'published' AND v.published_at <= $2 AND v.effective_from <= $3::date
        AND (mt.retired_at IS NULL OR mt.retired_at > $2)
      ORDER BY v.version DESC LIMIT 1`,
    [matterId, at, beijingDate(at)],
  );
  if (!row) return null;
  const [content] = await publishedContents(m, [{ tenantId: row.tenant_id, matterId, version: row.version }]);
  return { matterId, version: row.version, effectiveFrom: row.effective_from, content, pinyin: row.pinyin, initials: row.pinyin_initials };
}

/** Null when the matter was not in force then, or not accepted at the unit's tier. */
export async function termsAppliedAt(m: EntityManager, unit: TerritorialUnit, matterId: string, at: Date): Promise<AppliedTerms | null> {
  const version = await versionInForceAt(m, matterId, at);
  if (!version || !version.content.acceptingTiers.includes(unit.tier)) return null;
  const [e] = await resolveAt(m, unit, [version], { at });
  const own = e.localSettings.find((s) => s.orgUnitId === unit.id);
  return {
    at,
    matterId,
    version: e.version,
    effectiveFrom: e.effectiveFrom,
    promisedDays: e.content.promisedDays,
    countyPromisedDays: e.countyPromisedDays,
    statutoryDays: e.content.statutoryDays,
    place: e.content.place,
    hours: e.content.hours,
    consultPhone: e.content.consultPhone,
    windowId: own?.windowId ?? null,
    windowName: e.windowName,
    localSettings: e.localSettings,
    content: e.content,
  };
}
