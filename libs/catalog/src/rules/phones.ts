import { DomainError, isValidPhone } from '@county/tenancy';
import { CatalogError } from '../catalog.errors';

/** One rule for every phone number of the platform (org units' too): see tenancy's phone-numbers.ts. */
export { isValidPhone };

/** Empty is allowed (not every unit has its own line); anything given must be dialable. */
export function phoneViolations(phones: Record<string, string | null | undefined>): DomainError[] {
  return Object.entries(phones).flatMap(([field, phone]) =>
    phone && phone.trim() && !isValidPhone(phone) ? [CatalogError.PhoneInvalid(field, phone)] : [],
  );
}
