import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.service';
import { jurisdictionSql } from '../context/jurisdiction-sql';
import { RequestContext } from '../context/request-context';
import { TenantDatabase } from '../database/tenant-database';
import { TenancyError } from '../errors/tenancy.errors';
import { fetchPage, mapPage, Page, PageArgs } from '../graphql/connection';
import { CreateOrgUnitInput } from './dto/create-org-unit.input';
import { OrgUnitView } from './org-unit.type';
import { insertOrgUnit } from './insert-org-unit';

const COLUMNS = `o.id, o.code, o.name, o.kind, o.parent_id, o.path::text AS path, o.pinyin, o.pinyin_initials,
  (SELECT count(*)::int FROM org_unit c WHERE c.tenant_id = o.tenant_id AND c.parent_id = o.id) AS child_count`;

function toView(r: any): OrgUnitView {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    parentId: r.parent_id,
    path: r.path,
    pinyin: r.pinyin,
    pinyinInitials: r.pinyin_initials,
    childCount: r.child_count,
  };
}

@Injectable()
export class OrgService {
  constructor(private readonly db: TenantDatabase) {}

  /** Children of a unit, or the caller's jurisdiction roots when no parent is given. */
  async children(ctx: RequestContext, page: PageArgs, parentId?: string | null, kind?: string | null): Promise<Page<OrgUnitView>> {
    const scopes = ctx.jurisdictions('read', 'OrgUnit');
    return this.db.run(ctx, async (m) => {
      const params: unknown[] = [];
      const within = jurisdictionSql('o.path', scopes, params);
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
      const sql = `SELECT ${COLUMNS}, o.sort_order FROM org_unit o WHERE ${where} AND ${within}`;
      const found = await fetchPage<any>(m, { sql, params, keys: [{ column: 'sort_order' }, { column: 'code' }, { column: 'id' }] }, page);
      return mapPage(found, (rows) => rows.map(toView));
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
    const within = jurisdictionSql('o.path', ctx.jurisdictions('read', 'OrgUnit'), params);
    const rows = await m.query(`SELECT ${COLUMNS} FROM org_unit o WHERE o.id = ANY ($1::uuid[]) AND ${within}`, params);
    return rows.map(toView);
  }

  /** Name, full pinyin or initials ("cgz" finds 城关镇), within the caller's jurisdiction; higher tiers and exact initials first. */
  async search(ctx: RequestContext, query: string, page: PageArgs): Promise<Page<OrgUnitView>> {
    const q = (query ?? '').trim().toLowerCase();
    return this.db.run(ctx, async (m) => {
      const params: unknown[] = [`%${escapeLike(q)}%`, `${escapeLike(q)}%`, q];
      const within = jurisdictionSql('o.path', ctx.jurisdictions('read', 'OrgUnit'), params);
      const sql = `SELECT ${COLUMNS}, nlevel(o.path) AS depth, o.pinyin_initials = $3 AS exact FROM org_unit o
          WHERE $3 <> '' AND (o.name LIKE $1 OR o.pinyin LIKE $2 OR o.pinyin_initials LIKE $2 OR o.code LIKE $2) AND ${within}`;
      const keys = [{ column: 'depth' }, { column: 'exact', desc: true }, { column: 'code' }, { column: 'id' }];
      const found = await fetchPage<any>(m, { sql, params, keys }, page);
      return mapPage(found, (rows) => rows.map(toView));
    });
  }

  async create(ctx: RequestContext, input: CreateOrgUnitInput): Promise<OrgUnitView> {
    return this.db.run(ctx, async (m) => {
      const [parent] = await m.query(`SELECT id, code, kind, path::text AS path FROM org_unit WHERE id = $1`, [input.parentId]);
      if (!parent || !ctx.can('create', 'OrgUnit', { path: parent.path })) {
        throw TenancyError.NotFound('单位 org unit', input.parentId);
      }
      const id = await insertOrgUnit(m, ctx.tenantId, parent, input.kind, input.name);
      await appendAudit(m, ctx.tenantId, {
        actorId: ctx.user.id,
        actorName: ctx.user.username,
        action: 'org_unit_created',
        subjectType: 'OrgUnit',
        subjectId: id,
        detail: { name: input.name, kind: input.kind, parentId: parent.id },
      });
      const [row] = await m.query(`SELECT ${COLUMNS} FROM org_unit o WHERE o.id = $1`, [id]);
      return toView(row);
    });
  }
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value ?? '');
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
