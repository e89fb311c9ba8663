import type { MatterContentFieldsFragment, MatterContentInput } from '../../../../gql/graphql';

/** A new matter starts as a promised matter decided by the county, with the four usual steps. */
export function emptyContent(): MatterContentInput {
  return {
    name: '',
    basicCode: '',
    implementationCode: '',
    type: 'PUBLIC_SERVICE',
    subType: null,
    applicantKinds: ['NATURAL_PERSON'],
    specialGroups: [],
    implementingBodyId: '',
    handlingOffice: null,
    coImplementingBodyIds: [],
    legalBasis: [],
    caseKind: 'PROMISED',
    statutoryDays: 20,
    promisedDays: 10,
    naturalDayCap: null,
    deemedApproval: false,
    conditions: [],
    materials: [],
    steps: [
      { name: '受理', kind: 'ACCEPT', days: 1, counted: true },
      { name: '审查', kind: 'REVIEW', days: 5, counted: true },
      { name: '决定', kind: 'DECIDE', days: 2, counted: true },
      { name: '送达', kind: 'DELIVER', days: 1, counted: true },
    ],
    fees: [],
    resultDocuments: [],
    deliveryOptions: ['WINDOW'],
    visits: 1,
    onlineDepth: 0,
    proxyAllowed: true,
    acceptingTiers: ['COUNTY'],
    decidingTier: 'COUNTY',
    place: '',
    hours: '',
    consultPhone: '',
    supervisionPhone: '12345',
    postalAddress: '',
  };
}

/**
 * The input the API takes, built field by field: query results carry __typename on nested
 * objects, which the input types refuse, and empty optional text means "none".
 */
export function toInput(c: MatterContentFieldsFragment | MatterContentInput): MatterContentInput {
  const optional = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);
  return {
    name: c.name,
    basicCode: c.basicCode,
    implementationCode: c.implementationCode,
    type: c.type,
    subType: optional(c.subType),
    applicantKinds: [...c.applicantKinds],
    specialGroups: [...c.specialGroups],
    implementingBodyId: c.implementingBodyId,
    handlingOffice: optional(c.handlingOffice),
    coImplementingBodyIds: [...(c.coImplementingBodyIds ?? [])],
    legalBasis: c.legalBasis.map((b) => ({ level: b.level, title: b.title, article: optional(b.article) })),
    caseKind: c.caseKind,
    statutoryDays: c.statutoryDays,
    promisedDays: c.promisedDays,
    naturalDayCap: c.naturalDayCap ?? null,
    deemedApproval: Boolean(c.deemedApproval),
    conditions: c.conditions.filter((s) => s && s.trim()),
    materials: c.materials.map((m) => ({
      name: m.name,
      form: m.form,
      copies: m.copies,
      required: Boolean(m.required),
      deferrable: Boolean(m.deferrable),
      sharedData: Boolean(m.sharedData),
      note: optional(m.note),
    })),
    steps: c.steps.map((s) => ({ name: s.name, kind: s.kind, days: s.days, counted: Boolean(s.counted) })),
    fees: c.fees.map((f) => ({ name: f.name, basis: f.basis ?? '', amount: f.amount })),
    resultDocuments: [...c.resultDocuments],
    deliveryOptions: [...c.deliveryOptions],
    visits: c.visits,
    onlineDepth: c.onlineDepth,
    proxyAllowed: Boolean(c.proxyAllowed),
    acceptingTiers: [...c.acceptingTiers],
    decidingTier: c.decidingTier,
    place: c.place,
    hours: c.hours,
    consultPhone: c.consultPhone,
    supervisionPhone: c.supervisionPhone,
    postalAddress: c.postalAddress,
  };
}
