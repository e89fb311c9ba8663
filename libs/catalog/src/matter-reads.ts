import { EntityManager } from 'typeorm';
import { escapeLike, KeysetQuery, nameMatchSql, searchTerms, selectRows } from '@county/tenancy';
import { publishedContents } from './version-content-cache';
import { MatterStatus, Tier, VersionStatus } from './content/catalog-enums';
import { readContent } from './content/content-versions';
import { MatterContent } from './content/matter-content';
import { LocalSettingView, MatterVersionView, MatterView } from './matter.type';

/** Reads inside a tenant transaction; RLS keeps them to the one county. */

export interface InForceRow {
  matterId: string;
  version: number;
  effectiveFrom: string;
  content: MatterContent;
  pinyin: string;
  initials: string;
}

const VERSION_COLUMNS = `v.matter_id, v.version, v.status, v.effective_from::text AS effective_from, v.published_at, v.published_by,
  v.withdrawn_at, v.withdrawal_reason, v.content`;

/** The Beijing date from which a matter's retirement holds (null: not retired). */
export const RETIRED_ON = `(mt.retired_at AT TIME ZONE 'Asia/Shanghai')::date`;

/** A matter_version row as VERSION_COLUMNS selects it. */
interface VersionRow {
  matter_id: string;
  version: number;
  status: VersionStatus;
  effective_from: string | null;
  published_at: Date | null;
  published_by: string | null;
  withdrawn_at: Date | null;
  withdrawal_reason: string | null;
  content: unknown;
}

/** An in-force version row as inForceQuery selects it. */
export interface InForceVersionRow {
  tenant_id: string;
  matter_id: string;
  version: number;
  effective_from: string;
  pinyin: string;
  pinyin_initials: string;
}

/** 待施行: published with a date after today. */
const isScheduled = (r: Pick<VersionRow, 'status' | 'effective_from'>, today: string) => r.status === 'published' && r.effective_from! > today;

function toVersion(r: VersionRow, inForceVersion: number | null, today: string): MatterVersionView {
  return {
    matterId: r.matter_id,
    version: r.version,
    status: r.status,
    effectiveFrom: r.effective_from,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
    inForce: r.version === inForceVersion,
    scheduled: isScheduled(r, today),
    withdrawnAt: r.withdrawn_at,
    withdrawalReason: r.withdrawal_reason,
    content: readContent(r.content),
  };
}

/** The version in force on a date: the newest published version already effective. */
export function inForceOf<T extends { status: string; effective_from: string | null; version: number }>(rows: T[], today: string): T | null {
  return (
    rows
      .filter((r) => r.status === 'published' && r.effective_from! <= today)
      .sort((a, b) => b.version - a.version)[0] ?? null
  );
}

/** Whole matters by id, in the order given; drafts only for those who may edit. */
export async function loadMatters(m: EntityManager, ids: string[], opts: { includeDrafts: boolean; today: string }): Promise<MatterView[]> {
  if (ids.length === 0) return [];
  const matters = await selectRows<{
    id: string;
    basic_code: string;
    implementation_code: string;
    retired_at: Date | null;
    retired_on: string | null;
    retirement_reason: string | null;
  }>(
    m,
    `SELECT mt.id, mt.basic_code, mt.implementation_code, mt.retired_at, ${RETIRED_ON}::text AS retired_on, mt.retirement_reason
       FROM matter mt WHERE mt.id = ANY ($1::uuid[])`,
    [ids],
  );
  const versions = await selectRows<VersionRow>(
    m,
    `SELECT ${VERSION_COLUMNS} FROM matter_version v WHERE v.matter_id = ANY ($1::uuid[]) ${opts.includeDrafts ? '' : `AND v.status = 'published'`}
      ORDER BY v.matter_id, v.version`,
    [ids],
  );
  const byMatter = new Map<string, VersionRow[]>();
  for (const v of versions) byMatter.set(v.matter_id, [...(byMatter.get(v.matter_id) ?? []), v]);
  const views: MatterView[] = [];
  for (const row of matters) {
    const own = byMatter.get(row.id) ?? [];
    if (own.length === 0) continue;
    const retired = row.retired_on !== null && row.retired_on <= opts.today;
    const inForceRow = inForceOf(own, opts.today);
    const draftRow = own.find((v) => v.status === 'draft') ?? null;
    // A withdrawn version never names the matter, unless it is all there is.
    const live = own.filter((v) => v.status !== VersionStatus.WITHDRAWN);
    const last = live.length ? live[live.length - 1] : own[own.length - 1];
    const head = { ...last, content: readContent(last.content) };
    const published = own.some((v) => v.status === VersionStatus.PUBLISHED);
    const scheduled = own.filter((v) => isScheduled(v, opts.today));
    views.push({
      id: row.id,
      basicCode: row.basic_code,
      implementationCode: row.implementation_code,
      name: head.content.name,
      type: head.content.type,
      acceptingTiers: head.content.acceptingTiers,
      status: retired ? MatterStatus.RETIRED : published ? MatterStatus.PUBLISHED : MatterStatus.DRAFT,
      retiredAt: row.retired_at,
      retiredOn: row.retired_on,
      retirementReason: row.retirement_reason,
      scheduledVersion: scheduled.length && !retired ? scheduled[scheduled.length - 1].version : null,
      inForce: inForceRow && !retired ? toVersion(inForceRow, inForceRow.version, opts.today) : null,
      draft: draftRow ? toVersion(draftRow, null, opts.today) : null,
      versions: own.map((v) => ({
        version: v.version,
        status: v.status,
        effectiveFrom: v.effective_from,
        publishedAt: v.published_at,
        scheduled: isScheduled(v, opts.today),
        withdrawalReason: v.withdrawal_reason,
      })),
    });
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  return views.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

export async function loadVersion(
  m: EntityManager,
  matterId: string,
  version: number,
  opts: { includeDrafts: boolean; today: string },
): Promise<MatterVersionView | null> {
  const rows = await selectRows<VersionRow & { retired_on: string | null }>(
    m,
    `SELECT ${VERSION_COLUMNS}, ${RETIRED_ON}::text AS retired_on FROM matter_version v JOIN matter mt ON mt.tenant_id = v.tenant_id AND mt.id = v.matter_id
      WHERE v.matter_id = $1`,
    [matterId],
  );
  const row = rows.find((r) => r.version === version);
  if (!row || (row.status === 'draft' && !opts.includeDrafts)) return null;
  const inForce = row.retired_on !== null && row.retired_on <= opts.today ? null : inForceOf(rows, opts.today);
  return toVersion(row, inForce?.version ?? null, opts.today);
}

export interface MatterSearch {
  search?: string | null;
  tier?: Tier | null;
  type?: string | null;
  status?: MatterStatus | null;
  departmentId?: string | null;
  includeDrafts: boolean;
  /** Beijing today: a matter retired from a later date is still live. */
  today: string;
}

/** Matters whose newest visible version matches: name, pinyin, initials or code; live ones first, in pinyin order. */
export function matterSearchQuery(f: MatterSearch): KeysetQuery {
  const params: unknown[] = [];
  const where: string[] = [];
  const q = (f.search ?? '').trim().toLowerCase();
  if (q) {
    params.push(`%${escapeLike(q)}%`, `${escapeLike(q)}%`);
    where.push(
      `(h.name LIKE $${params.length - 1} OR h.pinyin LIKE $${params.length} OR h.pinyin_initials LIKE $${params.length} OR lower(mt.implementation_code) LIKE $${params.length} OR lower(mt.basic_code) LIKE $${params.length})`,
    );
  }
  if (f.tier) {
    params.push(f.tier);
    where.push(`h.content -> 'acceptingTiers' ? $${params.length}`);
  }
  if (f.type) {
    params.push(f.type);
    where.push(`h.content ->> 'type' = $${params.length}`);
  }
  if (f.departmentId) where.push(`h.content ->> 'implementingBodyId' = $${params.push(f.departmentId)}`);
  const published = `EXISTS (SELECT 1 FROM matter_version p WHERE p.tenant_id = mt.tenant_id AND p.matter_id = mt.id AND p.status = 'published')`;
  const retired = `coalesce(${RETIRED_ON} <= $${params.push(f.today)}::date, false)`;
  if (f.status === MatterStatus.RETIRED) where.push(retired);
  if (f.status === MatterStatus.PUBLISHED) where.push(`NOT ${retired} AND ${published}`);
  if (f.status === MatterStatus.DRAFT) where.push(`NOT ${retired} AND NOT ${published}`);
  return {
    sql: `SELECT mt.id, ${retired} AS retired, h.pinyin, mt.implementation_code FROM matter mt
       JOIN LATERAL (
         SELECT v.name, v.pinyin, v.pinyin_initials, v.content FROM matter_version v
          WHERE v.tenant_id = mt.tenant_id AND v.matter_id = mt.id ${f.includeDrafts ? `AND v.status <> 'withdrawn'` : `AND v.status = 'published'`}
          ORDER BY v.version DESC LIMIT 1) h ON true
      WHERE ${where.length ? where.join(' AND ') : 'true'}`,
    params,
    keys: [{ column: 'retired' }, { column: 'pinyin' }, { column: 'implementation_code' }, { column: 'id' }],
  };
}

export interface InForceFilter {
  tier?: Tier | null;
  matterIds?: string[];
  /** 办事指南检索, lowercase: a fragment of the name, the start of its pinyin or initials, or the exact implementation code. */
  text?: string | null;
  /** What the county's synonyms in `text` stand for: names containing any of them match too. */
  synonyms?: string[];
  type?: string | null;
  applicantKind?: string | null;
  /** The first matters in pinyin order. */
  limit?: number;
}

/**
 * Versions in force on `today` of live matters, in pinyin order, filtered in SQL. The newest
 * in-force version of each matter is found first from narrow columns; only those versions'
 * contents are then read, and the filters avoid opening a content that is not returned.
 */
export async function inForceVersions(m: EntityManager, today: string, filter: InForceFilter = {}): Promise<InForceRow[]> {
  const query = inForceQuery(today, filter);
  const limit = filter.limit ? `LIMIT ${query.params.push(filter.limit)}` : '';
  const rows = await m.query(`SELECT * FROM (${query.sql}) p ORDER BY p.pinyin, p.matter_id ${limit}`, query.params);
  return withContents(m, rows);
}

/** The in-force versions' narrow columns, for `inForceVersions` or a keyset page (pinyin, matter id). */
export function inForceQuery(today: string, filter: InForceFilter = {}): KeysetQuery {
  const params: unknown[] = [today];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  let extra = '';
  if (filter.matterIds) extra = `AND v.matter_id = ANY (${param(filter.matterIds)}::uuid[])`;
  if (filter.tier) where.push(`v.accepting_tiers ? ${param(filter.tier)}`);
  if (filter.text) {
    // Chinese, pinyin, initials or a mix ("zd生活", "zui di sheng huo"); a county's synonyms add the
    // words they stand for. A published matter's implementation code can no longer change, so the
    // matter row's is the version's.
    const terms = searchTerms(filter.text);
    const conditions = [
      ...nameMatchSql(terms, 'v', param),
      `lower(cur.implementation_code) = ${param(terms.text)}`,
      ...(filter.synonyms ?? []).map((words) => `strpos(v.name, ${param(words)}) > 0`),
    ];
    where.push(`(${conditions.join(' OR ')})`);
  }
  if (filter.type) where.push(`v.content ->> 'type' = ${param(filter.type)}`);
  if (filter.applicantKind) where.push(`v.content -> 'applicantKinds' ? ${param(filter.applicantKind)}`);
  return {
    sql: `WITH cur AS (
       SELECT DISTINCT ON (v.matter_id) v.tenant_id, v.matter_id, v.version, mt.implementation_code
         FROM matter_version v JOIN matter mt ON mt.tenant_id = v.tenant_id AND mt.id = v.matter_id
        WHERE v.status = 'published' AND v.effective_from <= $1::date AND (mt.retired_at IS NULL OR ${RETIRED_ON} > $1::date) ${extra}
        ORDER BY v.matter_id, v.version DESC)
     SELECT v.tenant_id, v.matter_id, v.version, v.effective_from::text AS effective_from, v.pinyin, v.pinyin_initials
       FROM cur JOIN matter_version v ON v.tenant_id = cur.tenant_id AND v.matter_id = cur.matter_id AND v.version = cur.version
      WHERE ${where.length ? where.join(' AND ') : 'true'}`,
    params,
    keys: [{ column: 'pinyin' }, { column: 'matter_id' }],
  };
}

/** Reads the contents of in-force version rows, keeping their order. */
export async function withContents(m: EntityManager, rows: InForceVersionRow[]): Promise<InForceRow[]> {
  const contents = await publishedContents(
    m,
    rows.map((r) => ({ tenantId: r.tenant_id, matterId: r.matter_id, version: r.version })),
  );
  return rows.map((r, i) => ({
    matterId: r.matter_id,
    version: r.version,
    effectiveFrom: r.effective_from,
    content: contents[i],
    pinyin: r.pinyin,
    initials: r.pinyin_initials,
  }));
}

interface LocalSettingRow {
  matter_id: string;
  org_unit_id: string;
  org_unit_name: string;
  address: string | null;
  hours: string | null;
  phone: string | null;
  window_id: string | null;
  window_name: string | null;
  window_closed: boolean;
  promised_days: number | null;
  updated_at: Date;
}

/** The units' settings now, or the states that were valid at a past instant (`at`). */
export async function localSettingsFor(m: EntityManager, unitIds: string[], matterIds?: string[], at?: Date): Promise<LocalSettingView[]> {
  const params: unknown[] = [unitIds];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = [at ? `s.valid_from <= ${param(at)} AND (s.valid_to IS NULL OR s.valid_to > $${params.length})` : `s.valid_to IS NULL`];
  if (matterIds) where.push(`s.matter_id = ANY (${param(matterIds)}::uuid[])`);
  const rows = await selectRows<LocalSettingRow>(
    m,
    `SELECT s.matter_id, s.org_unit_id, o.name AS org_unit_name, s.address, s.hours, s.phone, s.window_id, w.name AS window_name,
            w.closed_at IS NOT NULL AS window_closed, s.promised_days, s.updated_at
       FROM matter_local_setting s
       JOIN org_unit o ON o.tenant_id = s.tenant_id AND o.id = s.org_unit_id
       LEFT JOIN org_unit w ON w.tenant_id = s.tenant_id AND w.id = s.window_id
      WHERE s.org_unit_id = ANY ($1::uuid[]) AND ${where.join(' AND ')}
      ORDER BY nlevel(o.path)`,
    params,
  );
  return rows.map((r) => ({
    matterId: r.matter_id,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.org_unit_name,
    address: r.address,
    hours: r.hours,
    phone: r.phone,
    windowId: r.window_id,
    windowName: r.window_name,
    windowClosed: r.window_closed,
    promisedDays: r.promised_days,
    updatedAt: r.updated_at,
  }));
}

export async function unitNames(m: EntityManager, ids: string[]): Promise<Map<string, string>> {
  const rows: { id: string; name: string }[] = ids.length
    ? await m.query(`SELECT id, name FROM org_unit WHERE id = ANY ($1::uuid[])`, [[...new Set(ids)]])
    : [];
  return new Map(rows.map((r) => [r.id, r.name]));
}
