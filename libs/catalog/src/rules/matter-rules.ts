import { DomainError } from '@county/tenancy';
import { MatterContent } from '../content/matter-content';
import { feeViolations } from './fees';
import { materialViolations } from './materials';
import { phoneViolations } from './phones';
import { tierViolations } from './tiers';
import { timeLimitViolations } from './time-limits';

/** Every invariant a matter's content must hold before it is saved or published, all at once. */
export function matterViolations(c: MatterContent): DomainError[] {
  return [
    ...timeLimitViolations(c),
    ...tierViolations(c),
    ...feeViolations(c.fees),
    ...materialViolations(c.materials),
    ...phoneViolations({ consultPhone: c.consultPhone, supervisionPhone: c.supervisionPhone }),
  ];
}
