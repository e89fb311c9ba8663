import { Tier } from './content/catalog-enums';
import { promiseSources } from './promise-sources';

describe('promiseSources', () => {
  it('县 10 → 城关镇 5 → 南街社区 8: the township’s 5 applies, the village’s 8 does not', () => {
    expect(
      promiseSources({ name: '汉阴县', promisedDays: 10 }, [
        { tier: Tier.TOWNSHIP, unitName: '城关镇', promisedDays: 5 },
        { tier: Tier.VILLAGE, unitName: '南街社区', promisedDays: 8 },
      ]),
    ).toEqual([
      { tier: Tier.COUNTY, unitName: '汉阴县', promisedDays: 10, inEffect: false },
      { tier: Tier.TOWNSHIP, unitName: '城关镇', promisedDays: 5, inEffect: true },
      { tier: Tier.VILLAGE, unitName: '南街社区', promisedDays: 8, inEffect: false },
    ]);
  });

  it('the county alone when nothing local shortens it; settings without a promise are not links', () => {
    expect(promiseSources({ name: '汉阴县', promisedDays: 10 }, [{ tier: Tier.TOWNSHIP, unitName: '城关镇', promisedDays: null }])).toEqual([
      { tier: Tier.COUNTY, unitName: '汉阴县', promisedDays: 10, inEffect: true },
    ]);
  });
});
