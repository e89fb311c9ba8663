import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, RequestContext, selectRows, TenantDatabase } from '@county/tenancy';
import { PublicCounties } from '@county/catalog';
import { CasesError } from '../cases.errors';
import { casesAudit } from '../cases.audit';
import { addDays, CivilDate, FIRST_YEAR, isCivilDate, LAST_YEAR, yearOf } from './civil-date';
import { NATIONAL_ARRANGEMENT } from './national-arrangement';
import { DueDate, MAX_NATURAL_DAYS, MAX_WORKING_DAYS, WorkingCalendar } from './working-calendar';
import { CalendarDayKind, CalendarDaySource, CalendarDayView, CalendarYearStatus, CalendarYearView } from './calendar.types';

/** The last calendars built, by what the county has entered: most requests find theirs here. */
const built = new Map<string, WorkingCalendar>();
const BUILT_MAX = 64;

/** The county's working calendar: the national arrangement and what its administrator entered, in one read. */
export async function loadWorkingCalendar(m: EntityManager): Promise<WorkingCalendar> {
  const [row] = await m.query(
    `SELECT (SELECT coalesce(json_agg(json_build_object('date', day::text, 'kind', kind, 'name', name) ORDER BY day), '[]')::text FROM calendar_day) AS days,
            (SELECT coalesce(json_agg(year ORDER BY year), '[]')::text FROM calendar_year) AS years`,
  );
  return workingCalendarOf(row.days, row.years);
}

/** The calendar of these entries (JSON as read), built once while they stay the same. */
export function workingCalendarOf(daysJson: string, yearsJson: string): WorkingCalendar {
  const key = `${daysJson}\n${yearsJson}`;
  let calendar = built.get(key);
  if (!calendar) {
    const days = JSON.parse(daysJson) as { date: string; kind: 'holiday' | 'workday'; name: string }[];
    calendar = new WorkingCalendar(NATIONAL_ARRANGEMENT, days, new Set(JSON.parse(yearsJson) as number[]));
    if (built.size >= BUILT_MAX) built.delete(built.keys().next().value as string);
  }
  built.delete(key);
  built.set(key, calendar);
  return calendar;
}

export function assertDate(value: string): CivilDate {
  if (!isCivilDate(value)) throw CasesError.DateInvalid(String(value ?? ''));
  return value;
}

function assertYear(year: number): number {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) throw CasesError.DateInvalid(String(year));
  return year;
}

/** A due date, the inputs checked: what intake, suspensions and the public query all compute with. */
export function computeDue(calendar: WorkingCalendar, start: string, workingDays: number, naturalDayCap?: number | null): DueDate {
  assertDate(start);
  if (!Number.isInteger(workingDays) || workingDays < 0 || workingDays > MAX_WORKING_DAYS) throw CasesError.WorkingDaysOutOfRange(workingDays);
  if (naturalDayCap != null && (!Number.isInteger(naturalDayCap) || naturalDayCap < 1 || naturalDayCap > MAX_NATURAL_DAYS)) throw CasesError.NaturalDaysOutOfRange(naturalDayCap);
  return calendar.due(start, workingDays, naturalDayCap);
}

/**
 * 工作日历 of each county: the State Council's arrangement from `chinese-days` and what the
 * county's administrator enters over it. Next year's arrangement is published in November or
 * December; until the package ships it, the administrator enters it here and confirms the year.
 */
@Injectable()
export class WorkingCalendars {
  constructor(
    private readonly db: TenantDatabase,
    private readonly counties: PublicCounties,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Public: anyone can check the arithmetic of a due date in a county (`dueDate`). */
  async publicDueDate(countyCode: string, acceptedOn: string, workingDays: number, naturalDayCap?: number | null): Promise<DueDate> {
    // The input first: a bad date is refused the same for every county code.
    computeDue(new WorkingCalendar(NATIONAL_ARRANGEMENT, [], new Set()), acceptedOn, workingDays, naturalDayCap);
    const county = await this.counties.find(countyCode);
    return this.db.run({ tenantId: county.tenantId }, async (m) => computeDue(await loadWorkingCalendar(m), acceptedOn, workingDays, naturalDayCap));
  }

  year(ctx: RequestContext, rawYear: number): Promise<CalendarYearView> {
    ctx.assertCan('read', 'WorkingCalendar');
    const year = assertYear(rawYear);
    return this.db.run(ctx, (m) => this.yearView(m, year));
  }

  /**
   * The years a due date counted today can reach (this one and the next) whose arrangement
   * nobody confirmed: what the administrators are told to enter.
   */
  unconfirmedYears(ctx: RequestContext): Promise<number[]> {
    ctx.assertCan('read', 'WorkingCalendar');
    const thisYear = yearOf(this.clock.today());
    return this.db.run(ctx, async (m) => {
      const calendar = await loadWorkingCalendar(m);
      return [thisYear, thisYear + 1].filter((y) => y <= LAST_YEAR && !calendar.isKnownYear(y));
    });
  }

  setDay(ctx: RequestContext, rawDate: string, kind: CalendarDayKind, rawName: string): Promise<CalendarYearView> {
    ctx.assertCan('manage', 'WorkingCalendar');
    const date = assertDate(rawDate);
    const name = (rawName ?? '').trim();
    if (name.length < 1 || name.length > 20) throw CasesError.CalendarDayInvalid();
    return this.db.run(ctx, async (m) => {
      const [row] = await selectRows<{ before: string | null }>(
        m,
        `WITH old AS (SELECT kind || ' ' || name AS before FROM calendar_day WHERE day = $1::date)
         INSERT INTO calendar_day AS c (tenant_id, day, kind, name, set_by) VALUES (current_tenant_id(), $1::date, $2, $3, $4)
         ON CONFLICT (tenant_id, day) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name, set_by = EXCLUDED.set_by, set_at = now()
         RETURNING (SELECT before FROM old)`,
        [date, kind, name, ctx.user.id],
      );
      await casesAudit(m, ctx, 'calendar_day_set', null, { date, kind, name, before: row?.before ?? null });
      return this.yearView(m, yearOf(date));
    });
  }

  clearDay(ctx: RequestContext, rawDate: string): Promise<CalendarYearView> {
    ctx.assertCan('manage', 'WorkingCalendar');
    const date = assertDate(rawDate);
    return this.db.run(ctx, async (m) => {
      const [row] = await selectRows<{ kind: string; name: string }>(m, `DELETE FROM calendar_day WHERE day = $1::date RETURNING kind, name`, [date]);
      if (!row) throw CasesError.CalendarDayNotSet(date);
      await casesAudit(m, ctx, 'calendar_day_cleared', null, { date, kind: row.kind, name: row.name });
      return this.yearView(m, yearOf(date));
    });
  }

  /** The county entered the year's arrangement (国务院办公厅通知) and says it is complete: due dates into it are final. */
  confirmYear(ctx: RequestContext, rawYear: number): Promise<CalendarYearView> {
    ctx.assertCan('manage', 'WorkingCalendar');
    const year = assertYear(rawYear);
    if (NATIONAL_ARRANGEMENT.years.has(year)) throw CasesError.CalendarYearNational(year);
    return this.db.run(ctx, async (m) => {
      const inserted = await selectRows(
        m,
        `INSERT INTO calendar_year (tenant_id, year, confirmed_by) VALUES (current_tenant_id(), $1, $2) ON CONFLICT DO NOTHING RETURNING year`,
        [year, ctx.user.id],
      );
      if (inserted.length) {
        const [{ days }] = await selectRows<{ days: number }>(m, `SELECT count(*)::int AS days FROM calendar_day WHERE extract(year FROM day) = $1`, [year]);
        await casesAudit(m, ctx, 'calendar_year_confirmed', null, { year, days });
      }
      return this.yearView(m, year);
    });
  }

  reopenYear(ctx: RequestContext, rawYear: number): Promise<CalendarYearView> {
    ctx.assertCan('manage', 'WorkingCalendar');
    const year = assertYear(rawYear);
    return this.db.run(ctx, async (m) => {
      const deleted = await selectRows(m, `DELETE FROM calendar_year WHERE year = $1 RETURNING year`, [year]);
      if (!deleted.length) throw CasesError.CalendarYearNotConfirmed(year);
      await casesAudit(m, ctx, 'calendar_year_reopened', null, { year });
      return this.yearView(m, year);
    });
  }

  private async yearView(m: EntityManager, year: number): Promise<CalendarYearView> {
    const [calendar, entries, [confirmation]] = await Promise.all([
      loadWorkingCalendar(m),
      selectRows<{ day: string; set_by: string | null; set_at: Date }>(
        m,
        `SELECT c.day::text AS day, u.display_name AS set_by, c.set_at FROM calendar_day c
           LEFT JOIN app_user u ON u.tenant_id = c.tenant_id AND u.id = c.set_by
          WHERE c.day BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31)`,
        [year],
      ),
      selectRows<{ confirmed_at: Date; confirmed_by: string | null }>(
        m,
        `SELECT y.confirmed_at, u.display_name AS confirmed_by FROM calendar_year y
           LEFT JOIN app_user u ON u.tenant_id = y.tenant_id AND u.id = y.confirmed_by WHERE y.year = $1`,
        [year],
      ),
    ]);
    const county = new Map(entries.map((e) => [e.day, e]));
    const dates = new Set([...NATIONAL_ARRANGEMENT.daysOf(year).map((d) => d.date), ...county.keys()]);
    const days: CalendarDayView[] = [...dates].sort().map((date) => {
      const status = calendar.day(date);
      const entry = county.get(date);
      const national = NATIONAL_ARRANGEMENT.day(date);
      return {
        date,
        kind: status.working ? CalendarDayKind.WORKDAY : CalendarDayKind.HOLIDAY,
        name: status.name,
        source: entry ? CalendarDaySource.COUNTY : CalendarDaySource.NATIONAL,
        nationalKind: entry && national ? (national.kind as CalendarDayKind) : null,
        setByName: entry?.set_by ?? null,
        setAt: entry ? new Date(entry.set_at).toISOString() : null,
      };
    });
    let workingDays = 0;
    for (let d = `${year}-01-01`; yearOf(d) === year; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) workingDays++;
    const status = NATIONAL_ARRANGEMENT.years.has(year) ? CalendarYearStatus.NATIONAL : confirmation ? CalendarYearStatus.CONFIRMED : CalendarYearStatus.UNCONFIRMED;
    return {
      year,
      status,
      confirmedAt: confirmation ? new Date(confirmation.confirmed_at).toISOString() : null,
      confirmedByName: confirmation?.confirmed_by ?? null,
      days,
      workingDays,
    };
  }
}

