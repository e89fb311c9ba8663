import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { audit } from '../tenancy.audit';
import { requirePlace } from '../context/access';
import { RequestContext } from '../context/request-context';
import { TenantDatabase } from '../database/tenant-database';
import { isUuid } from '../database/ids';
import { escapeLike } from '../database/sql';
import { TenancyError } from '../errors/tenancy.errors';
import { fetchPage, mapPage, Page, PageArgs } from '../graphql/connection';
import { CreateOrgUnitInput } from './dto/create-org-unit.input';
import { OrgUnitView } from './org-unit.type';
import { insertOrgUnit } from './insert-org-unit';
import { OrgUnitDetailsInput } from './dto/org-unit-details.input';
import { closeWindow, renameWindow, writeUnitDetails } from './org-upkeep';
import { ORG_UNIT_COLUMNS, OrgUnitRow, toOrgUnitView } from './org-unit-rows';

@Injectable()
export class OrgService {
  constructor(private readonly db: TenantDatabase) {}

  /** Children of a unit, or the caller's jurisdiction roots when no parent is given. */
  async children(ctx: RequestContext, page: PageArgs, parentId?: string | null, kind?: string | null): Promise<Page<OrgUnitView>> {
    const scopes = ctx.withinPaths('read', 'OrgUnit');
    return this.db.run(ctx, async (m) => {
      const params: unknown[] = [];
      const within = ctx.allowedSql('read', 'OrgUnit', params);
      let where: string;
      if (parentId) {
        if (!isUuid(parentId)) throw TenancyError.NotFound('单位 org unit', parentId);
        params.push(parentId);
        where = `o.parent_id = $${params.length}`;
      } else if (scopes === 'all') {
        where = `o.parent_id IS NULL`;
      } else {
        params.push(scopes);
        where = `o.path = ANY ($${params.length}::ltree[])`;
      }
      if (kind) where += ` AND o.kind = $${params.push(kind)}`;
      const sql = `SELECT ${ORG_UNIT_COLUMNS}, o.sort_order FROM org_unit o WHERE ${where} AND ${within}`;
      const found = await fetchPage<OrgUnitRow>(m, { sql, params, keys: [{ column: 'sort_order' }, { column: 'code' }, { column: 'id' }] }, page);
      return mapPage(found, (rows) => rows.map(toOrgUnitView));
    });
  }

  async get(ctx: RequestContext, id: string): Promise<OrgUnitView> {
    const [unit] = await this.getMany(ctx, [id]);
    if (!unit) throw TenancyError.NotFound('单位 org unit', id);
    return unit;
  }

  /** Batch read: ids outside the caller's jurisdiction are simply absent, as if not found. */
  async getMany(ctx: RequestContext, ids: string[]): Promise<OrgUnitView[]> {
    return this.db.run(ctx, (m) => this.readMany(m, ctx, ids));
  }

  async readMany(m: EntityManager, ctx: RequestContext, ids: string[]): Promise<OrgUnitView[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const params: unknown[] = [valid];
    const within = ctx.allowedSql('read', 'OrgUnit', params);
    const rows = await m.query(`SELECT ${ORG_UNIT_COLUMNS} FROM org_unit o WHERE o.id = ANY ($1::uuid[]) AND ${within}`, params);
    return rows.map(toOrgUnitView);
  }

  /** Name, full pinyin or initials ("cgz" finds 城关镇), within the caller's jurisdiction; higher tiers and exact initials first. */
  async search(ctx: RequestContext, query: string, page: PageArgs): Promise<Page<OrgUnitView>> {
    const q = (query ?? '').trim().toLowerCase();
    return this.db.run(ctx, async (m) => {
      const params: unknown[] = [`%${escapeLike(q)}%`, `${escapeLike(q)}%`, q];
      const within = ctx.allowedSql('read', 'OrgUnit', params);
      const sql = `SELECT ${ORG_UNIT_COLUMNS}, nlevel(o.path) AS depth, o.pinyin_initials = $3 AS exact FROM org_unit o
          WHERE $3 <> '' AND (o.name LIKE $1 OR o.pinyin LIKE $2 OR o.pinyin_initials LIKE $2 OR o.code LIKE $2) AND ${within}`;
      const keys = [{ column: 'depth' }, { column: 'exact', desc: true }, { column: 'code' }, { column: 'id' }];
      const found = await fetchPage<OrgUnitRow>(m, { sql, params, keys }, page);
      return mapPage(found, (rows) => rows.map(toOrgUnitView));
    });
  }

  async create(ctx: RequestContext, input: CreateOrgUnitInput): Promise<OrgUnitView> {
    return this.db.run(ctx, async (m) => {
      await requirePlace(m, ctx, 'create', 'OrgUnit', [input.parentId]);
      const [parent] = await m.query(`SELECT id, code, kind, path::text AS path FROM org_unit WHERE id = $1`, [input.parentId]);
      const id = await insertOrgUnit(m, ctx.tenantId, parent, input.kind, input.name);
      await audit(m, ctx, 'org_unit_created', { type: 'OrgUnit', id: id }, { name: input.name, kind: input.kind, parentId: parent.id });
      const [row] = await m.query(`SELECT ${ORG_UNIT_COLUMNS} FROM org_unit o WHERE o.id = $1`, [id]);
      return toOrgUnitView(row);
    });
  }

  /** Address, opening hours and phone of a county, township or village (catalog administrators). */
  async updateDetails(ctx: RequestContext, id: string, input: OrgUnitDetailsInput): Promise<OrgUnitView> {
    return this.db.run(ctx, async (m) => {
      await requirePlace(m, ctx, 'update', 'OrgUnit', [id]);
      await writeUnitDetails(m, ctx, id, input);
      return this.reread(m, id);
    });
  }

  async renameWindow(ctx: RequestContext, id: string, name: string): Promise<OrgUnitView> {
    return this.db.run(ctx, async (m) => {
      await requirePlace(m, ctx, 'update', 'OrgUnit', [id]);
      await renameWindow(m, ctx, id, name);
      return this.reread(m, id);
    });
  }

  async closeWindow(ctx: RequestContext, id: string, reason: string | null): Promise<OrgUnitView> {
    return this.db.run(ctx, async (m) => {
      await requirePlace(m, ctx, 'update', 'OrgUnit', [id]);
      await closeWindow(m, ctx, id, reason);
      return this.reread(m, id);
    });
  }

  private async reread(m: EntityManager, id: string): Promise<OrgUnitView> {
    const [row] = await m.query(`SELECT ${ORG_UNIT_COLUMNS} FROM org_unit o WHERE o.id = $1`, [id]);
    return toOrgUnitView(row);
  }
}
