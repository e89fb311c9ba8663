import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, isUuid, RequestContext, selectOne, selectRows, TenancyError, TenantDatabase } from '@county/tenancy';
import { isCivilDate } from '../calendar/civil-date';
import { casesAudit } from '../cases.audit';
import { CasesError } from '../cases.errors';
import { specialGroupsOf } from '../applicants/special-groups';
import { SpecialGroup } from '../applicants/applicant.types';
import { CaseRow, loadCases } from '../case/case-rows';
import { isClosed } from '../case/case-state';
import { DeliveryMethod } from '../case/case.types';
import { once } from '../case/idempotency';
import { feeRowsOf, feeViewOf, pinnedContent } from './case-fee-rows';
import { CaseDeliveryView, CaseFeeStatus, CaseFeeView, RecordCasePaymentInput, WaiveCaseFeeInput } from './case-fee.types';
import { matterGroupsFor, waiverRefusal } from './fee-waiver';
import { fenToYuan } from './money';

/** 银行缴款回执号: 6–40 letters, digits or dashes; kept in capitals so one receipt is one number. */
export const RECEIPT_NUMBER = /^[A-Za-z0-9-]{6,40}$/;

export function receiptNumberOf(value: string | null | undefined): string {
  const v = (value ?? '').trim();
  if (!RECEIPT_NUMBER.test(v)) throw CasesError.ReceiptNumberInvalid();
  return v.toUpperCase();
}

const MAX_FEES = 30;

/**
 * 收费: a case's fee sheet (opened at acceptance from the pinned version), payments recorded by
 * the bank's receipt number (票款分离 — the window never takes money, so it never types an
 * amount: a payment settles whole fee items) and waivers for special groups. Reading follows
 * who may read the case; recording follows who may handle it now.
 */
@Injectable()
export class CaseFees {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  fees(ctx: RequestContext, caseId: string): Promise<CaseFeeView[]> {
    return this.db.run(ctx, async (m) => {
      await this.readable(m, ctx, caseId);
      return (await feeRowsOf(m, caseId)).map(feeViewOf);
    });
  }

  delivery(ctx: RequestContext, caseId: string): Promise<CaseDeliveryView | null> {
    return this.db.run(ctx, async (m) => {
      await this.readable(m, ctx, caseId);
      const row = await selectOne<{ method: DeliveryMethod | null; tracking_number: string | null; delivery_address: string | null; delivery_notes: string | null }>(
        m,
        `SELECT delivery_method AS method, tracking_number, delivery_address, delivery_notes FROM service_case WHERE id = $1`,
        [caseId],
      );
      return row?.method ? { method: row.method, trackingNumber: row.tracking_number, address: row.delivery_address, notes: row.delivery_notes } : null;
    });
  }

  /** The ways of delivery the pinned version offers. */
  deliveryOptions(ctx: RequestContext, caseId: string): Promise<DeliveryMethod[]> {
    return this.db.run(ctx, async (m) => {
      const c = await this.readable(m, ctx, caseId);
      return (await pinnedContent(m, c.matter_id, c.matter_version)).deliveryOptions as string[] as DeliveryMethod[];
    });
  }

  recordPayment(ctx: RequestContext, caseId: string, input: RecordCasePaymentInput): Promise<CaseFeeView[]> {
    const receipt = receiptNumberOf(input.bankReceiptNumber);
    const feeIds = [...new Set(input.feeIds ?? [])];
    if (!feeIds.length || feeIds.length > MAX_FEES) throw CasesError.CaseInputInvalid('feeIds', `须选择 1–${MAX_FEES} 项`, `choose 1–${MAX_FEES} items`);
    const today = this.clock.today();
    const paidOn = input.paidOn?.trim() || today;
    if (!isCivilDate(paidOn)) throw CasesError.DateInvalid(paidOn);
    if (paidOn > today) throw CasesError.CaseInputInvalid('paidOn', '不能晚于今天', 'cannot be later than today');
    const { idempotencyKey, ...request } = input;
    return this.db.run(ctx, (m) =>
      once(m, idempotencyKey, `case:pay:${caseId}`, request, async () => {
        await this.handleable(m, ctx, caseId);
        const fees = await this.dueFees(m, caseId, feeIds);
        if (await selectOne(m, `SELECT 1 FROM case_payment WHERE bank_receipt_number = $1`, [receipt])) throw CasesError.ReceiptNumberUsed(receipt);
        const amount = fees.reduce((sum, f) => sum + Number(f.amount_fen), 0);
        const payment = await selectRows<{ id: string }>(
          m,
          `INSERT INTO case_payment (tenant_id, case_id, bank_receipt_number, paid_on, amount_fen, recorded_by)
           VALUES (current_tenant_id(), $1, $2, $3, $4, $5) ON CONFLICT (tenant_id, bank_receipt_number) DO NOTHING RETURNING id`,
          [caseId, receipt, paidOn, amount, ctx.user.id],
        );
        // Another window took the same receipt a moment ago.
        if (!payment.length) throw CasesError.ReceiptNumberUsed(receipt);
        await m.query(`UPDATE case_fee SET status = 'paid', payment_id = $2, settled_by = $3, settled_at = now() WHERE id = ANY ($1::uuid[])`, [
          fees.map((f) => f.id),
          payment[0].id,
          ctx.user.id,
        ]);
        await casesAudit(m, ctx, 'case_fee_paid', { type: 'Case', id: caseId }, { bankReceiptNumber: receipt, paidOn, feeItems: fees.map((f) => f.name), amountYuan: fenToYuan(amount) });
        return (await feeRowsOf(m, caseId)).map(feeViewOf);
      }),
    );
  }

  waive(ctx: RequestContext, caseId: string, input: WaiveCaseFeeInput): Promise<CaseFeeView[]> {
    const reason = (input.reason ?? '').trim();
    if (!reason) throw CasesError.CaseInputInvalid('reason', '必填', 'required');
    if (reason.length > 500) throw CasesError.CaseInputInvalid('reason', '最多 500 个字', 'at most 500 characters');
    if (!Object.values(SpecialGroup).includes(input.group)) throw CasesError.CaseInputInvalid('group', '须选择特殊群体', 'choose a special group');
    const { idempotencyKey, ...request } = input;
    return this.db.run(ctx, (m) =>
      once(m, idempotencyKey, `case:waive:${caseId}`, request, async () => {
        const c = await this.handleable(m, ctx, caseId);
        const [fee] = await this.dueFees(m, caseId, [input.feeId]);
        const applicant = await selectOne<{ birth_date: string | null; disabled: boolean; low_income: boolean; entitled: boolean }>(
          m,
          `SELECT ap.birth_date::text AS birth_date, ap.disabled, ap.low_income, ap.entitled
             FROM service_case sc JOIN applicant ap ON ap.tenant_id = sc.tenant_id AND ap.id = sc.applicant_id WHERE sc.id = $1`,
          [caseId],
        );
        const groups = applicant
          ? specialGroupsOf({ birthDate: applicant.birth_date, disabled: applicant.disabled, lowIncome: applicant.low_income, entitled: applicant.entitled }, this.clock.today())
          : null;
        const { specialGroups } = await pinnedContent(m, c.matter_id, c.matter_version);
        switch (waiverRefusal(input.group, groups, specialGroups)) {
          case 'no_applicant':
            throw CasesError.WaiverNoApplicant();
          case 'not_in_group':
            throw CasesError.WaiverNotEligible(input.group);
          case 'not_offered':
            throw CasesError.WaiverNotOffered(input.group, specialGroups);
        }
        await m.query(`UPDATE case_fee SET status = 'waived', waived_group = $2, waive_reason = $3, settled_by = $4, settled_at = now() WHERE id = $1`, [
          fee.id,
          input.group,
          reason,
          ctx.user.id,
        ]);
        await casesAudit(m, ctx, 'case_fee_waived', { type: 'Case', id: caseId }, {
          feeItems: [fee.name],
          amountYuan: fenToYuan(Number(fee.amount_fen)),
          group: input.group,
          matterGroups: matterGroupsFor(input.group, specialGroups),
          reason,
        });
        return (await feeRowsOf(m, caseId)).map(feeViewOf);
      }),
    );
  }

  private async readable(m: EntityManager, ctx: RequestContext, caseId: string, forUpdate = false): Promise<CaseRow> {
    ctx.assertCan('read', 'Case');
    const [c] = isUuid(caseId) ? await loadCases(m, ctx, [caseId], forUpdate) : [];
    if (!c) throw CasesError.CaseNotFound(caseId);
    return c;
  }

  /** The case locked (payments and the delivery take turns), one the caller may move now and still open. */
  private async handleable(m: EntityManager, ctx: RequestContext, caseId: string): Promise<CaseRow> {
    const c = await this.readable(m, ctx, caseId, true);
    if (!c.can_handle) throw TenancyError.Forbidden();
    if (isClosed(c.state)) throw CasesError.FeesClosed();
    return c;
  }

  /** These fee items of the case, every one still due. */
  private async dueFees(m: EntityManager, caseId: string, ids: string[]) {
    const all = await feeRowsOf(m, caseId);
    return ids.map((id) => {
      const fee = all.find((f) => f.id === id);
      if (!fee) throw CasesError.FeeNotFound(id);
      if (fee.status !== CaseFeeStatus.DUE) throw CasesError.FeeNotDue(fee.name, fee.status);
      return fee;
    });
  }
}
