import type {
  ApplicantKind,
  CaseKind,
  DeliveryOption,
  LegalBasisLevel,
  MaterialForm,
  MatterStatus,
  MatterType,
  StepKind,
  Tier,
} from '../../../gql/graphql';

/** Enum values in the order the forms and filters list them; labels come from the dictionaries. */
export const MATTER_TYPES: readonly MatterType[] = [
  'LICENSE',
  'PAYMENT',
  'CONFIRMATION',
  'LEVY',
  'REWARD',
  'ADJUDICATION',
  'OTHER_POWER',
  'PUBLIC_SERVICE',
];
export const CASE_KINDS: readonly CaseKind[] = ['ON_THE_SPOT', 'PROMISED', 'REPORTED'];
export const TIERS: readonly Tier[] = ['COUNTY', 'TOWNSHIP', 'VILLAGE'];
export const MATTER_STATUSES: readonly MatterStatus[] = ['DRAFT', 'PUBLISHED', 'RETIRED'];
export const APPLICANT_KINDS: readonly ApplicantKind[] = ['NATURAL_PERSON', 'LEGAL_PERSON', 'OTHER_ORGANIZATION'];
export const BASIS_LEVELS: readonly LegalBasisLevel[] = [
  'LAW',
  'ADMINISTRATIVE_REGULATION',
  'LOCAL_REGULATION',
  'LOCAL_GOVERNMENT_RULE',
  'MINISTRY_RULE',
  'NORMATIVE_DOCUMENT',
];
export const MATERIAL_FORMS: readonly MaterialForm[] = ['ORIGINAL', 'COPY', 'ORIGINAL_AND_COPY'];
export const STEP_KINDS: readonly StepKind[] = ['ACCEPT', 'REVIEW', 'SITE_SURVEY', 'EXPERT_REVIEW', 'DECIDE', 'DELIVER'];
export const DELIVERY_OPTIONS: readonly DeliveryOption[] = ['WINDOW', 'POST', 'HOME'];

export const STATUS_COLOR: Record<MatterStatus, string> = { DRAFT: 'gold', PUBLISHED: 'green', RETIRED: 'default' };
