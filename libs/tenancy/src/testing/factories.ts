import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ownerDataSource } from '../database/data-sources';
import { insertOrgUnit } from '../org/insert-org-unit';
import { pinyinKeys } from '../org/pinyin-keys';
import { provisionCounty } from '../tenants/provision-county';
import { insertMembership, insertUser } from '../users/users.service';

export const TEST_PASSWORD = 'Factory@2026pass';

export interface TestUnit {
  id: string;
  code: string;
  name: string;
  kind: string;
  path: string;
}

export interface TestUser {
  id: string;
  username: string;
  password: string;
  tenantId: string;
}

export interface TestCounty {
  tenantId: string;
  divisionCode: string;
  name: string;
  unit: TestUnit;
  townships: TestUnit[];
  /** Villages in order, each with the township it belongs to. */
  villages: (TestUnit & { townshipId: string })[];
  /** The catalog administrator every new county gets. */
  admin: TestUser;
}

export interface CountyShape {
  townships?: number;
  villagesPerTownship?: number;
}

/** Roles as stored; the GraphQL enum spells them in capitals. */
export type TestRole = 'catalog_admin' | 'department_approver' | 'window_clerk' | 'village_agent' | 'supervisor';

const SYLLABLES = [...'东南西北中上下前后新高长平安永兴和丰清河山林田桥湾'];
/** Each test file has its own database; a process-wide counter keeps codes apart within one. */
let next = 0;
const unique = () => `${++next}${randomBytes(2).toString('hex')}`;
const place = (i: number) => SYLLABLES[i % SYLLABLES.length] + SYLLABLES[(i * 7 + 3) % SYLLABLES.length];
const code12 = (short: string) => short.padEnd(12, '0');

/**
 * Test data made by the platform's own writes, so tests say what they need instead of naming
 * demo rows: `newCounty()` (a county that is not in the national data, under the fake province
 * 98), `newUser()`, `newOrgUnit()`, `newWindow()`. Rows go in as the owner, tenant by tenant.
 */
export class TestFactory {
  private constructor(readonly owner: DataSource) {}

  static async open(ownerUrl: string): Promise<TestFactory> {
    return new TestFactory(await ownerDataSource(ownerUrl).initialize());
  }

  async newCounty(shape: CountyShape = {}): Promise<TestCounty> {
    const n = ++next;
    const short = `98${String(Math.floor(n / 100) % 100).padStart(2, '0')}${String(n % 100).padStart(2, '0')}`;
    const name = `${place(n)}县`;
    await this.insertDivisions(short, name, shape.townships ?? 2, shape.villagesPerTownship ?? 2);
    const admin = { username: `admin${unique()}`, password: TEST_PASSWORD };
    const county = await this.owner.transaction(async (m) => {
      await m.query(`SELECT set_config('app.platform', 'on', true)`);
      return provisionCounty(m, code12(short), { ...admin, displayName: `${name}管理员` }, { id: null, username: 'test-factory' });
    });
    const units: (TestUnit & { parentId: string | null })[] = await this.owner.query(
      `SELECT id, code, name, kind, path::text AS path, parent_id AS "parentId" FROM org_unit
       WHERE tenant_id = $1 AND kind IN ('county', 'township', 'village') ORDER BY code`,
      [county.id],
    );
    const [adminRow] = await this.owner.query(`SELECT id FROM app_user WHERE tenant_id = $1 AND username = $2`, [county.id, admin.username]);
    const strip = ({ parentId: _p, ...u }: TestUnit & { parentId: string | null }): TestUnit => u;
    return {
      tenantId: county.id,
      divisionCode: county.divisionCode,
      name: county.name,
      unit: strip(units.find((u) => u.kind === 'county')!),
      townships: units.filter((u) => u.kind === 'township').map(strip),
      villages: units.filter((u) => u.kind === 'village').map((u) => ({ ...strip(u), townshipId: u.parentId! })),
      admin: { id: adminRow.id, username: admin.username, password: TEST_PASSWORD, tenantId: county.id },
    };
  }

  /** A person holding `role` at `at` (a unit of the county; the county itself when omitted). */
  async newUser(county: TestCounty, options: { role: TestRole; at?: TestUnit; displayName?: string }): Promise<TestUser> {
    const username = `${options.role.split('_')[0]}${unique()}`;
    const id = await this.inTenant(county.tenantId, async (m) => {
      const userId = await insertUser(m, county.tenantId, { username, displayName: options.displayName ?? username, password: TEST_PASSWORD });
      await insertMembership(m, county.tenantId, userId, (options.at ?? county.unit).id, options.role, null);
      return userId;
    });
    return { id, username, password: TEST_PASSWORD, tenantId: county.tenantId };
  }

  /** A department, service center or window under `parent`, named `name` or something unique. */
  async newOrgUnit(county: TestCounty, options: { parent: TestUnit; kind: 'department' | 'service_center' | 'window'; name?: string }): Promise<TestUnit> {
    const name = options.name ?? `测试${options.kind === 'department' ? '局' : options.kind === 'window' ? '窗口' : '中心'}${unique()}`;
    return this.inTenant(county.tenantId, async (m) => {
      const id = await insertOrgUnit(m, county.tenantId, options.parent, options.kind, name);
      const [unit] = await m.query(`SELECT id, code, name, kind, path::text AS path FROM org_unit WHERE tenant_id = $1 AND id = $2`, [county.tenantId, id]);
      return unit as TestUnit;
    });
  }

  /** A window in the service center of `under` (the county when omitted). */
  async newWindow(county: TestCounty, options: { under?: TestUnit; name?: string } = {}): Promise<TestUnit> {
    const under = options.under ?? county.unit;
    const [center] = await this.owner.query(
      `SELECT id, code, name, kind, path::text AS path FROM org_unit WHERE tenant_id = $1 AND parent_id = $2 AND kind = 'service_center'`,
      [county.tenantId, under.id],
    );
    return this.newOrgUnit(county, { parent: center, kind: 'window', name: options.name });
  }

  close(): Promise<void> {
    return this.owner.destroy();
  }

  /** Runs `work` as the given tenant (the owner bypasses RLS, but triggers and defaults see the tenant). */
  inTenant<T>(tenantId: string, work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.owner.transaction(async (m) => {
      await m.query(`SELECT set_config('app.tenant_id', $1, true), set_config('app.platform', 'off', true)`, [tenantId]);
      return work(m);
    });
  }

  private async insertDivisions(short: string, name: string, townships: number, villages: number): Promise<void> {
    const city = short.slice(0, 4);
    const rows: [string, string, string, number, string | null, string][] = [
      [code12('98'), '98', '测试省', 1, null, '98'],
      [code12(city), city, `测试${city.slice(2)}市`, 2, code12('98'), `98.${city}`],
      [code12(short), short, name, 3, code12(city), `98.${city}.${short}`],
    ];
    for (let t = 1; t <= townships; t++) {
      const township = `${short}${String(t).padStart(3, '0')}`;
      rows.push([code12(township), township, `${place(t)}镇`, 4, code12(short), `98.${city}.${short}.${township}`]);
      for (let v = 1; v <= villages; v++) {
        const village = `${township}${String(v).padStart(3, '0')}`;
        rows.push([village, village, `${place(t * 10 + v)}村村民委员会`, 5, code12(township), `98.${city}.${short}.${township}.${village}`]);
      }
    }
    const col = (i: number) => rows.map((r) => r[i]);
    const keys = rows.map((r) => pinyinKeys(r[2]));
    await this.owner.query(
      `INSERT INTO division (code, short_code, name, level, parent_code, path, pinyin, pinyin_initials)
       SELECT code, short_code, name, level, parent_code, path::ltree, pinyin, initials
         FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[])
           AS t(code, short_code, name, level, parent_code, path, pinyin, initials)
       ON CONFLICT (code) DO NOTHING`,
      [col(0), col(1), col(2), col(3), col(4), col(5), keys.map((k) => k.pinyin), keys.map((k) => k.initials)],
    );
  }
}
