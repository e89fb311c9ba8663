import { EntityManager } from 'typeorm';
import { startTestApp, TestApp } from '../testing/test-app';

const NANJIE = '610921100001';
const COUNTY_NAME_SQL = "FROM org_unit WHERE kind = 'county'";

/**
 * A village's guide resolves the village and each center above it that takes the rest; the
 * county's name, which every promise is printed under, is read once for the whole resolution.
 */
describe('the county name in a resolution', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('is read once for a village guide that also resolves the centers above it', async () => {
    const query = jest.spyOn(EntityManager.prototype, 'query');
    try {
      const r = await t.gql(
        `{ guideForUnit(orgUnitCode: "${NANJIE}") { countyName here { promiseSources { tier unitName } } elsewhere { tier matters { promiseSources { tier unitName } } } } }`,
      );
      expect(r.errors).toBeUndefined();
      const guide = r.data.guideForUnit as {
        countyName: string;
        here: { promiseSources: { tier: string; unitName: string }[] }[];
        elsewhere: { tier: string; matters: { promiseSources: { tier: string; unitName: string }[] }[] }[];
      };
      // The village and at least one center above it were resolved…
      expect(guide.here.length).toBeGreaterThan(0);
      expect(guide.elsewhere.flatMap((e) => e.matters).length).toBeGreaterThan(0);
      // …each promise still under the county's name…
      for (const m of [...guide.here, ...guide.elsewhere.flatMap((e) => e.matters)]) {
        expect(m.promiseSources[0]).toMatchObject({ tier: 'COUNTY', unitName: guide.countyName });
      }
      // …which was read once.
      const reads = query.mock.calls.filter(([sql]) => typeof sql === 'string' && sql.includes(COUNTY_NAME_SQL));
      expect(reads).toHaveLength(1);
    } finally {
      query.mockRestore();
    }
  });
});
