import { Inject, Injectable } from '@nestjs/common';
import { AUTH_SETTINGS, AuthSettings } from '../auth/auth-settings';
import { verifyAccessToken } from '../auth/tokens';
import { TenantDatabase } from '../database/tenant-database';
import { TenancyError } from '../errors/tenancy.errors';
import { PLATFORM_TENANT_ID } from '../tenants/platform-tenant';
import { PermissionDefinition, PERMISSIONS } from './permissions';
import { ContextMembership, RequestContext } from './request-context';
import { Role } from './role';
import { selectRows } from '../database/sql';

/** Builds the RequestContext from a bearer token: one short transaction per request. */
@Injectable()
export class ContextLoader {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
    @Inject(PERMISSIONS) private readonly permissions: readonly PermissionDefinition[],
  ) {}

  async fromAccessToken(token: string): Promise<RequestContext> {
    const claims = verifyAccessToken(token, this.settings.jwtSecret);
    return this.load(claims.tid, claims.sub, claims.sid);
  }

  async load(tenantId: string, userId: string, sessionId: string): Promise<RequestContext> {
    const platform = tenantId === PLATFORM_TENANT_ID;
    return this.db.run({ tenantId, platform }, async (m) => {
      const [row] = await m.query(
        `SELECT u.id, u.username, u.display_name, u.disabled, s.revoked_at, s.expires_at
           FROM app_user u JOIN auth_session s ON s.tenant_id = u.tenant_id AND s.user_id = u.id
          WHERE u.id = $1 AND s.id = $2`,
        [userId, sessionId],
      );
      if (!row) throw TenancyError.Unauthenticated();
      if (row.revoked_at) throw TenancyError.TokenRevoked();
      if (row.disabled) throw TenancyError.AccountDisabled();
      const memberships: ContextMembership[] = (
        await selectRows<{ id: string; role: Role; org_unit_id: string | null; path: string | null; kind: string | null; name: string | null }>(
          m,
          `SELECT ms.id, ms.role, ms.org_unit_id, o.path::text AS path, o.kind, o.name
             FROM membership ms LEFT JOIN org_unit o ON o.tenant_id = ms.tenant_id AND o.id = ms.org_unit_id
            WHERE ms.user_id = $1 AND ms.revoked_at IS NULL
            ORDER BY ms.created_at`,
          [userId],
        )
      ).map((r) => ({
        id: r.id,
        role: r.role,
        orgUnitId: r.org_unit_id,
        orgUnitPath: r.path,
        orgUnitKind: r.kind,
        orgUnitName: r.name,
      }));
      const [county] = await m.query(`SELECT path::text AS path FROM org_unit WHERE kind = 'county' LIMIT 1`);
      return new RequestContext(
        tenantId,
        { id: row.id, username: row.username, displayName: row.display_name },
        sessionId,
        memberships,
        county?.path ?? null,
        this.permissions,
      );
    });
  }
}
