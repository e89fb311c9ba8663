/**
 * The pg-boss queues case events are delivered through, one per consumer so each retries on its
 * own (a failing SMS provider never holds back the in-app notice or the handoff). The queues are
 * created by the migration, as the owner; the application role only inserts and works jobs.
 */
export const JOB_SCHEMA = 'pgboss';

export const CASE_QUEUES = {
  inAppNotice: 'case-notice-in-app',
  smsNotice: 'case-notice-sms',
  supervisionHandoff: 'case-supervision-handoff',
} as const;

export type CaseQueue = (typeof CASE_QUEUES)[keyof typeof CASE_QUEUES];

/** What a job carries: ids only. The job table has no row-level security, so nothing personal goes in it. */
export interface CaseJob {
  tenantId: string;
  eventId: string;
}
