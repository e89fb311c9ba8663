import { ApplicantKind, CaseKind, DeliveryOption, LegalBasisLevel, MaterialForm, MatterType, StepKind, Tier } from '../content/catalog-enums';
import { MatterContent } from '../content/matter-content';

/** A valid 承诺件 (临时救助) to vary in tests; `implementingBodyId` is a placeholder. */
export function sampleContent(overrides: Partial<MatterContent> = {}): MatterContent {
  return {
    basicCode: '000150018000',
    implementationCode: '11610921MB0000000X4000150018000',
    name: '临时救助对象认定',
    type: MatterType.PAYMENT,
    subType: null,
    applicantKinds: [ApplicantKind.NATURAL_PERSON],
    specialGroups: ['低保对象'],
    legalBasis: [
      { level: LegalBasisLevel.ADMINISTRATIVE_REGULATION, title: '《社会救助暂行办法》', article: '第四十七条' },
    ],
    implementingBodyId: '00000000-0000-4000-8000-000000000001',
    handlingOffice: '社会救助股',
    coImplementingBodyIds: [],
    caseKind: CaseKind.PROMISED,
    statutoryDays: 20,
    promisedDays: 10,
    naturalDayCap: null,
    deemedApproval: false,
    conditions: ['因火灾、交通事故等意外事件导致基本生活暂时出现严重困难的家庭'],
    materials: [
      { name: '临时救助申请书', form: MaterialForm.ORIGINAL, copies: 1, required: true, deferrable: false, sharedData: false, note: null },
      { name: '居民身份证', form: MaterialForm.ORIGINAL, copies: 1, required: true, deferrable: false, sharedData: true, note: null },
    ],
    steps: [
      { name: '受理', kind: StepKind.ACCEPT, days: 1, counted: true },
      { name: '审查', kind: StepKind.REVIEW, days: 5, counted: true },
      { name: '决定', kind: StepKind.DECIDE, days: 3, counted: true },
      { name: '送达', kind: StepKind.DELIVER, days: 1, counted: true },
    ],
    fees: [],
    resultDocuments: ['临时救助审批表'],
    deliveryOptions: [DeliveryOption.WINDOW, DeliveryOption.HOME],
    visits: 1,
    onlineDepth: 2,
    proxyAllowed: true,
    acceptingTiers: [Tier.VILLAGE, Tier.TOWNSHIP],
    decidingTier: Tier.COUNTY,
    place: '汉阴县政务服务中心民政社保窗口',
    hours: '工作日 8:30–12:00，14:00–17:30',
    consultPhone: '0915-5212345',
    supervisionPhone: '12345',
    postalAddress: '陕西省安康市汉阴县城关镇',
    ...overrides,
  };
}
