import { Injectable } from '@nestjs/common';
import { fetchPage, mapPage, Page, PageArgs, RequestContext, TenantDatabase } from '@county/tenancy';
import { CaseJob } from './job-queues';
import { SupervisionHandoffView } from './notices.types';

/**
 * 审管联动: an approved licence (行政许可) is handed to the department that supervises the
 * licensee — for now the matter's implementing department, which decided it. The approver is
 * kept with it; the table refuses that person as its supervisor (审管分离).
 */
@Injectable()
export class SupervisionHandoffs {
  constructor(private readonly db: TenantDatabase) {}

  /** The consumer: one handoff per event, however often the job is delivered. */
  async receive(job: CaseJob): Promise<void> {
    await this.db.run({ tenantId: job.tenantId }, (m) =>
      m.query(
        `INSERT INTO supervision_handoff (tenant_id, event_id, case_id, case_number, matter_id, matter_name, licensee_name,
           supervising_unit_id, approved_by, decided_on)
         SELECT current_tenant_id(), e.id, c.id, e.payload->>'caseNumber', c.matter_id, c.matter_name, c.applicant_name,
                c.deciding_unit_id, e.actor_id, (e.occurred_at AT TIME ZONE 'Asia/Shanghai')::date
           FROM case_event e JOIN service_case c ON c.tenant_id = e.tenant_id AND c.id = e.case_id
          WHERE e.id = $1 AND e.kind = 'supervision_handoff'
         ON CONFLICT (tenant_id, event_id) DO NOTHING`,
        [job.eventId],
      ),
    );
  }

  /** The handoffs of the cases the caller may read (the supervising department reads those it decided), newest first. */
  list(ctx: RequestContext, unitId: string | null, page: PageArgs): Promise<Page<SupervisionHandoffView>> {
    ctx.assertCan('read', 'Case');
    return this.db.run(ctx, async (m) => {
      const params: unknown[] = [unitId];
      const read = ctx.allowedSql('read', 'Case', params);
      const found = fetchPage<SupervisionHandoffView & { receivedAt: Date | string }>(
        m,
        {
          sql: `SELECT h.id, h.case_id AS "caseId", h.case_number AS "caseNumber", h.matter_name AS "matterName",
                       h.licensee_name AS "licenseeName", h.supervising_unit_id AS "supervisingUnitId", su.name AS "supervisingUnitName",
                       h.approved_by AS "approvedById", coalesce(ap.display_name, '超时默许') AS "approvedByName", h.decided_on::text AS "decidedOn",
                       h.received_at AS "receivedAt"
                  FROM supervision_handoff h
                  JOIN service_case c ON c.tenant_id = h.tenant_id AND c.id = h.case_id
                  JOIN org_unit su ON su.tenant_id = h.tenant_id AND su.id = h.supervising_unit_id
                  LEFT JOIN app_user ap ON ap.tenant_id = h.tenant_id AND ap.id = h.approved_by
                 WHERE ($1::uuid IS NULL OR h.supervising_unit_id = $1) AND ${read}`,
          params,
          keys: [{ column: 'receivedAt', desc: true }, { column: 'id', desc: true }],
        },
        page,
      );
      return mapPage(await found, (rows) => rows.map((r) => ({ ...r, receivedAt: new Date(r.receivedAt).toISOString() })));
    });
  }
}
