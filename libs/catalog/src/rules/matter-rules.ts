import { MatterContent } from '../content/matter-content';
import { checkFees } from './fees';
import { checkMaterials } from './materials';
import { checkPhones } from './phones';
import { checkTiers } from './tiers';
import { checkTimeLimits } from './time-limits';

/** Every invariant a matter's content must hold before it is saved or published. */
export function validateMatterContent(c: MatterContent): void {
  checkTimeLimits(c);
  checkTiers(c);
  checkFees(c.fees);
  checkMaterials(c.materials);
  checkPhones({ consultPhone: c.consultPhone, supervisionPhone: c.supervisionPhone });
}
