import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { selectOne, TenantDatabase } from '@county/tenancy';
import { theCounty } from '@county/catalog';
import { CaseEventKind, CaseEventPayload } from './case-event-kinds';
import { CaseJob } from './job-queues';
import { maskPhone, noticeText } from './notice-texts';
import { SMS_PROVIDER, SmsProvider } from './sms-provider';

interface EventRow {
  id: string;
  case_id: string;
  kind: Exclude<CaseEventKind, CaseEventKind.SUPERVISION_HANDOFF>;
  payload: CaseEventPayload;
}

const loadEvent = (m: EntityManager, id: string) => selectOne<EventRow>(m, `SELECT id, case_id, kind, payload FROM case_event WHERE id = $1`, [id]);

/**
 * The applicant's notices of an event: one in-app record and one SMS per event, each a row
 * unique by (event, channel). A redelivered job finds its row: the in-app insert does nothing,
 * and an SMS already sent is not sent again — the row is locked while the provider is asked, so
 * two workers holding the same job (after an expiry) take turns and the second sees `sent`.
 */
@Injectable()
export class NoticeDelivery {
  private readonly log = new Logger('CaseNotices');

  constructor(
    private readonly db: TenantDatabase,
    @Inject(SMS_PROVIDER) private readonly sms: SmsProvider,
  ) {}

  async inApp(job: CaseJob): Promise<void> {
    await this.db.run({ tenantId: job.tenantId }, async (m) => {
      const event = await loadEvent(m, job.eventId);
      if (!event) return;
      const body = noticeText(event.kind, event.payload, (await theCounty(m)).name);
      await m.query(
        `INSERT INTO case_notice (tenant_id, event_id, case_id, kind, channel, body, status, attempts, sent_at)
         VALUES (current_tenant_id(), $1, $2, $3, 'in_app', $4, 'sent', 1, now())
         ON CONFLICT (tenant_id, event_id, channel) DO NOTHING`,
        [event.id, event.case_id, event.kind, body],
      );
    });
  }

  /** Throws when the provider refused, after recording the attempt, so pg-boss retries with backoff. */
  async smsNotice(job: CaseJob): Promise<void> {
    const failure = await this.db.run({ tenantId: job.tenantId }, async (m) => {
      const event = await loadEvent(m, job.eventId);
      if (!event) return null;
      // The registered applicant's phone as it is now; a case without a registered applicant gets no SMS.
      const applicant = await selectOne<{ phone: string | null }>(
        m,
        `SELECT ap.phone FROM service_case c JOIN applicant ap ON ap.tenant_id = c.tenant_id AND ap.id = c.applicant_id WHERE c.id = $1`,
        [event.case_id],
      );
      const phone = applicant?.phone ?? null;
      const body = noticeText(event.kind, event.payload, (await theCounty(m)).name);
      await m.query(
        `INSERT INTO case_notice (tenant_id, event_id, case_id, kind, channel, recipient_masked, body, status, provider)
         VALUES (current_tenant_id(), $1, $2, $3, 'sms', $4, $5, $6, $7)
         ON CONFLICT (tenant_id, event_id, channel) DO NOTHING`,
        [event.id, event.case_id, event.kind, phone && maskPhone(phone), body, phone ? 'pending' : 'no_recipient', this.sms.name],
      );
      const notice = await selectOne<{ id: string; status: string; body: string }>(
        m,
        `SELECT id, status, body FROM case_notice WHERE event_id = $1 AND channel = 'sms' FOR UPDATE`,
        [event.id],
      );
      if (!notice || !phone || notice.status === 'sent' || notice.status === 'no_recipient') return null;
      try {
        const sent = await this.sms.send({ to: phone, text: notice.body, reference: notice.id });
        await m.query(
          `UPDATE case_notice SET status = 'sent', attempts = attempts + 1, sent_at = now(), last_error = NULL, provider = $2, provider_reference = $3 WHERE id = $1`,
          [notice.id, this.sms.name, sent.providerReference ?? null],
        );
        return null;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await m.query(`UPDATE case_notice SET status = 'failed', attempts = attempts + 1, last_error = $2 WHERE id = $1`, [notice.id, message.slice(0, 500)]);
        this.log.warn(`SMS for notice ${notice.id} to ${maskPhone(phone)} failed, will retry: ${message}`);
        return error;
      }
    });
    if (failure) throw failure;
  }
}
