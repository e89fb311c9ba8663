import { CasesError } from '../cases.errors';
import { WorkingCalendar } from '../calendar/working-calendar';
import { CaseAction, nextState } from './case-process';
import { CaseState } from './case-state';

/** What the process and the clock know of a case: enough to check a move and to date it. */
export interface CaseFacts {
  state: CaseState;
  /** 补正 may be requested once per case (一次性告知). */
  supplementCount: number;
  /** The limit that applies: the effective promise at the accepting unit, 0 for 即办件. */
  limitWorkingDays: number;
  naturalDayCap: number | null;
  acceptedOn: string | null;
  dueDate: string | null;
  dueProvisional: boolean;
  suspendedSince: string | null;
  /** Working days spent suspended so far: each pushed the due date by as many. */
  suspendedWorkingDays: number;
  /** Silence past the due date approves the case (超时默许). */
  deemedApproval: boolean;
}

/**
 * One move of the process on `today`: checks it is legal, then dates it. Acceptance starts the
 * clock (the start day not counted); a supplement request leaves it unstarted; a suspension
 * stops it and the resumption pushes the due date by the working days it took. Nothing here
 * moves a due date earlier.
 */
export function move(facts: CaseFacts, action: CaseAction, today: string, calendar: WorkingCalendar): CaseFacts {
  const to = nextState(facts.state, action);
  if (!to) throw CasesError.IllegalMove(facts.state, action);
  const next: CaseFacts = { ...facts, state: to };
  switch (action) {
    case 'request_supplement':
      if (facts.supplementCount > 0) throw CasesError.SupplementAlreadyRequested();
      next.supplementCount = facts.supplementCount + 1;
      break;
    case 'accept': {
      const due = calendar.due(today, facts.limitWorkingDays, facts.naturalDayCap);
      next.acceptedOn = today;
      next.dueDate = due.date;
      next.dueProvisional = due.provisional;
      break;
    }
    case 'suspend':
      next.suspendedSince = today;
      break;
    case 'deem_approved':
      // Only where silence approves, and only once the last day of the limit has passed.
      if (!facts.deemedApproval || !facts.dueDate || today <= facts.dueDate) throw CasesError.NotDeemedApproved(facts.dueDate);
      break;
    case 'resume':
    case 'withdraw':
      if (facts.suspendedSince) {
        const used = calendar.workingDaysBetween(facts.suspendedSince, today);
        next.suspendedSince = null;
        next.suspendedWorkingDays = facts.suspendedWorkingDays + used;
        if (action === 'resume' && used > 0 && facts.dueDate) {
          const pushed = calendar.due(facts.dueDate, used);
          next.dueDate = pushed.date;
          next.dueProvisional = facts.dueProvisional || pushed.provisional;
        }
      }
      break;
  }
  return next;
}
