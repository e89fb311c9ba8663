import { Injectable } from '@nestjs/common';
import { RequestContext } from '../context/request-context';
import { TenantDatabase } from '../database/tenant-database';
import { RoleValue } from '../graphql/enums';
import { loadOrgUnits } from '../org/org-unit-rows';
import { MeView } from './me.type';

@Injectable()
export class MeService {
  constructor(private readonly db: TenantDatabase) {}

  /** The person, their county and every membership with the full view of its org unit. */
  async me(ctx: RequestContext): Promise<MeView> {
    const ids = ctx.memberships.map((ms) => ms.id);
    const { tenant, since, units } = await this.db.run(ctx, async (m) => {
      const [tenant] = await m.query(`SELECT id, division_code, name, created_at FROM tenant WHERE id = $1`, [ctx.tenantId]);
      const rows: { id: string; created_at: Date }[] = await m.query(`SELECT id, created_at FROM membership WHERE id = ANY ($1::uuid[])`, [ids]);
      const units = await loadOrgUnits(m, ctx.memberships.map((ms) => ms.orgUnitId));
      return { tenant, since: new Map(rows.map((r) => [r.id, r.created_at])), units };
    });
    return {
      id: ctx.user.id,
      username: ctx.user.username,
      displayName: ctx.user.displayName,
      tenant: { id: tenant.id, divisionCode: tenant.division_code, name: tenant.name, createdAt: tenant.created_at },
      roles: ctx.roles as unknown as RoleValue[],
      rules: ctx.ability.rules.map((rule) => ({
        action: String(rule.action),
        subject: String(rule.subject),
        inverted: rule.inverted ?? false,
        conditions: (rule.conditions as Record<string, unknown> | undefined) ?? null,
      })),
      memberships: ctx.memberships.map((ms) => ({
        id: ms.id,
        role: ms.role as unknown as RoleValue,
        createdAt: since.get(ms.id)!,
        orgUnit: ms.orgUnitId ? (units.get(ms.orgUnitId) ?? null) : null,
      })),
    };
  }
}
