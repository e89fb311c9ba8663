import { EntityManager } from 'typeorm';
import { selectOne } from '@county/tenancy';
import { CasesError } from '../cases.errors';
import type { CheckedMove } from '../case/case-input';
import type { CaseRow } from '../case/case-rows';
import { DeliveryMethod } from '../case/case.types';
import { feeRowsOf, feeViewOf, pinnedContent } from './case-fee-rows';
import { CaseFeeStatus } from './case-fee.types';

/**
 * 送达 needs every fee paid or waived, and a way of delivery the pinned version offers: 窗口领取,
 * 邮寄 with the tracking number, 送达上门 to an address (the one given, else the registered
 * applicant's). Answers the columns the delivery sets on the case.
 */
export async function deliveryColumns(m: EntityManager, c: CaseRow, checked: CheckedMove): Promise<Record<string, unknown>> {
  const due = (await feeRowsOf(m, c.id)).filter((f) => f.status === CaseFeeStatus.DUE).map(feeViewOf);
  if (due.length) throw CasesError.FeesDue(due.map((f) => `${f.name} ${f.amountYuan} 元`));
  const method = checked.deliveryMethod ?? DeliveryMethod.WINDOW;
  const { deliveryOptions } = await pinnedContent(m, c.matter_id, c.matter_version);
  if (!(deliveryOptions as string[]).includes(method)) throw CasesError.DeliveryNotOffered(method, deliveryOptions);
  let address = checked.deliveryAddress;
  if (method === DeliveryMethod.HOME && !address) {
    const applicant = await selectOne<{ address: string | null }>(m, `SELECT ap.address FROM service_case c JOIN applicant ap ON ap.tenant_id = c.tenant_id AND ap.id = c.applicant_id WHERE c.id = $1`, [c.id]);
    address = applicant?.address?.trim() || null;
    if (!address) throw CasesError.CaseInputInvalid('deliveryAddress', '送达上门须填写地址（申请人未登记地址）', 'home delivery needs an address (the applicant has none registered)');
  }
  return {
    delivery_method: method,
    tracking_number: method === DeliveryMethod.POST ? checked.trackingNumber : null,
    delivery_address: method === DeliveryMethod.HOME ? address : null,
    delivery_notes: checked.deliveryNotes,
  };
}
