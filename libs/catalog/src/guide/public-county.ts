import { TenantDatabase } from '@county/tenancy';
import { CatalogError } from '../catalog.errors';

export interface PublicCounty {
  tenantId: string;
  code: string;
  name: string;
}

/**
 * The county a public request names by its division code (6 or 12 digits). A narrow definer
 * function maps the code to the tenant; everything after runs under RLS as that tenant.
 */
export async function publicCounty(db: TenantDatabase, code: string): Promise<PublicCounty> {
  const c = (code ?? '').trim();
  if (!/^\d{6}(000000)?$/.test(c)) throw CatalogError.CountyNotFound(c);
  const tenantId = await db.runUnscoped(async (m) => {
    const [row] = await m.query(`SELECT tenant_id_for_division($1) AS id`, [c]);
    return row?.id as string | null;
  });
  if (!tenantId) throw CatalogError.CountyNotFound(c);
  const [tenant] = await db.run({ tenantId }, (m) => m.query(`SELECT division_code, name FROM tenant WHERE id = $1`, [tenantId]));
  return { tenantId, code: tenant.division_code, name: tenant.name };
}
