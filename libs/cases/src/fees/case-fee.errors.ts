import type { ErrorSpec } from '@county/tenancy';
import { SpecialGroup } from '../applicants/applicant.types';
import { GROUP_LABELS } from './fee-waiver';

const DELIVERY_LABELS: Record<string, { zh: string; en: string }> = {
  window: { zh: '窗口领取', en: 'at the window' },
  post: { zh: '邮寄', en: 'by post' },
  home: { zh: '送达上门', en: 'at home' },
};
const zhList = (methods: string[]) => methods.map((m) => DELIVERY_LABELS[m]?.zh ?? m).join('、');
const enList = (methods: string[]) => methods.map((m) => DELIVERY_LABELS[m]?.en ?? m).join(', ');
const group = (g: SpecialGroup) => GROUP_LABELS[g] ?? { zh: g, en: g };

/** Coded errors of fees and delivery (收费与送达), part of CasesError (cases.errors.ts). */
export const CASE_FEE_ERRORS = {
  ReceiptNumberInvalid: {
    code: 'CASE_RECEIPT_NUMBER_INVALID',
    kind: 'invalid',
    zh: '银行缴款回执号须为 6–40 位字母、数字或 -（票款分离：窗口只登记银行回执，不收现金）',
    en: 'A bank receipt number is 6–40 letters, digits or dashes (the window records the bank’s receipt and never takes cash)',
    field: ['bankReceiptNumber'],
  },
  ReceiptNumberUsed: {
    code: 'CASE_RECEIPT_NUMBER_USED',
    kind: 'conflict',
    zh: (receipt: string) => `银行缴款回执号 ${receipt} 已在本县登记过，一张回执只能登记一次`,
    en: (receipt: string) => `The bank receipt ${receipt} is already recorded in the county; a receipt can be recorded once`,
    field: ['bankReceiptNumber'],
    details: (receipt: string) => ({ receipt }),
  },
  FeeNotFound: {
    code: 'NOT_FOUND',
    kind: 'not_found',
    zh: (id: string) => `该办件没有此收费项目（${id}）`,
    en: (id: string) => `The case has no fee item ${id}`,
    details: (id: string) => ({ id }),
  },
  FeeNotDue: {
    code: 'CASE_FEE_NOT_DUE',
    kind: 'conflict',
    zh: (name: string, status: string) => `收费项目“${name}”${status === 'paid' ? '已缴费' : '已减免'}，不能再次登记`,
    en: (name: string, status: string) => `The fee “${name}” is already ${status === 'paid' ? 'paid' : 'waived'}`,
    details: (name: string, status: string) => ({ name, status }),
  },
  FeesClosed: {
    code: 'CASE_FEES_CLOSED',
    kind: 'conflict',
    zh: '办件已办结、不予受理或已撤回，不能再登记缴费或减免',
    en: 'The case is closed (delivered, not accepted or withdrawn): no payment or waiver can be recorded',
  },
  FeesDue: {
    code: 'CASE_FEES_DUE',
    kind: 'conflict',
    zh: (items: string[]) => `尚有未缴费用，缴清或减免后才能送达：${items.join('、')}`,
    en: (items: string[]) => `Fees are still due; pay or waive them before delivery: ${items.join(', ')}`,
    details: (items: string[]) => ({ items }),
  },
  WaiverNoApplicant: {
    code: 'CASE_FEE_WAIVER_NO_APPLICANT',
    kind: 'conflict',
    zh: '办件未关联已登记的申请人，无法核实特殊群体身份，不能减免',
    en: 'The case names no registered applicant, so no special group can be checked and nothing can be waived',
  },
  WaiverNotEligible: {
    code: 'CASE_FEE_WAIVER_NOT_ELIGIBLE',
    kind: 'conflict',
    zh: (g: SpecialGroup) => `申请人不属于${group(g).zh}（以申请人登记信息为准），不能按此减免`,
    en: (g: SpecialGroup) => `The applicant is not registered as ${group(g).en}, so the fee cannot be waived on that ground`,
    field: ['group'],
    details: (g: SpecialGroup) => ({ group: g }),
  },
  WaiverNotOffered: {
    code: 'CASE_FEE_WAIVER_NOT_OFFERED',
    kind: 'conflict',
    zh: (g: SpecialGroup, groups: string[]) => `该事项（所依据版本）未对${group(g).zh}规定减免${groups.length ? `；适用的特殊群体：${groups.join('、')}` : '；未规定任何特殊群体'}`,
    en: (g: SpecialGroup, groups: string[]) => `The matter (its pinned version) gives no special treatment to ${group(g).en}${groups.length ? `; it serves: ${groups.join(', ')}` : '; it names no special group'}`,
    field: ['group'],
    details: (g: SpecialGroup, groups: string[]) => ({ group: g, groups }),
  },
  DeliveryNotOffered: {
    code: 'CASE_DELIVERY_NOT_OFFERED',
    kind: 'invalid',
    zh: (method: string, offered: string[]) => `该事项不提供“${zhList([method])}”，可选：${zhList(offered)}`,
    en: (method: string, offered: string[]) => `The matter does not deliver ${enList([method])}; it offers: ${enList(offered)}`,
    field: ['deliveryMethod'],
    details: (method: string, offered: string[]) => ({ method, offered }),
  },
} as const satisfies Record<string, ErrorSpec<never[], string>>;
