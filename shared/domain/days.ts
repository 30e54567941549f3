/**
 * Calendar days as `YYYY-MM-DD` strings (UTC): the arithmetic incidents, windows and locks share. Pure and
 * dependency-free, so the alert function can use it without loading the gazetteer.
 */

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** Whole days between two `YYYY-MM-DD` dates, absolute. */
export function daysApart(a: string, b: string): number {
  return Math.abs(dayNumber(a) - dayNumber(b));
}

/** Shifts a `YYYY-MM-DD` date by `days`. */
export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * DAY_MS).toISOString().slice(0, 10);
}
