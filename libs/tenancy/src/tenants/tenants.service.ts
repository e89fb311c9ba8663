import { Injectable } from '@nestjs/common';
import { RequestContext } from '../context/request-context';
import { TenantDatabase } from '../database/tenant-database';
import { fetchPage, mapPage, Page, PageArgs } from '../graphql/connection';
import { normalizeDivisionCode } from '../divisions/division-code';
import { CreateTenantInput } from './dto/create-tenant.input';
import { provisionCounty } from './provision-county';
import { TenantView } from './tenant.type';

@Injectable()
export class TenantsService {
  constructor(private readonly db: TenantDatabase) {}

  async list(ctx: RequestContext, page: PageArgs, search?: string | null): Promise<Page<TenantView>> {
    const q = (search ?? '').trim();
    const rows = await this.db.run(ctx, (m) =>
      fetchPage<{ id: string; division_code: string; name: string; created_at: Date }>(
        m,
        {
          sql: `SELECT id, division_code, name, created_at FROM tenant
                 WHERE kind = 'county' AND ($1::text IS NULL OR strpos(name, $1) > 0 OR starts_with(division_code, $1))`,
          params: [q || null],
          keys: [{ column: 'division_code' }, { column: 'id' }],
        },
        page,
      ),
    );
    return mapPage(rows, (found) => found.map((r) => ({ id: r.id, divisionCode: r.division_code, name: r.name, createdAt: r.created_at })));
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
