import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { authSettingsFrom } from '@county/tenancy';
import { testAuditSettings } from '@county/tenancy/testing';
import { createApp } from '../../../apps/api/src/bootstrap/create-app';
import { Distribution, interleaved } from './sampling';
import { BENCH_PASSWORD, BuiltCounty } from './synthetic-county';
import { SEARCHES } from './measure';

/** What a village screen shows of each matter: everything a person needs to apply. */
const CONTENT = `name implementationCode type applicantKinds specialGroups legalBasis { level title article }
  caseKind statutoryDays promisedDays conditions materials { name form copies required deferrable sharedData note }
  steps { name kind days counted } fees { name basis amount } resultDocuments deliveryOptions visits onlineDepth
  proxyAllowed acceptingTiers decidingTier place hours consultPhone supervisionPhone`;

const EFFECTIVE = `query($u: ID!) { effectiveCatalog(orgUnitId: $u) {
  matterId version effectiveFrom countyPromisedDays implementingBodyName windowName decidedHere
  localSettings { orgUnitName address hours phone promisedDays } content { ${CONTENT} } } }`;

const SEARCH = `query($c: String!, $q: String) { guideSearch(countyCode: $c, query: $q) {
  matterId version effectiveFrom implementingBodyName content { ${CONTENT} } } }`;

/**
 * The same two reads over HTTP through the real Nest/Apollo stack: token check and context
 * load (one more transaction), GraphQL validation, limits and serialisation included.
 */
export async function graphqlTimes(
  dataSource: DataSource,
  county: BuiltCounty,
  options: { warmup: number; samples: number },
): Promise<{ effective: Distribution; search: Distribution; effectiveMatters: number }> {
  const app: INestApplication = await createApp(
    // One client measuring latency, not a client to hold back.
    { dataSource, auth: authSettingsFrom({}, 'catalog-bench-secret'), audit: testAuditSettings(), production: false, rateLimits: { login: 1e9, guide: 1e9, notice: 1e9 } },
    '/nonexistent',
  );
  await app.listen(0, '127.0.0.1');
  try {
    const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
      return body.data;
    };
    const login = await gql(`mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }`, {
      u: county.agent!.username,
      p: BENCH_PASSWORD,
    });
    const token: string = login.login.accessToken;
    const first = await gql(EFFECTIVE, { u: county.village.id }, token);
    let q = 0;
    const times = await interleaved(
      {
        effective: () => gql(EFFECTIVE, { u: county.village.id }, token),
        search: () => gql(SEARCH, { c: county.shortCode, q: SEARCHES[q++ % SEARCHES.length].query }),
      },
      options,
    );
    return { effective: times.effective, search: times.search, effectiveMatters: first.effectiveCatalog.length };
  } finally {
    await app.close();
  }
}
