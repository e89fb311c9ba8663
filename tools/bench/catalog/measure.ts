import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CatalogService, EffectiveMatterView, GuideService } from '@county/catalog';
import { GuideMatterView } from '../../../libs/catalog/src/guide/guide.types';
import { ContextMembership, RequestContext } from '@county/tenancy';
import { PERMISSIONS } from '../../../apps/api/src/permissions';
import { canonicalJson, rawGuideSearch, rawVillageCatalog } from './raw-sql';
import { Distribution, distributionOf, interleaved, timed } from './sampling';
import { BuiltCounty } from './synthetic-county';

/** One query per way people search the guide: a Chinese name fragment, full pinyin, initials. */
export const SEARCHES = [
  { kind: 'name', query: '生活保障' },
  { kind: 'pinyin', query: 'shipinjingying' },
  { kind: 'initials', query: 'gtgsh' },
] as const;

function contextFor(county: BuiltCounty, role: 'catalog_admin' | 'village_agent'): RequestContext {
  const admin = role === 'catalog_admin';
  const holder = admin ? county.admin : county.agent!;
  const membership: ContextMembership = {
    id: holder.membershipId,
    role,
    orgUnitId: admin ? county.countyUnitId : county.village.id,
    orgUnitPath: admin ? county.path : county.village.path,
    orgUnitKind: admin ? 'county' : 'village',
    orgUnitName: admin ? county.name : county.village.name,
  };
  return new RequestContext(county.tenantId, { id: holder.userId, username: holder.username, displayName: holder.username }, randomUUID(), [membership], county.path, PERMISSIONS);
}

/**
 * Publishes a new version of `samples` matters in each county, alternating between counties so
 * both see the same machine. Each matter first gets a draft opened from its version in force
 * (not timed); the timed call is the service method behind the publishMatter mutation.
 */
export async function publishTimes(catalog: CatalogService, counties: BuiltCounty[], samples: number, round: number): Promise<Distribution[]> {
  const times = counties.map(() => [] as number[]);
  for (let i = 0; i < samples; i++) {
    for (const [c, county] of counties.entries()) {
      const ctx = contextFor(county, 'catalog_admin');
      // A different matter each time, and different ones in each round.
      const matterId = county.matterIds[(i * 17 + round * 7 + 3) % county.matterIds.length];
      await catalog.openDraft(ctx, matterId);
      times[c].push((await timed(() => catalog.publish(ctx, matterId))).ms);
    }
  }
  return times.map(distributionOf);
}

/** The same read must give the same answer every way it is made, or the timings compare nothing. */
function assertSame(label: string, expected: unknown[], actual: unknown[]): void {
  if (canonicalJson(expected) !== canonicalJson(actual)) throw new Error(`${label}: results differ from the service's`);
  if (expected.length === 0) throw new Error(`${label}: empty result`);
}

export interface ReadFigures {
  matters: number;
  /** Size of the matters' contents as JSON: what the read moves out of Postgres. */
  contentKb: number;
  localSettings: number;
  byWay: Record<string, Distribution>;
}

/** The village catalog through the service (as the API serves it) and the raw-SQL floor. */
export async function villageCatalogTimes(
  catalog: CatalogService,
  raw: { owner: Client; app: Client },
  county: BuiltCounty,
  today: string,
  options: { warmup: number; samples: number },
): Promise<ReadFigures> {
  const ctx = contextFor(county, 'village_agent');
  const service = () => catalog.effectiveCatalog(ctx, county.village.id);
  const owner = () => rawVillageCatalog(raw.owner, 'owner', county.tenantId, county.village.id, today);
  const app = () => rawVillageCatalog(raw.app, 'app', county.tenantId, county.village.id, today);
  const expected: EffectiveMatterView[] = await service();
  assertSame('raw village catalog (owner)', expected, await owner());
  assertSame('raw village catalog (app)', expected, await app());
  const byWay = await interleaved({ service, rawApp: app, rawOwner: owner }, options);
  const contentKb = Math.round(Buffer.byteLength(JSON.stringify(expected.map((e) => e.content))) / 1024);
  return { matters: expected.length, contentKb, localSettings: expected.reduce((n, e) => n + e.localSettings.length, 0), byWay };
}

export interface SearchFigures {
  hits: Record<string, number>;
  /** All queries together, per way of reading. */
  byWay: Record<string, Distribution>;
  /** Service p95 per query kind. */
  serviceByQuery: Record<string, Distribution>;
}

export async function guideSearchTimes(
  guide: GuideService,
  raw: { owner: Client; app: Client },
  county: BuiltCounty,
  today: string,
  options: { warmup: number; samples: number },
): Promise<SearchFigures> {
  const divisionCode = county.shortCode.padEnd(12, '0');
  const ways = (query: string) => ({
    service: async () => (await guide.search(county.shortCode, { query }, { first: 100 })).nodes,
    rawApp: () => rawGuideSearch(raw.app, 'app', { tenantId: county.tenantId, divisionCode }, query, today),
    rawOwner: () => rawGuideSearch(raw.owner, 'owner', { tenantId: county.tenantId, divisionCode }, query, today),
  });
  const hits: Record<string, number> = {};
  const perQuery: Record<string, Record<string, Distribution>> = {};
  const all: Record<string, number[]> = { service: [], rawApp: [], rawOwner: [] };
  for (const { kind, query } of SEARCHES) {
    const w = ways(query);
    const expected: GuideMatterView[] = await w.service();
    assertSame(`raw search "${query}" (owner)`, expected, await w.rawOwner());
    assertSame(`raw search "${query}" (app)`, expected, await w.rawApp());
    hits[kind] = expected.length;
    perQuery[kind] = await interleaved(w, options, (way, ms) => all[way].push(ms));
  }
  return {
    hits,
    byWay: Object.fromEntries(Object.entries(all).map(([way, ms]) => [way, distributionOf(ms)])),
    serviceByQuery: Object.fromEntries(Object.entries(perQuery).map(([kind, d]) => [kind, d.service])),
  };
}
