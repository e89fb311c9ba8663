import { PermissionDefinition, withinPath } from '@county/tenancy';
import { CatalogError } from './catalog.errors';

/** Subjects of the catalog, the rules each role gets on them, and where their rows are. */
export const CATALOG_PERMISSIONS: PermissionDefinition = {
  library: 'catalog',
  subjects: {
    // The catalog is the county's: one standard list for everyone in it.
    Matter: { from: 'matter mt', id: 'mt.id', columns: {}, notFound: (id) => CatalogError.NotFound(id) },
    // A local setting belongs to the township or village it localizes; checked by that unit's id.
    LocalSetting: { from: 'org_unit o', id: 'o.id', columns: { path: 'o.path' }, notFound: (id) => CatalogError.UnitNotFound(id) },
  },
  grant({ role, territory, countyPath }, can) {
    switch (role) {
      case 'catalog_admin':
        can('manage', 'Matter');
        can('manage', 'LocalSetting', withinPath(countyPath));
        break;
      case 'supervisor':
      case 'department_approver':
        can('read', 'Matter');
        break;
      case 'window_clerk':
      case 'village_agent':
        can('read', 'Matter');
        // Townships and villages localize what they accept (address, hours, a shorter promise); a
        // township clerk also keeps her villages' settings, since village stations often have no
        // computer. A clerk at the county center's windows localizes nothing: the county's own
        // values are the catalog, which only the catalog administrator edits.
        if (territory && territory !== countyPath) can('manage', 'LocalSetting', withinPath(territory));
        break;
    }
  },
};
