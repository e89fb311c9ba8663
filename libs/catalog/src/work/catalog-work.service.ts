import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, RequestContext, selectRows, TenantDatabase } from '@county/tenancy';
import { inForceVersions } from '../matter-reads';
import { countyName, resolveAt, territorialUnitByCode } from '../effective-catalog';
import { CatalogWork, DraftToPublish, SettingNotInEffect, VersionToTakeEffect } from './catalog-work.types';

/** How much a landing page lists of each kind; the counts say how many there are in all. */
export const WORK_LIST_LIMIT = 20;
/** Scheduled versions this many days ahead are "about to take effect". */
export const UPCOMING_DAYS = 30;
/** Units with local promises looked at for the landing page (the settings a person keeps are few). */
const UNITS_CHECKED = 100;

/**
 * 首页的待办: drafts awaiting publication (catalog administrators), versions about to take
 * effect, and local promises in the person's territory that a shorter one above overrides —
 * resolved by the same resolveAt as every other page, so the landing page cannot disagree.
 */
@Injectable()
export class CatalogWorkService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: Clock,
  ) {}

  work(ctx: RequestContext): Promise<CatalogWork> {
    const today = this.clock.today();
    return this.db.run(ctx, async (m) => {
      const editor = ctx.can('update', 'Matter');
      const [drafts, draftCount] = editor ? await this.drafts(m) : [[], 0];
      return { drafts, draftCount, upcoming: await this.upcoming(m, today), settingsNotInEffect: await this.overridden(m, ctx, today) };
    });
  }

  private async drafts(m: EntityManager): Promise<[DraftToPublish[], number]> {
    const rows = await selectRows<{ matter_id: string; implementation_code: string; name: string; version: number; saved_at: Date; published: boolean; total: string }>(
      m,
      `SELECT v.matter_id, mt.implementation_code, v.name, v.version, v.updated_at AS saved_at,
              EXISTS (SELECT 1 FROM matter_version p WHERE p.tenant_id = v.tenant_id AND p.matter_id = v.matter_id AND p.status = 'published') AS published,
              count(*) OVER () AS total
         FROM matter_version v JOIN matter mt ON mt.tenant_id = v.tenant_id AND mt.id = v.matter_id
        WHERE v.status = 'draft' AND mt.retired_at IS NULL
        ORDER BY v.updated_at DESC LIMIT ${WORK_LIST_LIMIT}`,
    );
    const drafts = rows.map((r) => ({
      matterId: r.matter_id,
      implementationCode: r.implementation_code,
      name: r.name,
      version: r.version,
      savedAt: new Date(r.saved_at).toISOString(),
      published: r.published,
    }));
    return [drafts, Number(rows[0]?.total ?? 0)];
  }

  private async upcoming(m: EntityManager, today: string): Promise<VersionToTakeEffect[]> {
    const rows = await selectRows<{ matter_id: string; implementation_code: string; name: string; version: number; effective_from: string }>(
      m,
      `SELECT v.matter_id, mt.implementation_code, v.name, v.version, v.effective_from::text AS effective_from
         FROM matter_version v JOIN matter mt ON mt.tenant_id = v.tenant_id AND mt.id = v.matter_id
        WHERE v.status = 'published' AND mt.retired_at IS NULL
          AND v.effective_from > $1::date AND v.effective_from <= $1::date + ${UPCOMING_DAYS}
        ORDER BY v.effective_from, v.name LIMIT ${WORK_LIST_LIMIT}`,
      [today],
    );
    return rows.map((r) => ({ matterId: r.matter_id, implementationCode: r.implementation_code, name: r.name, version: r.version, effectiveFrom: r.effective_from }));
  }

  /** Local promises the person may keep (her territory) that are not the one in effect. */
  private async overridden(m: EntityManager, ctx: RequestContext, today: string): Promise<SettingNotInEffect[]> {
    const params: unknown[] = [];
    const allowed = ctx.allowedSql('manage', 'LocalSetting', params);
    const units = await selectRows<{ code: string; matter_ids: string[] }>(
      m,
      `SELECT o.code, array_agg(s.matter_id) AS matter_ids
         FROM matter_local_setting s JOIN org_unit o ON o.tenant_id = s.tenant_id AND o.id = s.org_unit_id
        WHERE s.valid_to IS NULL AND s.promised_days IS NOT NULL AND ${allowed}
        GROUP BY o.code, o.path ORDER BY o.path LIMIT ${UNITS_CHECKED}`,
      params,
    );
    const found: SettingNotInEffect[] = [];
    const county = units.length ? await countyName(m) : '';
    for (const { code, matter_ids } of units) {
      const unit = await territorialUnitByCode(m, code);
      if (!unit) continue;
      const rows = (await inForceVersions(m, today, { matterIds: matter_ids })).filter((r) => r.content.acceptingTiers.includes(unit.tier));
      for (const e of await resolveAt(m, unit, rows, { countyName: county })) {
        const own = e.promiseSources[e.promiseSources.length - 1];
        if (own && own.tier === unit.tier && own.unitName === unit.name && !own.inEffect) {
          found.push({ matterId: e.matterId, name: e.content.name, orgUnitId: unit.id, unitName: unit.name, tier: unit.tier, promisedDays: own.promisedDays, promiseSources: e.promiseSources });
        }
      }
      if (found.length >= WORK_LIST_LIMIT) break;
    }
    return found.slice(0, WORK_LIST_LIMIT);
  }
}
