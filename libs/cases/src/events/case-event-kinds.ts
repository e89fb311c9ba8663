import { registerEnumType } from '@nestjs/graphql';
import { MatterType } from '@county/catalog';
import type { CaseAction } from '../case/case-process';
import { CaseOutcome } from '../case/case.types';
import { CASE_QUEUES, CaseQueue } from './job-queues';

/** What happened to a case that someone outside the transaction must hear about. */
export enum CaseEventKind {
  CASE_ACCEPTED = 'case_accepted', // 受理
  SUPPLEMENT_REQUESTED = 'supplement_requested', // 一次性告知补正
  CASE_DECIDED = 'case_decided', // 办理结果
  SUPERVISION_HANDOFF = 'supervision_handoff', // 审管联动：准予的行政许可移交监管
}
registerEnumType(CaseEventKind, { name: 'CaseEventKind', description: '办件事件 / what a notice or handoff is about' });

/** The case as the event saw it, kept in the event so a notice says what was true at the move. */
export interface CaseEventPayload {
  caseNumber: string | null;
  verificationCode: string;
  matterName: string;
  applicantName: string;
  dueDate: string | null;
  missingMaterials: string[];
  gapsDueDate: string | null;
  outcome: CaseOutcome | null;
  reason: string | null;
  legalBasis: string | null;
  place: string | null;
}

/** The case row an event is made from (service_case with its matter's type). */
export interface CaseEventSource extends CaseEventPayload {
  matterType: MatterType | null;
}

/** Who hears of each kind: the applicant (in-app and SMS), or the supervising department. */
export const QUEUES_OF: Readonly<Record<CaseEventKind, readonly CaseQueue[]>> = {
  [CaseEventKind.CASE_ACCEPTED]: [CASE_QUEUES.inAppNotice, CASE_QUEUES.smsNotice],
  [CaseEventKind.SUPPLEMENT_REQUESTED]: [CASE_QUEUES.inAppNotice, CASE_QUEUES.smsNotice],
  [CaseEventKind.CASE_DECIDED]: [CASE_QUEUES.inAppNotice, CASE_QUEUES.smsNotice],
  [CaseEventKind.SUPERVISION_HANDOFF]: [CASE_QUEUES.supervisionHandoff],
};

/** The moves that may raise an event: the others need not even look at the case. */
export const RAISING_ACTIONS: readonly CaseAction[] = ['accept', 'request_supplement', 'decide', 'deem_approved'];

/** The events a move raises: none for most; a decision also hands an approved licence to supervision. */
export function eventsOfMove(action: CaseAction, c: CaseEventSource): CaseEventKind[] {
  switch (action) {
    case 'accept':
      return [CaseEventKind.CASE_ACCEPTED];
    case 'request_supplement':
      return [CaseEventKind.SUPPLEMENT_REQUESTED];
    case 'decide':
    case 'deem_approved': // 超时默许: a decision like any other, told and handed over the same way
      return c.outcome === CaseOutcome.APPROVED && c.matterType === MatterType.LICENSE
        ? [CaseEventKind.CASE_DECIDED, CaseEventKind.SUPERVISION_HANDOFF]
        : [CaseEventKind.CASE_DECIDED];
    default:
      return [];
  }
}
