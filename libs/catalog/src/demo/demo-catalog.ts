import { EntityManager } from 'typeorm';
import { DEMO_COUNTY_CODE, ownerDataSource, SystemClock } from '@county/tenancy';
import {
  ApplicantKind,
  CaseKind,
  DeliveryOption,
  LegalBasisLevel,
  MaterialForm,
  MatterType,
  StepKind,
  Tier,
} from '../content/catalog-enums';
import { MatterContent, ProcedureStep } from '../content/matter-content';
import { CatalogActor, insertMatterDraft, publishMatterDraft } from '../matter-writes';
import { DEMO_MATTERS, DemoMatter } from './demo-matters';

const LEVEL: Record<string, LegalBasisLevel> = {
  L: LegalBasisLevel.LAW,
  AR: LegalBasisLevel.ADMINISTRATIVE_REGULATION,
  LR: LegalBasisLevel.LOCAL_REGULATION,
  LGR: LegalBasisLevel.LOCAL_GOVERNMENT_RULE,
  MR: LegalBasisLevel.MINISTRY_RULE,
  ND: LegalBasisLevel.NORMATIVE_DOCUMENT,
};
const TIER: Record<string, Tier> = { V: Tier.VILLAGE, T: Tier.TOWNSHIP, C: Tier.COUNTY };
/** Short department labels for implementation codes. */
const DEPT_CODE: Record<string, string> = {
  汉阴县民政局: 'MZ',
  汉阴县市场监督管理局: 'SJ',
  汉阴县人力资源和社会保障局: 'RS',
  汉阴县医疗保障局: 'YB',
  汉阴县自然资源局: 'ZR',
  汉阴县住房和城乡建设局: 'ZJ',
  汉阴县交通运输局: 'JT',
  安康市生态环境局汉阴分局: 'HJ',
  汉阴县卫生健康局: 'WJ',
  汉阴县残疾人联合会: 'CL',
  汉阴县农业农村局: 'NY',
};
const TYPE_DIGIT: Record<string, string> = {
  license: '01',
  payment: '02',
  levy: '03',
  confirmation: '04',
  reward: '05',
  adjudication: '06',
  other_power: '07',
  public_service: '08',
};
const SHARED = /居民身份证|户口簿|营业执照|残疾人证|结婚证/;

/** 受理 → 审查 → 决定 → 送达 sharing the promise; site surveys and expert reviews are not counted. */
function stepsFor(d: DemoMatter): ProcedureStep[] {
  const step = (name: string, kind: StepKind, days: number, counted = true) => ({ name, kind, days, counted });
  if (d.kind === 'on_the_spot') return [step('受理', StepKind.ACCEPT, 0), step('决定', StepKind.DECIDE, 0), step('送达', StepKind.DELIVER, 0)];
  const accept = d.promised >= 3 ? 1 : 0;
  const decide = d.promised >= 2 ? 1 : 0;
  const deliver = d.promised >= 4 ? 1 : 0;
  const steps = [step('受理', StepKind.ACCEPT, accept), step('审查', StepKind.REVIEW, d.promised - accept - decide - deliver)];
  if (d.survey) steps.push(step('现场踏勘', StepKind.SITE_SURVEY, 5, false));
  if (d.expert) steps.push(step('专家评审', StepKind.EXPERT_REVIEW, 10, false));
  steps.push(step('决定', StepKind.DECIDE, decide), step('送达', StepKind.DELIVER, deliver));
  return steps;
}

export function demoContent(department: string, departmentId: string, seq: number, d: DemoMatter): MatterContent {
  const deptCode = DEPT_CODE[department] ?? 'XX';
  const basicCode = `${TYPE_DIGIT[d.type]}${String(Object.keys(DEPT_CODE).indexOf(department) + 1).padStart(2, '0')}${String(seq).padStart(4, '0')}000`;
  const persons =
    d.persons === 'organizations'
      ? [ApplicantKind.LEGAL_PERSON, ApplicantKind.OTHER_ORGANIZATION]
      : d.persons === 'both'
        ? [ApplicantKind.NATURAL_PERSON, ApplicantKind.LEGAL_PERSON, ApplicantKind.OTHER_ORGANIZATION]
        : [ApplicantKind.NATURAL_PERSON];
  const accepting = [...d.accept].map((c) => TIER[c]);
  const livelihood = d.type === 'payment' || accepting.includes(Tier.VILLAGE);
  const phoneTail = String(5212300 + Object.keys(DEPT_CODE).indexOf(department) + 1);
  return {
    basicCode,
    implementationCode: `11610921${deptCode}${basicCode}`,
    name: d.name,
    type: d.type as MatterType,
    subType: null,
    applicantKinds: persons,
    specialGroups: d.groups ?? [],
    legalBasis: d.basis.map(([level, title, article]) => ({ level: LEVEL[level], title, article: article ?? null })),
    implementingBodyId: departmentId,
    handlingOffice: null,
    coImplementingBodyIds: [],
    caseKind: d.kind as CaseKind,
    statutoryDays: d.statutory,
    promisedDays: d.promised,
    naturalDayCap: d.natural ?? null,
    conditions: d.conditions ?? [`符合${d.basis[0][1]}规定的条件`],
    materials: d.materials.map((name, i) => ({
      name,
      form: SHARED.test(name) ? MaterialForm.ORIGINAL : i === 0 ? MaterialForm.ORIGINAL : MaterialForm.ORIGINAL_AND_COPY,
      copies: 1,
      required: true,
      // 容缺: supporting documents may follow; the application form itself may not.
      deferrable: i > 0 && !SHARED.test(name) && d.type === 'license',
      sharedData: SHARED.test(name),
      note: null,
    })),
    steps: stepsFor(d),
    fees: (d.fees ?? []).map(([name, basis, amount]) => ({ name, basis, amount })),
    resultDocuments: [d.result ?? (d.type === 'payment' ? '审核确认结果通知书' : `${d.name}结果文书`)],
    deliveryOptions: livelihood ? [DeliveryOption.WINDOW, DeliveryOption.HOME] : [DeliveryOption.WINDOW, DeliveryOption.POST],
    visits: d.online === 4 ? 0 : 1,
    onlineDepth: d.online ?? (d.type === 'license' ? 3 : 2),
    proxyAllowed: livelihood || persons.includes(ApplicantKind.NATURAL_PERSON),
    acceptingTiers: accepting,
    decidingTier: TIER[d.decide],
    place: `汉阴县政务服务中心（汉阴县城关镇）${department.replace(/^汉阴县|^安康市/, '')}窗口`,
    hours: '工作日 上午 8:30–12:00，下午 14:30–17:30（法定节假日除外）',
    consultPhone: `0915-${phoneTail}`,
    supervisionPhone: '12345',
    postalAddress: '陕西省安康市汉阴县政务服务中心（邮编 725100）',
  };
}

/**
 * Publishes the demo catalog of 汉阴县 (70 matters, 11 departments) through the same writes
 * and rules as the API, effective today — once: it does nothing when the county has matters.
 * Run after seedDemoCounty. Returns how many matters it published.
 */
export async function seedDemoCatalog(ownerUrl: string): Promise<number> {
  const ds = await ownerDataSource(ownerUrl).initialize();
  try {
    return await ds.transaction(async (m) => {
      const [tenant] = await m.query(`SELECT id FROM tenant WHERE division_code = $1`, [DEMO_COUNTY_CODE]);
      if (!tenant) return 0;
      await m.query(`SELECT set_config('app.tenant_id', $1, true), set_config('app.platform', 'off', true)`, [tenant.id]);
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM matter WHERE tenant_id = $1`, [tenant.id]);
      if (n > 0) return 0;
      return publishAll(m, tenant.id);
    });
  } finally {
    await ds.destroy();
  }
}

async function publishAll(m: EntityManager, tenantId: string): Promise<number> {
  const [admin] = await m.query(`SELECT id FROM app_user WHERE tenant_id = $1 AND username = 'hy_admin'`, [tenantId]);
  const actor: CatalogActor = { id: admin?.id ?? null, name: 'demo-seed' };
  const departments: { id: string; name: string }[] = await m.query(
    `SELECT id, name FROM org_unit WHERE tenant_id = $1 AND kind = 'department'`,
    [tenantId],
  );
  let published = 0;
  for (const [department, matters] of Object.entries(DEMO_MATTERS)) {
    const dept = departments.find((d) => d.name === department);
    if (!dept) continue;
    for (const [i, d] of matters.entries()) {
      const id = await insertMatterDraft(m, tenantId, actor, demoContent(department, dept.id, i + 1, d));
      await publishMatterDraft(m, tenantId, actor, id, null, new SystemClock().today());
      published++;
    }
  }
  return published;
}
