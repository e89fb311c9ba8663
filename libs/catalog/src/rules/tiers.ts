import { DomainError } from '@county/tenancy';
import { CatalogError } from '../catalog.errors';
import { CaseKind, Tier, TIER_LABEL, TIER_RANK } from '../content/catalog-enums';
import { MatterContent } from '../content/matter-content';

/**
 * Cases travel up, never down: the deciding tier is at or above every accepting tier
 * (so in particular not below the lowest). A 上报件 is decided strictly above all of them.
 */
export function tierViolations(c: Pick<MatterContent, 'acceptingTiers' | 'decidingTier' | 'caseKind'>): DomainError[] {
  const deciding = TIER_RANK[c.decidingTier];
  const highest = [...c.acceptingTiers].sort((a, b) => TIER_RANK[b] - TIER_RANK[a])[0];
  if (deciding < TIER_RANK[highest]) return [CatalogError.DecidingTierBelowAccepting(TIER_LABEL[c.decidingTier], TIER_LABEL[highest])];
  if (c.caseKind === CaseKind.REPORTED && deciding <= TIER_RANK[highest]) return [CatalogError.ReportedMustDecideAbove(TIER_LABEL[c.decidingTier])];
  return [];
}

export function lowestTier(tiers: Tier[]): Tier {
  return [...tiers].sort((a, b) => TIER_RANK[a] - TIER_RANK[b])[0];
}
