import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.service';
import { TenancyError } from '../errors/tenancy.errors';
import { pinyinKeys } from '../org/pinyin-keys';
import { insertMembership, insertUser, NewUser } from '../users/users.service';
import { PLATFORM_TENANT_ID } from './platform-tenant';
import { territorialName } from './territorial-name';

const KIND_BY_LEVEL: Record<number, string> = { 2: 'county', 3: 'county', 4: 'township', 5: 'village' };
const CENTER_SUFFIX: Record<string, string> = { county: '政务服务中心', township: '便民服务中心', village: '便民服务站' };

export interface ProvisionedCounty {
  id: string;
  divisionCode: string;
  name: string;
  createdAt: Date;
  orgUnits: number;
}

interface UnitRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  path: string;
  pinyin: string;
  initials: string;
  sort: number;
}

/**
 * Creates a county tenant from imported division data: its territorial tree, one service
 * center per county, township and village, and its first catalog administrator.
 * Runs in a platform-context transaction and switches to the new tenant for its rows.
 */
export async function provisionCounty(
  m: EntityManager,
  code12: string,
  admin: NewUser,
  actor: { id: string | null; username: string },
): Promise<ProvisionedCounty> {
  const [county] = await m.query(`SELECT code, name, level, path::text AS path FROM division WHERE code = $1`, [code12]);
  if (!county) throw TenancyError.DivisionNotImported(code12);
  // 东莞、中山、儋州 have townships directly under the city: they act as counties.
  const [countyLevelCity] =
    county.level === 2
      ? await m.query(`SELECT 1 FROM division WHERE parent_code = $1 HAVING bool_and(level = 4) AND count(*) > 0`, [code12])
      : [];
  if (county.level !== 3 && !countyLevelCity) throw TenancyError.DivisionNotCounty(code12);
  const [exists] = await m.query(`SELECT 1 FROM tenant WHERE division_code = $1`, [code12]);
  if (exists) throw TenancyError.TenantExists(code12);

  const tenantId = randomUUID();
  const [tenant] = await m.query(
    `INSERT INTO tenant (id, division_code, name, kind) VALUES ($1, $2, $3, 'county') RETURNING created_at`,
    [tenantId, code12, county.name],
  );
  await appendAudit(m, PLATFORM_TENANT_ID, {
    actorId: actor.id,
    actorName: actor.username,
    action: 'tenant_created',
    subjectType: 'Tenant',
    subjectId: tenantId,
    detail: { divisionCode: code12, name: county.name },
  });

  await m.query(`SELECT set_config('app.tenant_id', $1, true), set_config('app.platform', 'off', true)`, [tenantId]);
  const units = await territorialUnits(m, county.path);
  await insertUnits(m, tenantId, units);
  const adminId = await insertUser(m, tenantId, admin);
  await insertMembership(m, tenantId, adminId, units[0].id, 'catalog_admin', actor.id);
  await appendAudit(m, tenantId, {
    actorId: actor.id,
    actorName: actor.username,
    onBehalfOf: 'platform',
    action: 'tenant_created',
    subjectType: 'Tenant',
    subjectId: tenantId,
    detail: { divisionCode: code12, orgUnits: units.length, adminUsername: admin.username },
  });
  return { id: tenantId, divisionCode: code12, name: county.name, createdAt: tenant.created_at, orgUnits: units.length };
}

async function territorialUnits(m: EntityManager, countyPath: string): Promise<UnitRow[]> {
  const divisions = await m.query(
    `SELECT code, short_code, name, level, parent_code, path::text AS path FROM division
      WHERE path <@ $1::ltree ORDER BY nlevel(path), code`,
    [countyPath],
  );
  const prefixLabels = countyPath.split('.').length - 1;
  const idByCode = new Map<string, string>();
  const units: UnitRow[] = [];
  for (const d of divisions) {
    const id = randomUUID();
    idByCode.set(d.code, id);
    const name = territorialName(d.name);
    const keys = pinyinKeys(name);
    const kind = KIND_BY_LEVEL[d.level];
    const path = d.path.split('.').slice(prefixLabels).join('.');
    units.push({ id, code: d.code, name, kind, parentId: d.path === countyPath ? null : idByCode.get(d.parent_code) ?? null, path, pinyin: keys.pinyin, initials: keys.initials, sort: 0 });
  }
  const centers = units.map((u) => {
    const name = `${u.name}${CENTER_SUFFIX[u.kind]}`;
    const keys = pinyinKeys(name);
    return { id: randomUUID(), code: `${u.code}-C`, name, kind: 'service_center', parentId: u.id, path: `${u.path}.C`, pinyin: keys.pinyin, initials: keys.initials, sort: -1 };
  });
  return [...units, ...centers];
}

async function insertUnits(m: EntityManager, tenantId: string, units: UnitRow[]): Promise<void> {
  const col = <K extends keyof UnitRow>(k: K) => units.map((u) => u[k]);
  await m.query(
    `INSERT INTO org_unit (tenant_id, id, code, name, kind, parent_id, path, pinyin, pinyin_initials, sort_order)
     SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::ltree[], $8::text[], $9::text[], $10::int[])`,
    [tenantId, col('id'), col('code'), col('name'), col('kind'), col('parentId'), col('path'), col('pinyin'), col('initials'), col('sort')],
  );
}
