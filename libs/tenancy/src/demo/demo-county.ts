import { EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.service';
import { ownerDataSource } from '../database/data-sources';
import { importDivisions } from '../divisions/division-importer';
import { insertOrgUnit } from '../org/insert-org-unit';
import { PLATFORM_TENANT_ID } from '../tenants/platform-tenant';
import { provisionCounty } from '../tenants/provision-county';
import { insertMembership, insertUser } from '../users/users.service';

export const DEMO_PASSWORD = 'Demo@2026pass';
export const DEMO_COUNTY_CODE = '610921000000';

export const DEMO_LOGINS = [
  { username: 'platform', label: '平台运营 platform operator' },
  { username: 'hy_admin', label: '汉阴县 目录管理员 catalog administrator' },
  { username: 'hy_super', label: '汉阴县 电子监察 supervisor' },
  { username: 'hy_clerk', label: '汉阴县政务服务中心 综合受理窗口 window clerk' },
  { username: 'mz_approver', label: '汉阴县民政局 审批人员 department approver' },
  { username: 'cgz_clerk', label: '城关镇便民服务中心 窗口人员 window clerk' },
  { username: 'nanjie_agent', label: '城关镇南街社区 代办员 village agent' },
  { username: 'beijie_agent', label: '城关镇北街社区 代办员 village agent' },
  { username: 'jcz_clerk', label: '涧池镇便民服务中心 窗口人员 window clerk' },
];

const DEPARTMENTS = [
  '汉阴县民政局',
  '汉阴县市场监督管理局',
  '汉阴县人力资源和社会保障局',
  '汉阴县医疗保障局',
  '汉阴县自然资源局',
  '汉阴县住房和城乡建设局',
  '汉阴县交通运输局',
  '安康市生态环境局汉阴分局',
  '汉阴县卫生健康局',
  '汉阴县残疾人联合会',
  '汉阴县农业农村局',
  '汉阴县行政审批服务局',
];

const COUNTY_WINDOWS = ['综合受理窗口', '民政社保窗口', '市场准入窗口', '工程建设窗口', '出件窗口'];

/**
 * Loads 汉阴县 (610921) with its 10 townships and 160 villages, departments, windows and a
 * demo person for every role — only when the database has no county yet.
 */
export async function seedDemoCounty(ownerUrl: string): Promise<boolean> {
  const ds = await ownerDataSource(ownerUrl).initialize();
  try {
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM tenant WHERE kind = 'county'`);
    if (n > 0) return false;
    await importDivisions(ds, ['610921']);
    await ds.transaction((m) => seed(m));
    return true;
  } finally {
    await ds.destroy();
  }
}

async function seed(m: EntityManager): Promise<void> {
  const setTenant = (id: string, platform: boolean) =>
    m.query(`SELECT set_config('app.tenant_id', $1, true), set_config('app.platform', $2, true)`, [id, platform ? 'on' : 'off']);
  const seeder = { id: null, username: 'demo-seed' };
  const person = (username: string, displayName: string, phone?: string) => ({ username, displayName, password: DEMO_PASSWORD, phone });

  await setTenant(PLATFORM_TENANT_ID, true);
  const operator = await insertUser(m, PLATFORM_TENANT_ID, person('platform', '平台运营'));
  await insertMembership(m, PLATFORM_TENANT_ID, operator, null, 'platform_operator', null);
  await appendAudit(m, PLATFORM_TENANT_ID, { actorName: 'demo-seed', action: 'user_created', subjectType: 'User', subjectId: operator });

  const county = await provisionCounty(m, DEMO_COUNTY_CODE, person('hy_admin', '陈目录', '13900000001'), seeder);
  const t = county.id;
  await setTenant(t, false);
  const unit = async (code: string) =>
    (await m.query(`SELECT id, code, kind, path::text AS path FROM org_unit WHERE code = $1`, [code]))[0];

  const countyUnit = await unit(DEMO_COUNTY_CODE);
  const departments: Record<string, string> = {};
  for (const name of DEPARTMENTS) departments[name] = await insertOrgUnit(m, t, countyUnit, 'department', name);
  const countyCenter = await unit(`${DEMO_COUNTY_CODE}-C`);
  const windows: Record<string, string> = {};
  for (const name of COUNTY_WINDOWS) windows[name] = await insertOrgUnit(m, t, countyCenter, 'window', name);
  const cgzCenter = await unit('610921100000-C');
  await insertOrgUnit(m, t, cgzCenter, 'window', '综合受理窗口');
  const jczCenter = await unit('610921101000-C');
  await insertOrgUnit(m, t, jczCenter, 'window', '综合受理窗口');

  const members: [ReturnType<typeof person>, string, string][] = [
    [person('hy_super', '王监察', '13900000002'), countyUnit.id, 'supervisor'],
    [person('hy_clerk', '李受理', '13900000003'), windows['综合受理窗口'], 'window_clerk'],
    [person('mz_approver', '赵民政', '13900000004'), departments['汉阴县民政局'], 'department_approver'],
    [person('cgz_clerk', '刘城关', '13900000005'), (await unit('610921100000')).id, 'window_clerk'],
    [person('nanjie_agent', '张南街', '13900000006'), (await unit('610921100001')).id, 'village_agent'],
    [person('beijie_agent', '孙北街', '13900000007'), (await unit('610921100002')).id, 'village_agent'],
    [person('jcz_clerk', '周涧池', '13900000008'), (await unit('610921101000')).id, 'window_clerk'],
  ];
  const ids: Record<string, string> = {};
  for (const [p, orgUnitId, role] of members) {
    ids[p.username] = await insertUser(m, t, p);
    await insertMembership(m, t, ids[p.username], orgUnitId, role, null);
  }

  // 一纸授权: the civil affairs bureau authorises the county's 民政社保 window for all its matters.
  await m.query(
    `INSERT INTO delegation (tenant_id, id, department_id, grantee_window_id, all_matters, valid_from, valid_until, reason, created_by)
     VALUES ($1, gen_random_uuid(), $2, $3, true, now(), now() + interval '1 year', '民政事项一窗受理授权（演示）', $4)`,
    [t, departments['汉阴县民政局'], windows['民政社保窗口'], ids['mz_approver']],
  );
  await appendAudit(m, t, { actorName: 'demo-seed', action: 'demo_loaded', detail: { users: members.length + 1 } });
}
