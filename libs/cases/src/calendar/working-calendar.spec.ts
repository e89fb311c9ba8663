import { NATIONAL_ARRANGEMENT } from './national-arrangement';
import { CountyDay, WorkingCalendar } from './working-calendar';

const national = (days: CountyDay[] = [], confirmed: number[] = []) => new WorkingCalendar(NATIONAL_ARRANGEMENT, days, new Set(confirmed));

/**
 * Golden table: each row worked out by hand from the State Council's notices, the start day
 * never counted (受理当日不计入).
 */
const GOLDEN: [start: string, workingDays: number, due: string, why: string][] = [
  ['2024-02-08', 3, '2024-02-19', '2024 春节 2-10…2-17 off, Sunday 2-18 worked'],
  ['2024-02-02', 2, '2024-02-05', 'Sunday 2-04 worked before 春节 2024'],
  ['2024-09-27', 2, '2024-09-30', 'Sunday 9-29 worked before 国庆 2024'],
  ['2024-09-30', 1, '2024-10-08', '国庆 2024 10-01…10-07 off'],
  ['2024-10-10', 2, '2024-10-12', 'Saturday 10-12 worked after 国庆 2024'],
  ['2025-01-24', 1, '2025-01-26', 'Sunday 1-26 worked before 春节 2025'],
  ['2025-01-27', 1, '2025-02-05', '2025 春节 1-28…2-04 off'],
  ['2025-09-30', 5, '2025-10-14', '国庆 and 中秋 2025 10-01…10-08 off, Saturday 10-11 worked'],
  ['2026-09-28', 10, '2026-10-16', 'the brief’s example: 国庆 2026 off, Saturday 10-10 worked'],
  ['2026-02-13', 1, '2026-02-14', 'Saturday 2-14 worked before 春节 2026'],
  ['2026-02-13', 2, '2026-02-24', '2026 春节 2-15…2-23 off'],
  ['2026-09-24', 1, '2026-09-28', '中秋 2026 9-25 off, then a weekend'],
];

describe('working days on the national arrangement', () => {
  it.each(GOLDEN)('%s + %i working days is due %s (%s)', (start, workingDays, due) => {
    expect(national().due(start, workingDays)).toEqual({ date: due, provisional: false, unconfirmedYears: [], limitedBy: 'working_days' });
  });

  it('即办件 are due the same day, or the next working day when taken in on a day off', () => {
    expect(national().due('2026-10-09', 0).date).toBe('2026-10-09');
    expect(national().due('2026-10-03', 0).date).toBe('2026-10-08');
    expect(national().due('2026-10-10', 0).date).toBe('2026-10-10');
  });

  it('a limit reaching a year nobody confirmed is provisional, not silently Monday–Friday', () => {
    // 2027 is not in the national data: 1-01 counts as a working day, and the answer says so.
    expect(national().due('2026-12-28', 5)).toEqual({ date: '2027-01-04', provisional: true, unconfirmedYears: [2027], limitedBy: 'working_days' });
    expect(national().due('2027-03-01', 0)).toMatchObject({ provisional: true, unconfirmedYears: [2027] });
  });

  it('the county’s entries and its confirmation of next year make the due date final', () => {
    const entered = national([{ date: '2027-01-01', kind: 'holiday', name: '元旦' }], [2027]);
    expect(entered.due('2026-12-28', 5)).toEqual({ date: '2027-01-05', provisional: false, unconfirmedYears: [], limitedBy: 'working_days' });
    // Entered but not yet confirmed: still provisional.
    expect(national([{ date: '2027-01-01', kind: 'holiday', name: '元旦' }]).due('2026-12-28', 5)).toMatchObject({ date: '2027-01-05', provisional: true });
  });

  it('a county day overrides the national one (a local holiday, a day worked)', () => {
    expect(national([{ date: '2026-10-16', kind: 'holiday', name: '县庆' }]).due('2026-09-28', 10).date).toBe('2026-10-19');
    expect(national([{ date: '2026-10-03', kind: 'workday', name: '调休' }]).due('2026-09-30', 1).date).toBe('2026-10-03');
  });

  it('双限时: the natural-day cap wins when it comes first', () => {
    expect(national().due('2026-09-28', 10, 15)).toMatchObject({ date: '2026-10-13', limitedBy: 'natural_days' });
    expect(national().due('2026-09-28', 10, 30)).toMatchObject({ date: '2026-10-16', limitedBy: 'working_days' });
  });

  it('counts the working days a suspension used', () => {
    expect(national().workingDaysBetween('2026-09-30', '2026-10-09')).toBe(2);
    expect(national().workingDaysBetween('2026-10-09', '2026-10-09')).toBe(0);
    expect(national().workingDaysBetween('2026-10-09', '2026-10-01')).toBe(0);
  });

  it('knows the years the package ships and no others', () => {
    const calendar = national([], [2027]);
    expect([2004, 2024, 2026].every((y) => calendar.isKnownYear(y))).toBe(true);
    expect(calendar.isKnownYear(2027)).toBe(true);
    expect(national().isKnownYear(2027)).toBe(false);
    expect(national().day('2026-10-01')).toEqual({ date: '2026-10-01', working: false, name: '国庆节', source: 'national' });
  });
});
