import { Injectable } from '@nestjs/common';
import { RequestContext } from '../context/request-context';
import { TenantDatabase } from '../database/tenant-database';
import { normalizeDivisionCode } from '../divisions/division-code';
import { CreateTenantInput } from './dto/create-tenant.input';
import { provisionCounty } from './provision-county';
import { TenantView } from './tenant.type';

@Injectable()
export class TenantsService {
  constructor(private readonly db: TenantDatabase) {}

  async list(ctx: RequestContext): Promise<TenantView[]> {
    const rows = await this.db.run(ctx, (m) =>
      m.query(`SELECT id, division_code, name, created_at FROM tenant WHERE kind = 'county' ORDER BY division_code`),
    );
    return rows.map((r: any) => ({ id: r.id, divisionCode: r.division_code, name: r.name, createdAt: r.created_at }));
  }

  async create(ctx: RequestContext, input: CreateTenantInput): Promise<TenantView> {
    const { code12 } = normalizeDivisionCode(input.divisionCode);
    const tenant = await this.db.run(ctx, (m) =>
      provisionCounty(
        m,
        code12,
        { username: input.adminUsername, password: input.adminPassword, displayName: input.adminDisplayName },
        { id: ctx.user.id, username: ctx.user.username },
      ),
    );
    return { id: tenant.id, divisionCode: tenant.divisionCode, name: tenant.name, createdAt: tenant.createdAt };
  }
}
