import { isWorkday } from 'chinese-days';
import { startTestApp, TestApp } from '../testing/test-app';

const DUE = `query($county: String!, $on: String!, $days: Int!, $cap: Int) {
  dueDate(countyCode: $county, acceptedOn: $on, workingDays: $days, naturalDayCap: $cap) { date provisional unconfirmedYears limitedBy } }`;
const YEAR = `query($year: Int!) { workingCalendar(year: $year) { year status confirmedByName workingDays days { date kind name source nationalKind setByName } } }`;
const SET = `mutation($date: String!, $kind: CalendarDayKind!, $name: String!) { setCalendarDay(date: $date, kind: $kind, name: $name) { status days { date kind name source } } }`;
const CLEAR = `mutation($date: String!) { clearCalendarDay(date: $date) { days { date } } }`;
const CONFIRM = `mutation($year: Int!) { confirmCalendarYear(year: $year) { status confirmedByName } }`;
const REOPEN = `mutation($year: Int!) { reopenCalendarYear(year: $year) { status } }`;
const UNCONFIRMED = `{ unconfirmedCalendarYears }`;

const codeOf = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.[0]?.extensions.code;

/** 工作日历: the national arrangement, the county's entries over it, and the public due-date check. */
describe('the working calendar and dueDate', () => {
  let t: TestApp;
  let hyAdmin: string;
  let sqAdmin: string;
  const due = async (county: string, on: string, days: number, cap?: number) => {
    const r = await t.gql(DUE, { county, on, days, cap });
    expect(r.errors).toBeUndefined();
    return r.data.dueDate;
  };

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set('2026-12-03T02:00:00Z');
    [hyAdmin, sqAdmin] = [await t.login('hy_admin'), await t.login('sq_admin')];
  });
  afterAll(() => t.close());

  it('anyone can check a due date without logging in: the start day is not counted, 国庆 is skipped', async () => {
    expect(await due('610921', '2026-09-28', 10)).toEqual({ date: '2026-10-16', provisional: false, unconfirmedYears: [], limitedBy: 'WORKING_DAYS' });
    expect(await due('610921', '2026-09-28', 10, 15)).toEqual({ date: '2026-10-13', provisional: false, unconfirmedYears: [], limitedBy: 'NATURAL_DAYS' });
    expect(await due('610921', '2026-10-03', 0)).toMatchObject({ date: '2026-10-08' });
  });

  it('a limit reaching 2027, whose arrangement nobody entered, is provisional and the administrators are told', async () => {
    expect(await due('610921', '2026-12-28', 5)).toEqual({ date: '2027-01-04', provisional: true, unconfirmedYears: [2027], limitedBy: 'WORKING_DAYS' });
    expect((await t.gql(UNCONFIRMED, {}, hyAdmin)).data.unconfirmedCalendarYears).toEqual([2027]);
    expect((await t.gql(YEAR, { year: 2027 }, hyAdmin)).data.workingCalendar).toMatchObject({ status: 'UNCONFIRMED', days: [] });
  });

  it('bad input gets a coded error in both languages', async () => {
    for (const [vars, code] of [
      [{ county: '610921', on: '2026-02-30', days: 5 }, 'DATE_INVALID'],
      [{ county: '610921', on: '2026/09/28', days: 5 }, 'DATE_INVALID'],
      [{ county: '610921', on: '1999-12-31', days: 5 }, 'DATE_INVALID'],
      [{ county: '610921', on: '2026-09-28', days: -1 }, 'WORKING_DAYS_OUT_OF_RANGE'],
      [{ county: '610921', on: '2026-09-28', days: 1001 }, 'WORKING_DAYS_OUT_OF_RANGE'],
      [{ county: '610921', on: '2026-09-28', days: 5, cap: 0 }, 'NATURAL_DAYS_OUT_OF_RANGE'],
      [{ county: '999999', on: '2026-09-28', days: 5 }, 'NOT_FOUND'],
    ] as const) {
      const r = await t.gql(DUE, vars);
      expect(codeOf(r)).toBe(code);
      expect(r.errors![0].extensions.messageZh).toMatch(/[\u4e00-\u9fa5]/);
      expect(r.errors![0].extensions.messageEn).toMatch(/[a-z]/);
    }
  });

  it('the national year lists its holidays and make-up days and counts its working days like chinese-days', async () => {
    const year = (await t.gql(YEAR, { year: 2026 }, hyAdmin)).data.workingCalendar;
    expect(year.status).toBe('NATIONAL');
    expect(year.days).toContainEqual({ date: '2026-10-10', kind: 'WORKDAY', name: '国庆节', source: 'NATIONAL', nationalKind: null, setByName: null });
    expect(year.days).toContainEqual(expect.objectContaining({ date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节' }));
    let expected = 0;
    for (let d = new Date('2026-01-01T00:00:00Z'); d.getUTCFullYear() === 2026; d.setUTCDate(d.getUTCDate() + 1)) if (isWorkday(d.toISOString().slice(0, 10))) expected++;
    expect(year.workingDays).toBe(expected);
  });

  it('the administrator enters 2027 and confirms it: the due date is final, in her county only', async () => {
    const set = await t.gql(SET, { date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' }, hyAdmin);
    expect(set.errors).toBeUndefined();
    expect(set.data.setCalendarDay).toMatchObject({ status: 'UNCONFIRMED', days: [{ date: '2027-01-01', kind: 'HOLIDAY', name: '元旦', source: 'COUNTY' }] });
    // Entered, not yet confirmed: the count knows the holiday but still says it may move.
    expect(await due('610921', '2026-12-28', 5)).toMatchObject({ date: '2027-01-05', provisional: true });

    const confirmed = await t.gql(CONFIRM, { year: 2027 }, hyAdmin);
    expect(confirmed.data.confirmCalendarYear.status).toBe('CONFIRMED');
    expect(confirmed.data.confirmCalendarYear.confirmedByName).toBeTruthy();
    expect(await due('610921', '2026-12-28', 5)).toEqual({ date: '2027-01-05', provisional: false, unconfirmedYears: [], limitedBy: 'WORKING_DAYS' });
    expect((await t.gql(UNCONFIRMED, {}, hyAdmin)).data.unconfirmedCalendarYears).toEqual([]);

    // 石泉县 has its own calendar.
    expect(await due('610922', '2026-12-28', 5)).toMatchObject({ date: '2027-01-04', provisional: true });
    expect((await t.gql(UNCONFIRMED, {}, sqAdmin)).data.unconfirmedCalendarYears).toEqual([2027]);
    expect((await t.gql(YEAR, { year: 2027 }, sqAdmin)).data.workingCalendar.days).toEqual([]);

    const log = (await t.gql(`{ auditLog(first: 20) { nodes { action detail } } }`, {}, hyAdmin)).data.auditLog.nodes;
    expect(log.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['calendar_day_set', 'calendar_year_confirmed']));
    expect(log.find((e: { action: string }) => e.action === 'calendar_year_confirmed').detail).toMatchObject({ year: 2027, days: 1 });
  });

  it('a county day overrides the national arrangement and can be cleared again', async () => {
    const set = await t.gql(SET, { date: '2026-10-16', kind: 'HOLIDAY', name: '县庆' }, hyAdmin);
    expect(set.errors).toBeUndefined();
    expect(await due('610921', '2026-09-28', 10)).toMatchObject({ date: '2026-10-19' });
    const overridden = await t.gql(SET, { date: '2026-10-10', kind: 'HOLIDAY', name: '补休' }, hyAdmin);
    expect(overridden.data.setCalendarDay.days).toContainEqual({ date: '2026-10-10', kind: 'HOLIDAY', name: '补休', source: 'COUNTY' });
    const view = (await t.gql(YEAR, { year: 2026 }, hyAdmin)).data.workingCalendar;
    expect(view.days.find((d: { date: string }) => d.date === '2026-10-10')).toMatchObject({ nationalKind: 'WORKDAY', setByName: expect.any(String) });

    expect((await t.gql(CLEAR, { date: '2026-10-16' }, hyAdmin)).errors).toBeUndefined();
    expect((await t.gql(CLEAR, { date: '2026-10-10' }, hyAdmin)).errors).toBeUndefined();
    expect(await due('610921', '2026-09-28', 10)).toMatchObject({ date: '2026-10-16' });
    expect(codeOf(await t.gql(CLEAR, { date: '2026-10-16' }, hyAdmin))).toBe('NOT_FOUND');
  });

  it('refuses what makes no sense and changes nothing', async () => {
    expect(codeOf(await t.gql(SET, { date: '2027-02-30', kind: 'HOLIDAY', name: '春节' }, hyAdmin))).toBe('DATE_INVALID');
    expect(codeOf(await t.gql(SET, { date: '2027-02-10', kind: 'HOLIDAY', name: '  ' }, hyAdmin))).toBe('CALENDAR_DAY_INVALID');
    expect(codeOf(await t.gql(SET, { date: '2027-02-10', kind: 'HOLIDAY', name: '很长很长很长很长很长很长很长很长很长很长的名字' }, hyAdmin))).toBe('CALENDAR_DAY_INVALID');
    expect(codeOf(await t.gql(CONFIRM, { year: 2026 }, hyAdmin))).toBe('CALENDAR_YEAR_NATIONAL');
    expect(codeOf(await t.gql(REOPEN, { year: 2028 }, hyAdmin))).toBe('CALENDAR_YEAR_NOT_CONFIRMED');
    expect(codeOf(await t.gql(YEAR, { year: 1999 }, hyAdmin))).toBe('DATE_INVALID');
    expect((await t.gql(YEAR, { year: 2027 }, hyAdmin)).data.workingCalendar.days.map((d: { date: string }) => d.date)).toEqual(['2027-01-01']);
  });

  it('another county cannot clear, confirm or reopen this county’s entries; clerks read but do not edit', async () => {
    // 石泉县's administrator clearing 汉阴县's 2027-01-01 finds nothing of hers.
    expect(codeOf(await t.gql(CLEAR, { date: '2027-01-01' }, sqAdmin))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(REOPEN, { year: 2027 }, sqAdmin))).toBe('CALENDAR_YEAR_NOT_CONFIRMED');
    expect((await t.gql(YEAR, { year: 2027 }, hyAdmin)).data.workingCalendar).toMatchObject({ status: 'CONFIRMED', days: [{ date: '2027-01-01' }] });

    for (const who of ['hy_clerk', 'nanjie_agent', 'mz_approver', 'hy_super']) {
      const token = await t.login(who);
      expect((await t.gql(YEAR, { year: 2027 }, token)).data.workingCalendar.status).toBe('CONFIRMED');
      expect(codeOf(await t.gql(SET, { date: '2027-02-10', kind: 'HOLIDAY', name: '春节' }, token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(REOPEN, { year: 2027 }, token))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(YEAR, { year: 2027 }))).toBe('UNAUTHENTICATED');
  });

  it('a reopened year makes its due dates provisional again', async () => {
    expect((await t.gql(REOPEN, { year: 2027 }, hyAdmin)).data.reopenCalendarYear.status).toBe('UNCONFIRMED');
    expect(await due('610921', '2026-12-28', 5)).toMatchObject({ date: '2027-01-05', provisional: true, unconfirmedYears: [2027] });
  });
});
