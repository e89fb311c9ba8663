import { ownerDataSource } from '../database/data-sources';
import { DEMO_PASSWORD } from '../demo/demo-county';
import { importDivisions } from '../divisions/division-importer';
import { provisionCounty } from '../tenants/provision-county';
import { insertMembership, insertUser } from '../users/users.service';

/**
 * A second county (石泉县, 610922) for isolation tests: its admin `sq_admin` and a village
 * agent `sq_agent` at its first village. Same password as the demo logins.
 */
export async function seedNeighbourCounty(ownerUrl: string): Promise<{ tenantId: string }> {
  const ds = await ownerDataSource(ownerUrl).initialize();
  try {
    await importDivisions(ds, ['610922']);
    return await ds.transaction(async (m) => {
      await m.query(`SELECT set_config('app.platform', 'on', true)`);
      const county = await provisionCounty(
        m,
        '610922000000',
        { username: 'sq_admin', displayName: '石泉管理员', password: DEMO_PASSWORD },
        { id: null, username: 'test-seed' },
      );
      const [village] = await m.query(
        `SELECT id FROM org_unit WHERE tenant_id = $1 AND kind = 'village' ORDER BY code LIMIT 1`,
        [county.id],
      );
      const agent = await insertUser(m, county.id, { username: 'sq_agent', displayName: '石泉代办员', password: DEMO_PASSWORD });
      await insertMembership(m, county.id, agent, village.id, 'village_agent', null);
      return { tenantId: county.id };
    });
  } finally {
    await ds.destroy();
  }
}
