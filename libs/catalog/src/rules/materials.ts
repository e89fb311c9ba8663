import { DomainError } from '@county/tenancy';
import { CatalogError } from '../catalog.errors';
import { Material } from '../content/matter-content';

/** At least one material, and no material listed twice (names compared without spaces). */
export function materialViolations(materials: Material[]): DomainError[] {
  if (materials.length === 0) return [CatalogError.MaterialsRequired()];
  const seen = new Set<string>();
  const found: DomainError[] = [];
  materials.forEach((m, i) => {
    const key = normalizeName(m.name);
    if (seen.has(key)) found.push(CatalogError.MaterialNameDuplicate(m.name.trim()).at(['materials', String(i), 'name']));
    seen.add(key);
  });
  return found;
}

export function normalizeName(name: string): string {
  return name.replace(/\s+/g, '');
}
