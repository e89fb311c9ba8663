import { DomainError } from '@county/tenancy';
import { CatalogError } from '../catalog.errors';

/**
 * An implementation code names one matter in a county. `holderId` is the matter that holds
 * the code now (null when free); a matter may keep its own code.
 */
export function codeViolations(code: string, holderId: string | null, selfId: string | null): DomainError[] {
  return holderId && holderId !== selfId ? [CatalogError.MatterCodeTaken(code)] : [];
}

/** Codes are part of a published matter's identity: cases and guides refer to them. */
export function codeChangeViolations(
  published: boolean,
  before: { basicCode: string; implementationCode: string },
  after: { basicCode: string; implementationCode: string },
): DomainError[] {
  const changed = before.basicCode !== after.basicCode || before.implementationCode !== after.implementationCode;
  return published && changed ? [CatalogError.MatterCodeFixed()] : [];
}
