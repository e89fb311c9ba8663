import { CatalogError } from '../catalog.errors';
import { Material } from '../content/matter-content';

/** At least one material, and no material listed twice (names compared without spaces). */
export function checkMaterials(materials: Material[]): void {
  if (materials.length === 0) throw CatalogError.MaterialsRequired();
  const seen = new Set<string>();
  for (const m of materials) {
    const key = normalizeName(m.name);
    if (seen.has(key)) throw CatalogError.MaterialNameDuplicate(m.name.trim());
    seen.add(key);
  }
}

export function normalizeName(name: string): string {
  return name.replace(/\s+/g, '');
}
