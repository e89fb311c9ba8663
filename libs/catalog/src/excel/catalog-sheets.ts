import {
  APPLICANT_KIND_LABEL,
  CASE_KIND_LABEL,
  DELIVERY_OPTION_LABEL,
  LEGAL_BASIS_LEVEL_LABEL,
  MATERIAL_FORM_LABEL,
  MATTER_TYPE_LABEL,
  STEP_KIND_LABEL,
  TIER_WORD,
} from '../content/enum-labels';

/**
 * The catalog workbook: one row per matter on 事项, and every nested list on its own sheet,
 * keyed by 实施编码 and 序号 so people can add, remove and reorder items in Excel.
 * One table drives export, import and error locations, so they cannot disagree.
 */
export type CellKind = 'text' | 'optText' | 'int' | 'optInt' | 'bool' | 'enum' | 'enumList' | 'textList' | 'department' | 'departmentList' | 'info';

export interface ColumnSpec {
  header: string;
  /** property of MatterContent (on 事项) or of the list item; '' for a list of plain strings */
  field: string;
  kind: CellKind;
  labels?: Record<string, string>;
  width?: number;
}

export interface SheetSpec {
  name: string;
  /** the MatterContent list this sheet holds; null for 事项 itself */
  list: string | null;
  columns: ColumnSpec[];
}

export const CODE_HEADER = '实施编码';
export const ORDER_HEADER = '序号';
/** Separator of short lists inside one cell (申请人类型、受理层级…). */
export const LIST_SEPARATOR = '、';

export const MATTER_SHEET: SheetSpec = {
  name: '事项',
  list: null,
  columns: [
    { header: CODE_HEADER, field: 'implementationCode', kind: 'text', width: 34 },
    { header: '基本编码', field: 'basicCode', kind: 'text', width: 16 },
    { header: '事项名称', field: 'name', kind: 'text', width: 30 },
    { header: '事项类型', field: 'type', kind: 'enum', labels: MATTER_TYPE_LABEL },
    { header: '子类型', field: 'subType', kind: 'optText' },
    { header: '申请人类型', field: 'applicantKinds', kind: 'enumList', labels: APPLICANT_KIND_LABEL, width: 18 },
    { header: '特殊群体', field: 'specialGroups', kind: 'textList' },
    { header: '实施主体', field: 'implementingBodyId', kind: 'department', width: 24 },
    { header: '承办机构', field: 'handlingOffice', kind: 'optText' },
    { header: '联办部门', field: 'coImplementingBodyIds', kind: 'departmentList', width: 24 },
    { header: '办件类型', field: 'caseKind', kind: 'enum', labels: CASE_KIND_LABEL },
    { header: '法定时限（工作日）', field: 'statutoryDays', kind: 'int' },
    { header: '承诺时限（工作日）', field: 'promisedDays', kind: 'int' },
    { header: '自然日上限', field: 'naturalDayCap', kind: 'optInt' },
    { header: '超时默许', field: 'deemedApproval', kind: 'bool' },
    { header: '到现场次数', field: 'visits', kind: 'int' },
    { header: '网办深度', field: 'onlineDepth', kind: 'int' },
    { header: '是否可代办', field: 'proxyAllowed', kind: 'bool' },
    { header: '受理层级', field: 'acceptingTiers', kind: 'enumList', labels: TIER_WORD, width: 22 },
    { header: '办理层级', field: 'decidingTier', kind: 'enum', labels: TIER_WORD },
    { header: '送达方式', field: 'deliveryOptions', kind: 'enumList', labels: DELIVERY_OPTION_LABEL, width: 18 },
    { header: '办理地点', field: 'place', kind: 'text', width: 30 },
    { header: '办理时间', field: 'hours', kind: 'text', width: 30 },
    { header: '咨询电话', field: 'consultPhone', kind: 'text', width: 14 },
    { header: '监督投诉电话', field: 'supervisionPhone', kind: 'text', width: 14 },
    { header: '邮寄地址', field: 'postalAddress', kind: 'text', width: 30 },
    { header: '版本（仅供参考）', field: 'version', kind: 'info' },
    { header: '状态（仅供参考）', field: 'status', kind: 'info' },
  ],
};

const keyed = (name: string, list: string, columns: ColumnSpec[]): SheetSpec => ({
  name,
  list,
  columns: [{ header: CODE_HEADER, field: '', kind: 'info', width: 34 }, { header: ORDER_HEADER, field: '', kind: 'info', width: 6 }, ...columns],
});

export const LIST_SHEETS: SheetSpec[] = [
  keyed('事项依据', 'legalBasis', [
    { header: '依据层级', field: 'level', kind: 'enum', labels: LEGAL_BASIS_LEVEL_LABEL, width: 14 },
    { header: '依据名称', field: 'title', kind: 'text', width: 40 },
    { header: '条款', field: 'article', kind: 'optText', width: 40 },
  ]),
  keyed('办理条件', 'conditions', [{ header: '办理条件', field: '', kind: 'text', width: 80 }]),
  keyed('申请材料', 'materials', [
    { header: '材料名称', field: 'name', kind: 'text', width: 36 },
    { header: '材料形式', field: 'form', kind: 'enum', labels: MATERIAL_FORM_LABEL, width: 14 },
    { header: '份数', field: 'copies', kind: 'int' },
    { header: '是否必需', field: 'required', kind: 'bool' },
    { header: '是否容缺', field: 'deferrable', kind: 'bool' },
    { header: '是否免提交', field: 'sharedData', kind: 'bool' },
    { header: '备注', field: 'note', kind: 'optText', width: 30 },
  ]),
  keyed('办理流程', 'steps', [
    { header: '环节名称', field: 'name', kind: 'text', width: 20 },
    { header: '环节类型', field: 'kind', kind: 'enum', labels: STEP_KIND_LABEL },
    { header: '时限（工作日）', field: 'days', kind: 'int' },
    { header: '是否计入时限', field: 'counted', kind: 'bool' },
  ]),
  keyed('收费项目', 'fees', [
    { header: '收费项目名称', field: 'name', kind: 'text', width: 24 },
    { header: '收费依据', field: 'basis', kind: 'text', width: 40 },
    { header: '金额（元）', field: 'amount', kind: 'text', width: 12 },
  ]),
  keyed('出具文书', 'resultDocuments', [{ header: '出具的文书或证照名称', field: '', kind: 'text', width: 40 }]),
];

export const README_SHEET = '填写说明';
