import { DataSource, EntityManager } from 'typeorm';
import { CatalogActor, insertMatterDraft, publishMatterDraft } from '@county/catalog';
import { pinyinKeys, SystemClock, TenantDatabase } from '@county/tenancy';
import { insertOrgUnit } from '../../../libs/tenancy/src/org/insert-org-unit';
import { provisionCounty } from '../../../libs/tenancy/src/tenants/provision-county';
import { insertMembership, insertUser } from '../../../libs/tenancy/src/users/users.service';
import { DEMO_DEPARTMENTS, departmentName, SyntheticCountyNames, syntheticMatters } from './synthetic-matters';

/**
 * A county that is not in the national data: division rows under the fake province 99 and
 * city 9901/9902, provisioned like any county, with 1,000 matters published by its catalog
 * administrator through the catalog's own write functions, so every rule runs.
 */

export const BENCH_PASSWORD = 'Bench@2026pass';
export const PROVINCE = { shortCode: '99', name: '基准省' };

const SYLLABLES = [...'东南西北中上下前后新高长平安永兴和丰清河山林田桥湾坪坝沟岭塘花石柳杨桃李枣桑竹'];

export interface CountyShape {
  shortCode: string;
  name: string;
  townships: number;
  villagesPerTownship: number;
}

export interface BuiltCounty extends SyntheticCountyNames {
  tenantId: string;
  path: string;
  villages: number;
  countyUnitId: string;
  admin: { userId: string; username: string; membershipId: string };
  matterIds: string[];
  /** The village whose catalog is read: in the middle of the county. */
  village: { id: string; code: string; path: string; name: string; townshipId: string };
  agent?: { userId: string; username: string; membershipId: string };
}

const code12 = (short: string) => short.padEnd(12, '0');
const placeName = (i: number, salt: number) =>
  SYLLABLES[(i * 7 + salt) % SYLLABLES.length] + SYLLABLES[(Math.floor(i / SYLLABLES.length) * 11 + i + salt * 3) % SYLLABLES.length];

/** Division rows of the province, its city and the county with its townships and villages. */
export async function insertDivisions(owner: DataSource, shape: CountyShape): Promise<void> {
  const city = shape.shortCode.slice(0, 4);
  const rows: [string, string, string, number, string | null, string][] = [
    [code12(PROVINCE.shortCode), PROVINCE.shortCode, PROVINCE.name, 1, null, PROVINCE.shortCode],
    [code12(city), city, `基准${city.slice(2)}市`, 2, code12(PROVINCE.shortCode), `${PROVINCE.shortCode}.${city}`],
    [code12(shape.shortCode), shape.shortCode, shape.name, 3, code12(city), `${PROVINCE.shortCode}.${city}.${shape.shortCode}`],
  ];
  for (let t = 1; t <= shape.townships; t++) {
    const township = `${shape.shortCode}${String(t).padStart(3, '0')}`;
    const townshipPath = `${PROVINCE.shortCode}.${city}.${shape.shortCode}.${township}`;
    rows.push([code12(township), township, `${placeName(t, 1)}镇`, 4, code12(shape.shortCode), townshipPath]);
    for (let v = 1; v <= shape.villagesPerTownship; v++) {
      const village = `${township}${String(v).padStart(3, '0')}`;
      rows.push([village, village, `${placeName(t * 50 + v, 2)}村村民委员会`, 5, code12(township), `${townshipPath}.${village}`]);
    }
  }
  const col = (i: number) => rows.map((r) => r[i]);
  const keys = rows.map((r) => pinyinKeys(r[2]));
  await owner.query(
    `INSERT INTO division (code, short_code, name, level, parent_code, path, pinyin, pinyin_initials)
     SELECT code, short_code, name, level, parent_code, path::ltree, pinyin, initials
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[])
         AS t(code, short_code, name, level, parent_code, path, pinyin, initials)
     ON CONFLICT (code) DO NOTHING`,
    [col(0), col(1), col(2), col(3), col(4), col(5), keys.map((k) => k.pinyin), keys.map((k) => k.initials)],
  );
}

async function asTenant(m: EntityManager, tenantId: string): Promise<void> {
  await m.query(`SELECT set_config('app.tenant_id', $1, true), set_config('app.platform', 'off', true)`, [tenantId]);
}

/** The platform creates the tenant; the county's units, departments and admin come with it. */
export async function provisionSyntheticCounty(owner: DataSource, shape: CountyShape): Promise<Omit<BuiltCounty, 'matterIds'> & { departments: Map<string, string> }> {
  await insertDivisions(owner, shape);
  return owner.transaction(async (m) => {
    await m.query(`SELECT set_config('app.platform', 'on', true)`);
    const username = `bench_${shape.shortCode}`;
    const county = await provisionCounty(
      m,
      code12(shape.shortCode),
      { username, displayName: `${shape.name}目录管理员`, password: BENCH_PASSWORD },
      { id: null, username: 'catalog-bench' },
    );
    await asTenant(m, county.id);
    // The owner is not bound by RLS: every read here names the tenant.
    const [unit] = await m.query(`SELECT id, code, kind, path::text AS path FROM org_unit WHERE tenant_id = $1 AND kind = 'county'`, [county.id]);
    const departments = new Map<string, string>();
    for (const demo of DEMO_DEPARTMENTS) departments.set(demo, await insertOrgUnit(m, county.id, unit, 'department', departmentName(shape, demo)));
    const [admin] = await m.query(
      `SELECT u.id AS user_id, ms.id AS membership_id FROM app_user u JOIN membership ms ON ms.tenant_id = u.tenant_id AND ms.user_id = u.id
        WHERE u.username = $1`,
      [username],
    );
    const middle = `${shape.shortCode}${String(Math.ceil(shape.townships / 2)).padStart(3, '0')}${String(Math.ceil(shape.villagesPerTownship / 2)).padStart(3, '0')}`;
    const [village] = await m.query(`SELECT id, code, path::text AS path, name, parent_id FROM org_unit WHERE tenant_id = $1 AND code = $2`, [county.id, middle]);
    return {
      shortCode: shape.shortCode,
      name: shape.name,
      tenantId: county.id,
      path: unit.path,
      villages: shape.townships * shape.villagesPerTownship,
      countyUnitId: unit.id,
      admin: { userId: admin.user_id, username, membershipId: admin.membership_id },
      village: { id: village.id, code: village.code, path: village.path, name: village.name, townshipId: village.parent_id },
      departments,
    };
  });
}

/** Inserts and publishes every matter as the county's catalog administrator, 100 per transaction. */
export async function publishSyntheticCatalog(
  db: TenantDatabase,
  county: Omit<BuiltCounty, 'matterIds'> & { departments: Map<string, string> },
  count: number,
): Promise<string[]> {
  const actor: CatalogActor = { id: county.admin.userId, name: county.admin.username };
  const contents = syntheticMatters(county, county.departments, count);
  const ids: string[] = [];
  for (let i = 0; i < contents.length; i += 100) {
    await db.run({ tenantId: county.tenantId }, async (m) => {
      for (const content of contents.slice(i, i + 100)) {
        const id = await insertMatterDraft(m, county.tenantId, actor, content);
        await publishMatterDraft(m, county.tenantId, actor, id, null, new SystemClock().today());
        ids.push(id);
      }
    });
  }
  return ids;
}

/**
 * 本地化 at the scale of a real county: every township shortens the promise or sets its hours
 * for 20 of the matters it accepts, every village sets its own phone and place for 10.
 * Bulk SQL as the owner: these rows only give the reads realistic volume.
 */
export async function insertLocalSettings(owner: DataSource, tenantId: string): Promise<number> {
  const spread = (tier: string, kind: string, n: number, columns: string) => `
    INSERT INTO matter_local_setting (tenant_id, matter_id, org_unit_id, address, hours, phone, promised_days)
    SELECT o.tenant_id, v.matter_id, o.id, ${columns}
      FROM org_unit o
      CROSS JOIN LATERAL (
        SELECT v.matter_id, (v.content ->> 'promisedDays')::int AS promised FROM matter_version v
         WHERE v.tenant_id = o.tenant_id AND v.status = 'published' AND v.content -> 'acceptingTiers' ? '${tier}'
         ORDER BY hashtext(v.matter_id::text || o.id::text) LIMIT ${n}) v
     WHERE o.tenant_id = $1 AND o.kind = '${kind}'`;
  await owner.query(
    spread('township', 'township', 20, `NULL, '工作日 8:30–12:00，14:00–17:30；周六上午 9:00–12:00', NULL, CASE WHEN v.promised > 1 THEN v.promised - 1 END`),
    [tenantId],
  );
  await owner.query(
    spread('village', 'village', 10, `o.name || '村民服务中心一楼代办窗口', NULL, '0915-' || (5200000 + abs(hashtext(o.code)) % 800000)::text, NULL`),
    [tenantId],
  );
  const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM matter_local_setting WHERE tenant_id = $1`, [tenantId]);
  return n;
}

/** A village agent of the measured village, who reads its catalog through the API. */
export async function addVillageAgent(owner: DataSource, county: BuiltCounty): Promise<NonNullable<BuiltCounty['agent']>> {
  return owner.transaction(async (m) => {
    await asTenant(m, county.tenantId);
    const username = `agent_${county.shortCode}`;
    const userId = await insertUser(m, county.tenantId, { username, displayName: `${county.village.name}代办员`, password: BENCH_PASSWORD });
    const membershipId = await insertMembership(m, county.tenantId, userId, county.village.id, 'village_agent', county.admin.userId);
    return { userId, username, membershipId };
  });
}
