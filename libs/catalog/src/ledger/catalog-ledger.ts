import { isDeepStrictEqual } from 'node:util';
import { Tier, TIER_RANK } from '../content/catalog-enums';
import { MatterContent } from '../content/matter-content';
import { lowestTier } from '../rules/tiers';
import { LedgerSide, ledgerSide } from './ledger-side';
import { anyReduced, compareSides, LedgerMeasure, LedgerMeasures, measure, measuresBetween, sumCounts } from './ledger-measures';

/** A matter's published history, as the ledger needs it. */
export interface LedgerMatter {
  matterId: string;
  implementationCode: string;
  /** Beijing date of 取消, or null */
  retiredOn: string | null;
  versions: { version: number; effectiveFrom: string; content: MatterContent }[];
}

export interface CatalogLedgerRow {
  matterId: string;
  implementationCode: string;
  name: string;
  before: LedgerSide | null;
  after: LedgerSide | null;
  /** 新增: not in force at the first date, in force at the second */
  added: boolean;
  /** 取消: in force at the first date, not at the second */
  retired: boolean;
  /** 下放: decided, or first accepted, at a lower tier than before */
  devolved: boolean;
  devolvedTo: Tier | null;
  /** 本期有变化: added, retired, or in force with other content at the second date than at the first */
  changed: boolean;
  /** 本次优化: something the reform counts went down, or power was devolved */
  optimized: boolean;
  measures: LedgerMeasures;
}

export interface CatalogLedger {
  fromDate: string;
  toDate: string;
  /** Only the changed matters are listed (the totals still cover the whole catalog). */
  changedOnly: boolean;
  /** Matters whose content changed between the dates (added and retired included). */
  changed: number;
  rows: CatalogLedgerRow[];
  /** 行政审批权力数量: matters in force at each date */
  matters: LedgerMeasure;
  /** 股室数量: distinct handling units (department and office) */
  handlingUnits: LedgerMeasure;
  added: number;
  retired: number;
  devolved: number;
  optimized: number;
  /** The whole catalog at each date, summed (seed 004: 环节 768 → 370). */
  totals: LedgerMeasures;
  /** Only matters in force at both dates, so additions and 取消 do not blur the reform of the rest. */
  continuingTotals: LedgerMeasures;
}

/** The version in force on a date: the newest published one already effective, unless retired by then. */
export function versionInForce(matter: LedgerMatter, date: string): LedgerMatter['versions'][number] | null {
  if (matter.retiredOn && matter.retiredOn <= date) return null;
  return matter.versions.filter((v) => v.effectiveFrom <= date).sort((a, b) => b.version - a.version)[0] ?? null;
}

function devolution(before: LedgerSide, after: LedgerSide): Tier | null {
  if (TIER_RANK[after.decidingTier] < TIER_RANK[before.decidingTier]) return after.decidingTier;
  const lowAfter = lowestTier(after.acceptingTiers);
  if (TIER_RANK[lowAfter] < TIER_RANK[lowestTier(before.acceptingTiers)]) return lowAfter;
  return null;
}

function rowOf(matter: LedgerMatter, fromDate: string, toDate: string): CatalogLedgerRow | null {
  const b = versionInForce(matter, fromDate);
  const a = versionInForce(matter, toDate);
  if (!b && !a) return null;
  const before = b ? ledgerSide(b.version, b.effectiveFrom, b.content) : null;
  const after = a ? ledgerSide(a.version, a.effectiveFrom, a.content) : null;
  const measures = compareSides(before, after);
  const devolvedTo = before && after ? devolution(before, after) : null;
  return {
    matterId: matter.matterId,
    implementationCode: matter.implementationCode,
    name: (after ?? before)!.name,
    before,
    after,
    added: !before,
    retired: !after,
    devolved: devolvedTo !== null,
    devolvedTo,
    changed: !b || !a || !isDeepStrictEqual(b.content, a.content),
    optimized: !!before && !!after && (devolvedTo !== null || anyReduced(measures)),
    measures,
  };
}

const handlingUnits = (sides: (LedgerSide | null)[]) =>
  new Set(sides.filter((s): s is LedgerSide => !!s).map((s) => `${s.implementingBodyId}/${s.handlingOffice ?? ''}`)).size;

/**
 * The reform ledger of the whole catalog between two dates (附件3 汇总表 and 附件6 对比台账).
 * `changedOnly` lists only the matters whose content changed; every count and total still
 * covers the whole catalog, so the summary reads the same either way.
 */
export function catalogLedger(matters: LedgerMatter[], fromDate: string, toDate: string, changedOnly = false): CatalogLedger {
  const rows = matters.map((m) => rowOf(m, fromDate, toDate)).filter((r): r is CatalogLedgerRow => !!r);
  const befores = rows.map((r) => r.before);
  const afters = rows.map((r) => r.after);
  const both = rows.filter((r) => r.before && r.after);
  return {
    fromDate,
    toDate,
    changedOnly,
    changed: rows.filter((r) => r.changed).length,
    rows: changedOnly ? rows.filter((r) => r.changed) : rows,
    matters: measure(befores.filter(Boolean).length, afters.filter(Boolean).length),
    handlingUnits: measure(handlingUnits(befores), handlingUnits(afters)),
    added: rows.filter((r) => r.added).length,
    retired: rows.filter((r) => r.retired).length,
    devolved: rows.filter((r) => r.devolved).length,
    optimized: rows.filter((r) => r.optimized).length,
    totals: measuresBetween(sumCounts(befores), sumCounts(afters)),
    continuingTotals: measuresBetween(sumCounts(both.map((r) => r.before)), sumCounts(both.map((r) => r.after))),
  };
}
