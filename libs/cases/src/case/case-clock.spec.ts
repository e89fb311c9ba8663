import fc from 'fast-check';
import { DomainError } from '@county/tenancy';
import { addDays } from '../calendar/civil-date';
import { NATIONAL_ARRANGEMENT } from '../calendar/national-arrangement';
import { WorkingCalendar } from '../calendar/working-calendar';
import { CaseFacts, move } from './case-clock';
import { CASE_ACTIONS, CASE_PROCESS, CaseAction } from './case-process';
import { isClosed } from './case-state';

const calendar = new WorkingCalendar(NATIONAL_ARRANGEMENT, [], new Set());
const submitted = (limit = 10, cap: number | null = null, deemedApproval = false): CaseFacts => ({
  state: 'submitted',
  supplementCount: 0,
  limitWorkingDays: limit,
  naturalDayCap: cap,
  acceptedOn: null,
  dueDate: null,
  dueProvisional: false,
  suspendedSince: null,
  suspendedWorkingDays: 0,
  deemedApproval,
});
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
  return null;
};

describe('the case process and its clock', () => {
  it('accepting starts the clock the next working day; a suspension pushes the due date by the working days it took', () => {
    let c = move(submitted(), 'accept', '2026-09-28', calendar);
    expect(c).toMatchObject({ state: 'accepted', acceptedOn: '2026-09-28', dueDate: '2026-10-16' });
    c = move(c, 'start_review', '2026-09-29', calendar);
    c = move(c, 'suspend', '2026-10-12', calendar);
    c = move(c, 'resume', '2026-10-14', calendar);
    expect(c).toMatchObject({ state: 'in_review', dueDate: '2026-10-20', suspendedWorkingDays: 2, suspendedSince: null });
  });

  it('a supplement request leaves the clock unstarted, and may be made once', () => {
    let c = move(submitted(), 'request_supplement', '2026-09-28', calendar);
    expect(c).toMatchObject({ state: 'supplement_requested', dueDate: null, supplementCount: 1 });
    c = move(c, 'resubmit', '2026-10-09', calendar);
    expect(codeOf(() => move(c, 'request_supplement', '2026-10-09', calendar))).toBe('SUPPLEMENT_ALREADY_REQUESTED');
    // Accepted on Friday 10-09: Saturday 10-10 is a make-up working day, the first of ten.
    expect(move(c, 'accept', '2026-10-09', calendar).dueDate).toBe('2026-10-22');
  });

  it('silence past the due date approves a case only where silence approves, and only after the last day', () => {
    const accepted = (deemed: boolean) => move(submitted(10, null, deemed), 'accept', '2026-09-28', calendar); // due 2026-10-16
    expect(codeOf(() => move(accepted(true), 'deem_approved', '2026-10-16', calendar))).toBe('CASE_NOT_DEEMED_APPROVED');
    expect(move(accepted(true), 'deem_approved', '2026-10-19', calendar).state).toBe('decided');
    expect(codeOf(() => move(accepted(false), 'deem_approved', '2026-10-19', calendar))).toBe('CASE_NOT_DEEMED_APPROVED');
    const suspended = move(move(accepted(true), 'start_review', '2026-09-29', calendar), 'suspend', '2026-09-30', calendar);
    expect(codeOf(() => move(suspended, 'deem_approved', '2026-11-30', calendar))).toBe('CASE_ILLEGAL_MOVE');
  });

  it('即办件 are due the day they are accepted', () => {
    expect(move(submitted(0), 'accept', '2026-10-09', calendar).dueDate).toBe('2026-10-09');
  });

  it('refuses every move the table does not list, with a coded error', () => {
    for (const action of CASE_ACTIONS) {
      for (const state of ['submitted', 'supplement_requested', 'accepted', 'in_review', 'suspended', 'forwarded', 'returned', 'decided', 'delivered', 'not_accepted', 'withdrawn'] as const) {
        const legal = CASE_PROCESS[action].from.includes(state);
        const code = codeOf(() => move({ ...submitted(10, null, true), state, supplementCount: 0, acceptedOn: '2026-09-28', dueDate: '2026-10-16' }, action, '2026-10-19', calendar));
        expect([state, action, code === 'CASE_ILLEGAL_MOVE']).toEqual([state, action, !legal]);
      }
    }
  });

  it('random sequences keep the invariants: due dates never move earlier, closed cases never reopen, one supplement at most', () => {
    const step = fc.record({ action: fc.constantFrom(...CASE_ACTIONS), days: fc.integer({ min: 0, max: 20 }) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.option(fc.integer({ min: 1, max: 90 })), fc.date({ min: new Date('2024-01-01'), max: new Date('2026-11-30'), noInvalidDate: true }), fc.array(step, { maxLength: 40 }), (limit, cap, start, steps) => {
        let facts = submitted(limit, cap, limit % 2 === 0);
        let today = start.toISOString().slice(0, 10);
        for (const { action, days } of steps) {
          today = addDays(today, days);
          const before = facts;
          let after: CaseFacts;
          try {
            after = move(before, action as CaseAction, today, calendar);
          } catch (e) {
            expect(e).toBeInstanceOf(DomainError);
            expect(['CASE_ILLEGAL_MOVE', 'SUPPLEMENT_ALREADY_REQUESTED', 'CASE_NOT_DEEMED_APPROVED']).toContain((e as DomainError).code);
            continue;
          }
          expect(isClosed(before.state)).toBe(false);
          if (before.dueDate) expect(after.dueDate! >= before.dueDate).toBe(true);
          expect(after.supplementCount).toBeLessThanOrEqual(1);
          if (after.dueDate) expect(after.dueDate >= after.acceptedOn!).toBe(true);
          facts = after;
        }
      }),
      { numRuns: 500 },
    );
  });
});
