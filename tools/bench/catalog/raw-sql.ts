import { Client } from 'pg';
import { EffectiveMatterView, readContent, Tier } from '@county/catalog';
import { GuideMatterView } from '../../../libs/catalog/src/guide/guide.types';

/**
 * The floor for the two reads: one hand-written statement each, against the same tables, with
 * the same results as the services (checked by the benchmark). `owner` runs it alone as the
 * superuser with explicit tenant filters; `app` runs it as the application role under RLS in
 * the same short transaction the API opens (BEGIN, set_config, the statement, COMMIT).
 */
export type RawMode = 'owner' | 'app';

/** Newest in-force version of each live matter, from narrow columns; contents are read after. */
const CURRENT = `
  SELECT DISTINCT ON (v.matter_id) v.matter_id, v.version, mt.implementation_code
    FROM matter_version v JOIN matter mt ON mt.tenant_id = v.tenant_id AND mt.id = v.matter_id
   WHERE v.tenant_id = $1 AND v.status = 'published' AND v.effective_from <= $2::date AND mt.retired_at IS NULL
   ORDER BY v.matter_id, v.version DESC`;

/**
 * The implementing department's name, looked up by key per returned row. As a join, the planner
 * (expecting one row) scanned the county's whole org tree once per matter: 3 s in a province.
 */
const BODY_NAME = `(SELECT b.name FROM org_unit b WHERE b.tenant_id = $1 AND b.id = (v.content ->> 'implementingBodyId')::uuid) AS body_name`;

const VILLAGE_CATALOG = `
  WITH unit AS (
    SELECT u.id, u.parent_id, u.kind,
           (SELECT c.name FROM org_unit c WHERE c.tenant_id = u.tenant_id AND c.parent_id = u.id AND c.kind = 'service_center'
             ORDER BY c.code LIMIT 1) AS center_name
      FROM org_unit u WHERE u.tenant_id = $1 AND u.id = $3),
  cur AS (${CURRENT})
  SELECT v.matter_id, v.version, v.effective_from::text AS effective_from, v.content, ${BODY_NAME}, unit.center_name, ls.settings
    FROM cur
    JOIN matter_version v ON v.tenant_id = $1 AND v.matter_id = cur.matter_id AND v.version = cur.version
    CROSS JOIN unit
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('matterId', s.matter_id, 'orgUnitId', s.org_unit_id, 'orgUnitName', o.name, 'address', s.address,
               'hours', s.hours, 'phone', s.phone, 'windowId', s.window_id, 'windowName', w.name, 'promisedDays', s.promised_days,
               'updatedAt', s.updated_at) ORDER BY nlevel(o.path)) AS settings
        FROM matter_local_setting s
        JOIN org_unit o ON o.tenant_id = s.tenant_id AND o.id = s.org_unit_id
        LEFT JOIN org_unit w ON w.tenant_id = s.tenant_id AND w.id = s.window_id
       WHERE s.tenant_id = $1 AND s.matter_id = v.matter_id AND s.org_unit_id IN (unit.id, unit.parent_id) AND s.valid_to IS NULL) ls ON true
   WHERE v.accepting_tiers ? unit.kind
   ORDER BY v.pinyin, v.matter_id`;

const GUIDE_SEARCH = `
  WITH cur AS (${CURRENT})
  SELECT t.division_code, t.name AS county_name, v.matter_id, v.version, v.effective_from::text AS effective_from, v.content, ${BODY_NAME}
    FROM cur
    JOIN matter_version v ON v.tenant_id = $1 AND v.matter_id = cur.matter_id AND v.version = cur.version
    JOIN tenant t ON t.id = $1
   WHERE $3 = '' OR strpos(v.name, $3) > 0 OR starts_with(v.pinyin, $3) OR starts_with(v.pinyin_initials, $3)
      OR lower(cur.implementation_code) = $3
   ORDER BY v.pinyin, v.matter_id
   LIMIT 100`;

async function inTransaction<T>(client: Client, mode: RawMode, tenant: { id?: string; divisionCode?: string }, work: () => Promise<T>): Promise<T> {
  if (mode === 'owner') return work();
  await client.query('BEGIN');
  try {
    // The public guide knows only the division code: the definer function turns it into the tenant.
    if (tenant.id) await client.query(`SELECT set_config('app.tenant_id', $1, true), set_config('app.platform', 'off', true)`, [tenant.id]);
    else await client.query(`SELECT set_config('app.tenant_id', tenant_id_for_division($1)::text, true)`, [tenant.divisionCode]);
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}

/** The effective catalog of one village, resolved exactly as `applyLocalSettings` does. */
export async function rawVillageCatalog(
  client: Client,
  mode: RawMode,
  tenantId: string,
  villageId: string,
  today: string,
): Promise<EffectiveMatterView[]> {
  const { rows } = await inTransaction(client, mode, { id: tenantId }, () => client.query(VILLAGE_CATALOG, [tenantId, today, villageId]));
  return rows.map((r) => {
    const settings = (r.settings ?? []).map((s: any) => ({ ...s, updatedAt: new Date(s.updatedAt) }));
    const own = settings.find((s: any) => s.orgUnitId === villageId);
    const content = readContent(r.content);
    return {
      matterId: r.matter_id,
      version: r.version,
      effectiveFrom: r.effective_from,
      content: {
        ...content,
        place: own?.address ?? r.center_name ?? content.place,
        hours: own?.hours ?? content.hours,
        consultPhone: own?.phone ?? content.consultPhone,
        promisedDays: Math.min(content.promisedDays, ...settings.map((s: any) => s.promisedDays ?? Infinity)),
      },
      countyPromisedDays: content.promisedDays,
      implementingBodyName: r.body_name,
      windowName: own?.windowName ?? null,
      decidedHere: content.decidingTier === 'village',
      localSettings: settings,
    } as EffectiveMatterView;
  });
}

/** 办事指南检索: name substring, pinyin or initials prefix, or the exact implementation code. */
export async function rawGuideSearch(
  client: Client,
  mode: RawMode,
  county: { tenantId: string; divisionCode: string },
  query: string,
  today: string,
): Promise<GuideMatterView[]> {
  const needle = query.trim().toLowerCase();
  // As the app role the tenant id is what the definer function answered, the same value.
  const { rows } = await inTransaction(client, mode, { divisionCode: county.divisionCode }, () =>
    client.query(GUIDE_SEARCH, [county.tenantId, today, needle]),
  );
  return rows.map((r) => ({
    unitCode: null,
    unitName: null,
    promiseSources: [{ tier: Tier.COUNTY, unitName: r.county_name, promisedDays: readContent(r.content).promisedDays, inEffect: true }],
    countyCode: r.division_code,
    countyName: r.county_name,
    matterId: r.matter_id,
    version: r.version,
    effectiveFrom: r.effective_from,
    implementingBodyName: r.body_name,
    windowName: null,
    content: readContent(r.content),
  }));
}

/** Key-order-free JSON, to check that two reads returned the same thing. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]))
      : v,
  );
}
