import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { TenantDatabase } from '@county/tenancy';
import { CASE_EVENT_DEFAULTS, CASE_EVENTS_OPTIONS, CaseEventsOptions } from './case-events.options';
import { poolDb } from './job-database';
import { CASE_QUEUES, CaseJob, CaseQueue, JOB_SCHEMA } from './job-queues';
import { NoticeDelivery } from './notice-delivery';
import { SupervisionHandoffs } from './supervision-handoffs';
import { DeemedApprovals } from '../case/deemed-approvals';

/** How often each process runs the 超时默许 sweep; SKIP LOCKED keeps replicas from deciding a case twice. */
const DEEMED_SWEEP_MS = 10 * 60_000;

/** Workers per queue in one process; every API replica runs its own, pg-boss hands each job to one. */
const WORKERS_PER_QUEUE = 2;

/**
 * The job worker in every API process (off with CASE_WORKER=off): pg-boss on the app's pool,
 * as the application role. pg-boss fetches with SKIP LOCKED, so replicas on one database never
 * take the same job; a job that fails goes back with exponential backoff, and one whose worker
 * died comes back after its expiry — the consumers are idempotent by event id for that case.
 */
@Injectable()
export class CaseWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('CaseWorker');
  private readonly options: Required<Omit<CaseEventsOptions, 'smsProvider'>>;
  private boss: PgBoss | null = null;
  private sweepTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: TenantDatabase,
    @Inject(CASE_EVENTS_OPTIONS) options: CaseEventsOptions,
    private readonly notices: NoticeDelivery,
    private readonly handoffs: SupervisionHandoffs,
    private readonly deemed: DeemedApprovals,
  ) {
    this.options = { ...CASE_EVENT_DEFAULTS, ...options };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.worker) await this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  get running(): boolean {
    return this.boss !== null;
  }

  async start(): Promise<void> {
    if (this.boss) return;
    // The schema and the queues are the migration's: the worker neither creates nor migrates them, nor runs cron.
    const boss = new PgBoss({ db: poolDb(this.db.dataSource), schema: JOB_SCHEMA, migrate: false, schedule: false, supervise: true });
    boss.on('error', (error) => this.log.error(`pg-boss: ${error.message}`));
    await boss.start();
    const handlers: Record<CaseQueue, (job: CaseJob) => Promise<void>> = {
      [CASE_QUEUES.inAppNotice]: (job) => this.notices.inApp(job),
      [CASE_QUEUES.smsNotice]: (job) => this.notices.smsNotice(job),
      [CASE_QUEUES.supervisionHandoff]: (job) => this.handoffs.receive(job),
    };
    for (const [queue, handle] of Object.entries(handlers)) {
      for (let i = 0; i < WORKERS_PER_QUEUE; i++) {
        await boss.work<CaseJob>(queue, { pollingIntervalSeconds: this.options.pollingSeconds, batchSize: 1 }, async ([job]) => handle(job.data));
      }
    }
    this.boss = boss;
    this.sweepTimer = setInterval(() => void this.sweepDeemed(), DEEMED_SWEEP_MS);
    this.sweepTimer.unref();
  }

  /** 超时默许 for every county; a failure is logged and the next round tries again. */
  async sweepDeemed(): Promise<number> {
    try {
      return await this.deemed.sweepAll();
    } catch (error) {
      this.log.error(`deemed approvals: ${(error as Error).message}`);
      return 0;
    }
  }

  /** Stops fetching and waits (up to 10 s) for the jobs in hand; what is left goes back to the queue. */
  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    this.sweepTimer = null;
    await boss?.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
  }
}
