import data from 'chinese-days/dist/chinese-days.json';
import { yearOf } from './civil-date';

/** A day the State Council's arrangement (国务院办公厅关于部分节假日安排的通知) makes special. */
export interface NationalDay {
  /** 法定节假日 (a day off, often a weekday) or 调休上班 (a weekend day worked). */
  kind: 'holiday' | 'workday';
  /** 春节, 国庆节, … */
  name: string;
}

/**
 * The national arrangements `chinese-days` ships, one per year it knows. For a year it does not
 * know the package answers plain Monday–Friday without saying so; here such a year is simply
 * absent, and the calendar marks what reaches into it as provisional.
 */
export class NationalArrangement {
  readonly years: ReadonlySet<number>;
  private readonly days = new Map<string, NationalDay>();

  constructor(source: { holidays: Record<string, string>; workdays: Record<string, string> }) {
    const years = new Set<number>();
    for (const [kind, entries] of [['holiday', source.holidays], ['workday', source.workdays]] as const) {
      for (const [date, label] of Object.entries(entries)) {
        // "Spring Festival,春节,4": English name, Chinese name, days off.
        this.days.set(date, { kind, name: label.split(',')[1] ?? label });
        years.add(yearOf(date));
      }
    }
    this.years = years;
  }

  day(date: string): NationalDay | undefined {
    return this.days.get(date);
  }

  /** The special days of one year, in date order. */
  daysOf(year: number): { date: string; day: NationalDay }[] {
    const prefix = `${year}-`;
    return [...this.days].filter(([date]) => date.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b)).map(([date, day]) => ({ date, day }));
  }
}

/** The arrangements of the installed `chinese-days` (2004 to the newest year it ships). */
export const NATIONAL_ARRANGEMENT = new NationalArrangement(data);
