import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { audit } from '../tenancy.audit';
import { hashPassword } from '../auth/password-hasher';
import { passwordProblems, USERNAME_PATTERN } from '../auth/password-policy';
import { requireAccess, requirePlace } from '../context/access';
import { RequestContext } from '../context/request-context';
import { TenantDatabase } from '../database/tenant-database';
import { clearAccount } from '../auth/login-throttle';
import { PLATFORM_TENANT_ID } from '../tenants/platform-tenant';
import { Clock } from '../time/clock';
import { TenancyError } from '../errors/tenancy.errors';
import { isUuid } from '../database/ids';
import { escapeLike, selectRows } from '../database/sql';
import { RoleValue } from '../graphql/enums';
import { loadOrgUnits } from '../org/org-unit-rows';
import { fetchPage, KeysetQuery, mapPage, Page, PageArgs } from '../graphql/connection';
import { AddMembershipInput } from './dto/add-membership.input';
import { CreateUserInput } from './dto/create-user.input';
import { ROLE_PLACEMENT } from './role-placement';
import { MembershipView, UserView } from './user.type';

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  phone?: string | null;
}

/**
 * Creates a user inside the current tenant transaction. Shared by the admin screen,
 * tenant creation and the demo seed, so every path applies the same rules.
 */
export async function insertUser(m: EntityManager, tenantId: string, input: NewUser): Promise<string> {
  if (!USERNAME_PATTERN.test(input.username ?? '')) throw TenancyError.UsernameInvalid();
  const problems = passwordProblems(input.password ?? '', input.username);
  if (problems.length) throw TenancyError.WeakPassword(problems);
  const [taken] = await m.query(`SELECT 1 FROM find_login($1)`, [input.username]);
  if (taken) throw TenancyError.UsernameTaken(input.username);
  const id = randomUUID();
  await m.query(
    `INSERT INTO app_user (tenant_id, id, username, display_name, phone, password_hash) VALUES ($1, $2, $3, $4, $5, $6)`,
    [tenantId, id, input.username, input.displayName, input.phone ?? null, await hashPassword(input.password)],
  );
  return id;
}

export async function insertMembership(
  m: EntityManager,
  tenantId: string,
  userId: string,
  orgUnitId: string | null,
  role: string,
  createdBy: string | null,
): Promise<string> {
  const id = randomUUID();
  await m.query(
    `INSERT INTO membership (tenant_id, id, user_id, org_unit_id, role, created_by) VALUES ($1, $2, $3, $4, $5, $6)`,
    [tenantId, id, userId, orgUnitId, role, createdBy],
  );
  return id;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  phone: string | null;
  disabled: boolean;
  locked_until: Date | null;
}

interface MembershipRow {
  id: string;
  user_id: string;
  role: RoleValue;
  created_at: Date;
  org_unit_id: string | null;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: Clock,
  ) {}

  async list(ctx: RequestContext, page: PageArgs, search?: string | null): Promise<Page<UserView>> {
    return this.db.run(ctx, async (m) => {
      const found = await fetchPage<{ id: string }>(m, this.visibleUsers(ctx, 'read', search ?? null, null), page);
      return mapPage(found, (rows) => this.load(m, rows.map((r) => r.id)));
    });
  }

  async get(ctx: RequestContext, id: string): Promise<UserView> {
    return this.db.run(ctx, (m) => this.getIn(m, ctx, id, 'read'));
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<UserView> {
    return this.db.run(ctx, async (m) => {
      const id = await insertUser(m, ctx.tenantId, input);
      await audit(m, ctx, 'user_created', { type: 'User', id: id }, { username: input.username });
      return (await this.load(m, [id]))[0];
    });
  }

  async addMembership(ctx: RequestContext, input: AddMembershipInput): Promise<MembershipView> {
    return this.db.run(ctx, async (m) => {
      await this.getIn(m, ctx, input.userId, 'update');
      await requirePlace(m, ctx, 'manage', 'Membership', [input.orgUnitId]);
      const [unit] = await m.query(`SELECT id, kind FROM org_unit WHERE id = $1`, [input.orgUnitId]);
      if (!ROLE_PLACEMENT[input.role].includes(unit.kind)) throw TenancyError.RoleNotAllowedAtUnit(input.role, unit.kind);
      const [existing] = await m.query(
        `SELECT 1 FROM membership WHERE user_id = $1 AND org_unit_id = $2 AND role = $3 AND revoked_at IS NULL`,
        [input.userId, input.orgUnitId, input.role],
      );
      if (existing) throw TenancyError.MembershipExists();
      const id = await insertMembership(m, ctx.tenantId, input.userId, input.orgUnitId, input.role, ctx.user.id);
      await audit(m, ctx, 'membership_added', { type: 'Membership', id: id }, { userId: input.userId, orgUnitId: input.orgUnitId, role: input.role });
      return (await this.load(m, [input.userId]))[0].memberships.find((x) => x.id === id)!;
    });
  }

  async revokeMembership(ctx: RequestContext, id: string): Promise<MembershipView> {
    return this.db.run(ctx, async (m) => {
      await requireAccess(m, ctx, 'manage', 'Membership', [id]);
      const [row] = await m.query(`SELECT id, user_id FROM membership WHERE id = $1 AND revoked_at IS NULL`, [id]);
      if (!row) throw TenancyError.NotFound('任职 membership', id);
      await m.query(`UPDATE membership SET revoked_at = now(), revoked_by = $2 WHERE id = $1`, [id, ctx.user.id]);
      // Whoever lost a role keeps no session that still carries it.
      await m.query(
        `UPDATE auth_session SET revoked_at = now(), revoke_reason = 'membership_revoked' WHERE user_id = $1 AND revoked_at IS NULL`,
        [row.user_id],
      );
      await audit(m, ctx, 'membership_revoked', { type: 'Membership', id: id }, { userId: row.user_id });
      const [view] = await m.query(
        `SELECT ms.id, ms.role, ms.created_at, ms.org_unit_id FROM membership ms WHERE ms.id = $1`,
        [id],
      );
      return { id: view.id, role: view.role, createdAt: view.created_at, orgUnit: null };
    });
  }

  async unlock(ctx: RequestContext, id: string): Promise<UserView> {
    return this.db.run(ctx, async (m) => {
      const user = await this.getIn(m, ctx, id, 'update');
      await m.query(`UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = $1`, [id]);
      // The name's failures are kept with the platform; forgiving them cannot wait for this request.
      await this.db.runDetached({ tenantId: PLATFORM_TENANT_ID }, (p) => clearAccount(p, user.username));
      await audit(m, ctx, 'user_unlocked', { type: 'User', id: id });
      return (await this.load(m, [id]))[0];
    });
  }

  private async getIn(m: EntityManager, ctx: RequestContext, id: string, action: 'read' | 'update'): Promise<UserView> {
    const { sql, params } = this.visibleUsers(ctx, action, null, id);
    const found: { id: string }[] = isUuid(id) ? await m.query(sql, params) : [];
    if (found.length === 0) throw TenancyError.NotFound('人员 user', id);
    return (await this.load(m, [found[0].id]))[0];
  }

  /**
   * Users within jurisdiction: those holding a role there. County-wide managers also see
   * people with no role yet, who belong to no unit.
   */
  private visibleUsers(ctx: RequestContext, action: 'read' | 'update', search: string | null, onlyId: string | null): KeysetQuery {
    const params: unknown[] = [onlyId, search ? `%${escapeLike(search.toLowerCase())}%` : null];
    const allowed = ctx.allowedSql(action, 'User', params);
    return {
      sql: `SELECT u.id, u.username FROM app_user u
        WHERE ($1::uuid IS NULL OR u.id = $1)
          AND ($2::text IS NULL OR lower(u.username) LIKE $2 OR u.display_name LIKE $2)
          AND ${allowed}`,
      params,
      keys: [{ column: 'username' }, { column: 'id' }],
    };
  }

  private async load(m: EntityManager, ids: string[]): Promise<UserView[]> {
    if (ids.length === 0) return [];
    const users = await selectRows<UserRow>(
      m,
      `SELECT id, username, display_name, phone, disabled, locked_until FROM app_user WHERE id = ANY ($1::uuid[]) ORDER BY username`,
      [ids],
    );
    const memberships = await selectRows<MembershipRow>(
      m,
      `SELECT ms.id, ms.user_id, ms.role, ms.created_at, ms.org_unit_id FROM membership ms
        WHERE ms.user_id = ANY ($1::uuid[]) AND ms.revoked_at IS NULL ORDER BY ms.created_at`,
      [ids],
    );
    const units = await loadOrgUnits(m, memberships.map((ms) => ms.org_unit_id));
    const now = this.clock.now();
    return users.map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.display_name,
      phone: u.phone,
      disabled: u.disabled,
      locked: !!u.locked_until && new Date(u.locked_until) > now,
      memberships: memberships
        .filter((ms) => ms.user_id === u.id)
        .map((ms) => ({
          id: ms.id,
          role: ms.role,
          createdAt: ms.created_at,
          orgUnit: ms.org_unit_id ? (units.get(ms.org_unit_id) ?? null) : null,
        })),
    }));
  }
}
