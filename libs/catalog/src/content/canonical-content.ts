import { MatterContent } from './matter-content';

/**
 * The stored shape of a matter's content: every key present, in one order, optional values
 * as null, strings trimmed. Reading a version back gives exactly what was published.
 */
export function canonicalContent(c: MatterContent): MatterContent {
  const t = (s: string | null | undefined) => (s ?? '').trim();
  const opt = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);
  return {
    basicCode: t(c.basicCode),
    implementationCode: t(c.implementationCode),
    name: t(c.name),
    type: c.type,
    subType: opt(c.subType),
    applicantKinds: [...new Set(c.applicantKinds)],
    specialGroups: c.specialGroups.map(t),
    legalBasis: c.legalBasis.map((b) => ({ level: b.level, title: t(b.title), article: opt(b.article) })),
    implementingBodyId: c.implementingBodyId,
    handlingOffice: opt(c.handlingOffice),
    coImplementingBodyIds: [...new Set(c.coImplementingBodyIds)],
    caseKind: c.caseKind,
    statutoryDays: c.statutoryDays,
    promisedDays: c.promisedDays,
    naturalDayCap: c.naturalDayCap ?? null,
    deemedApproval: c.deemedApproval ?? false,
    conditions: c.conditions.map(t),
    materials: c.materials.map((m) => ({
      name: t(m.name),
      form: m.form,
      copies: m.copies,
      required: m.required,
      deferrable: m.deferrable,
      sharedData: m.sharedData,
      note: opt(m.note),
    })),
    steps: c.steps.map((s) => ({ name: t(s.name), kind: s.kind, days: s.days, counted: s.counted })),
    fees: c.fees.map((f) => ({ name: t(f.name), basis: t(f.basis), amount: t(f.amount) })),
    resultDocuments: c.resultDocuments.map(t),
    deliveryOptions: [...new Set(c.deliveryOptions)],
    visits: c.visits,
    onlineDepth: c.onlineDepth,
    proxyAllowed: c.proxyAllowed,
    acceptingTiers: [...new Set(c.acceptingTiers)],
    decidingTier: c.decidingTier,
    place: t(c.place),
    hours: t(c.hours),
    consultPhone: t(c.consultPhone),
    supervisionPhone: t(c.supervisionPhone),
    postalAddress: t(c.postalAddress),
  };
}
