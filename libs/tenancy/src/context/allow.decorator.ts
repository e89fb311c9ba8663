import { SetMetadata } from '@nestjs/common';
import { Action, Subject } from './permissions';

export const PERMISSION_KEY = 'county:permission';

/** Who may call an operation. Every query and mutation declares one; none means nobody. */
export type Permission =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'ability'; action: Action; subject: Subject };

/** Anyone, without logging in. */
export const Public = () => SetMetadata(PERMISSION_KEY, { kind: 'public' } satisfies Permission);
/** Any logged-in person; the service narrows what they see. */
export const Authenticated = () => SetMetadata(PERMISSION_KEY, { kind: 'authenticated' } satisfies Permission);
/** Holders of a role whose rules allow `action` on `subject` somewhere in their jurisdiction. */
export const Allow = (action: Action, subject: Subject) =>
  SetMetadata(PERMISSION_KEY, { kind: 'ability', action, subject } satisfies Permission);

export function describePermission(p: Permission | undefined): string {
  if (!p) return 'NONE (denied)';
  if (p.kind === 'ability') return `${p.action} ${p.subject}`;
  return p.kind;
}
