import { TenantDatabase } from '@county/tenancy';
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
 * function maps the code to the tenant in one round trip; everything after runs under RLS as
 * that tenant.
 */
export async function publicCounty(db: TenantDatabase, code: string): Promise<PublicCounty> {
  const c = (code ?? '').trim();
  if (!/^\d{6}(000000)?$/.test(c)) throw CatalogError.CountyNotFound(c);
  const [row] = await db.queryUnscoped<{ tenant_id: string; division_code: string; name: string; generation: string }>(
    `SELECT tenant_id, division_code, name, generation FROM public_county($1)`,
    [c],
  );
  if (!row) throw CatalogError.CountyNotFound(c);
  return { tenantId: row.tenant_id, code: row.division_code, name: row.name, generation: String(row.generation) };
}
