import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, fetchPage, mapPage, Page, PageArgs, TenantDatabase } from '@county/tenancy';
import { CatalogError } from '../catalog.errors';
import { ApplicantKind, MatterType, Tier, TIER_RANK } from '../content/catalog-enums';
import { countyName, effectiveCatalogFor, parentUnits, resolveAt, TerritorialUnit, territorialUnitByCode } from '../effective-catalog';
import { promiseSources } from '../promise-sources';
import { EffectiveMatterView } from '../matter.type';
import { inForceQuery, inForceVersions, InForceRow, InForceVersionRow, unitNames, withContents } from '../matter-reads';
import { GuideMatterView, UnitGuideView } from './guide.types';
import { PublicCounties, PublicCounty } from './public-county';
import { GuideCache } from './guide-cache';
import { synonymExpansions } from './guide-synonyms';
import { GuidePlace, guidePlaces } from './guide-places';

export interface GuideQuery {
  query?: string | null;
  tier?: Tier | null;
  type?: MatterType | null;
  applicantKind?: ApplicantKind | null;
}

/**
 * 办事指南 without login. The county is found by its division code through a narrow definer
 * function; every read then runs as that tenant under RLS and sees only versions in force.
 */
@Injectable()
export class GuideService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: Clock,
    private readonly cache: GuideCache,
    private readonly counties: PublicCounties,
  ) {}

  async search(countyCode: string, q: GuideQuery, page: PageArgs): Promise<Page<GuideMatterView>> {
    const county = await this.counties.find(countyCode);
    const today = this.clock.today();
    const filter = { tier: q.tier ?? null, text: (q.query ?? '').trim().toLowerCase() || null, type: q.type ?? null, applicantKind: q.applicantKind ?? null };
    const key = `search:${JSON.stringify([filter, page.first ?? null, page.after ?? null])}`;
    return this.cache.get(county, today, key, () =>
      this.db.run({ tenantId: county.tenantId }, async (m) => {
        const synonyms = filter.text ? await synonymExpansions(m, filter.text) : [];
        const found = await fetchPage<InForceVersionRow>(m, inForceQuery(today, { ...filter, synonyms }), page);
        return mapPage(found, async (rows) => this.countyLevel(m, county, await withContents(m, rows)));
      }),
    );
  }

  /** 选择地点: the county's townships and villages by name, pinyin or initials, or one township's villages. */
  async places(countyCode: string, query: string | null | undefined, townshipCode: string | null | undefined, first: number): Promise<GuidePlace[]> {
    const county = await this.counties.find(countyCode);
    const township = (townshipCode ?? '').trim() || null;
    if (township && (!/^\d{12}$/.test(township) || !township.startsWith(county.code.slice(0, 6)))) throw CatalogError.UnitNotFound(township);
    const text = (query ?? '').trim().toLowerCase().slice(0, 40);
    const limit = Math.min(Math.max(first, 1), 100);
    const today = this.clock.today();
    return this.cache.get(county, today, `places:${JSON.stringify([text, township, limit])}`, () =>
      this.db.run({ tenantId: county.tenantId }, (m) => guidePlaces(m, { query: text, townshipCode: township, first: limit })),
    );
  }

  /**
   * One matter's guide: at county level, or as it applies at a township or village of the county
   * (`unitCode`, 12 digits) — the values the unit's page listed, with where its promise comes from.
   */
  async matter(countyCode: string, implementationCode: string, unitCode?: string | null): Promise<GuideMatterView> {
    const county = await this.counties.find(countyCode);
    const unit = (unitCode ?? '').trim() || null;
    if (unit && (!/^\d{12}$/.test(unit) || !unit.startsWith(county.code.slice(0, 6)))) throw CatalogError.UnitNotFound(unit);
    const today = this.clock.today();
    return this.cache.get(county, today, `matter:${implementationCode}:${unit ?? ''}`, () => this.resolveMatter(county, implementationCode, unit, today));
  }

  private resolveMatter(county: PublicCounty, implementationCode: string, unitCode: string | null, today: string): Promise<GuideMatterView> {
    return this.db.run({ tenantId: county.tenantId }, async (m) => {
      const [matter] = await m.query(`SELECT id FROM matter WHERE implementation_code = $1`, [implementationCode]);
      const rows = matter ? await inForceVersions(m, today, { matterIds: [matter.id] }) : [];
      if (rows.length === 0) throw CatalogError.NotFound(implementationCode);
      if (!unitCode) return (await this.countyLevel(m, county, rows))[0];
      const unit = await territorialUnitByCode(m, unitCode);
      if (!unit) throw CatalogError.UnitNotFound(unitCode);
      // A unit that does not accept the matter sends people elsewhere: its values are the county's.
      if (!rows[0].content.acceptingTiers.includes(unit.tier)) return (await this.countyLevel(m, county, rows))[0];
      const [resolved] = await resolveAt(m, unit, rows);
      return this.toGuide(county, resolved, unit);
    });
  }

  /** For a village or township: what it accepts, and which township or county center takes the rest. */
  async forUnit(orgUnitCode: string): Promise<UnitGuideView> {
    const code = (orgUnitCode ?? '').trim();
    if (!/^\d{12}$/.test(code)) throw CatalogError.UnitNotFound(code);
    const county = await this.counties.find(code.slice(0, 6));
    const today = this.clock.today();
    return this.cache.get(county, today, `unit:${code}`, () => this.resolveUnit(county, code, today));
  }

  private resolveUnit(county: PublicCounty, code: string, today: string): Promise<UnitGuideView> {
    return this.db.run({ tenantId: county.tenantId }, async (m) => {
      const unit = await territorialUnitByCode(m, code);
      if (!unit) throw CatalogError.UnitNotFound(code);
      const name = await countyName(m);
      const here = await effectiveCatalogFor(m, unit, today, { countyName: name });
      const above = (await parentUnits(m, unit)).sort((a, b) => TIER_RANK[a.tier] - TIER_RANK[b.tier]);
      const rest = (await inForceVersions(m, today)).filter((r) => !r.content.acceptingTiers.includes(unit.tier));
      const elsewhere = [];
      for (const parent of above) {
        const taken = rest.filter(
          (r) => r.content.acceptingTiers.includes(parent.tier) && !above.some((p) => TIER_RANK[p.tier] < TIER_RANK[parent.tier] && r.content.acceptingTiers.includes(p.tier)),
        );
        if (taken.length === 0) continue;
        elsewhere.push({
          unitCode: parent.code,
          unitName: parent.name,
          tier: parent.tier,
          centerName: parent.centerName,
          matters: (await resolveAt(m, parent, taken, { countyName: name })).map((e) => this.toGuide(county, e, parent)),
        });
      }
      return {
        countyCode: county.code,
        countyName: county.name,
        unitCode: unit.code,
        unitName: unit.name,
        tier: unit.tier,
        centerName: unit.centerName,
        here: here.map((e) => this.toGuide(county, e, unit)),
        elsewhere,
      };
    });
  }

  private async countyLevel(m: EntityManager, county: PublicCounty, rows: InForceRow[]): Promise<GuideMatterView[]> {
    const names = await unitNames(m, rows.map((r) => r.content.implementingBodyId));
    return rows.map((r) => ({
      unitCode: null,
      unitName: null,
      promiseSources: promiseSources({ name: county.name, promisedDays: r.content.promisedDays }, []),
      countyCode: county.code,
      countyName: county.name,
      matterId: r.matterId,
      version: r.version,
      effectiveFrom: r.effectiveFrom,
      implementingBodyName: names.get(r.content.implementingBodyId) ?? null,
      windowName: null,
      content: r.content,
    }));
  }

  private toGuide(county: PublicCounty, e: EffectiveMatterView, unit: TerritorialUnit): GuideMatterView {
    return {
      unitCode: unit.tier === Tier.COUNTY ? null : unit.code,
      unitName: unit.tier === Tier.COUNTY ? null : unit.name,
      promiseSources: e.promiseSources,
      countyCode: county.code,
      countyName: county.name,
      matterId: e.matterId,
      version: e.version,
      effectiveFrom: e.effectiveFrom,
      implementingBodyName: e.implementingBodyName,
      windowName: e.windowName,
      content: e.content,
    };
  }
}
