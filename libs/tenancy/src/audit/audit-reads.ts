import { EntityManager } from 'typeorm';
import { isUuid } from '../database/ids';
import { escapeLike, selectOne, selectRows } from '../database/sql';
import { fetchPage, Page, PageArgs } from '../graphql/connection';
import { AuditRow } from './audit.service';
import { AUDIT_EXPORT_LIMIT, AuditError } from './audit.errors';
import { SubjectRef } from './audit-detail';
import { libraryOfAction } from './audit-vocabulary';

/** What a reader narrows the log to; every part is optional and they combine with AND. */
export interface AuditFilter {
  /** The acting person's id. */
  actorId?: string | null;
  /** One or several action codes. */
  actions?: readonly string[] | null;
  subjectType?: string | null;
  subjectId?: string | null;
  /** Part of a subject's name (a matter, a person, an org unit) or of the name the entry records. */
  subjectName?: string | null;
  /** First and last day, YYYY-MM-DD, in the county's day (Asia/Shanghai). */
  from?: string | null;
  to?: string | null;
}

/** The county's day: a date's entries are those from its midnight to the next, Beijing time. */
export const COUNTY_TIME_ZONE = 'Asia/Shanghai';

const COLUMNS = `tenant_id, seq, at, actor_id, actor_name, on_behalf_of, action, subject_type, subject_id, detail, prev_hash, hash, seal`;

function checkDate(value: string | null | undefined, name: 'from' | 'to'): string | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) throw AuditError.DateInvalid(value, name);
  return value;
}

/** The domain's own checks of a filter, whoever calls (GraphQL validates the shape first). */
export function checkAuditFilter(filter: AuditFilter): AuditFilter {
  if (filter.actorId && !isUuid(filter.actorId)) throw AuditError.ActorInvalid();
  for (const action of filter.actions ?? []) if (!libraryOfAction(action)) throw AuditError.UnknownAction(action);
  const from = checkDate(filter.from, 'from');
  const to = checkDate(filter.to, 'to');
  if (from && to && from > to) throw AuditError.RangeInvalid(from, to);
  if (filter.subjectId && !filter.subjectType) throw AuditError.SubjectIncomplete();
  return filter;
}

/**
 * The filter as SQL over the current county's chain. A name search is answered by the subject
 * resolvers first (`subjects`, under the reader's row-level security) and by the name an
 * entry's detail records.
 */
function filterQuery(filter: AuditFilter, subjects: readonly SubjectRef[] | null): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const where = ['tenant_id = current_tenant_id()'];
  if (filter.actorId) where.push(`actor_id = ${p(filter.actorId)}::uuid`);
  if (filter.actions?.length) where.push(`action = ANY(${p([...filter.actions])}::text[])`);
  if (filter.subjectType) where.push(`subject_type = ${p(filter.subjectType)}`);
  if (filter.subjectId) where.push(`lower(subject_id) = lower(${p(filter.subjectId)})`);
  if (filter.from) where.push(`at >= (${p(filter.from)}::date::timestamp AT TIME ZONE '${COUNTY_TIME_ZONE}')`);
  if (filter.to) where.push(`at < ((${p(filter.to)}::date + 1)::timestamp AT TIME ZONE '${COUNTY_TIME_ZONE}')`);
  if (filter.subjectName) {
    const like = p(`%${escapeLike(filter.subjectName)}%`);
    const types = p((subjects ?? []).map((s) => s.type));
    const ids = p((subjects ?? []).map((s) => s.id));
    where.push(`(detail->>'name' ILIKE ${like} OR detail->>'orgUnitName' ILIKE ${like}
      OR (subject_type, subject_id) IN (SELECT t, i FROM unnest(${types}::text[], ${ids}::text[]) AS s(t, i)))`);
  }
  return { sql: `SELECT ${COLUMNS} FROM audit_log WHERE ${where.join(' AND ')}`, params };
}

/** One page of the filtered log, newest first, by sequence number. */
export function listAuditEntries(m: EntityManager, filter: AuditFilter, subjects: readonly SubjectRef[] | null, page: PageArgs): Promise<Page<AuditRow>> {
  return fetchPage<AuditRow>(m, { ...filterQuery(checkAuditFilter(filter), subjects), keys: [{ column: 'seq', desc: true }] }, page);
}

/** Every filtered entry, newest first, for the export; more than AUDIT_EXPORT_LIMIT is refused before reading them. */
export async function auditEntriesForExport(m: EntityManager, filter: AuditFilter, subjects: readonly SubjectRef[] | null): Promise<AuditRow[]> {
  const query = filterQuery(checkAuditFilter(filter), subjects);
  const counted = await selectOne<{ count: number }>(m, `SELECT count(*)::int AS count FROM (${query.sql}) e`, query.params);
  if ((counted?.count ?? 0) > AUDIT_EXPORT_LIMIT) throw AuditError.ExportTooLarge(counted!.count);
  return selectRows<AuditRow>(m, `${query.sql} ORDER BY seq DESC`, query.params);
}
