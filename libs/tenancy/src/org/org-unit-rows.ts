import { EntityManager } from 'typeorm';
import { selectRows } from '../database/sql';
import { OrgUnitView } from './org-unit.type';

/** The one mapping from an `org_unit` row (aliased `o`) to the OrgUnit view. */
export const ORG_UNIT_COLUMNS = `o.id, o.code, o.name, o.kind, o.parent_id, o.path::text AS path, o.pinyin, o.pinyin_initials,
  o.address, o.opening_hours, o.phone, o.closed_at,
  (SELECT count(*)::int FROM org_unit c WHERE c.tenant_id = o.tenant_id AND c.parent_id = o.id) AS child_count`;

/** An org_unit row as ORG_UNIT_COLUMNS selects it. */
export interface OrgUnitRow {
  id: string;
  code: string;
  name: string;
  kind: OrgUnitView['kind'];
  parent_id: string | null;
  path: string;
  pinyin: string;
  pinyin_initials: string;
  child_count: number;
  address: string | null;
  opening_hours: string | null;
  phone: string | null;
  closed_at: Date | null;
}

export function toOrgUnitView(r: OrgUnitRow): OrgUnitView {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    parentId: r.parent_id,
    path: r.path,
    pinyin: r.pinyin,
    pinyinInitials: r.pinyin_initials,
    childCount: r.child_count,
    address: r.address,
    openingHours: r.opening_hours,
    phone: r.phone,
    closedAt: r.closed_at,
  };
}

/**
 * The org units an aggregate points at (a membership's unit, a delegation's department or
 * window), in one query for the whole batch, so every edge shows the same full view as
 * `orgUnit(id)` and no field is left as a placeholder. Null ids are skipped.
 */
export async function loadOrgUnits(m: EntityManager, ids: (string | null | undefined)[]): Promise<Map<string, OrgUnitView>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = await selectRows<OrgUnitRow>(m, `SELECT ${ORG_UNIT_COLUMNS} FROM org_unit o WHERE o.id = ANY ($1::uuid[])`, [wanted]);
  return new Map(rows.map((r) => [r.id, toOrgUnitView(r)]));
}
