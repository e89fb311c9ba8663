import { Injectable } from '@nestjs/common';
import { Clock, fetchPage, isUuid, mapPage, Page, PageArgs, RequestContext, requireAccess, TenantDatabase } from '@county/tenancy';
import { catalogAudit } from './catalog.audit';
import { CatalogError } from './catalog.errors';
import { MatterContent } from './content/matter-content';
import { LocalSettingInput } from './dto/local-setting.input';
import { MattersFilter } from './dto/matters-filter.input';
import { effectiveCatalogFor, territorialUnitOf } from './effective-catalog';
import { writeLocalSetting } from './local-settings';
import { EffectiveMatterView, LocalSettingView, MatterVersionView, MatterView } from './matter.type';
import { loadMatters, loadVersion, matterSearchQuery } from './matter-reads';
import { CatalogActor, insertMatterDraft, openMatterDraft, publishMatterDraft, retireMatter, saveMatterDraft, withdrawMatterVersion } from './matter-writes';

const actorOf = (ctx: RequestContext): CatalogActor => ({ id: ctx.user.id, name: ctx.user.username });

/** What an auditor reads of a draft entry: which matter, which version. */
const draftDetail = (input: MatterContent, version: number) => ({ version, implementationCode: input.implementationCode?.trim(), name: input.name?.trim() });

/**
 * The county's standard catalog. Catalog administrators edit and publish; everyone in the
 * county reads what is published; townships and villages localize only what is local.
 */
@Injectable()
export class CatalogService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: Clock,
  ) {}

  private editor(ctx: RequestContext): boolean {
    return ctx.can('update', 'Matter');
  }

  async list(ctx: RequestContext, page: PageArgs, filter: MattersFilter = {}): Promise<Page<MatterView>> {
    ctx.assertCan('read', 'Matter');
    const includeDrafts = this.editor(ctx);
    return this.db.run(ctx, async (m) => {
      const found = await fetchPage<{ id: string }>(m, matterSearchQuery({ ...filter, includeDrafts, today: this.clock.today() }), page);
      return mapPage(found, (rows) => loadMatters(m, rows.map((r) => r.id), { includeDrafts, today: this.clock.today() }));
    });
  }

  async get(ctx: RequestContext, id: string): Promise<MatterView> {
    ctx.assertCan('read', 'Matter');
    if (!isUuid(id)) throw CatalogError.NotFound(id);
    const [matter] = await this.db.run(ctx, (m) => loadMatters(m, [id], { includeDrafts: this.editor(ctx), today: this.clock.today() }));
    if (!matter) throw CatalogError.NotFound(id);
    return matter;
  }

  async version(ctx: RequestContext, matterId: string, version: number): Promise<MatterVersionView> {
    ctx.assertCan('read', 'Matter');
    if (!isUuid(matterId)) throw CatalogError.NotFound(matterId);
    const found = await this.db.run(ctx, (m) => loadVersion(m, matterId, version, { includeDrafts: this.editor(ctx), today: this.clock.today() }));
    if (!found) throw CatalogError.VersionNotFound(matterId, version);
    return found;
  }

  async create(ctx: RequestContext, input: MatterContent): Promise<MatterView> {
    ctx.assertCan('create', 'Matter');
    const id = await this.db.run(ctx, async (m) => {
      const created = await insertMatterDraft(m, ctx.tenantId, actorOf(ctx), input);
      await catalogAudit(m, ctx, 'matter_draft_created', { type: 'Matter', id: created }, draftDetail(input, 1));
      return created;
    });
    return this.get(ctx, id);
  }

  async updateDraft(ctx: RequestContext, matterId: string, input: MatterContent): Promise<MatterView> {
    ctx.assertCan('update', 'Matter');
    if (!isUuid(matterId)) throw CatalogError.NotFound(matterId);
    await this.db.run(ctx, async (m) => {
      const saved = await saveMatterDraft(m, matterId, input);
      await catalogAudit(m, ctx, 'matter_draft_saved', { type: 'Matter', id: matterId }, { ...draftDetail(input, saved.version), changedFields: saved.changedFields });
    });
    return this.get(ctx, matterId);
  }

  async publish(ctx: RequestContext, matterId: string, effectiveFrom?: string | null): Promise<MatterVersionView> {
    ctx.assertCan('update', 'Matter');
    if (!isUuid(matterId)) throw CatalogError.NotFound(matterId);
    const version = await this.db.run(ctx, (m) => publishMatterDraft(m, ctx.tenantId, actorOf(ctx), matterId, effectiveFrom, this.clock.today()));
    return this.version(ctx, matterId, version);
  }

  async openDraft(ctx: RequestContext, matterId: string): Promise<MatterVersionView> {
    ctx.assertCan('update', 'Matter');
    if (!isUuid(matterId)) throw CatalogError.NotFound(matterId);
    const version = await this.db.run(ctx, async (m) => {
      const opened = await openMatterDraft(m, ctx.tenantId, matterId);
      await catalogAudit(m, ctx, 'matter_draft_opened', { type: 'Matter', id: matterId }, { version: opened, fromVersion: opened - 1 });
      return opened;
    });
    return this.version(ctx, matterId, version);
  }

  /** 取消 with a reason, from a date (today or later); the matter stays in the guide until then. */
  async retire(ctx: RequestContext, matterId: string, reason: string, effectiveOn: string): Promise<MatterView> {
    ctx.assertCan('update', 'Matter');
    if (!isUuid(matterId)) throw CatalogError.NotFound(matterId);
    await this.db.run(ctx, (m) => retireMatter(m, ctx.tenantId, actorOf(ctx), matterId, { reason, effectiveOn }, this.clock.today()));
    return this.get(ctx, matterId);
  }

  /** 撤回 a published version that has not taken effect yet (待施行). */
  async withdrawVersion(ctx: RequestContext, matterId: string, version: number, reason: string): Promise<MatterVersionView> {
    ctx.assertCan('update', 'Matter');
    if (!isUuid(matterId)) throw CatalogError.NotFound(matterId);
    await this.db.run(ctx, (m) => withdrawMatterVersion(m, ctx.tenantId, actorOf(ctx), matterId, version, reason, this.clock.today()));
    return this.version(ctx, matterId, version);
  }

  /** What a village, township or the county can accept today, as it applies there. */
  async effectiveCatalog(ctx: RequestContext, orgUnitId: string): Promise<EffectiveMatterView[]> {
    ctx.assertCan('read', 'Matter');
    if (!isUuid(orgUnitId)) throw CatalogError.UnitNotFound(orgUnitId);
    return this.db.run(ctx, async (m) => {
      // A unit outside the caller's jurisdiction reads as absent, like orgUnit(id).
      await requireAccess(m, ctx, 'read', 'OrgUnit', [orgUnitId]);
      const unit = await territorialUnitOf(m, orgUnitId);
      if (!unit) throw CatalogError.UnitNotFound(orgUnitId);
      return effectiveCatalogFor(m, unit, this.clock.today());
    });
  }

  /** Staff of a township or village for their own territory; catalog administrators anywhere. */
  async setLocalSetting(ctx: RequestContext, matterId: string, orgUnitId: string, input: LocalSettingInput): Promise<LocalSettingView | null> {
    ctx.assertCan('update', 'LocalSetting');
    if (!isUuid(orgUnitId)) throw CatalogError.UnitNotFound(orgUnitId);
    if (!isUuid(matterId)) throw CatalogError.NotFound(matterId);
    return this.db.run(ctx, async (m) => {
      // Outside the caller's territory reads as absent, like another county's unit.
      await requireAccess(m, ctx, 'update', 'LocalSetting', [orgUnitId]);
      const [row] = await m.query(`SELECT kind FROM org_unit WHERE id = $1`, [orgUnitId]);
      const unit = await territorialUnitOf(m, orgUnitId);
      if (!unit || unit.id !== orgUnitId) throw CatalogError.LocalSettingUnitInvalid(row.kind);
      return writeLocalSetting(m, ctx.tenantId, actorOf(ctx), matterId, unit, input, this.clock.today());
    });
  }
}
