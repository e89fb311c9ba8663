import { SmsProvider } from './sms-provider';

export interface CaseEventsOptions {
  /** Run the job worker in this process. Off unless asked; the server asks unless CASE_WORKER=off (main.ts). */
  worker?: boolean;
  /** Where applicants' SMS go; the console provider when not given. */
  smsProvider?: SmsProvider;
  /** How often an idle worker asks for jobs (pg-boss: at least 0.5). */
  pollingSeconds?: number;
  /** The first retry's delay; each further one doubles it, with jitter. */
  retryDelaySeconds?: number;
  /** Attempts after the first before a job fails for good. */
  retryLimit?: number;
}

export const CASE_EVENTS_OPTIONS = Symbol('CaseEventsOptions');

export const CASE_EVENT_DEFAULTS: Required<Omit<CaseEventsOptions, 'smsProvider'>> = {
  worker: false,
  pollingSeconds: 2,
  retryDelaySeconds: 15,
  // 15 s doubling eight times: the last attempt comes more than an hour after the first.
  retryLimit: 8,
};

/** CASE_WORKER=off leaves the worker out of this process (tests, or a replica that should only serve). */
export function caseWorkerFrom(env: NodeJS.ProcessEnv): boolean {
  return (env.CASE_WORKER ?? 'on').toLowerCase() !== 'off';
}
