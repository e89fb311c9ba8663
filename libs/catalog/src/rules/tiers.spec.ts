import { throwViolations } from '@county/tenancy';
import { CaseKind, Tier } from '../content/catalog-enums';
import { sampleContent } from '../testing/sample-content';
import { tierViolations, lowestTier } from './tiers';

const codeOf = (fn: () => void) => {
  try {
    fn();
    return 'OK';
  } catch (e) {
    return e.code;
  }
};

describe('tiers', () => {
  it('village and township accept, the county decides', () => {
    expect(codeOf(() => throwViolations(tierViolations(sampleContent())))).toBe('OK');
  });

  it('refuses a deciding tier below the lowest accepting tier', () => {
    const c = sampleContent({ acceptingTiers: [Tier.TOWNSHIP, Tier.COUNTY], decidingTier: Tier.VILLAGE });
    expect(codeOf(() => throwViolations(tierViolations(c)))).toBe('DECIDING_TIER_BELOW_ACCEPTING');
  });

  it('refuses sending a case accepted at the county down to a township', () => {
    const c = sampleContent({ acceptingTiers: [Tier.TOWNSHIP, Tier.COUNTY], decidingTier: Tier.TOWNSHIP });
    const e = (() => {
      try {
        throwViolations(tierViolations(c));
      } catch (err) {
        return err;
      }
    })();
    expect(e.code).toBe('DECIDING_TIER_BELOW_ACCEPTING');
    expect(e.messageZh).toContain('县级');
  });

  it('a reported matter is decided above every accepting tier', () => {
    const c = sampleContent({ caseKind: CaseKind.REPORTED, acceptingTiers: [Tier.TOWNSHIP], decidingTier: Tier.TOWNSHIP });
    expect(codeOf(() => throwViolations(tierViolations(c)))).toBe('REPORTED_MUST_DECIDE_ABOVE');
    expect(codeOf(() => throwViolations(tierViolations({ ...c, decidingTier: Tier.COUNTY })))).toBe('OK');
  });

  it('names the lowest tier', () => {
    expect(lowestTier([Tier.COUNTY, Tier.VILLAGE, Tier.TOWNSHIP])).toBe(Tier.VILLAGE);
  });
});
