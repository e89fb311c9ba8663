import { EntityManager } from 'typeorm';
import { throwViolations } from '@county/tenancy';
import { catalogAudit } from './catalog.audit';
import { CatalogError } from './catalog.errors';
import { Tier, TIER_LABEL } from './content/catalog-enums';
import { LocalSettingInput } from './dto/local-setting.input';
import { TerritorialUnit } from './effective-catalog';
import { LocalSettingView } from './matter.type';
import { inForceVersions, localSettingsFor } from './matter-reads';
import { CatalogActor } from './matter-writes';
import { localChangeViolations } from './rules/local-change';

/**
 * Sets (replaces) a township's or village's local setting for a matter, checked against the
 * county version in force. Clearing every field removes the setting.
 */
export async function writeLocalSetting(
  m: EntityManager,
  tenantId: string,
  actor: CatalogActor,
  matterId: string,
  unit: TerritorialUnit & { kind?: string },
  input: LocalSettingInput,
  today: string,
): Promise<LocalSettingView | null> {
  if (unit.tier !== Tier.TOWNSHIP && unit.tier !== Tier.VILLAGE) throw CatalogError.LocalSettingUnitInvalid(unit.tier);
  const [matter] = await m.query(`SELECT id, retired_at FROM matter WHERE id = $1 FOR UPDATE`, [matterId]);
  if (!matter) throw CatalogError.NotFound(matterId);
  if (matter.retired_at) throw CatalogError.MatterRetired();
  const [current] = await inForceVersions(m, today, { matterIds: [matterId] });
  if (!current) throw CatalogError.NotPublished();
  throwViolations(localChangeViolations({ ...input }, current.content));
  if (!current.content.acceptingTiers.includes(unit.tier)) throw CatalogError.NotAcceptedAtUnit(TIER_LABEL[unit.tier]);
  if (input.windowId) {
    const [window] = await m.query(`SELECT 1 FROM org_unit WHERE id = $1 AND kind = 'window' AND path <@ $2::ltree`, [input.windowId, unit.path]);
    if (!window) throw CatalogError.LocalWindowInvalid(input.windowId);
  }
  const clean = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);
  const after = {
    address: clean(input.address),
    hours: clean(input.hours),
    phone: clean(input.phone),
    windowId: input.windowId ?? null,
    // Equal to the county's limit is no local change at all.
    promisedDays: input.promisedDays != null && input.promisedDays < current.content.promisedDays ? input.promisedDays : null,
  };
  const [before] = await localSettingsFor(m, [unit.id], [matterId]);
  if (Object.values(after).every((v) => v === null)) {
    await m.query(`DELETE FROM matter_local_setting WHERE matter_id = $1 AND org_unit_id = $2`, [matterId, unit.id]);
  } else {
    await m.query(
      `INSERT INTO matter_local_setting (tenant_id, matter_id, org_unit_id, address, hours, phone, window_id, promised_days, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (tenant_id, matter_id, org_unit_id) DO UPDATE
         SET address = $4, hours = $5, phone = $6, window_id = $7, promised_days = $8, updated_by = $9, updated_at = now()`,
      [tenantId, matterId, unit.id, after.address, after.hours, after.phone, after.windowId, after.promisedDays, actor.id],
    );
  }
  await catalogAudit(m, { tenantId: tenantId, user: { id: actor.id, username: actor.name } }, 'matter_local_setting_set', { type: 'Matter', id: matterId }, {
      orgUnitId: unit.id,
      orgUnitName: unit.name,
      before: before ? { address: before.address, hours: before.hours, phone: before.phone, windowId: before.windowId, promisedDays: before.promisedDays } : null,
      after,
    });
  const [saved] = await localSettingsFor(m, [unit.id], [matterId]);
  return saved ?? null;
}
