import { WorkingCalendar1733700000000 } from './migrations/1733700000000-working-calendar';
import { Applicant1733700000100 } from './migrations/1733700000100-applicant';
import { ServiceCase1733700000200 } from './migrations/1733700000200-service-case';
import { CaseEvents1733700000300 } from './migrations/1733700000300-case-events';
import { CaseFee1733700000400 } from './migrations/1733700000400-case-fee';
import { CaseTask1733700000500 } from './migrations/1733700000500-case-task';
import { CaseRules1733700000600 } from './migrations/1733700000600-case-rules';
import { CaseMaterialFile1733700000700 } from './migrations/1733700000700-case-material-file';
import { CaseQueueOrder1733700000800 } from './migrations/1733700000800-case-queue-order';
import { ProxyConsent1733700000900 } from './migrations/1733700000900-proxy-consent';

/** The cases library's migrations, in order; they run after the catalog's (apps/api/src/bootstrap/schema.ts). */
export const CASES_MIGRATIONS: Function[] = [
  WorkingCalendar1733700000000,
  Applicant1733700000100,
  ServiceCase1733700000200,
  CaseEvents1733700000300,
  CaseFee1733700000400,
  CaseTask1733700000500,
  CaseRules1733700000600,
  CaseMaterialFile1733700000700,
  CaseQueueOrder1733700000800,
  ProxyConsent1733700000900,
];
