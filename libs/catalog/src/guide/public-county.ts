import { Injectable } from '@nestjs/common';
import { FreshLookup, TenantDatabase } from '@county/tenancy';
import { CatalogError } from '../catalog.errors';

export interface PublicCounty {
  tenantId: string;
  code: string;
  name: string;
  /** Moves with every change the guide could show (migration 1733300000000): what cached guides are keyed by. */
  generation: string;
}

/**
 * The county a public request names by its division code (6 or 12 digits). A narrow definer
 * function maps the code to the tenant and its catalog generation; everything after runs under
 * RLS as that tenant. Every request reads a generation at least as new as itself, but the
 * requests that arrive during one round trip share the next (FreshLookup): a province's readers
 * cost a few lookups per round trip, not one each.
 */
@Injectable()
export class PublicCounties {
  private readonly lookup = new FreshLookup<string, PublicCounty>((code) => this.read(code));

  constructor(private readonly db: TenantDatabase) {}

  find(code: string): Promise<PublicCounty> {
    const c = (code ?? '').trim();
    if (!/^\d{6}(000000)?$/.test(c)) return Promise.reject(CatalogError.CountyNotFound(c));
    return this.lookup.get(c);
  }

  private async read(code: string): Promise<PublicCounty> {
    const [row] = await this.db.queryUnscoped<{ tenant_id: string; division_code: string; name: string; generation: string }>(
      `SELECT tenant_id, division_code, name, generation FROM public_county($1)`,
      [code],
    );
    if (!row) throw CatalogError.CountyNotFound(code);
    return { tenantId: row.tenant_id, code: row.division_code, name: row.name, generation: String(row.generation) };
  }
}
