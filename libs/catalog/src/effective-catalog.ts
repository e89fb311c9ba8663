import { EntityManager } from 'typeorm';
import { selectOne } from '@county/tenancy';
import { Tier } from './content/catalog-enums';
import { MatterContent } from './content/matter-content';
import { EffectiveMatterView, LocalSettingView } from './matter.type';
import { InForceRow, inForceVersions, localSettingsFor, unitNames } from './matter-reads';
import { promiseSources } from './promise-sources';

/** The county's own name (its root unit), which the county's promise is printed under. */
/** The tenant's county: its six-digit division code and its name (the root county unit). */
export async function theCounty(m: EntityManager): Promise<{ code: string; name: string }> {
  const row = await selectOne<{ code: string; name: string }>(m, `SELECT left(code, 6) AS code, name FROM org_unit WHERE kind = 'county' ORDER BY nlevel(path) LIMIT 1`);
  return row ?? { code: '', name: '县级' };
}

export async function countyName(m: EntityManager): Promise<string> {
  return (await theCounty(m)).name;
}

/** A county, township or village: the units a catalog is resolved for. */
export interface TerritorialUnit {
  id: string;
  code: string;
  name: string;
  tier: Tier;
  path: string;
  parentId: string | null;
  /** 政务服务中心 / 便民服务中心 / 便民服务站 of the unit, where matters are handled. */
  centerName: string | null;
  /** The unit's own address, opening hours and phone, kept by the catalog administrator (org tree). */
  address?: string | null;
  openingHours?: string | null;
  phone?: string | null;
}

const UNIT_COLUMNS = `a.id, a.code, a.name, a.kind, a.path::text AS path, a.parent_id, a.address, a.opening_hours, a.phone,
  (SELECT c.name FROM org_unit c WHERE c.tenant_id = a.tenant_id AND c.parent_id = a.id AND c.kind = 'service_center' ORDER BY c.code LIMIT 1) AS center_name`;

/** An org_unit row as UNIT_COLUMNS selects it. */
interface UnitRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  path: string;
  parent_id: string | null;
  center_name: string | null;
  address: string | null;
  opening_hours: string | null;
  phone: string | null;
}

const toUnit = (r: UnitRow): TerritorialUnit => ({
  id: r.id,
  code: r.code,
  name: r.name,
  tier: r.kind as Tier,
  path: r.path,
  parentId: r.parent_id,
  centerName: r.center_name,
  address: r.address,
  openingHours: r.opening_hours,
  phone: r.phone,
});

/** The unit itself when territorial, else its nearest territorial ancestor (a window works for its township). */
export async function territorialUnitOf(m: EntityManager, orgUnitId: string): Promise<TerritorialUnit | null> {
  const row = await selectOne<UnitRow>(
    m,
    `SELECT ${UNIT_COLUMNS} FROM org_unit u JOIN org_unit a ON a.tenant_id = u.tenant_id AND a.path @> u.path
      WHERE u.id = $1 AND a.kind IN ('county', 'township', 'village') ORDER BY nlevel(a.path) DESC LIMIT 1`,
    [orgUnitId],
  );
  return row ? toUnit(row) : null;
}

export async function territorialUnitByCode(m: EntityManager, code: string): Promise<TerritorialUnit | null> {
  const [row] = await m.query(
    `SELECT ${UNIT_COLUMNS} FROM org_unit a WHERE a.code = $1 AND a.kind IN ('county', 'township', 'village')`,
    [code],
  );
  return row ? toUnit(row) : null;
}

export async function parentUnits(m: EntityManager, unit: TerritorialUnit): Promise<TerritorialUnit[]> {
  const rows = await m.query(
    `SELECT ${UNIT_COLUMNS} FROM org_unit a WHERE a.path @> $1::ltree AND a.id <> $2 AND a.kind IN ('county', 'township')
      ORDER BY nlevel(a.path) DESC`,
    [unit.path, unit.id],
  );
  return rows.map(toUnit);
}

/**
 * The county's content as it applies at a unit: the unit's own place, hours, phone and window,
 * and the shortest promise among the unit and its township. Nothing else can differ. At a
 * township or village, the matter's own local setting comes first, then the unit's details (its
 * address, opening hours and phone in the org tree), then its center's name and the county's
 * values; at the county the matter's content already names the county center's place.
 */
export function applyLocalSettings(
  content: MatterContent,
  unit: Pick<TerritorialUnit, 'id' | 'tier' | 'centerName' | 'address' | 'openingHours' | 'phone'>,
  settings: LocalSettingView[],
): MatterContent {
  const own = settings.find((s) => s.orgUnitId === unit.id);
  const promises = settings.map((s) => s.promisedDays).filter((d): d is number => d != null);
  const local = unit.tier !== Tier.COUNTY;
  return {
    ...content,
    place: own?.address ?? (local ? (unit.address ?? unit.centerName ?? content.place) : content.place),
    hours: own?.hours ?? (local ? (unit.openingHours ?? content.hours) : content.hours),
    consultPhone: own?.phone ?? (local ? (unit.phone ?? content.consultPhone) : content.consultPhone),
    promisedDays: Math.min(content.promisedDays, ...promises),
  };
}

/**
 * What the resolution of one operation reads once rather than per unit resolved: an operation
 * that resolves several units (a village's guide and the centers above it, a work list) reads
 * `countyName` itself and passes it to each call.
 */
export interface ResolveOptions {
  /** The county's own name (`countyName`); read by the call when absent. */
  countyName?: string;
  /** The local settings of that past instant instead of the current ones. */
  at?: Date;
}

/** What a unit can accept today: the matters its tier accepts, resolved with local settings. */
export async function effectiveCatalogFor(m: EntityManager, unit: TerritorialUnit, today: string, options: Pick<ResolveOptions, 'countyName'> = {}): Promise<EffectiveMatterView[]> {
  const rows = await inForceVersions(m, today, { tier: unit.tier });
  return resolveAt(m, unit, rows, options);
}

/** These versions as they apply at a unit, with the settings of now or of a past instant (`options.at`). */
export async function resolveAt(m: EntityManager, unit: TerritorialUnit, rows: InForceRow[], options: ResolveOptions = {}): Promise<EffectiveMatterView[]> {
  if (rows.length === 0) return [];
  const chain = unit.tier === Tier.VILLAGE && unit.parentId ? [unit.parentId, unit.id] : unit.tier === Tier.COUNTY ? [] : [unit.id];
  const settings = chain.length ? await localSettingsFor(m, chain, rows.map((r) => r.matterId), options.at) : [];
  const names = await unitNames(m, rows.map((r) => r.content.implementingBodyId));
  const county = options.countyName ?? (await countyName(m));
  return rows.map((r) => {
    const mine = settings.filter((s) => s.matterId === r.matterId);
    const own = mine.find((s) => s.orgUnitId === unit.id);
    const local = mine.map((s) => ({ tier: s.orgUnitId === unit.id ? unit.tier : Tier.TOWNSHIP, unitName: s.orgUnitName, promisedDays: s.promisedDays }));
    return {
      matterId: r.matterId,
      version: r.version,
      effectiveFrom: r.effectiveFrom,
      content: applyLocalSettings(r.content, unit, mine),
      countyPromisedDays: r.content.promisedDays,
      implementingBodyName: names.get(r.content.implementingBodyId) ?? null,
      windowName: own?.windowName ?? null,
      decidedHere: r.content.decidingTier === unit.tier,
      localSettings: mine,
      promiseSources: promiseSources({ name: county, promisedDays: r.content.promisedDays }, local),
    };
  });
}
