import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntryView, AuditRow, AuditSubjectResolvers, auditViews, beijingDate, Clock, fetchPage, PageArgs, Page, RequestContext, selectOne, selectRows, TenancyError, TenantDatabase, isUuid } from '@county/tenancy';
import { CaseKind, publicBaseUrl, theCounty, termsAppliedAt, territorialUnitOf } from '@county/catalog';
import { CaseDocument, renderCaseDocument } from './case-documents';
import { CasesError } from '../cases.errors';
import { casesAudit, CasesAuditAction } from '../cases.audit';
import { CaseClockSetting, CaseRules, loadCaseClockSetting } from '../case-rules/case-rules';
import { CaseFacts, move } from './case-clock';
import { applicantNameOf, checkMove, materialList } from './case-input';
import { nextCaseNumber } from './case-number';
import { CaseAction } from './case-process';
import { factsOf, loadCases, viewOf } from './case-rows';
import { CaseState, CLOSED_STATES } from './case-state';
import { AcceptanceMode, CaseView, MoveCaseInput, SubmitCaseInput } from './case.types';
import { once } from './idempotency';
import { openFeeSheet } from '../fees/case-fee-rows';
import { deliveryColumns } from '../fees/case-delivery';
import { jointStep } from '../tasks/joint-review';
import { CaseEvents } from '../events/case-events';
import { filingOf, filingRefusal, mayFileAt } from '../consents/proxy-filing';

const AUDIT_OF: Record<CaseAction, CasesAuditAction> = {
  accept: 'case_accepted',
  request_supplement: 'case_supplement_requested',
  resubmit: 'case_resubmitted',
  not_accept: 'case_not_accepted',
  start_review: 'case_review_started',
  suspend: 'case_suspended',
  resume: 'case_resumed',
  forward: 'case_forwarded',
  receive: 'case_received',
  return: 'case_returned',
  decide: 'case_decided',
  deliver: 'case_delivered',
  withdraw: 'case_withdrawn',
  deem_approved: 'case_deemed_approved',
};

/** Verification codes for the public lookup: no 0/O or 1/I to misread on a receipt. */
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const verificationCode = () => Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

export interface CaseFilter {
  unitId?: string | null;
  states?: CaseState[] | null;
  openOnly?: boolean | null;
}

/**
 * 办件: intake at a window or station, then each move of the process (case-process.ts) on the
 * county's working calendar. Every mutation is idempotent by its key and leaves an audit entry;
 * who may do what is the Case rules of cases.permissions.ts, under row-level security.
 */
@Injectable()
export class CaseService {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(Clock) private readonly clock: Clock,
    private readonly subjects: AuditSubjectResolvers,
    private readonly events: CaseEvents,
  ) {}

  /** 办件时间线: every move of the case, who acted, on whose behalf, when and why, from the audit chain. */
  timeline(ctx: RequestContext, id: string): Promise<AuditEntryView[]> {
    return this.db.run(ctx, async (m) => {
      const [visible] = await loadCases(m, ctx, [id]);
      if (!visible) throw CasesError.CaseNotFound(id);
      const rows = await selectRows<AuditRow>(m, `SELECT * FROM audit_log WHERE subject_type = 'Case' AND subject_id = $1 ORDER BY seq`, [id]);
      return auditViews(m, rows, this.subjects);
    });
  }

  submit(ctx: RequestContext, input: SubmitCaseInput): Promise<CaseView> {
    ctx.assertCan('create', 'Case');
    const { idempotencyKey, ...request } = input;
    const typedName = applicantNameOf(input.applicantName);
    const materials = materialList('materials', input.materials, false);
    return this.db.run(ctx, (m) =>
      once(m, idempotencyKey, 'submitCase', request, async () => {
        const unit = isUuid(input.acceptingUnitId) ? await territorialUnitOf(m, input.acceptingUnitId) : null;
        if (!unit) throw CasesError.UnitNotFound(input.acceptingUnitId);
        if (!mayFileAt(ctx, unit.path)) throw TenancyError.Forbidden();
        const terms = isUuid(input.matterId) ? await termsAppliedAt(m, unit, input.matterId, this.clock.now()) : null;
        if (!terms) throw CasesError.MatterNotAcceptedHere(unit.name);
        const applicantId = input.applicantId?.trim() || null;
        const registered = applicantId ? await selectOne<{ name: string }>(m, `SELECT name FROM applicant WHERE id = $1`, [isUuid(applicantId) ? applicantId : null]) : null;
        if (applicantId && !registered) throw CasesError.ApplicantNotFound(applicantId);
        // A registered applicant's case bears his registered name.
        const applicantName = registered?.name ?? typedName;
        const c = terms.content;
        // 代办: a village agent files only under a consent in force that covers the matter (the Case create rules).
        const matter = { implementationCode: c.implementationCode, name: c.name, proxyAllowed: !!c.proxyAllowed };
        const { filing, consents } = await filingOf(m, ctx, unit.path, applicantId, matter, this.clock.today());
        if (!ctx.can('create', 'Case', { ...filing.facts })) throw filingRefusal(ctx, filing.facts, applicantId, consents, matter, this.clock.today());
        const limit = c.caseKind === CaseKind.ON_THE_SPOT ? 0 : terms.promisedDays;
        const snapshot = {
          version: terms.version,
          effectiveFrom: terms.effectiveFrom,
          promisedDays: terms.promisedDays,
          countyPromisedDays: terms.countyPromisedDays,
          statutoryDays: terms.statutoryDays,
          caseKind: c.caseKind,
          place: terms.place,
          hours: terms.hours,
          windowId: terms.windowId,
          windowName: terms.windowName,
          localSettings: terms.localSettings,
          deemedApproval: !!c.deemedApproval,
        };
        const row = await selectOne<{ id: string }>(
          m,
          `INSERT INTO service_case (tenant_id, verification_code, matter_id, matter_version, matter_name, applicant_id, applicant_name,
             accepting_unit_id, current_unit_id, deciding_unit_id, state, limit_working_days, natural_day_cap, terms, materials, submitted_by, deemed_approval, proxy_consent_id)
           VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $7, $8, 'submitted', $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
          [verificationCode(), input.matterId, terms.version, c.name, applicantId, applicantName, unit.id, c.implementingBodyId, limit, c.naturalDayCap ?? null, JSON.stringify(snapshot), JSON.stringify(materials), ctx.user.id, !!c.deemedApproval, filing.consentId],
        );
        const detail = { matterName: c.name, applicantName, to: 'submitted', ...(filing.consentId ? { proxyConsentId: filing.consentId } : {}) };
        // Filed by proxy: the entry shows who acted and for whom.
        await casesAudit(m, ctx, 'case_submitted', { type: 'Case', id: row!.id }, detail, filing.consentId ? applicantName : null);
        return this.view(m, ctx, row!.id);
      }),
    );
  }

  moveCase(ctx: RequestContext, id: string, action: CaseAction, input: MoveCaseInput): Promise<CaseView> {
    const checked = checkMove(action, input);
    const { idempotencyKey, ...request } = input;
    return this.db.run(ctx, (m) =>
      once(m, idempotencyKey, `case:${action}:${id}`, request, async () => {
        const [current] = isUuid(id) ? await loadCases(m, ctx, [id], true) : [];
        if (!current) throw CasesError.CaseNotFound(id);
        if (!(action === 'decide' ? current.can_decide : current.can_handle)) throw TenancyError.Forbidden();
        const setting = await loadCaseClockSetting(m);
        const { calendar, rules } = setting;
        const today = this.clock.today();
        const before = factsOf(current);
        const green = action === 'accept' ? greenChannelTerms(before, checked.greenChannelInvestmentWan, rules) : null;
        const facts = move(green?.facts ?? before, action, today, calendar);

        const set: Record<string, unknown> = {
          state: facts.state,
          supplement_count: facts.supplementCount,
          accepted_on: facts.acceptedOn,
          due_date: facts.dueDate,
          due_provisional: facts.dueProvisional,
          suspended_since: facts.suspendedSince,
          suspended_working_days: facts.suspendedWorkingDays,
        };
        const detail: Record<string, unknown> = { from: current.state, to: facts.state, reason: checked.reason };
        switch (action) {
          case 'accept': {
            set['case_number'] = await nextCaseNumber(m, (await theCounty(m)).code, today);
            set['acceptance_mode'] = checked.acceptanceMode;
            if (checked.acceptanceMode === AcceptanceMode.WITH_GAPS) {
              set['missing_materials'] = JSON.stringify(checked.missingMaterials);
              set['gaps_due_date'] = calendar.due(today, rules.gapsDueWorkingDays).date;
            }
            if (green) Object.assign(set, { green_channel: true, investment_wan: green.investmentWan, limit_working_days: green.facts.limitWorkingDays, deemed_approval: green.facts.deemedApproval });
            Object.assign(detail, { caseNumber: set['case_number'], dueDate: facts.dueDate, acceptanceMode: checked.acceptanceMode, missingMaterials: checked.missingMaterials });
            if (green) Object.assign(detail, { greenChannel: true, investmentWan: green.investmentWan, deemedApproval: green.facts.deemedApproval });
            await openFeeSheet(m, current);
            break;
          }
          case 'request_supplement':
            set['missing_materials'] = JSON.stringify(checked.missingMaterials);
            detail['missingMaterials'] = checked.missingMaterials;
            break;
          case 'suspend':
            detail['suspensionKind'] = checked.suspensionKind;
            break;
          case 'resume':
            detail['dueDate'] = facts.dueDate;
            break;
          case 'forward':
            set['current_unit_id'] = current.deciding_unit_id;
            detail['toUnitName'] = current.deciding_unit_name;
            break;
          case 'return':
          case 'decide':
            // The result, or the case sent back, goes down to where it was accepted.
            set['current_unit_id'] = current.accepting_unit_id;
            detail['toUnitName'] = current.accepting_unit_name;
            if (action === 'decide') Object.assign(detail, { outcome: checked.outcome, legalBasis: checked.legalBasis });
            if (action === 'decide') Object.assign(set, { outcome: checked.outcome, closing_reason: checked.reason, legal_basis: checked.legalBasis });
            break;
          case 'deliver': {
            const delivery = await deliveryColumns(m, current, checked);
            Object.assign(set, delivery);
            Object.assign(detail, { deliveryMethod: delivery['delivery_method'], trackingNumber: delivery['tracking_number'], deliveryAddress: delivery['delivery_address'], deliveryNotes: delivery['delivery_notes'] });
            break;
          }
          case 'not_accept':
            set['closing_reason'] = checked.reason;
            break;
        }
        // 并联审批: joint departments' tasks, the joint survey, the authority to decide.
        const joint = await jointStep(m, ctx, current, action, checked, today, this.clock.now());
        Object.assign(set, joint.set);
        Object.assign(detail, joint.detail);
        if (CLOSED_STATES.includes(facts.state)) set['closed_at'] = this.clock.now();
        const columns = Object.keys(set);
        await m.query(
          `UPDATE service_case SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now() WHERE id = $1`,
          [id, ...columns.map((c) => set[c])],
        );
        // A village agent acts on a proxy case for its applicant: the entry says for whom.
        const forApplicant = current.proxy_consent_id && ctx.roles.includes('village_agent') ? current.applicant_name : null;
        await casesAudit(m, ctx, AUDIT_OF[action], { type: 'Case', id }, detail, joint.onBehalfOf ?? forApplicant);
        await this.events.recordMove(m, ctx, id, action);
        return this.view(m, ctx, id, setting);
      }),
    );
  }

  /** One notice of a case the caller may read, once the case has reached it. */
  document(ctx: RequestContext, id: string, kind: CaseDocument): Promise<{ pdf: Buffer; reference: string }> {
    ctx.assertCan('read', 'Case');
    return this.db.run(ctx, async (m) => {
      const [row] = isUuid(id) ? await loadCases(m, ctx, [id]) : [];
      if (!row) throw CasesError.CaseNotFound(id);
      const available: Record<CaseDocument, boolean> = {
        receipt: !!row.case_number,
        supplement: row.supplement_count > 0,
        refusal: row.state === 'not_accepted',
        decision: !!row.outcome,
      };
      if (!available[kind]) throw CasesError.DocumentUnavailable(kind);
      const extra = await selectOne<{ place: string | null; closing_reason: string | null; legal_basis: string | null }>(
        m,
        `SELECT c.terms->>'place' AS place, c.closing_reason, c.legal_basis FROM service_case c WHERE c.id = $1`,
        [id],
      );
      const county = await theCounty(m);
      const pdf = await renderCaseDocument(kind, {
        countyName: county.name,
        caseId: row.id,
        caseNumber: row.case_number,
        verificationCode: row.verification_code,
        applicantName: row.applicant_name,
        matterName: row.matter_name,
        acceptingUnitName: row.accepting_unit_name,
        decidingUnitName: row.deciding_unit_name,
        place: extra?.place ?? '',
        submittedOn: beijingDate(new Date(row.submitted_at)),
        acceptedOn: row.accepted_on,
        limitWorkingDays: row.limit_working_days,
        dueDate: row.due_date,
        dueProvisional: row.due_provisional,
        withGaps: row.acceptance_mode === AcceptanceMode.WITH_GAPS,
        missingMaterials: row.missing_materials ?? [],
        gapsDueDate: row.gaps_due_date,
        outcome: row.outcome,
        reason: extra?.closing_reason ?? null,
        legalBasis: extra?.legal_basis ?? null,
        progressUrl: row.case_number ? `${publicBaseUrl()}/guide/${county.code}/progress?n=${encodeURIComponent(row.case_number)}` : '',
        issuedOn: this.clock.today(),
      });
      return { pdf, reference: row.case_number ?? row.id.slice(0, 8).toUpperCase() };
    });
  }

  get(ctx: RequestContext, id: string): Promise<CaseView> {
    ctx.assertCan('read', 'Case');
    return this.db.run(ctx, (m) => this.view(m, ctx, id));
  }

  /** A queue: the cases the caller may read, open ones soonest due first. */
  list(ctx: RequestContext, filter: CaseFilter, page: PageArgs): Promise<Page<CaseView>> {
    ctx.assertCan('read', 'Case');
    return this.db.run(ctx, async (m) => {
      const params: unknown[] = [filter.unitId ?? null, filter.states?.length ? filter.states : null, filter.openOnly ?? false];
      const read = ctx.allowedSql('read', 'Case', params);
      const found = await fetchPage<{ id: string }>(
        m,
        {
          sql: `SELECT c.id, coalesce(c.due_date, DATE '9999-12-31') AS due_key, c.submitted_at FROM service_case c
                 WHERE ($1::uuid IS NULL OR c.current_unit_id = $1) AND ($2::text[] IS NULL OR c.state = ANY ($2))
                   AND (NOT $3 OR c.state NOT IN ('delivered', 'not_accepted', 'withdrawn')) AND ${read}`,
          params,
          keys: [{ column: 'due_key' }, { column: 'submitted_at' }, { column: 'id' }],
        },
        page,
      );
      const rows = await loadCases(m, ctx, found.nodes.map((n) => n.id));
      const setting = await loadCaseClockSetting(m);
      const today = this.clock.today();
      return { ...found, nodes: rows.map((r) => viewOf(r, today, setting)) };
    });
  }

  private async view(m: EntityManager, ctx: RequestContext, id: string, setting?: CaseClockSetting): Promise<CaseView> {
    const [row] = isUuid(id) ? await loadCases(m, ctx, [id]) : [];
    if (!row) throw CasesError.CaseNotFound(id);
    return viewOf(row, this.clock.today(), setting ?? (await loadCaseClockSetting(m)));
  }
}

/**
 * 绿色通道 (seed 001): a project investing at least the county's threshold is accepted with the
 * green channel's limit when it is shorter, and silence past it approves where the county says so.
 */
function greenChannelTerms(facts: CaseFacts, investmentWan: number | null, rules: CaseRules): { facts: CaseFacts; investmentWan: number } | null {
  if (investmentWan == null) return null;
  if (investmentWan < rules.greenChannelMinInvestmentWan) throw CasesError.GreenChannelNotEligible(rules.greenChannelMinInvestmentWan, investmentWan);
  return {
    investmentWan,
    facts: {
      ...facts,
      limitWorkingDays: facts.limitWorkingDays === 0 ? 0 : Math.min(facts.limitWorkingDays, rules.greenChannelWorkingDays),
      deemedApproval: facts.deemedApproval || rules.greenChannelDeemedApproval,
    },
  };
}
