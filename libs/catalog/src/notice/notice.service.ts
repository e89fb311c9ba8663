import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock, TenantDatabase } from '@county/tenancy';
import { CatalogError } from '../catalog.errors';
import { readContent } from '../content/content-versions';
import { unitNames } from '../matter-reads';
import { resolveAt, territorialUnitByCode } from '../effective-catalog';
import { NoticeData } from './notice.types';
import { PublicCounties, PublicCounty } from '../guide/public-county';
import { NoticeCache, NoticePdf } from './notice-cache';
import { NoticeRenderer } from './notice-renderer';

/** Where the admin app serves the public guide; the QR code on the sheet points there. */
export function publicBaseUrl(): string {
  return (process.env.PUBLIC_BASE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

export function guideUrl(countyCode: string, implementationCode: string, unitCode: string | null = null): string {
  const page = `${publicBaseUrl()}/guide/${encodeURIComponent(countyCode)}/${encodeURIComponent(implementationCode)}`;
  return unitCode ? `${page}?unit=${unitCode}` : page;
}

/**
 * 一次性告知单 without login, like the guide: the county is found by its division code, then
 * every read runs as that tenant under RLS. Only published versions already in force (now or
 * before) are printed: the current one, or an earlier one a case was accepted under.
 */
@Injectable()
export class NoticeService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: Clock,
    private readonly cache: NoticeCache,
    private readonly renderer: NoticeRenderer,
    private readonly counties: PublicCounties,
  ) {}

  /** The sheet from the cache, or read and rendered off the event loop. */
  async pdf(countyCode: string, implementationCode: string, version: number | null, unitCode: string | null = null): Promise<NoticePdf> {
    const county = await this.counties.find(countyCode);
    if (unitCode && (!/^\d{12}$/.test(unitCode) || !unitCode.startsWith(county.code.slice(0, 6)))) throw CatalogError.UnitNotFound(unitCode);
    const today = this.clock.today();
    return this.cache.get(county, today, `${implementationCode}/${version ?? 'current'}/${unitCode ?? ''}`, async () => {
      const data = await this.data(county, today, implementationCode, version, unitCode);
      const pdf = await this.renderer.render(data);
      return { data, pdf, etag: `"${createHash('sha256').update(pdf).digest('base64url').slice(0, 32)}"` };
    });
  }

  private async data(county: PublicCounty, today: string, implementationCode: string, version: number | null, unitCode: string | null): Promise<NoticeData> {
    return this.db.run({ tenantId: county.tenantId }, async (m) => {
      // Retired from a later date, the matter is still in force today.
      const [matter] = await m.query(
        `SELECT id, (retired_at AT TIME ZONE 'Asia/Shanghai')::date <= $2::date AS retired_at FROM matter WHERE implementation_code = $1`,
        [implementationCode, today],
      );
      if (!matter) throw CatalogError.NotFound(implementationCode);
      const versions: { version: number; effective_from: string; content: unknown }[] = await m.query(
        `SELECT version, effective_from::text AS effective_from, content FROM matter_version
          WHERE matter_id = $1 AND status = 'published' AND effective_from <= $2::date ORDER BY version DESC`,
        [matter.id, today],
      );
      // A retired matter has no current sheet, but a case may still print the version it was accepted under.
      const row = version == null ? (matter.retired_at ? undefined : versions[0]) : versions.find((v) => v.version === version);
      if (!row) throw version == null ? CatalogError.NotFound(implementationCode) : CatalogError.VersionNotFound(implementationCode, version);
      const countyContent = readContent(row.content);
      // At a township or village that accepts the matter: its own place, hours, phone and promise.
      const unit = unitCode ? await territorialUnitByCode(m, unitCode) : null;
      if (unitCode && !unit) throw CatalogError.UnitNotFound(unitCode);
      const local =
        unit && countyContent.acceptingTiers.includes(unit.tier)
          ? (await resolveAt(m, unit, [{ matterId: matter.id, version: row.version, effectiveFrom: row.effective_from, content: countyContent, pinyin: '', initials: '' }]))[0]
          : null;
      const c = local?.content ?? countyContent;
      const names = await unitNames(m, [c.implementingBodyId, ...c.coImplementingBodyIds]);
      return {
        countyCode: county.code,
        countyName: county.name,
        version: row.version,
        effectiveFrom: row.effective_from,
        content: c,
        implementingBodyName: names.get(c.implementingBodyId) ?? null,
        coImplementingBodyNames: c.coImplementingBodyIds.map((id) => names.get(id)).filter((n): n is string => !!n),
        unitName: local && unit ? unit.name : null,
        promiseSources: local?.promiseSources ?? [],
        guideUrl: guideUrl(county.code.slice(0, 6), c.implementationCode, local && unit ? unit.code : null),
        printedOn: today,
      };
    });
  }
}
