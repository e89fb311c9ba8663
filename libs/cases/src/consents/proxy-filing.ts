import { EntityManager } from 'typeorm';
import { isWithin, RequestContext, selectOne, TenancyError } from '@county/tenancy';
import { CasesError } from '../cases.errors';
import { ConsentRow, consentRows, consentState, coversMatter } from './proxy-consent-rows';
import { ConsentState } from './proxy-consent.types';
import { stationOf } from './proxy-consents.service';

/** What the Case `create` rules test about a filing (cases.permissions.ts), gathered from the database. */
export interface FilingFacts {
  acceptingPath: string;
  applicantPath: string | null;
  proxyAllowed: boolean;
  /** Whom the applicant's consents in force that cover the matter name (agents and stations). */
  consentHolders: string[];
}

export interface Filing {
  facts: FilingFacts;
  /** The consent a proxy filing is made under: in force, covering the matter, naming the caller or her station. */
  consentId: string | null;
}

interface MatterFacts {
  implementationCode: string;
  name: string;
  proxyAllowed: boolean;
}

/** The caller as a consent may name her: herself, and her station when she is a village agent. */
export function holdersOf(ctx: RequestContext): string[] {
  const station = stationOf(ctx);
  return station ? [ctx.user.id, station] : [ctx.user.id];
}

/** The facts of filing this matter at this unit for this applicant (null: no registered applicant named). */
export async function filingOf(m: EntityManager, ctx: RequestContext, acceptingPath: string, applicantId: string | null, matter: MatterFacts, today: string): Promise<{ filing: Filing; consents: ConsentRow[] }> {
  const applicant = applicantId
    ? await selectOne<{ path: string | null }>(
        m,
        `SELECT u.path::text AS path FROM applicant ap LEFT JOIN org_unit u ON u.tenant_id = ap.tenant_id AND u.id = ap.residence_unit_id WHERE ap.id = $1`,
        [applicantId],
      )
    : null;
  const consents = applicantId ? await consentRows(m, `pc.applicant_id = $1`, [applicantId]) : [];
  const live = consents.filter((c) => consentState(c, today) === ConsentState.IN_FORCE && coversMatter(c, matter.implementationCode));
  const mine = holdersOf(ctx);
  const holderOf = (c: ConsentRow) => (c.agent_user_id ?? c.station_unit_id) as string;
  return {
    filing: {
      facts: { acceptingPath, applicantPath: applicant?.path ?? null, proxyAllowed: matter.proxyAllowed, consentHolders: live.map(holderOf) },
      consentId: live.find((c) => mine.includes(holderOf(c)))?.id ?? null,
    },
    consents,
  };
}

/**
 * Why the caller may not file this: for a village agent, the first condition of her proxy rule
 * that fails, in the order she would check them; FORBIDDEN for anyone else.
 */
export function filingRefusal(ctx: RequestContext, f: FilingFacts, applicantId: string | null, consents: ConsentRow[], matter: MatterFacts, today: string): Error {
  type Within = { $within: string };
  const rules = ctx.ability
    .rulesFor('create', 'Case')
    .map((r) => r.conditions as Record<string, unknown> | undefined)
    .filter((c): c is Record<string, unknown> => !!c && 'consentHolders' in c);
  const rule = rules.find((c) => isWithin(f.acceptingPath, (c['acceptingPath'] as Within).$within));
  if (!rule) return TenancyError.Forbidden();
  if (!applicantId) return CasesError.ProxyApplicantRequired();
  if (!f.applicantPath || !isWithin(f.applicantPath, (rule['applicantPath'] as Within).$within)) {
    const village = ctx.memberships.find((m) => m.role === 'village_agent')?.orgUnitName ?? '本村';
    return CasesError.ProxyWrongVillage(village);
  }
  if (!f.proxyAllowed) return CasesError.ProxyNotAllowed(matter.name);
  const holders = holdersOf(ctx);
  const mine = consents.filter((c) => holders.includes((c.agent_user_id ?? c.station_unit_id) as string));
  if (!mine.length) return CasesError.ProxyConsentMissing();
  const standing = mine.filter((c) => !c.withdrawn_at);
  if (!standing.length) return CasesError.ProxyConsentWithdrawn();
  const current = standing.filter((c) => consentState(c, today) === ConsentState.IN_FORCE);
  if (!current.length) return CasesError.ProxyConsentExpired(standing.map((c) => c.valid_until).sort().reverse()[0]);
  return CasesError.ProxyConsentMatterNotCovered(matter.name);
}

/** Whether any of the caller's Case `create` rules reaches this place (what she files there is tested after). */
export function mayFileAt(ctx: RequestContext, path: string): boolean {
  return ctx.ability.rulesFor('create', 'Case').some((r) => {
    if (r.inverted) return false;
    const within = (r.conditions as { acceptingPath?: { $within?: string } } | undefined)?.acceptingPath?.$within;
    return !r.conditions || (!!within && isWithin(path, within));
  });
}
