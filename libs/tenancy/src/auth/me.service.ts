import { Injectable } from '@nestjs/common';
import { RequestContext } from '../context/request-context';
import { TenantDatabase } from '../database/tenant-database';
import { RoleValue } from '../graphql/enums';
import { MeView } from './me.type';

@Injectable()
export class MeService {
  constructor(private readonly db: TenantDatabase) {}

  async me(ctx: RequestContext): Promise<MeView> {
    const [tenant] = await this.db.run(ctx, (m) =>
      m.query(`SELECT id, division_code, name, created_at FROM tenant WHERE id = $1`, [ctx.tenantId]),
    );
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
        createdAt: new Date(0),
        orgUnit: ms.orgUnitId
          ? {
              id: ms.orgUnitId,
              code: '',
              name: ms.orgUnitName ?? '',
              kind: ms.orgUnitKind as any,
              parentId: null,
              path: ms.orgUnitPath ?? '',
              pinyin: '',
              pinyinInitials: '',
              childCount: 0,
            }
          : null,
      })),
    };
  }
}
