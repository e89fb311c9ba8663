import { CatalogError } from '../catalog.errors';
import { FeeItem } from '../content/matter-content';

/** 收费依据与标准 are public (六公开): a fee without a stated basis may not be charged. */
export function checkFees(fees: FeeItem[]): void {
  for (const fee of fees) if (!fee.basis?.trim()) throw CatalogError.FeeNeedsBasis(fee.name);
}
