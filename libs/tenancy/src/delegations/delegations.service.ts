import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.service';
import { jurisdictionSql } from '../context/jurisdiction-sql';
import { RequestContext } from '../context/request-context';
import { TenantDatabase } from '../database/tenant-database';
import { TenancyError } from '../errors/tenancy.errors';
import { fetchPage, KeysetQuery, mapPage, Page, PageArgs } from '../graphql/connection';
import { isUuid } from '../org/org.service';
import { DelegationView } from './delegation.type';
import { GrantDelegationInput } from './dto/grant-delegation.input';

@Injectable()
export class DelegationsService {
  constructor(private readonly db: TenantDatabase) {}

  async list(ctx: RequestContext, page: PageArgs, active?: boolean | null): Promise<Page<DelegationView>> {
    return this.db.run(ctx, async (m) => {
      const found = await fetchPage<any>(m, this.scopedQuery(ctx, 'read', null, active ?? null), page);
      return mapPage(found, (rows) => this.toViews(m, rows));
    });
  }

  async grant(ctx: RequestContext, input: GrantDelegationInput): Promise<DelegationView> {
    if (!!input.granteeUserId === !!input.granteeWindowId) throw TenancyError.DelegationGranteeInvalid();
    if (!(input.validUntil > input.validFrom)) throw TenancyError.DelegationPeriodInvalid();
    const codes = [...new Set(input.matterCodes ?? [])];
    if (!input.allMatters && codes.length === 0) throw TenancyError.DelegationScopeEmpty();
    return this.db.run(ctx, async (m) => {
      const [dept] = await m.query(`SELECT id, kind, path::text AS path FROM org_unit WHERE id = $1`, [input.departmentId]);
      if (!dept || !ctx.can('manage', 'Delegation', { path: dept.path })) throw TenancyError.NotFound('部门 department', input.departmentId);
      if (dept.kind !== 'department') throw TenancyError.NotADepartment();
      if (input.granteeWindowId) {
        const [win] = await m.query(`SELECT kind, path::text AS path FROM org_unit WHERE id = $1`, [input.granteeWindowId]);
        if (!win || win.kind !== 'window' || !ctx.can('manage', 'Delegation', { path: win.path })) {
          throw TenancyError.NotFound('窗口 window', input.granteeWindowId);
        }
      } else {
        const [user] = await m.query(`SELECT 1 FROM app_user WHERE id = $1`, [input.granteeUserId]);
        if (!user) throw TenancyError.NotFound('人员 user', input.granteeUserId!);
      }
      const id = randomUUID();
      await m.query(
        `INSERT INTO delegation (tenant_id, id, department_id, grantee_user_id, grantee_window_id, all_matters, matter_codes, valid_from, valid_until, reason, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [ctx.tenantId, id, dept.id, input.granteeUserId ?? null, input.granteeWindowId ?? null, input.allMatters, input.allMatters ? [] : codes, input.validFrom, input.validUntil, input.reason, ctx.user.id],
      );
      await appendAudit(m, ctx.tenantId, {
        actorId: ctx.user.id,
        actorName: ctx.user.username,
        action: 'delegation_granted',
        subjectType: 'Delegation',
        subjectId: id,
        detail: { departmentId: dept.id, granteeUserId: input.granteeUserId ?? null, granteeWindowId: input.granteeWindowId ?? null, allMatters: input.allMatters, matterCodes: codes, validFrom: input.validFrom.toISOString(), validUntil: input.validUntil.toISOString() },
      });
      return (await this.read(m, ctx, id))[0];
    });
  }

  async revoke(ctx: RequestContext, id: string): Promise<DelegationView> {
    return this.db.run(ctx, async (m) => {
      const [existing] = await this.readScoped(m, ctx, 'manage', isUuid(id) ? id : null, true);
      if (!existing) throw TenancyError.NotFound('授权 delegation', id);
      if (existing.revoked_at) throw TenancyError.DelegationAlreadyRevoked();
      await m.query(`UPDATE delegation SET revoked_at = now(), revoked_by = $2 WHERE id = $1`, [id, ctx.user.id]);
      await appendAudit(m, ctx.tenantId, {
        actorId: ctx.user.id,
        actorName: ctx.user.username,
        action: 'delegation_revoked',
        subjectType: 'Delegation',
        subjectId: id,
      });
      return (await this.read(m, ctx, id))[0];
    });
  }

  /**
   * Finds the delegation in force that lets the caller act on a matter and records its use.
   * Cases call this when a clerk decides under delegated authority.
   */
  async use(ctx: RequestContext, matterCode: string, action: string, subjectId: string | null, windowIds: string[] = []): Promise<string | null> {
    return this.db.run(ctx, async (m) => {
      const [d] = await m.query(
        `SELECT id FROM delegation
          WHERE revoked_at IS NULL AND now() >= valid_from AND now() < valid_until
            AND (grantee_user_id = $1 OR grantee_window_id = ANY ($2::uuid[]))
            AND (all_matters OR $3 = ANY (matter_codes))
          ORDER BY valid_until DESC LIMIT 1`,
        [ctx.user.id, windowIds, matterCode],
      );
      if (!d) return null;
      await m.query(
        `INSERT INTO delegation_use (tenant_id, id, delegation_id, used_by, matter_code, action, subject_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [ctx.tenantId, randomUUID(), d.id, ctx.user.id, matterCode, action, subjectId],
      );
      await appendAudit(m, ctx.tenantId, {
        actorId: ctx.user.id,
        actorName: ctx.user.username,
        action: 'delegation_used',
        subjectType: 'Delegation',
        subjectId: d.id,
        detail: { matterCode, action, subjectId },
      });
      return d.id as string;
    });
  }

  private readScoped(m: EntityManager, ctx: RequestContext, action: 'read' | 'manage', onlyId: string | null, mustHaveId = false) {
    if (mustHaveId && !onlyId) return Promise.resolve([]);
    const { sql, params } = this.scopedQuery(ctx, action, onlyId, null);
    return m.query(sql, params);
  }

  /** Delegations granted by departments within jurisdiction, newest first. */
  private scopedQuery(ctx: RequestContext, action: 'read' | 'manage', onlyId: string | null, active: boolean | null): KeysetQuery {
    const params: unknown[] = [onlyId, active];
    const within = jurisdictionSql('o.path', ctx.jurisdictions(action, 'Delegation'), params);
    return {
      sql: `SELECT * FROM (
              SELECT d.*, d.valid_from <= now() AND now() < d.valid_until AND d.revoked_at IS NULL AS active, u.display_name AS grantee_name
                FROM delegation d
                JOIN org_unit o ON o.tenant_id = d.tenant_id AND o.id = d.department_id
                LEFT JOIN app_user u ON u.tenant_id = d.tenant_id AND u.id = d.grantee_user_id
               WHERE ($1::uuid IS NULL OR d.id = $1) AND ${within}) s
             WHERE ($2::boolean IS NULL OR s.active = $2)`,
      params,
      keys: [{ column: 'created_at', desc: true }, { column: 'id', desc: true }],
    };
  }

  private async read(m: EntityManager, ctx: RequestContext, onlyId: string | null): Promise<DelegationView[]> {
    return this.toViews(m, await this.readScoped(m, ctx, 'read', onlyId));
  }

  private async toViews(m: EntityManager, rows: any[]): Promise<DelegationView[]> {
    if (rows.length === 0) return [];
    const units = await m.query(
      `SELECT o.id, o.code, o.name, o.kind, o.parent_id, o.path::text AS path, o.pinyin, o.pinyin_initials FROM org_unit o WHERE o.id = ANY ($1::uuid[])`,
      [[...new Set(rows.flatMap((r: any) => [r.department_id, r.grantee_window_id].filter(Boolean)))]],
    );
    const unit = (id: string | null) => {
      const u = units.find((x: any) => x.id === id);
      return u ? { id: u.id, code: u.code, name: u.name, kind: u.kind, parentId: u.parent_id, path: u.path, pinyin: u.pinyin, pinyinInitials: u.pinyin_initials, childCount: 0 } : null;
    };
    const uses = await m.query(
      `SELECT * FROM delegation_use WHERE delegation_id = ANY ($1::uuid[]) ORDER BY used_at DESC`,
      [rows.map((r: any) => r.id)],
    );
    return rows.map((r: any) => ({
      id: r.id,
      department: unit(r.department_id)!,
      granteeUserId: r.grantee_user_id,
      granteeUserName: r.grantee_name,
      granteeWindow: unit(r.grantee_window_id),
      allMatters: r.all_matters,
      matterCodes: r.matter_codes,
      validFrom: r.valid_from,
      validUntil: r.valid_until,
      revokedAt: r.revoked_at,
      reason: r.reason,
      active: r.active,
      uses: uses
        .filter((u: any) => u.delegation_id === r.id)
        .map((u: any) => ({ id: u.id, usedBy: u.used_by, matterCode: u.matter_code, action: u.action, subjectId: u.subject_id, usedAt: u.used_at })),
    }));
  }
}
