import { EntityManager } from 'typeorm';
import { selectOne, selectRows } from '@county/tenancy';
import { MatterContent, readContent } from '@county/catalog';
import { SpecialGroup } from '../applicants/applicant.types';
import { CaseFeeStatus, CaseFeeView } from './case-fee.types';
import { fenToYuan, yuanToFen } from './money';

export interface CaseFeeRow {
  id: string;
  position: number;
  name: string;
  basis: string;
  amount_fen: string; // bigint comes back as text
  status: CaseFeeStatus;
  bank_receipt_number: string | null;
  paid_on: string | null;
  waived_group: SpecialGroup | null;
  waive_reason: string | null;
  settled_by: string | null;
  settled_at: Date | null;
}

/**
 * The content of the matter version a case pinned, as published: the fee items, special groups
 * and delivery options a case goes by, whatever versions were published after it.
 */
export async function pinnedContent(m: EntityManager, matterId: string, version: number): Promise<MatterContent> {
  const row = await selectOne<{ content: unknown }>(m, `SELECT content FROM matter_version WHERE matter_id = $1 AND version = $2`, [matterId, version]);
  if (!row) throw new Error(`version ${version} of matter ${matterId} not found`);
  return readContent(row.content);
}

/**
 * 受理时开具收费单: the fee items of the pinned version, in their order, amounts in fen. An item
 * of 0.00 has nothing to pay and is left out. Taking the sheet twice leaves the first.
 */
export async function openFeeSheet(m: EntityManager, c: { id: string; matter_id: string; matter_version: number }): Promise<void> {
  const { fees } = await pinnedContent(m, c.matter_id, c.matter_version);
  const items = fees.map((f, position) => ({ position, name: f.name, basis: f.basis ?? '', fen: yuanToFen(f.amount) })).filter((f) => f.fen > 0);
  if (!items.length) return;
  await m.query(
    `INSERT INTO case_fee (tenant_id, case_id, position, name, basis, amount_fen)
     SELECT current_tenant_id(), $1, item.position, item.name, item.basis, item.fen
       FROM unnest($2::int[], $3::text[], $4::text[], $5::bigint[]) AS item (position, name, basis, fen)
     ON CONFLICT (tenant_id, case_id, position) DO NOTHING`,
    [c.id, items.map((i) => i.position), items.map((i) => i.name), items.map((i) => i.basis), items.map((i) => i.fen)],
  );
}

/** A case's fee items in the pinned order (the caller has checked it may read the case). */
export async function feeRowsOf(m: EntityManager, caseId: string): Promise<CaseFeeRow[]> {
  return selectRows<CaseFeeRow>(
    m,
    `SELECT f.id, f.position, f.name, f.basis, f.amount_fen::text AS amount_fen, f.status, p.bank_receipt_number, p.paid_on::text AS paid_on,
            f.waived_group, f.waive_reason, u.username AS settled_by, f.settled_at
       FROM case_fee f
       LEFT JOIN case_payment p ON p.tenant_id = f.tenant_id AND p.id = f.payment_id
       LEFT JOIN app_user u ON u.tenant_id = f.tenant_id AND u.id = f.settled_by
      WHERE f.case_id = $1
      ORDER BY f.position`,
    [caseId],
  );
}

export function feeViewOf(row: CaseFeeRow): CaseFeeView {
  const fen = Number(row.amount_fen);
  return {
    id: row.id,
    name: row.name,
    basis: row.basis,
    amountYuan: fenToYuan(fen),
    status: row.status,
    bankReceiptNumber: row.bank_receipt_number,
    paidOn: row.paid_on,
    waivedGroup: row.waived_group,
    waiveReason: row.waive_reason,
    settledBy: row.settled_by,
    settledAt: row.settled_at ? new Date(row.settled_at).toISOString() : null,
  };
}
