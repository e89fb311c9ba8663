import { DomainError } from '@county/tenancy';
import { CatalogError } from '../catalog.errors';
import { FeeItem } from '../content/matter-content';

/** 收费依据与标准 are public (六公开): a fee without a stated basis may not be charged. */
export function feeViolations(fees: FeeItem[]): DomainError[] {
  return fees.flatMap((fee, i) => (fee.basis?.trim() ? [] : [CatalogError.FeeNeedsBasis(fee.name).at(['fees', String(i), 'basis'])]));
}
