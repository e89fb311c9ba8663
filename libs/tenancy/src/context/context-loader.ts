import { Inject, Injectable } from '@nestjs/common';
import { AUTH_SETTINGS, AuthSettings } from '../auth/auth-settings';
import { verifyAccessToken } from '../auth/tokens';
import { TenantDatabase } from '../database/tenant-database';
import { TenancyError } from '../errors/tenancy.errors';
import { PLATFORM_TENANT_ID } from '../tenants/platform-tenant';
import { PermissionDefinition, PERMISSIONS } from './permissions';
import { ContextMembership, RequestContext } from './request-context';

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
      // One statement: this runs before every signed-in request.
      const [row] = await m.query(
        `SELECT u.id, u.username, u.display_name, u.disabled, s.revoked_at, s.expires_at,
            (SELECT coalesce(json_agg(json_build_object('id', ms.id, 'role', ms.role, 'orgUnitId', ms.org_unit_id, 'orgUnitPath', o.path::text,
                       'orgUnitKind', o.kind, 'orgUnitName', o.name) ORDER BY ms.created_at), '[]')
               FROM membership ms LEFT JOIN org_unit o ON o.tenant_id = ms.tenant_id AND o.id = ms.org_unit_id
              WHERE ms.user_id = u.id AND ms.revoked_at IS NULL) AS memberships,
            (SELECT co.path::text FROM org_unit co WHERE co.kind = 'county' LIMIT 1) AS county_path
           FROM app_user u JOIN auth_session s ON s.tenant_id = u.tenant_id AND s.user_id = u.id
          WHERE u.id = $1 AND s.id = $2`,
        [userId, sessionId],
      );
      if (!row) throw TenancyError.Unauthenticated();
      if (row.revoked_at) throw TenancyError.TokenRevoked();
      if (row.disabled) throw TenancyError.AccountDisabled();
      const memberships = row.memberships as ContextMembership[];
      const county = { path: row.county_path as string | null };
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
