/**
 * Calendar dates (YYYY-MM-DD) as the law counts them: whole days, no time of day, no time zone.
 * Arithmetic runs on UTC midnights so that no daylight-saving rule or server zone moves a day.
 */
export type CivilDate = string;

const DAY_MS = 86_400_000;

/** The range any deadline of the network can fall in; outside it a date is a typing mistake. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

/** A real date (2026-02-30 is not) within the years the calendar serves. */
export function isCivilDate(value: unknown): value is CivilDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) return false;
  const year = d.getUTCFullYear();
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function yearOf(date: CivilDate): number {
  return Number(date.slice(0, 4));
}

/** Saturday or Sunday. */
export function isWeekend(date: CivilDate): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}
