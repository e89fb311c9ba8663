import type { MatterContentFieldsFragment } from '../../../gql/graphql';

type Content = MatterContentFieldsFragment;

/** Elements compared as whole values; the lists of materials, steps and fees are compared by item. */
export const COMPARED_FIELDS = [
  'name',
  'type',
  'subType',
  'applicantKinds',
  'specialGroups',
  'implementingBodyId',
  'handlingOffice',
  'coImplementingBodyIds',
  'legalBasis',
  'caseKind',
  'conditions',
  'resultDocuments',
  'deliveryOptions',
  'visits',
  'onlineDepth',
  'proxyAllowed',
  'acceptingTiers',
  'decidingTier',
  'place',
  'hours',
  'consultPhone',
  'supervisionPhone',
  'postalAddress',
] as const;

export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface ListDiff {
  added: string[];
  removed: string[];
  /** Same name, different details (form, copies, days …). */
  changed: string[];
}

export interface Limit {
  before: number | null;
  after: number | null;
}

export interface ContentDiff {
  fields: ComparedField[];
  limits: { statutoryDays: Limit; promisedDays: Limit; naturalDayCap: Limit };
  materials: ListDiff;
  steps: ListDiff;
  fees: ListDiff;
  /** Nothing at all differs. */
  empty: boolean;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== '__typename')
        .map(([key, inner]) => [key, strip(inner)]),
    );
  }
  return value ?? null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(strip(a)) === JSON.stringify(strip(b));

function listDiff<T extends { name: string }>(before: readonly T[], after: readonly T[]): ListDiff {
  const old = new Map(before.map((item) => [item.name, item]));
  const now = new Map(after.map((item) => [item.name, item]));
  return {
    added: after.filter((item) => !old.has(item.name)).map((item) => item.name),
    removed: before.filter((item) => !now.has(item.name)).map((item) => item.name),
    changed: after.filter((item) => old.has(item.name) && !same(old.get(item.name), item)).map((item) => item.name),
  };
}

/** What publishing `after` changes compared with `before` (the version in force, if any). */
export function diffContents(before: Content | null, after: Content): ContentDiff {
  const limit = (key: 'statutoryDays' | 'promisedDays' | 'naturalDayCap'): Limit => ({
    before: before ? (before[key] ?? null) : null,
    after: after[key] ?? null,
  });
  const empty: ListDiff = { added: [], removed: [], changed: [] };
  const diff: Omit<ContentDiff, 'empty'> = {
    fields: before ? COMPARED_FIELDS.filter((key) => !same(before[key], after[key])) : [],
    limits: { statutoryDays: limit('statutoryDays'), promisedDays: limit('promisedDays'), naturalDayCap: limit('naturalDayCap') },
    materials: before ? listDiff(before.materials, after.materials) : { ...empty, added: after.materials.map((m) => m.name) },
    steps: before ? listDiff(before.steps, after.steps) : { ...empty, added: after.steps.map((s) => s.name) },
    fees: before ? listDiff(before.fees, after.fees) : { ...empty, added: after.fees.map((f) => f.name) },
  };
  const listsSame = [diff.materials, diff.steps, diff.fees].every((l) => !l.added.length && !l.removed.length && !l.changed.length);
  const limitsSame = Object.values(diff.limits).every((l) => l.before === l.after);
  return { ...diff, empty: before !== null && diff.fields.length === 0 && listsSame && limitsSame };
}
