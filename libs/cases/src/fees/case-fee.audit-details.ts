import type { AuditDetailLabel } from '@county/tenancy';
import { GROUP_LABELS } from './fee-waiver';

/** How the details of payments, waivers and deliveries read on the case's timeline (part of the cases vocabulary). */
export const CASE_FEE_AUDIT_DETAILS: Record<string, AuditDetailLabel> = {
  bankReceiptNumber: { zh: '银行缴款回执号', en: 'Bank receipt number' },
  paidOn: { zh: '缴款日期', en: 'Paid on' },
  feeItems: { zh: '收费项目', en: 'Fee items' },
  amountYuan: { zh: '金额（元）', en: 'Amount (yuan)' },
  group: { zh: '减免依据（特殊群体）', en: 'Waived for', values: GROUP_LABELS },
  matterGroups: { zh: '事项规定的特殊群体', en: 'Groups the matter serves' },
  deliveryAddress: { zh: '送达地址', en: 'Delivery address' },
  deliveryNotes: { zh: '送达备注', en: 'Delivery notes' },
};
