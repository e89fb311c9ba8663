import { useMemo } from 'react';
import { buildMongoQueryMatcher, createMongoAbility, type MongoAbility, type MongoQuery } from '@casl/ability';
import type { MeFieldsFragment } from '../gql/graphql';
import { useAuth } from './AuthProvider';

/** The API's actions and subjects (each library's *.permissions.ts). */
export type Action = 'manage' | 'create' | 'read' | 'update' | 'delete' | 'reveal' | 'handle' | 'decide' | 'work' | 'review';
export type Subject = 'Tenant' | 'OrgUnit' | 'User' | 'Membership' | 'Delegation' | 'AuditLog' | 'Matter' | 'LocalSetting' | 'WorkingCalendar' | 'CaseRules' | 'Case' | 'Applicant' | 'Rating' | 'Rectification' | 'EvaluationRules' | 'all';

export type AdminAbility = MongoAbility<[Action, Subject], MongoQuery>;

/** ltree containment: `a.b.c` is within `a.b` and within itself, not within `a.bc`. */
export function isWithin(path: string, scope: string): boolean {
  return path === scope || path.startsWith(`${scope}.`);
}

/**
 * The rules' conditions are CASL Mongo queries, as on the server; `{ path: { $within: p } }`
 * means the object's org path is p or below it.
 */
const within = {
  type: 'field' as const,
  validate(_instruction: unknown, value: unknown) {
    if (typeof value !== 'string') throw new Error('$within expects an ltree path');
  },
};
const interpretWithin = (condition: { field: string; value: string }, object: object, { get }: { get: (o: object, f: string) => unknown }) => {
  const path = get(object, condition.field);
  return typeof path === 'string' && isWithin(path, condition.value);
};
const conditionsMatcher = buildMongoQueryMatcher({ $within: within }, { within: interpretWithin } as never);

/** Builds the ability from the rules the API sends with `me`, so the menu asks what the server will decide. */
export function abilityFrom(rules: MeFieldsFragment['rules']): AdminAbility {
  return createMongoAbility<AdminAbility>(
    rules.map((rule) => ({
      action: rule.action as Action,
      subject: rule.subject as Subject,
      inverted: rule.inverted,
      ...(rule.conditions ? { conditions: rule.conditions as MongoQuery } : {}),
    })),
    {
      conditionsMatcher,
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
