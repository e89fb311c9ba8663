import { LedgerSide } from './ledger-side';
import { fenToYuan, toFen } from './money';

/** One measure before and after; compression = (before − after) / before, null when before is 0. */
export interface LedgerMeasure {
  before: number;
  after: number;
  reduced: number;
  compression: number | null;
}

/** The same for money, in yuan strings so no cent is lost. */
export interface LedgerAmount {
  before: string;
  after: string;
  reduced: string;
  compression: number | null;
}

export interface LedgerMeasures {
  materials: LedgerMeasure;
  steps: LedgerMeasure;
  procedures: LedgerMeasure;
  visits: LedgerMeasure;
  statutoryDays: LedgerMeasure;
  promisedDays: LedgerMeasure;
  feeItems: LedgerMeasure;
  feeTotal: LedgerAmount;
}

export function compression(before: number, after: number): number | null {
  return before === 0 ? null : (before - after) / before;
}

export function measure(before: number, after: number): LedgerMeasure {
  return { before, after, reduced: before - after, compression: compression(before, after) };
}

export function amount(beforeFen: number, afterFen: number): LedgerAmount {
  return {
    before: fenToYuan(beforeFen),
    after: fenToYuan(afterFen),
    reduced: fenToYuan(beforeFen - afterFen),
    compression: compression(beforeFen, afterFen),
  };
}

/** The numbers a side contributes to a sum; an absent side (not yet added, or retired) is zero. */
interface Counts {
  materials: number;
  steps: number;
  procedures: number;
  visits: number;
  statutoryDays: number;
  promisedDays: number;
  feeItems: number;
  feeFen: number;
}

const ZERO: Counts = { materials: 0, steps: 0, procedures: 0, visits: 0, statutoryDays: 0, promisedDays: 0, feeItems: 0, feeFen: 0 };

export function countsOf(side: LedgerSide | null): Counts {
  if (!side) return ZERO;
  return {
    materials: side.materials.length,
    steps: side.steps.length,
    procedures: side.procedures.length,
    visits: side.visits,
    statutoryDays: side.statutoryDays,
    promisedDays: side.promisedDays,
    feeItems: side.feeItems.length,
    feeFen: toFen(side.feeTotal),
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    materials: a.materials + b.materials,
    steps: a.steps + b.steps,
    procedures: a.procedures + b.procedures,
    visits: a.visits + b.visits,
    statutoryDays: a.statutoryDays + b.statutoryDays,
    promisedDays: a.promisedDays + b.promisedDays,
    feeItems: a.feeItems + b.feeItems,
    feeFen: a.feeFen + b.feeFen,
  };
}

export function sumCounts(sides: (LedgerSide | null)[]): Counts {
  return sides.map(countsOf).reduce(addCounts, ZERO);
}

export function measuresBetween(before: Counts, after: Counts): LedgerMeasures {
  return {
    materials: measure(before.materials, after.materials),
    steps: measure(before.steps, after.steps),
    procedures: measure(before.procedures, after.procedures),
    visits: measure(before.visits, after.visits),
    statutoryDays: measure(before.statutoryDays, after.statutoryDays),
    promisedDays: measure(before.promisedDays, after.promisedDays),
    feeItems: measure(before.feeItems, after.feeItems),
    feeTotal: amount(before.feeFen, after.feeFen),
  };
}

/** Per matter: the two versions side by side. */
export function compareSides(before: LedgerSide | null, after: LedgerSide | null): LedgerMeasures {
  return measuresBetween(countsOf(before), countsOf(after));
}

/** Whether anything the reform counts went down (放权力 aside). */
export function anyReduced(m: LedgerMeasures): boolean {
  return (
    [m.materials, m.steps, m.procedures, m.visits, m.statutoryDays, m.promisedDays, m.feeItems].some((x) => x.reduced > 0) ||
    Number(m.feeTotal.reduced) > 0
  );
}
