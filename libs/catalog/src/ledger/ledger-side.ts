import { StepKind, Tier } from '../content/catalog-enums';
import { MatterContent } from '../content/matter-content';
import { STEP_KIND_LABEL } from '../content/enum-labels';
import { fenToYuan, toFen } from './money';

/**
 * What the reform ledger counts of one version (附件6 优化对比台账):
 * - 环节 (steps): every entry of the procedure (办理流程), as listed;
 * - 程序 (procedures): the distinct statutory stages those entries belong to (受理、审查、决定、
 *   送达、现场踏勘、专家评审) — several 环节 may serve one 程序, e.g. 初审 and 复审 are both 审查;
 * - 要件 (materials), 到现场次数, 法定/承诺时限 (working days), fee items and their total.
 */
export interface LedgerSide {
  version: number;
  effectiveFrom: string | null;
  name: string;
  implementingBodyId: string;
  handlingOffice: string | null;
  materials: string[];
  steps: string[];
  procedures: string[];
  visits: number;
  statutoryDays: number;
  promisedDays: number;
  feeItems: string[];
  /** yuan, two decimals */
  feeTotal: string;
  acceptingTiers: Tier[];
  decidingTier: Tier;
}

export function ledgerSide(version: number, effectiveFrom: string | null, c: MatterContent): LedgerSide {
  const kinds: StepKind[] = [];
  for (const s of c.steps) if (!kinds.includes(s.kind)) kinds.push(s.kind);
  return {
    version,
    effectiveFrom,
    name: c.name,
    implementingBodyId: c.implementingBodyId,
    handlingOffice: c.handlingOffice ?? null,
    materials: c.materials.map((m) => m.name),
    steps: c.steps.map((s) => s.name),
    procedures: kinds.map((k) => STEP_KIND_LABEL[k]),
    visits: c.visits,
    statutoryDays: c.statutoryDays,
    promisedDays: c.promisedDays,
    feeItems: c.fees.map((f) => f.name),
    feeTotal: fenToYuan(c.fees.reduce((sum, f) => sum + toFen(f.amount), 0)),
    acceptingTiers: c.acceptingTiers,
    decidingTier: c.decidingTier,
  };
}
