import { useMemo } from 'react';
import { Ability, type ConditionsMatcher } from '@casl/ability';
import type { MeFieldsFragment } from '../gql/graphql';
import { useAuth } from './AuthProvider';

/** The API's actions and subjects (libs/tenancy/src/context/ability.ts). */
export type Action = 'manage' | 'create' | 'read' | 'update' | 'delete';
export type Subject = 'Tenant' | 'OrgUnit' | 'User' | 'Membership' | 'Delegation' | 'AuditLog' | 'Matter' | 'LocalSetting' | 'all';

/** The only condition the API's rules carry: the object's org path is this path or below it. */
export interface Jurisdiction {
  within: string;
}

export type AdminAbility = Ability<[Action, Subject], Jurisdiction>;

/** ltree containment: `a.b.c` is within `a.b` and within itself, not within `a.bc`. */
export function isWithin(path: string, scope: string): boolean {
  return path === scope || path.startsWith(`${scope}.`);
}

const jurisdictionMatcher: ConditionsMatcher<Jurisdiction> = (condition) => (object: { path?: string }) =>
  typeof object?.path === 'string' && typeof condition.within === 'string' && isWithin(object.path, condition.within);

/** Builds the ability from the rules the API sends with `me`, so the menu asks what the server will decide. */
export function abilityFrom(rules: MeFieldsFragment['rules']): AdminAbility {
  return new Ability<[Action, Subject], Jurisdiction>(
    rules.map((rule) => ({
      action: rule.action as Action,
      subject: rule.subject as Subject,
      inverted: rule.inverted,
      ...(rule.conditions ? { conditions: rule.conditions as Jurisdiction } : {}),
    })),
    {
      conditionsMatcher: jurisdictionMatcher,
      detectSubjectType: (object: unknown) => (object as { __subject: Subject }).__subject,
    },
  );
}

/** Asks about an object at an org path: `can('manage', at('LocalSetting', unit.path))`. */
export function at(subject: Subject, path: string): Subject {
  return { __subject: subject, path } as unknown as Subject;
}

export function useAbility(): AdminAbility {
  const { me } = useAuth();
  const rules = me?.rules;
  return useMemo(() => abilityFrom(rules ?? []), [rules]);
}
