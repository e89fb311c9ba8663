import { EntityManager } from 'typeorm';
import { audit } from '../tenancy.audit';
import { RequestContext } from '../context/request-context';
import { TenancyError } from '../errors/tenancy.errors';
import { OrgUnitDetailsInput } from './dto/org-unit-details.input';
import { isValidPhone } from './phone-numbers';
import { pinyinKeys } from './pinyin-keys';

/**
 * The network's upkeep inside the caller's tenant transaction, after `requirePlace` has found
 * the unit in her jurisdiction: a unit's public details, and renaming or closing a window.
 */

const TERRITORIAL = ['county', 'township', 'village'];
const DETAIL_COLUMNS = { address: 'address', openingHours: 'opening_hours', phone: 'phone' } as const;
type DetailField = keyof typeof DETAIL_COLUMNS;

interface UnitRow {
  id: string;
  name: string;
  kind: string;
  address: string | null;
  opening_hours: string | null;
  phone: string | null;
  closed_at: Date | null;
}

async function lockUnit(m: EntityManager, id: string): Promise<UnitRow> {
  const [row] = await m.query(`SELECT id, name, kind, address, opening_hours, phone, closed_at FROM org_unit WHERE id = $1 FOR UPDATE`, [id]);
  if (!row) throw TenancyError.NotFound('单位 org unit', id);
  return row;
}

const clean = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/** Sets a territorial unit's address, hours and phone; audited with the fields that changed (none: nothing written). */
export async function writeUnitDetails(m: EntityManager, ctx: RequestContext, id: string, input: OrgUnitDetailsInput): Promise<void> {
  const unit = await lockUnit(m, id);
  if (!TERRITORIAL.includes(unit.kind)) throw TenancyError.UnitDetailsNotTerritorial(unit.kind);
  const after: Record<DetailField, string | null> = {
    address: input.address === undefined ? unit.address : clean(input.address),
    openingHours: input.openingHours === undefined ? unit.opening_hours : clean(input.openingHours),
    phone: input.phone === undefined ? unit.phone : clean(input.phone)?.replace(/\s+/g, '') ?? null,
  };
  if (after.phone && !isValidPhone(after.phone)) throw TenancyError.UnitPhoneInvalid(after.phone);
  const before: Record<DetailField, string | null> = { address: unit.address, openingHours: unit.opening_hours, phone: unit.phone };
  const changed = (Object.keys(DETAIL_COLUMNS) as DetailField[]).filter((k) => before[k] !== after[k]);
  if (changed.length === 0) return;
  await m.query(`UPDATE org_unit SET address = $2, opening_hours = $3, phone = $4 WHERE id = $1`, [id, after.address, after.openingHours, after.phone]);
  const pick = (values: Record<DetailField, string | null>) => Object.fromEntries(changed.map((k) => [k, values[k]]));
  await audit(m, ctx, 'unit_details_changed', { type: 'OrgUnit', id }, { name: unit.name, changedFields: changed, before: pick(before), after: pick(after) });
}

async function openWindow(m: EntityManager, id: string): Promise<UnitRow> {
  const unit = await lockUnit(m, id);
  if (unit.kind !== 'window') throw TenancyError.NotAWindow(unit.kind);
  if (unit.closed_at) throw TenancyError.WindowClosed(unit.name);
  return unit;
}

export async function renameWindow(m: EntityManager, ctx: RequestContext, id: string, name: string): Promise<void> {
  const next = (name ?? '').trim();
  if (next.length < 2 || next.length > 60) throw TenancyError.WindowNameInvalid();
  const unit = await openWindow(m, id);
  if (next === unit.name) return;
  const keys = pinyinKeys(next);
  await m.query(`UPDATE org_unit SET name = $2, pinyin = $3, pinyin_initials = $4 WHERE id = $1`, [id, next, keys.pinyin, keys.initials]);
  await audit(m, ctx, 'window_renamed', { type: 'OrgUnit', id }, { before: unit.name, after: next });
}

/** 撤销窗口: never deleted (cases and settings name it); it can no longer be chosen. */
export async function closeWindow(m: EntityManager, ctx: RequestContext, id: string, reason: string | null): Promise<void> {
  const unit = await openWindow(m, id);
  await m.query(`UPDATE org_unit SET closed_at = now(), closed_by = $2 WHERE id = $1`, [id, ctx.user.id]);
  await audit(m, ctx, 'window_closed', { type: 'OrgUnit', id }, { name: unit.name, reason: clean(reason) });
}
