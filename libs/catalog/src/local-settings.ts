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
 * county version in force. The state it replaces stays in the history, valid until now;
 * clearing every field ends the setting without a new state.
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
  const [before] = await localSettingsFor(m, [unit.id], [matterId]);
  if (input.windowId) {
    const [window] = await m.query(`SELECT name, closed_at FROM org_unit WHERE id = $1 AND kind = 'window' AND path <@ $2::ltree`, [input.windowId, unit.path]);
    if (!window) throw CatalogError.LocalWindowInvalid(input.windowId);
    // A closed window cannot be chosen; a setting that already names it may keep it until changed.
    if (window.closed_at && before?.windowId !== input.windowId) throw CatalogError.LocalWindowClosed(window.name);
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
  const same = before && (Object.keys(after) as (keyof typeof after)[]).every((k) => before[k] === after[k]);
  const cleared = Object.values(after).every((v) => v === null);
  if (!same && !(cleared && !before)) {
    // One instant ends the old state and starts the new one, so the history has no gap.
    const [{ at }] = await m.query(`SELECT clock_timestamp() AS at`);
    await m.query(
      `UPDATE matter_local_setting SET valid_to = $3, ended_by = $4 WHERE matter_id = $1 AND org_unit_id = $2 AND valid_to IS NULL`,
      [matterId, unit.id, at, actor.id],
    );
    if (!cleared) {
      await m.query(
        `INSERT INTO matter_local_setting (tenant_id, matter_id, org_unit_id, address, hours, phone, window_id, promised_days, updated_by, updated_at, valid_from)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)`,
        [tenantId, matterId, unit.id, after.address, after.hours, after.phone, after.windowId, after.promisedDays, actor.id, at],
      );
    }
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
