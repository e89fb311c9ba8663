import { DeliveryOption, Tier, TIER_LABEL } from '../content/catalog-enums';
import {
  APPLICANT_KIND_LABEL,
  CASE_KIND_LABEL,
  DELIVERY_OPTION_LABEL,
  LEGAL_BASIS_LEVEL_LABEL,
  MATERIAL_FORM_LABEL,
  MATTER_TYPE_LABEL,
  STEP_KIND_LABEL,
} from '../content/enum-labels';
import { NoticeData, NoticeRow } from './notice.types';

/**
 * The fields of the 一次性告知单 in the order of the reference form (海林市 附件7), with the
 * elements the national guide adds (codes, hours, visits, proxy filing, steps) placed beside
 * their neighbours. The form asks for “无” rather than an empty cell.
 */

/** The sheet says 邮寄送达 where the spreadsheets say 邮寄; every other word is the shared one. */
const DELIVERY: Record<DeliveryOption, string> = { ...DELIVERY_OPTION_LABEL, [DeliveryOption.POST]: '邮寄送达' };

const NONE = '无';
const orNone = (s: string | null | undefined) => (s && s.trim() ? s.trim() : NONE);

export function workingDays(days: number): string {
  return `${days} 个工作日`;
}

function promisedLimit(days: number, naturalCap: number | null | undefined): string {
  const base = days === 0 ? '即时办结（0 个工作日）' : workingDays(days);
  return naturalCap != null ? `${base}，且不超过 ${naturalCap} 个自然日` : base;
}

/** 县 10 → 城关镇 5（生效）→ 南街社区 8, when anything local shortened the county's promise. */
function promiseOrigin(data: NoticeData): string {
  if (data.promiseSources.length < 2) return '';
  return `\n（${data.promiseSources.map((s) => `${s.unitName} ${s.promisedDays}${s.inEffect ? '（生效）' : ''}`).join(' → ')}，取最短者）`;
}

/**
 * 办理地点 of the county-level sheet for a matter the county center does not accept: where to go
 * instead (the township centers or village stations), never the county center's address.
 */
export function countyReferral(data: NoticeData): string | null {
  const tiers = data.content.acceptingTiers;
  if (data.unitName || tiers.includes(Tier.COUNTY)) return null;
  const where = [tiers.includes(Tier.TOWNSHIP) ? '所在乡镇（街道）便民服务中心' : null, tiers.includes(Tier.VILLAGE) ? '所在村（社区）便民服务站' : null].filter(Boolean).join('或');
  return `县政务服务中心不受理本事项，请到${where}办理（扫描二维码可查各乡镇、村的地点和电话）`;
}

/** 邮政编码: the catalog keeps it inside the postal address, e.g. “……（邮编 725100）”. */
export function postcodeOf(address: string): string {
  return /(?<!\d)(\d{6})(?!\d)/.exec(address ?? '')?.[1] ?? NONE;
}

function fees(data: NoticeData): string {
  const items = data.content.fees;
  if (items.length === 0) return '不收费';
  return items.map((f) => `${f.name}：${f.amount} 元${f.basis ? `（依据：${f.basis}）` : ''}`).join('\n');
}

function applicants(data: NoticeData): string {
  const kinds = data.content.applicantKinds.map((k) => APPLICANT_KIND_LABEL[k]).join('、');
  const groups = data.content.specialGroups;
  return groups.length ? `${kinds}（含${groups.join('、')}等特殊群体）` : kinds;
}

function steps(data: NoticeData): NoticeRow {
  const list = data.content.steps;
  const counted = list.filter((s) => s.counted).reduce((sum, s) => sum + s.days, 0);
  return {
    kind: 'table',
    title: '办理流程',
    columns: [
      { title: '序号', width: 34, align: 'center' },
      { title: '环节', width: 170 },
      { title: '环节类型', width: 80, align: 'center' },
      { title: '时限', width: 90, align: 'center' },
      { title: '说明', width: 137 },
    ],
    rows: [
      ...list.map((s, i) => [
        String(i + 1),
        s.name,
        STEP_KIND_LABEL[s.kind],
        s.days === 0 ? '当场' : workingDays(s.days),
        s.counted ? '' : '不计入办理时限',
      ]),
      ['', '合计（计入办理时限）', '', workingDays(counted), ''],
    ],
  };
}

function materials(data: NoticeData): NoticeRow {
  return {
    kind: 'table',
    title: '申报所需材料（如未标记数量默认为一份）',
    columns: [
      { title: '序号', width: 30, align: 'center' },
      { title: '材料名称', width: 180 },
      { title: '原件/复印件', width: 66, align: 'center' },
      { title: '份数', width: 34, align: 'center' },
      { title: '是否必需', width: 44, align: 'center' },
      { title: '容缺', width: 34, align: 'center' },
      { title: '免提交', width: 40, align: 'center' },
      { title: '备注', width: 83 },
    ],
    rows: data.content.materials.map((m, i) => [
      String(i + 1),
      m.name,
      MATERIAL_FORM_LABEL[m.form],
      `${m.copies} 份`,
      m.required ? '必需' : '非必需',
      m.deferrable ? '可容缺' : '否',
      m.sharedData ? '免提交' : '否',
      m.note ?? '',
    ]),
  };
}

export function noticeRows(data: NoticeData): NoticeRow[] {
  const c = data.content;
  const pair = (a: string, av: string, b: string, bv: string): NoticeRow => ({
    kind: 'pair',
    cells: [
      { label: a, value: av },
      { label: b, value: bv },
    ],
  });
  const full = (label: string, lines: string[]): NoticeRow => ({ kind: 'full', label, lines: lines.length ? lines : [NONE] });
  return [
    full('事项名称', [c.name]),
    pair('事项编码', c.implementationCode, '基本编码', c.basicCode),
    pair('事项类型', MATTER_TYPE_LABEL[c.type] + (c.subType ? `（${c.subType}）` : ''), '实施主体', orNone(data.implementingBodyName)),
    full(
      '事项依据',
      c.legalBasis.map((b, i) => `${i + 1}. ${b.title}${b.article ? ` ${b.article}` : ''}（${LEGAL_BASIS_LEVEL_LABEL[b.level]}）`),
    ),
    pair('法定时限', workingDays(c.statutoryDays), '承诺时限', promisedLimit(c.promisedDays, c.naturalDayCap) + promiseOrigin(data)),
    pair('办件类型', CASE_KIND_LABEL[c.caseKind], '到现场次数', c.visits === 0 ? '0 次（全程网办）' : `${c.visits} 次`),
    full('共同实施部门', data.coImplementingBodyNames),
    full('事项相对人', [applicants(data)]),
    pair('是否收费', c.fees.length ? '收费' : '不收费', '收费依据与标准', fees(data)),
    full('出具的文书或证照名称', c.resultDocuments),
    full('办理条件', c.conditions.length > 1 ? c.conditions.map((s, i) => `${i + 1}. ${s}`) : c.conditions),
    full('办理地点', [countyReferral(data) ?? orNone(c.place)]),
    full('办理时间', [orNone(c.hours)]),
    pair(
      '受理层级',
      c.acceptingTiers.map((t: Tier) => TIER_LABEL[t]).join('、'),
      '办理层级',
      TIER_LABEL[c.decidingTier],
    ),
    pair('承办内设机构', orNone(c.handlingOffice), '咨询电话', orNone(c.consultPhone)),
    // The catalog has no element for the supervising body: the county center's e-supervision watches every matter.
    pair('监督机构', `${data.countyName}政务服务中心（电子监察）`, '监督电话', orNone(c.supervisionPhone)),
    pair('邮寄地址', orNone(c.postalAddress), '邮政编码', postcodeOf(c.postalAddress)),
    pair(
      '送达方式',
      c.deliveryOptions.map((d) => DELIVERY[d]).join('、'),
      '是否可代办',
      c.proxyAllowed ? '是（村（社区）代办员可免费代办）' : '否',
    ),
    materials(data),
    steps(data),
  ];
}
