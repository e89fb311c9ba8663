import { canonicalContent } from './canonical-content';
import {
  ContentUpgrade,
  CURRENT_CONTENT_VERSION,
  readContent,
  SCHEMA_VERSION_KEY,
  schemaVersionOf,
  storedContent,
  upgradeDocument,
} from './content-versions';
import { sampleContent } from '../testing/sample-content';

describe('matter content schema versions', () => {
  // A version as published before content carried a schema version: canonical, no stamp.
  const v1 = JSON.parse(JSON.stringify(canonicalContent(sampleContent()))) as Record<string, unknown>;

  it('a stored document without a stamp is v1 and reads as the current content', () => {
    expect(schemaVersionOf(v1)).toBe(1);
    expect(readContent(v1)).toEqual(canonicalContent(sampleContent()));
    expect(readContent(v1)).not.toHaveProperty(SCHEMA_VERSION_KEY);
  });

  it('writes stamp the current version, and what is written reads back unchanged', () => {
    const stored = storedContent(sampleContent());
    expect(stored[SCHEMA_VERSION_KEY]).toBe(CURRENT_CONTENT_VERSION);
    expect(readContent(JSON.parse(JSON.stringify(stored)))).toEqual(canonicalContent(sampleContent()));
  });

  it('upgrades run in order from the document’s version to the last one', () => {
    const chain: ContentUpgrade[] = [
      { from: 1, upgrade: (d) => ({ ...d, steps: [...(d.steps as unknown[]), 'v2'] }) },
      { from: 2, upgrade: ({ hours, ...d }) => ({ ...d, openingHours: hours }) },
      { from: 3, upgrade: (d) => ({ ...d, steps: [...(d.steps as unknown[]), 'v4'] }) },
    ];
    const doc = { steps: [], hours: '8:30' };
    expect(upgradeDocument(doc, chain)).toEqual({ steps: ['v2', 'v4'], openingHours: '8:30', [SCHEMA_VERSION_KEY]: 4 });
    expect(upgradeDocument({ ...doc, [SCHEMA_VERSION_KEY]: 3 }, chain)).toEqual({ steps: ['v4'], hours: '8:30', [SCHEMA_VERSION_KEY]: 4 });
    expect(upgradeDocument({ ...doc, [SCHEMA_VERSION_KEY]: 4 }, chain)).toEqual({ ...doc, [SCHEMA_VERSION_KEY]: 4 });
    expect(doc).toEqual({ steps: [], hours: '8:30' });
  });

  it('refuses a document newer than the code, and a chain with a gap', () => {
    expect(() => upgradeDocument({ [SCHEMA_VERSION_KEY]: CURRENT_CONTENT_VERSION + 1 })).toThrow(/schema version/);
    expect(() => upgradeDocument({}, [{ from: 2, upgrade: (d) => d }])).toThrow(/out of order/);
  });
});
