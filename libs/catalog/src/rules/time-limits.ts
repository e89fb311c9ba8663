import { DomainError } from '@county/tenancy';
import { CatalogError } from '../catalog.errors';
import { CaseKind } from '../content/catalog-enums';
import { MatterContent } from '../content/matter-content';

type TimeLimits = Pick<MatterContent, 'caseKind' | 'statutoryDays' | 'promisedDays' | 'naturalDayCap' | 'steps'>;

/** 承诺时限 ≤ 法定时限; 即办件 当场办结; counted steps fit the promise; 双限时 cap covers the promise. */
export function timeLimitViolations(c: TimeLimits): DomainError[] {
  const found: DomainError[] = [];
  if (c.promisedDays > c.statutoryDays) found.push(CatalogError.PromisedExceedsStatutory(c.promisedDays, c.statutoryDays));
  if (c.caseKind === CaseKind.ON_THE_SPOT && c.promisedDays !== 0) found.push(CatalogError.OnTheSpotMustBeZero(c.promisedDays));
  const counted = c.steps.filter((s) => s.counted).reduce((sum, s) => sum + s.days, 0);
  if (counted > c.promisedDays) found.push(CatalogError.StepsExceedPromised(counted, c.promisedDays));
  // A working day is never shorter than a calendar day, so a cap below the promise cannot be met.
  if (c.naturalDayCap != null && c.naturalDayCap < c.promisedDays) {
    found.push(CatalogError.NaturalCapBelowPromised(c.naturalDayCap, c.promisedDays));
  }
  return found;
}
