import { addDays, CivilDate, daysBetween, isWeekend, yearOf } from './civil-date';
import { NationalArrangement } from './national-arrangement';

/** Where a day's status comes from. */
export type DaySource = 'national' | 'county' | 'week';

/** A day a county's administrator sets: a local holiday, or a day worked, or an arrangement the package does not know yet. */
export interface CountyDay {
  date: CivilDate;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface DayStatus {
  date: CivilDate;
  working: boolean;
  /** The holiday or make-up day's name; empty for an ordinary weekday or weekend. */
  name: string;
  source: DaySource;
}

/** Which limit decided a due date under 双限时. */
export type LimitedBy = 'working_days' | 'natural_days';

export interface DueDate {
  date: CivilDate;
  /**
   * The count crossed a year whose arrangement is neither in the national data nor confirmed by
   * the county: weekends were skipped there, holidays could not be. The date may still move.
   */
  provisional: boolean;
  /** The years that made it provisional. */
  unconfirmedYears: number[];
  limitedBy: LimitedBy;
}

/** Most working days any limit of the network takes (法定时限 run to a few hundred). */
export const MAX_WORKING_DAYS = 1000;
/** Most natural days a 双限时 cap takes. */
export const MAX_NATURAL_DAYS = 3650;

/**
 * One county's working days: the State Council's arrangement, then what the county's
 * administrator entered over it. A year is known when the national data has it or the county
 * confirmed its own entry of it; counting through any other year is marked provisional.
 */
export class WorkingCalendar {
  private readonly county = new Map<CivilDate, CountyDay>();

  constructor(
    private readonly national: NationalArrangement,
    countyDays: readonly CountyDay[],
    private readonly confirmedYears: ReadonlySet<number>,
  ) {
    for (const d of countyDays) this.county.set(d.date, d);
  }

  /** The national data has the year, or the county confirmed its arrangement. */
  isKnownYear(year: number): boolean {
    return this.national.years.has(year) || this.confirmedYears.has(year);
  }

  day(date: CivilDate): DayStatus {
    const local = this.county.get(date);
    if (local) return { date, working: local.kind === 'workday', name: local.name, source: 'county' };
    const national = this.national.day(date);
    if (national) return { date, working: national.kind === 'workday', name: national.name, source: 'national' };
    return { date, working: !isWeekend(date), name: '', source: 'week' };
  }

  isWorkingDay(date: CivilDate): boolean {
    return this.day(date).working;
  }

  /**
   * The day `workingDays` working days after `start`, the start day not counted (受理当日不计入):
   * accepted 2026-09-28 with 10 working days is due 2026-10-16. With 0 (即办件) the case is due
   * the same day, or the next working day when it was taken in on a day off. With a natural-day
   * cap (双限时) the earlier of the two limits applies.
   */
  due(start: CivilDate, workingDays: number, naturalDayCap?: number | null): DueDate {
    const unconfirmed = new Set<number>();
    const visit = (date: CivilDate) => {
      if (!this.isKnownYear(yearOf(date))) unconfirmed.add(yearOf(date));
      return this.isWorkingDay(date);
    };
    let date = start;
    if (workingDays === 0) {
      while (!visit(date)) date = addDays(date, 1);
    } else {
      for (let counted = 0; counted < workingDays; ) {
        date = addDays(date, 1);
        if (visit(date)) counted++;
      }
    }
    let limitedBy: LimitedBy = 'working_days';
    if (naturalDayCap != null) {
      const cap = addDays(start, naturalDayCap);
      if (cap < date) {
        date = cap;
        limitedBy = 'natural_days';
      }
    }
    const unconfirmedYears = [...unconfirmed].sort((a, b) => a - b);
    return { date, provisional: unconfirmedYears.length > 0, unconfirmedYears, limitedBy };
  }

  /** Working days after `from` up to and including `to` (0 when `to` is not later): what a suspension used. */
  workingDaysBetween(from: CivilDate, to: CivilDate): number {
    let count = 0;
    for (let i = 1, n = daysBetween(from, to); i <= n; i++) if (this.isWorkingDay(addDays(from, i))) count++;
    return count;
  }
}
