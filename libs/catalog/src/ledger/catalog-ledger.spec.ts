import { MaterialForm, StepKind, Tier } from '../content/catalog-enums';
import { MatterContent } from '../content/matter-content';
import { sampleContent } from '../testing/sample-content';
import { catalogLedger, LedgerMatter, versionInForce } from './catalog-ledger';

const withMaterials = (n: number, extra: Partial<MatterContent> = {}) =>
  sampleContent({
    materials: Array.from({ length: n }, (_, i) => ({
      name: `材料${i + 1}`,
      form: MaterialForm.ORIGINAL,
      copies: 1,
      required: true,
      deferrable: false,
      sharedData: false,
      note: null,
    })),
    ...extra,
  });

const matter = (id: string, versions: [number, string, MatterContent][], retiredOn: string | null = null): LedgerMatter => ({
  matterId: id,
  implementationCode: `CODE-${id}`,
  retiredOn,
  versions: versions.map(([version, effectiveFrom, content]) => ({ version, effectiveFrom, content })),
});

describe('reform ledger of the catalog between two dates', () => {
  const reformed = matter('a', [
    [1, '2026-01-01', withMaterials(5)],
    [2, '2026-03-01', withMaterials(3, { steps: [{ name: '受理即决定', kind: StepKind.DECIDE, days: 10, counted: true }] })],
  ]);
  const unchanged = matter('b', [[1, '2026-01-01', withMaterials(2)]]);
  const cancelled = matter('c', [[1, '2026-01-01', withMaterials(4)]], '2026-02-15');
  const added = matter('d', [[1, '2026-02-01', withMaterials(1)]]);
  const devolved = matter('e', [
    [1, '2026-01-01', withMaterials(2, { acceptingTiers: [Tier.TOWNSHIP], decidingTier: Tier.COUNTY })],
    [2, '2026-02-01', withMaterials(2, { acceptingTiers: [Tier.TOWNSHIP], decidingTier: Tier.TOWNSHIP })],
  ]);
  const future = matter('f', [[1, '2026-12-01', withMaterials(1)]]);

  it('takes the version in force at each date', () => {
    expect(versionInForce(reformed, '2025-12-31')).toBeNull();
    expect(versionInForce(reformed, '2026-02-28')?.version).toBe(1);
    expect(versionInForce(reformed, '2026-03-01')?.version).toBe(2);
    expect(versionInForce(cancelled, '2026-02-14')?.version).toBe(1);
    expect(versionInForce(cancelled, '2026-02-15')).toBeNull();
  });

  it('sums the whole catalog and counts 新增, 取消 and 下放 separately', () => {
    const l = catalogLedger([reformed, unchanged, cancelled, added, devolved, future], '2026-01-10', '2026-06-30');
    expect(l.rows.map((r) => r.matterId)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(l.matters).toMatchObject({ before: 4, after: 4 });
    expect([l.added, l.retired, l.devolved, l.optimized]).toEqual([1, 1, 1, 2]);
    // materials: before 5+2+4+2 = 13, after 3+2+1+2 = 8
    expect(l.totals.materials).toEqual({ before: 13, after: 8, reduced: 5, compression: 5 / 13 });
    // steps: 4 per sample matter; the reformed one keeps one
    expect(l.totals.steps).toMatchObject({ before: 16, after: 13 });
    expect(l.continuingTotals.materials).toMatchObject({ before: 9, after: 7 });
    const e = l.rows.find((r) => r.matterId === 'e')!;
    expect(e).toMatchObject({ devolved: true, devolvedTo: Tier.TOWNSHIP, optimized: true });
    expect(l.rows.find((r) => r.matterId === 'c')).toMatchObject({ retired: true, after: null, optimized: false });
    expect(l.rows.find((r) => r.matterId === 'd')).toMatchObject({ added: true, before: null });
    expect(l.rows.find((r) => r.matterId === 'b')!.optimized).toBe(false);
  });

  it('the same date twice shows no change', () => {
    const l = catalogLedger([reformed, unchanged], '2026-04-01', '2026-04-01');
    expect(l.totals.steps.reduced).toBe(0);
    expect(l.optimized).toBe(0);
  });
});
