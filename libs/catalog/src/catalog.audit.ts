import { AuditVocabulary, auditFor, Bilingual } from '@county/tenancy';

/** What the catalog records on the audit chain. */
export const CATALOG_AUDIT_ACTIONS = [
  'matter_draft_created',
  'matter_draft_saved',
  'matter_draft_opened',
  'matter_published',
  'matter_retired',
  'matter_local_setting_set',
  'catalog_imported',
] as const;

export type CatalogAuditAction = (typeof CATALOG_AUDIT_ACTIONS)[number];

/** A matter's top-level fields as `changedFields` names them, with the words of the catalog sheet. */
const MATTER_FIELDS: Record<string, Bilingual> = {
  basicCode: { zh: '基本编码', en: 'Basic code' },
  implementationCode: { zh: '实施编码', en: 'Implementation code' },
  name: { zh: '事项名称', en: 'Name' },
  type: { zh: '事项类型', en: 'Type' },
  subType: { zh: '子类型', en: 'Sub-type' },
  applicantKinds: { zh: '申请人类型', en: 'Applicant kinds' },
  specialGroups: { zh: '特殊群体', en: 'Special groups' },
  legalBasis: { zh: '事项依据', en: 'Legal basis' },
  implementingBodyId: { zh: '实施主体', en: 'Implementing body' },
  handlingOffice: { zh: '承办机构', en: 'Handling office' },
  coImplementingBodyIds: { zh: '联办部门', en: 'Co-implementing bodies' },
  caseKind: { zh: '办件类型', en: 'Case kind' },
  statutoryDays: { zh: '法定时限', en: 'Statutory limit' },
  promisedDays: { zh: '承诺时限', en: 'Promised limit' },
  naturalDayCap: { zh: '自然日上限', en: 'Natural-day cap' },
  conditions: { zh: '办理条件', en: 'Conditions' },
  materials: { zh: '申请材料', en: 'Materials' },
  steps: { zh: '办理流程', en: 'Steps' },
  fees: { zh: '收费', en: 'Fees' },
  resultDocuments: { zh: '出具文书', en: 'Result documents' },
  deliveryOptions: { zh: '送达方式', en: 'Delivery options' },
  visits: { zh: '到现场次数', en: 'Visits' },
  onlineDepth: { zh: '网办深度', en: 'Online depth' },
  proxyAllowed: { zh: '是否可代办', en: 'Proxy allowed' },
  acceptingTiers: { zh: '受理层级', en: 'Accepting tiers' },
  decidingTier: { zh: '办理层级', en: 'Deciding tier' },
  place: { zh: '办理地点', en: 'Place' },
  hours: { zh: '办理时间', en: 'Hours' },
  consultPhone: { zh: '咨询电话', en: 'Consultation phone' },
  supervisionPhone: { zh: '监督投诉电话', en: 'Supervision phone' },
  postalAddress: { zh: '邮寄地址', en: 'Postal address' },
};

/** How the catalog's entries read in the audit log and its export. */
export const CATALOG_AUDIT_VOCABULARY: AuditVocabulary<CatalogAuditAction> = {
  library: { zh: '事项目录', en: 'Catalog' },
  actions: {
    matter_draft_created: { zh: '新建事项草稿', en: 'Matter draft created' },
    matter_draft_saved: { zh: '保存事项草稿', en: 'Matter draft saved' },
    matter_draft_opened: { zh: '开启修订草稿', en: 'Revision draft opened' },
    matter_published: { zh: '发布事项', en: 'Matter published' },
    matter_retired: { zh: '停用事项', en: 'Matter retired' },
    matter_local_setting_set: { zh: '设置本地信息', en: 'Local setting saved' },
    catalog_imported: { zh: '导入事项目录', en: 'Catalog imported' },
  },
  subjects: { Matter: { zh: '事项', en: 'Matter' } },
  details: {
    version: { zh: '版本', en: 'Version' },
    fromVersion: { zh: '基于版本', en: 'From version' },
    effectiveFrom: { zh: '生效日期', en: 'Effective from' },
    implementationCode: MATTER_FIELDS['implementationCode'],
    name: MATTER_FIELDS['name'],
    changedFields: { zh: '改动字段', en: 'Changed fields', values: MATTER_FIELDS },
    orgUnitId: { zh: '单位', en: 'Org unit', refers: 'OrgUnit' },
    orgUnitName: { zh: '单位名称', en: 'Org unit name' },
    before: { zh: '改前', en: 'Before' },
    after: { zh: '改后', en: 'After' },
    address: { zh: '办理地点', en: 'Place' },
    hours: MATTER_FIELDS['hours'],
    phone: { zh: '咨询电话', en: 'Phone' },
    windowId: { zh: '受理窗口', en: 'Window', refers: 'OrgUnit' },
    promisedDays: MATTER_FIELDS['promisedDays'],
    mode: {
      zh: '导入方式',
      en: 'Mode',
      values: { all: { zh: '全部成功才导入', en: 'All or nothing' }, valid: { zh: '只导入无误的', en: 'Valid rows only' } },
    },
    preview: { zh: '仅预览', en: 'Preview only' },
    imported: { zh: '已写入', en: 'Written' },
    bytes: { zh: '文件字节数', en: 'File bytes' },
    created: { zh: '新增', en: 'Created' },
    updated: { zh: '更新', en: 'Updated' },
    unchanged: { zh: '未变', en: 'Unchanged' },
    rejected: { zh: '被拒', en: 'Rejected' },
    errors: { zh: '错误数', en: 'Errors' },
    matters: { zh: '各事项', en: 'Matters' },
    action: {
      zh: '结果',
      en: 'Outcome',
      values: {
        created: { zh: '新增', en: 'created' },
        updated: { zh: '更新', en: 'updated' },
        unchanged: { zh: '未变', en: 'unchanged' },
        rejected: { zh: '被拒', en: 'rejected' },
      },
    },
  },
};

export const catalogAudit = auditFor('catalog', CATALOG_AUDIT_ACTIONS, CATALOG_AUDIT_VOCABULARY);
