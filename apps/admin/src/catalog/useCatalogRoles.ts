import { useAuth } from '../auth/AuthProvider';

/** What the signed-in person may do with the catalog; the API enforces the same. */
export function useCatalogRoles(): { canEdit: boolean; canLocalize: boolean } {
  const { me } = useAuth();
  const roles = me?.roles ?? [];
  return {
    canEdit: roles.includes('CATALOG_ADMIN'),
    canLocalize: roles.includes('WINDOW_CLERK') || roles.includes('VILLAGE_AGENT') || roles.includes('CATALOG_ADMIN'),
  };
}
