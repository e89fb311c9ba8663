import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, fetchPage, mapPage, Page, PageArgs, TenantDatabase } from '@county/tenancy';
import { CatalogError } from '../catalog.errors';
import { ApplicantKind, MatterType, Tier, TIER_RANK } from '../content/catalog-enums';
import { effectiveCatalogFor, parentUnits, resolveAt, territorialUnitByCode } from '../effective-catalog';
import { EffectiveMatterView } from '../matter.type';
import { inForceQuery, inForceVersions, InForceRow, InForceVersionRow, unitNames, withContents } from '../matter-reads';
import { GuideMatterView, UnitGuideView } from './guide.types';
import { PublicCounty, publicCounty } from './public-county';
import { GuideCache } from './guide-cache';

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
  ) {}

  async search(countyCode: string, q: GuideQuery, page: PageArgs): Promise<Page<GuideMatterView>> {
    const county = await publicCounty(this.db, countyCode);
    const today = this.clock.today();
    const filter = { tier: q.tier ?? null, text: (q.query ?? '').trim().toLowerCase() || null, type: q.type ?? null, applicantKind: q.applicantKind ?? null };
    const key = `search:${JSON.stringify([filter, page.first ?? null, page.after ?? null])}`;
    return this.cache.get(county, today, key, () =>
      this.db.run({ tenantId: county.tenantId }, async (m) => {
        const found = await fetchPage<InForceVersionRow>(m, inForceQuery(today, filter), page);
        return mapPage(found, async (rows) => this.countyLevel(m, county, await withContents(m, rows)));
      }),
    );
  }

  async matter(countyCode: string, implementationCode: string): Promise<GuideMatterView> {
    const county = await publicCounty(this.db, countyCode);
    return this.cache.get(county, this.clock.today(), `matter:${implementationCode}`, () => this.resolveMatter(county, implementationCode));
  }

  private resolveMatter(county: PublicCounty, implementationCode: string): Promise<GuideMatterView> {
    return this.db.run({ tenantId: county.tenantId }, async (m) => {
      const [matter] = await m.query(`SELECT id FROM matter WHERE implementation_code = $1`, [implementationCode]);
      const rows = matter ? await inForceVersions(m, this.clock.today(), { matterIds: [matter.id] }) : [];
      if (rows.length === 0) throw CatalogError.NotFound(implementationCode);
      const [view] = await this.countyLevel(m, county, rows);
      return view;
    });
  }

  /** For a village or township: what it accepts, and which township or county center takes the rest. */
  async forUnit(orgUnitCode: string): Promise<UnitGuideView> {
    const code = (orgUnitCode ?? '').trim();
    if (!/^\d{12}$/.test(code)) throw CatalogError.UnitNotFound(code);
    const county = await publicCounty(this.db, code.slice(0, 6));
    const today = this.clock.today();
    return this.cache.get(county, today, `unit:${code}`, () => this.resolveUnit(county, code, today));
  }

  private resolveUnit(county: PublicCounty, code: string, today: string): Promise<UnitGuideView> {
    return this.db.run({ tenantId: county.tenantId }, async (m) => {
      const unit = await territorialUnitByCode(m, code);
      if (!unit) throw CatalogError.UnitNotFound(code);
      const here = await effectiveCatalogFor(m, unit, today);
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
          matters: (await resolveAt(m, parent, taken)).map((e) => this.toGuide(county, e)),
        });
      }
      return {
        countyCode: county.code,
        countyName: county.name,
        unitCode: unit.code,
        unitName: unit.name,
        tier: unit.tier,
        centerName: unit.centerName,
        here: here.map((e) => this.toGuide(county, e)),
        elsewhere,
      };
    });
  }

  private async countyLevel(m: EntityManager, county: PublicCounty, rows: InForceRow[]): Promise<GuideMatterView[]> {
    const names = await unitNames(m, rows.map((r) => r.content.implementingBodyId));
    return rows.map((r) => ({
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

  private toGuide(county: PublicCounty, e: EffectiveMatterView): GuideMatterView {
    return {
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
