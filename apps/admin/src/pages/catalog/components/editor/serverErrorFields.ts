import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { MatterContentInput } from '../../../../gql/graphql';

export type SectionKey = 'materials' | 'steps' | 'legalBasis' | 'tiers';

export interface FieldError {
  name: (string | number)[];
  errors: string[];
}

export interface EditorErrors {
  fields: FieldError[];
  sections: Partial<Record<SectionKey, string>>;
}

/** The first coded GraphQL error with its details (fee name, phone field …), if the server sent one. */
export function codedDetails(error: unknown): { code: string; details: Record<string, unknown> } | null {
  if (!CombinedGraphQLErrors.is(error) || error.errors.length === 0) return null;
  const extensions = error.errors[0].extensions ?? {};
  const code = extensions['code'];
  return typeof code === 'string' ? { code, details: extensions } : null;
}

/**
 * Where a server validation error belongs on the editor: the field or table row it concerns,
 * or the section when it is about a whole list. Unknown codes only show in the summary.
 */
export function editorErrors(error: unknown, message: string, values: MatterContentInput): EditorErrors {
  const coded = codedDetails(error);
  const none: EditorErrors = { fields: [], sections: {} };
  if (!coded) return none;
  const { code, details } = coded;
  const field = (...name: (string | number)[]): EditorErrors => ({ fields: [{ name, errors: [message] }], sections: {} });
  const section = (key: SectionKey): EditorErrors => ({ fields: [], sections: { [key]: message } });
  switch (code) {
    case 'PROMISED_EXCEEDS_STATUTORY':
    case 'ON_THE_SPOT_MUST_BE_ZERO':
      return field('promisedDays');
    case 'NATURAL_CAP_BELOW_PROMISED':
      return field('naturalDayCap');
    case 'STEPS_EXCEED_PROMISED':
      return section('steps');
    case 'DECIDING_TIER_BELOW_ACCEPTING':
    case 'REPORTED_MUST_DECIDE_ABOVE':
      return field('decidingTier');
    case 'MATERIALS_REQUIRED':
      return section('materials');
    case 'MATERIAL_NAME_DUPLICATE': {
      const name = details['name'];
      const index = values.materials.map((m) => m.name).lastIndexOf(String(name));
      return index >= 0 ? field('materials', index, 'name') : section('materials');
    }
    case 'FEE_NEEDS_BASIS': {
      const index = values.fees.findIndex((f) => f.name === details['fee']);
      return index >= 0 ? field('fees', index, 'basis') : none;
    }
    case 'PHONE_INVALID': {
      const which = details['field'];
      return field(which === 'supervisionPhone' ? 'supervisionPhone' : 'consultPhone');
    }
    case 'IMPLEMENTING_BODY_INVALID':
      return field('implementingBodyId');
    case 'MATTER_CODE_TAKEN':
    case 'MATTER_CODE_FIXED':
      return field('implementationCode');
    default:
      return none;
  }
}
