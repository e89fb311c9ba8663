import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { audit } from '../tenancy.audit';
import { requireAccess, requirePlace } from '../context/access';
import { RequestContext } from '../context/request-context';
import { TenantDatabase } from '../database/tenant-database';
import { TenancyError } from '../errors/tenancy.errors';
import { Clock } from '../time/clock';
import { isUuid } from '../database/ids';
import { selectRows } from '../database/sql';
import { loadOrgUnits } from '../org/org-unit-rows';
import { fetchPage, KeysetQuery, mapPage, Page, PageArgs } from '../graphql/connection';
import { DelegationView } from './delegation.type';
import { GrantDelegationInput } from './dto/grant-delegation.input';

/** A delegation as scopedQuery selects it. */
interface DelegationRow {
  id: string;
  department_id: string;
  grantee_user_id: string | null;
  grantee_name: string | null;
  grantee_window_id: string | null;
  all_matters: boolean;
  matter_codes: string[];
  valid_from: Date;
  valid_until: Date;
  revoked_at: Date | null;
  reason: string;
  active: boolean;
}

interface DelegationUseRow {
  id: string;
  delegation_id: string;
  used_by: string;
  matter_code: string;
  action: string;
  subject_id: string | null;
  used_at: Date;
}

/** What a caller acting under delegated authority is about to do. */
export interface DelegationUseRequest {
  /** 实施编码 of the matter acted on. */
  matterCode: string;
  /** The department that implements the matter (its 实施主体). */
  departmentId: string;
  action: string;
  subjectId: string | null;
}

@Injectable()
export class DelegationsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: Clock,
  ) {}

  async list(ctx: RequestContext, page: PageArgs, active?: boolean | null): Promise<Page<DelegationView>> {
    return this.db.run(ctx, async (m) => {
      const found = await fetchPage<DelegationRow>(m, this.scopedQuery(ctx, 'read', null, active ?? null), page);
      return mapPage(found, (rows) => this.toViews(m, rows));
    });
  }

  async grant(ctx: RequestContext, input: GrantDelegationInput): Promise<DelegationView> {
    if (!!input.granteeUserId === !!input.granteeWindowId) throw TenancyError.DelegationGranteeInvalid();
    if (!(input.validUntil > input.validFrom)) throw TenancyError.DelegationPeriodInvalid();
    const codes = [...new Set(input.matterCodes ?? [])];
    if (!input.allMatters && codes.length === 0) throw TenancyError.DelegationScopeEmpty();
    return this.db.run(ctx, async (m) => {
      await requirePlace(m, ctx, 'manage', 'Delegation', [input.departmentId]);
      const [dept] = await m.query(`SELECT id, kind FROM org_unit WHERE id = $1`, [input.departmentId]);
      if (dept.kind !== 'department') throw TenancyError.NotADepartment();
      if (input.granteeWindowId) {
        await requirePlace(m, ctx, 'manage', 'Delegation', [input.granteeWindowId]);
        const [win] = await m.query(`SELECT kind FROM org_unit WHERE id = $1`, [input.granteeWindowId]);
        if (win.kind !== 'window') throw TenancyError.NotFound('窗口 window', input.granteeWindowId);
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
      await audit(m, ctx, 'delegation_granted', { type: 'Delegation', id: id }, { departmentId: dept.id, granteeUserId: input.granteeUserId ?? null, granteeWindowId: input.granteeWindowId ?? null, allMatters: input.allMatters, matterCodes: codes, validFrom: input.validFrom.toISOString(), validUntil: input.validUntil.toISOString() });
      return (await this.read(m, ctx, id))[0];
    });
  }

  async revoke(ctx: RequestContext, id: string): Promise<DelegationView> {
    return this.db.run(ctx, async (m) => {
      await requireAccess(m, ctx, 'manage', 'Delegation', [id]);
      const [existing] = await m.query(`SELECT revoked_at FROM delegation WHERE id = $1`, [id]);
      if (existing.revoked_at) throw TenancyError.DelegationAlreadyRevoked();
      await m.query(`UPDATE delegation SET revoked_at = now(), revoked_by = $2 WHERE id = $1`, [id, ctx.user.id]);
      await audit(m, ctx, 'delegation_revoked', { type: 'Delegation', id: id });
      return (await this.read(m, ctx, id))[0];
    });
  }

  /** `useDelegation` in the caller's transaction (a nested run joins the open one). */
  async use(ctx: RequestContext, use: DelegationUseRequest): Promise<string | null> {
    return this.db.run(ctx, (m) => useDelegation(m, ctx, this.clock.now(), use));
  }

  private readScoped(m: EntityManager, ctx: RequestContext, action: 'read' | 'manage', onlyId: string | null) {
    const { sql, params } = this.scopedQuery(ctx, action, onlyId, null);
    return m.query(sql, params);
  }

  /** Delegations granted by departments within jurisdiction, newest first. */
  private scopedQuery(ctx: RequestContext, action: 'read' | 'manage', onlyId: string | null, active: boolean | null): KeysetQuery {
    const params: unknown[] = [onlyId, active];
    const within = ctx.allowedSql(action, 'Delegation', params);
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

  private async toViews(m: EntityManager, rows: DelegationRow[]): Promise<DelegationView[]> {
    if (rows.length === 0) return [];
    const units = await loadOrgUnits(m, rows.flatMap((r) => [r.department_id, r.grantee_window_id]));
    const unit = (id: string | null) => (id ? (units.get(id) ?? null) : null);
    const uses = await selectRows<DelegationUseRow>(
      m,
      `SELECT id, delegation_id, used_by, matter_code, action, subject_id, used_at FROM delegation_use WHERE delegation_id = ANY ($1::uuid[]) ORDER BY used_at DESC`,
      [rows.map((r) => r.id)],
    );
    return rows.map((r) => ({
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
        .filter((u) => u.delegation_id === r.id)
        .map((u) => ({ id: u.id, usedBy: u.used_by, matterCode: u.matter_code, action: u.action, subjectId: u.subject_id, usedAt: u.used_at })),
    }));
  }
}

/**
 * Finds the delegation in force at `now` that lets the caller act on a matter of
 * `departmentId` and records its use, in the transaction `m`. Windows are the ones the caller
 * works at (her memberships), never what a caller claims; "all matters" covers only the
 * granting department's matters. Cases call this when a clerk decides under delegated authority.
 */
export async function useDelegation(m: EntityManager, ctx: RequestContext, now: Date, use: DelegationUseRequest): Promise<string | null> {
  if (!isUuid(use.departmentId)) return null;
  const windowIds = ctx.memberships.filter((ms) => ms.orgUnitKind === 'window' && ms.orgUnitId).map((ms) => ms.orgUnitId!);
  const [d] = await m.query(
    `SELECT id FROM delegation
      WHERE revoked_at IS NULL AND $4 >= valid_from AND $4 < valid_until
        AND department_id = $5
        AND (grantee_user_id = $1 OR grantee_window_id = ANY ($2::uuid[]))
        AND (all_matters OR $3 = ANY (matter_codes))
      ORDER BY valid_until DESC LIMIT 1`,
    [ctx.user.id, windowIds, use.matterCode, now, use.departmentId],
  );
  if (!d) return null;
  await m.query(
    `INSERT INTO delegation_use (tenant_id, id, delegation_id, used_by, matter_code, action, subject_id, used_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [ctx.tenantId, randomUUID(), d.id, ctx.user.id, use.matterCode, use.action, use.subjectId, now],
  );
  await audit(m, ctx, 'delegation_used', { type: 'Delegation', id: d.id }, { matterCode: use.matterCode, action: use.action, subjectId: use.subjectId });
  return d.id as string;
}
