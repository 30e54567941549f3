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

/** The `YYYY-MM-DD` a date or timestamp starts with, as written, or null. */
export function writtenDay(value: string | null | undefined): string | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** Tajikistan's offset from UTC (UTC+5, no daylight saving): the codebook's local time. */
const LOCAL_OFFSET_MS = 5 * 3_600_000;

/** A time of day followed by a zone: `Z`, `±hh:mm`, `±hhmm` or a named zone such as `GMT`. */
const ZONED_TIME = /\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:z|[+-]\d\d:?\d\d|[a-z]{2,5})\s*$/i;

/**
 * The calendar day (`YYYY-MM-DD`) of a timestamp in Tajikistan's local time: a timestamp with a zone is
 * converted to UTC+5 ("2025-06-10T20:30:00Z" is the 11th in Dushanbe); a date without a zone, or a time
 * without one, is taken as written. Null when unreadable.
 */
export function localDayOf(timestamp: string | null | undefined): string | null {
  if (!timestamp) return null;
  const text = timestamp.trim();
  const written = writtenDay(text);
  if (written && !ZONED_TIME.test(text)) return written;
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return null;
  return new Date(parsed + LOCAL_OFFSET_MS).toISOString().slice(0, 10);
}
