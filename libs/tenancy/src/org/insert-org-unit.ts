import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { TenancyError } from '../errors/tenancy.errors';
import { pinyinKeys } from './pinyin-keys';

/** Which kinds may be created under which: the territorial tree comes from division codes. */
const ALLOWED_CHILDREN: Record<string, string[]> = {
  county: ['department', 'service_center'],
  township: ['service_center'],
  village: ['service_center'],
  service_center: ['window'],
  department: [],
  window: [],
};

const LABEL_PREFIX: Record<string, string> = { department: 'D', service_center: 'C', window: 'W' };

export interface ParentUnit {
  id: string;
  code: string;
  kind: string;
  path: string;
}

/**
 * Adds a department, service center or window under a unit, inside the current tenant
 * transaction. Its code and path label continue the parent's: 610921000000-D03, 610921.D03.
 */
export async function insertOrgUnit(
  m: EntityManager,
  tenantId: string,
  parent: ParentUnit,
  kind: string,
  name: string,
): Promise<string> {
  if (!ALLOWED_CHILDREN[parent.kind]?.includes(kind)) throw TenancyError.OrgUnitKindNotAllowed(kind, parent.kind);
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('org:' || $1, 0))`, [parent.id]);
  const prefix = LABEL_PREFIX[kind];
  const [{ n }] = await m.query(
    `SELECT coalesce(max(substring(subpath(path, -1)::text FROM 2)::int), 0) + 1 AS n
       FROM org_unit WHERE parent_id = $1 AND kind = $2 AND subpath(path, -1)::text ~ $3`,
    [parent.id, kind, `^${prefix}\\d+$`],
  );
  const label = `${prefix}${String(n).padStart(2, '0')}`;
  const id = randomUUID();
  const keys = pinyinKeys(name);
  await m.query(
    `INSERT INTO org_unit (tenant_id, id, code, name, kind, parent_id, path, pinyin, pinyin_initials, sort_order)
     VALUES ($1, $2, $3, $4, $5, $6, $7::ltree, $8, $9, $10)`,
    [tenantId, id, `${parent.code}-${label}`, name, kind, parent.id, `${parent.path}.${label}`, keys.pinyin, keys.initials, n],
  );
  return id;
}
