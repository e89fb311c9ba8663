import { CatalogError } from '../catalog.errors';

/**
 * An implementation code names one matter in a county. `holderId` is the matter that holds
 * the code now (null when free); a matter may keep its own code.
 */
export function checkCodeFree(code: string, holderId: string | null, selfId: string | null): void {
  if (holderId && holderId !== selfId) throw CatalogError.MatterCodeTaken(code);
}

/** Codes are part of a published matter's identity: cases and guides refer to them. */
export function checkCodesUnchanged(
  published: boolean,
  before: { basicCode: string; implementationCode: string },
  after: { basicCode: string; implementationCode: string },
): void {
  if (published && (before.basicCode !== after.basicCode || before.implementationCode !== after.implementationCode)) {
    throw CatalogError.MatterCodeFixed();
  }
}
