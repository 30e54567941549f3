/**
 * Resolves when an incident happened from the words a report uses ("on Sunday", "overnight", "late on
 * Tuesday", "Wednesday's attack", "on 13 December", "в воскресенье", "накануне", "в ночь на понедельник",
 * "late November") against the publication date. Dates next to a speech verb ("said on Monday") are when
 * something was said: they anchor "overnight" and stand in only when nothing else dates the event.
 */
import { localDayOf } from './days.js';
import { DIED_VERBS, numberValue } from './tolls.js';

const DAY_MS = 86_400_000;

const WEEKDAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
/** Russian weekday forms after "в"/"во" (accusative) and after "в ночь на". */
const WEEKDAYS_RU: Readonly<Record<string, number>> = {
  воскресенье: 0,
  понедельник: 1,
  вторник: 2,
  среду: 3,
  среда: 3,
  четверг: 4,
  пятницу: 5,
  пятница: 5,
  субботу: 6,
  суббота: 6,
};
/** Russian weekdays in the genitive ("вечер субботы"). */
const WEEKDAYS_RU_GENITIVE: Readonly<Record<string, number>> = {
  воскресенья: 0,
  понедельника: 1,
  вторника: 2,
  среды: 3,
  четверга: 4,
  пятницы: 5,
  субботы: 6,
};
const RU_DAY_GENITIVE = Object.keys(WEEKDAYS_RU_GENITIVE).join('|');
const RU_DAY_STEM_GENITIVE = new RegExp(RU_DAY_GENITIVE, 'u');
/** Stems of the Russian weekday adjectives ("субботний", "пятничного"), Sunday first. */
const RU_DAY_ADJECTIVES = [
  'воскресн',
  'понедельничн',
  'вторничн',
  'средов',
  'четвергов',
  'пятничн',
  'субботн',
];
const RU_DAY_ADJECTIVE = RU_DAY_ADJECTIVES.join('|');
const RU_DAY_ADJECTIVE_STEM = new RegExp(RU_DAY_ADJECTIVE, 'u');
const MONTHS_EN: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTHS_RU: Readonly<Record<string, number>> = {
  января: 1,
  февраля: 2,
  марта: 3,
  апреля: 4,
  мая: 5,
  июня: 6,
  июля: 7,
  августа: 8,
  сентября: 9,
  октября: 10,
  ноября: 11,
  декабря: 12,
  январе: 1,
  феврале: 2,
  марте: 3,
  апреле: 4,
  мае: 5,
  июне: 6,
  июле: 7,
  августе: 8,
  сентябре: 9,
  октябре: 10,
  ноябре: 11,
  декабре: 12,
};

const EN_MONTH = Object.keys(MONTHS_EN).join('|');
const RU_MONTH = Object.keys(MONTHS_RU).join('|');
/** Days of a month as Russian ordinal words in the genitive ("третьего мая"; "двадцать первого" adds 20). */
const RU_ORDINAL_DAYS: Readonly<Record<string, number>> = {
  первого: 1,
  второго: 2,
  третьего: 3,
  четвертого: 4,
  пятого: 5,
  шестого: 6,
  седьмого: 7,
  восьмого: 8,
  девятого: 9,
  десятого: 10,
  одиннадцатого: 11,
  двенадцатого: 12,
  тринадцатого: 13,
  четырнадцатого: 14,
  пятнадцатого: 15,
  шестнадцатого: 16,
  семнадцатого: 17,
  восемнадцатого: 18,
  девятнадцатого: 19,
  двадцатого: 20,
  тридцатого: 30,
};
const RU_ORDINAL_DAY = Object.keys(RU_ORDINAL_DAYS).join('|');
const EN_DAY = WEEKDAYS_EN.join('|');
const RU_DAY = Object.keys(WEEKDAYS_RU).join('|');
const SPEECH = String.raw`(?:said|says|told|announced|reported|stated|confirmed|added|claimed|for\s+comment|commented|прокомментировал\p{L}*|вручил\p{L}*|handed|summoned|вызвал\p{L}*|claim\s+of\s+responsibility|expressed|denied|rejected|warned|demanded|urged|accused|condemned|protested|выразил\p{L}*|сообщил\p{L}*|заявил\p{L}*|рассказал\p{L}*|передает|сообщает|сообщают|опроверг\p{L}*|отверг\p{L}*|потребовал\p{L}*|призвал\p{L}*|обвинил\p{L}*|осудил\p{L}*|уточнил\p{L}*|пояснил\p{L}*)`;

/** Bits of `DATE_WORD_MARKS`: groups of words that date rules need. */
const EN_MONTH_WORD = 1 << 1;
const RU_MONTH_WORD = 1 << 2;
const EN_DAY_WORD = 1 << 3;
const RU_DAY_WORD = 1 << 4;
const NIGHT_WORD = 1 << 5;
const PAST_WORD = 1 << 6;
const TODAY_WORD = 1 << 7;
const PART_WORD = 1 << 8;
const RU_PART_WORD = 1 << 9;

/**
 * Words date expressions are made of, with the `DATE_WORD_MARKS` bit of their group, for a scanner that
 * reports which of them a sentence holds as whole words (see `DateHints`).
 */
export const DATE_WORD_MARKS: Readonly<Record<string, number>> = Object.fromEntries([
  ...Object.keys(MONTHS_EN).map((w) => [w, EN_MONTH_WORD] as const),
  ...Object.keys(MONTHS_RU).map((w) => [w, RU_MONTH_WORD] as const),
  ...WEEKDAYS_EN.map((w) => [w, EN_DAY_WORD] as const),
  ...Object.keys(WEEKDAYS_RU).map((w) => [w, RU_DAY_WORD] as const),
  ...['ночь', 'ночи'].map((w) => [w, NIGHT_WORD] as const),
  ...['yesterday', 'last', 'вчера', 'накануне', 'прошлой', 'минувшей', 'минувшим', 'сутки'].map(
    (w) => [w, PAST_WORD] as const,
  ),
  ...['today', 'this', 'earlier', 'сегодня', 'утром'].map((w) => [w, TODAY_WORD] as const),
  ...['early', 'mid', 'late'].map((w) => [w, PART_WORD] as const),
  ...['начале', 'середине', 'конце'].map((w) => [w, RU_PART_WORD] as const),
]);

/** What a scan of a sentence already knows: whether it holds a digit, and its `DATE_WORD_MARKS` bits. */
export interface DateHints {
  readonly digits: boolean;
  readonly words: number;
}

/** One date expression found in a sentence. */
export interface DateMention {
  /** YYYY-MM-DD. */
  readonly date: string;
  /** The words that gave it. */
  readonly phrase: string;
  /** True when it dates a statement ("said on Monday") rather than the event. */
  readonly statement: boolean;
  /** Character offset in the sentence. */
  readonly index: number;
}

/**
 * The publication's calendar day in Tajikistan's local time, against which relative words ("yesterday",
 * "on Tuesday") are resolved (see `localDayOf`). Null when unreadable.
 */
export function publicationDay(published: string | null | undefined): Date | null {
  const day = localDayOf(published);
  return day ? new Date(`${day}T00:00:00Z`) : null;
}

/** YYYY-MM-DD of a UTC date. */
export function isoDay(date: Date): string {
  const year = date.getUTCFullYear();
  // Years outside 0-9999 are written with a sign and six digits: leave those to toISOString.
  if (!(year >= 0 && year <= 9999)) return date.toISOString().slice(0, 10);
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The latest date on or before `anchor` that falls on `weekday` (0 = Sunday). */
function lastWeekday(anchor: Date, weekday: number): Date {
  const diff = (anchor.getUTCDay() - weekday + 7) % 7;
  return addDays(anchor, -diff);
}

/** The latest date strictly before `anchor` that falls on `weekday` ("last Saturday", "в минувшую субботу"). */
function lastWeekdayBefore(anchor: Date, weekday: number): Date {
  return lastWeekday(addDays(anchor, -1), weekday);
}

/** The latest date not after `anchor` whose day of the month is `day` ("the 9th", "9-го"). */
function latestDayOfMonth(anchor: Date, day: number): Date | null {
  if (day < 1 || day > 31) return null;
  for (let back = 0; back < 3; back++) {
    const year = anchor.getUTCFullYear();
    const month = anchor.getUTCMonth() - back;
    const candidate = new Date(Date.UTC(year, month, day));
    // Past the month's end (the 31st of April) rolls over: not a day of that month.
    if (candidate.getUTCDate() === day && candidate.getTime() <= anchor.getTime()) return candidate;
  }
  return null;
}

/** A day and month without a year: the latest such date not after the anchor (plus a day of slack). */
function dayMonth(anchor: Date, month: number, day: number, year?: number): Date | null {
  if (day < 1 || day > 31) return null;
  if (year !== undefined) return new Date(Date.UTC(year, month - 1, day));
  let candidate = new Date(Date.UTC(anchor.getUTCFullYear(), month - 1, day));
  if (candidate.getTime() > anchor.getTime() + DAY_MS) {
    candidate = new Date(Date.UTC(anchor.getUTCFullYear() - 1, month - 1, day));
  }
  return candidate;
}

function monthPart(anchor: Date, month: number, part: string): Date {
  const day = part === 'early' || part === 'начале' ? 5 : part === 'mid' || part === 'середине' ? 15 : 25;
  return dayMonth(anchor, month, day) ?? anchor;
}

interface Rule {
  readonly pattern: RegExp;
  /**
   * A cheap test that the pattern may match (false: it cannot), on the sentence and whether it holds a
   * digit: each tests for words every match of the pattern contains.
   */
  readonly may: (lower: string, digit: boolean) => boolean;
  /**
   * The same test from `DateHints`: the word groups (`DATE_WORD_MARKS` bits) that every match holds as whole
   * words, all of them, and whether a match holds a digit. Absent: `may` decides.
   */
  readonly needs?: { readonly words: number; readonly digit: boolean };
  readonly resolve: (m: RegExpExecArray, anchor: Date) => Date | null;
  /** A weekday alone ("on Friday", "в пятницу"): in a sentence about last week, a day of that week. */
  readonly weekday?: true;
}

/** Every English month name and abbreviation starts with one of these. */
const EN_MONTH_START = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/;
/** Every Russian month form holds one of these. */
const RU_MONTH_STEM = /январ|феврал|март|апрел|ма[ея]|июн|июл|август|сентябр|октябр|ноябр|декабр/;
/** Every Russian weekday form holds one of these. */
const RU_DAY_STEM = /воскресенье|понедельник|вторник|сред[ау]|четверг|пятниц|суббот/;
const enMonthWithDigit = (lower: string, digit: boolean) => digit && EN_MONTH_START.test(lower);
const ruMonthWithDigit = (lower: string, digit: boolean) => digit && RU_MONTH_STEM.test(lower);

/** A count of days in words or digits: the toll reader's number words ("two", "двумя"); "a day" is one. */
function daysCount(word: string): number {
  return word === 'a' ? 1 : (numberValue(word) ?? 0);
}

const RULES: readonly Rule[] = [
  // "on the night of 26 to 27 November": the first of the two days
  {
    pattern: new RegExp(
      String.raw`night\s+of\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|into|and|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(${EN_MONTH})(?![\p{L}])(?:\s+(\d{4}))?`,
      'gu',
    ),
    may: (lower, digit) => digit && lower.includes('night'),
    resolve: (m, a) => dayMonth(a, MONTHS_EN[m[2] ?? ''] ?? 0, Number(m[1]), m[3] ? Number(m[3]) : undefined),
  },
  // "в ночь с 26 на 27 ноября", "около полуночи с 17 на 18 сентября": the first of the two days
  {
    pattern: new RegExp(
      String.raw`(?:в\s+ночь|ночью|(?:около|после|до|в)\s+полуночи)\s+с\s+(\d{1,2})\s+на\s+\d{1,2}\s+(${RU_MONTH})(?:\s+(\d{4}))?`,
      'gu',
    ),
    may: (lower, digit) => digit && (lower.includes('ноч') || lower.includes('полуноч')),
    resolve: (m, a) => dayMonth(a, MONTHS_RU[m[2] ?? ''] ?? 0, Number(m[1]), m[3] ? Number(m[3]) : undefined),
  },
  // "14.05.2026", "14.05.24 г.", "14/05/2026": day, month, year, as Russian-language and European reports write
  {
    pattern: /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/gu,
    may: (lower, digit) => digit && (lower.includes('.') || lower.includes('/')),
    resolve: (m, a) => {
      const month = Number(m[3]);
      const year = (m[4] ?? '').length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
      return month >= 1 && month <= 12 && year <= a.getUTCFullYear()
        ? dayMonth(a, month, Number(m[1]), year)
        : null;
    },
  },
  // "the day before yesterday", "позавчера"
  {
    pattern: /(?<![\p{L}])(the day before yesterday|позавчера)(?![\p{L}])/gu,
    may: (lower) => lower.includes('day before yesterday') || lower.includes('позавчера'),
    resolve: (_m, a) => addDays(a, -2),
  },
  // "on the night of December 9", "December 9", "Dec. 9, 2025"
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(${EN_MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?![\d])`,
      'gu',
    ),
    may: enMonthWithDigit,
    needs: { words: EN_MONTH_WORD, digit: true },
    resolve: (m, a) => dayMonth(a, MONTHS_EN[m[1] ?? ''] ?? 0, Number(m[2]), m[3] ? Number(m[3]) : undefined),
  },
  // "14–17 сентября", "14-17 September 2022": a span of days, dated to its first
  {
    pattern: new RegExp(
      String.raw`(?<![\d])(\d{1,2})\s*[–—-]\s*\d{1,2}\s+(${RU_MONTH}|${EN_MONTH})(?![\p{L}])(?:\s+(\d{4}))?`,
      'gu',
    ),
    may: (lower, digit) => digit && (RU_MONTH_STEM.test(lower) || EN_MONTH_START.test(lower)),
    resolve: (m, a) =>
      dayMonth(
        a,
        MONTHS_RU[m[2] ?? ''] ?? MONTHS_EN[m[2] ?? ''] ?? 0,
        Number(m[1]),
        m[3] ? Number(m[3]) : undefined,
      ),
  },
  // "13 December", "on 13 December 2025"
  {
    pattern: new RegExp(
      String.raw`(?<![\d])(\d{1,2})(?:st|nd|rd|th)?\s+(${EN_MONTH})(?![\p{L}])(?:\s+(\d{4}))?`,
      'gu',
    ),
    may: enMonthWithDigit,
    needs: { words: EN_MONTH_WORD, digit: true },
    resolve: (m, a) => dayMonth(a, MONTHS_EN[m[2] ?? ''] ?? 0, Number(m[1]), m[3] ? Number(m[3]) : undefined),
  },
  // "в ночь на 9 декабря" (or "с ночи на 9 декабря") = the evening of the 8th; "в ночь на 9 декабря в 03 часа
  // 20 минут" = the 9th, the hour after midnight said
  {
    pattern: new RegExp(
      String.raw`(?:в\s+ночь|с\s+ночи)\s+на\s+(\d{1,2})\s+(${RU_MONTH})(?:\s+(\d{4}))?(?:\s+года)?(?:,?\s+(?:в|около|примерно\s+в)\s+(\d{1,2})(?=[:.]\d\d|\s+час))?`,
      'gu',
    ),
    may: (lower, digit) => digit && lower.includes('ноч'),
    needs: { words: NIGHT_WORD, digit: true },
    resolve: (m, a) => {
      const d = dayMonth(a, MONTHS_RU[m[2] ?? ''] ?? 0, Number(m[1]), m[3] ? Number(m[3]) : undefined);
      const afterMidnight = m[4] !== undefined && Number(m[4]) < 6;
      return d && !afterMidnight ? addDays(d, -1) : d;
    },
  },
  // "26 ноября", "11 марта 2026 года"
  {
    pattern: new RegExp(
      String.raw`(?<![\d])(\d{1,2})(?:-?го)?\s+(${RU_MONTH})(?![\p{L}])(?:\s+(\d{4}))?`,
      'gu',
    ),
    may: ruMonthWithDigit,
    needs: { words: RU_MONTH_WORD, digit: true },
    resolve: (m, a) => dayMonth(a, MONTHS_RU[m[2] ?? ''] ?? 0, Number(m[1]), m[3] ? Number(m[3]) : undefined),
  },
  // "третьего мая", "двадцать первого мая 2003 года": the day as an ordinal word
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:(двадцать|тридцать)\s+)?(${RU_ORDINAL_DAY})\s+(${RU_MONTH})(?![\p{L}])(?:\s+(\d{4}))?`,
      'gu',
    ),
    may: (lower) => lower.includes('ого ') && RU_MONTH_STEM.test(lower),
    needs: { words: RU_MONTH_WORD, digit: false },
    resolve: (m, a) => {
      const tens = m[1] === 'двадцать' ? 20 : m[1] === 'тридцать' ? 30 : 0;
      const day = tens + (RU_ORDINAL_DAYS[m[2] ?? ''] ?? 0);
      return dayMonth(a, MONTHS_RU[m[3] ?? ''] ?? 0, day, m[4] ? Number(m[4]) : undefined);
    },
  },
  // "в первый день октября", "в последний день июня"
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])(первый|последний)\s+день\s+(${RU_MONTH})(?![\p{L}])`, 'gu'),
    may: (lower) => lower.includes(' день ') && RU_MONTH_STEM.test(lower),
    needs: { words: RU_MONTH_WORD, digit: false },
    resolve: (m, a) => {
      const month = MONTHS_RU[m[2] ?? ''] ?? 0;
      if (m[1] === 'первый') return dayMonth(a, month, 1);
      const first = dayMonth(a, month, 1);
      return first && new Date(Date.UTC(first.getUTCFullYear(), month, 0));
    },
  },
  // "overnight into Tuesday" = Monday night ("in the early hours of Tuesday" is Tuesday: after midnight)
  {
    pattern: new RegExp(String.raw`overnight\s+(?:into|to)\s+(${EN_DAY})`, 'gu'),
    may: (lower) => lower.includes('overnight'),
    resolve: (m, a) => addDays(lastWeekday(a, WEEKDAYS_EN.indexOf(m[1] as (typeof WEEKDAYS_EN)[number])), -1),
  },
  // "в ночь на понедельник", "с ночи на понедельник" = Sunday night
  {
    pattern: new RegExp(String.raw`(?:в\s+ночь|с\s+ночи)\s+на\s+(${RU_DAY})`, 'gu'),
    may: (lower) => lower.includes('ноч'),
    needs: { words: NIGHT_WORD, digit: false },
    resolve: (m, a) => addDays(lastWeekday(a, WEEKDAYS_RU[m[1] ?? ''] ?? 0), -1),
  },
  // "в ночной перестрелке с четверга на пятницу" = Thursday night
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])с\s+(?:${RU_DAY_GENITIVE})\s+на\s+(${RU_DAY})`, 'gu'),
    may: (lower) => lower.includes(' на ') && RU_DAY_STEM.test(lower),
    resolve: (m, a) => addDays(lastWeekday(a, WEEKDAYS_RU[m[1] ?? ''] ?? 0), -1),
  },
  // "last Saturday": the last Saturday before today (before the weekday alone, which would take the day and
  // leave "last" unread: on a Tuesday, "last Tuesday" is a week ago)
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])last\s+(${EN_DAY})(?![\p{L}])`, 'gu'),
    may: (lower) => lower.includes('last ') && lower.includes('day'),
    resolve: (m, a) => lastWeekdayBefore(a, WEEKDAYS_EN.indexOf(m[1] as (typeof WEEKDAYS_EN)[number])),
  },
  // "on Sunday", "late on Tuesday", "Wednesday's attack", "Tuesday night"
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])(${EN_DAY})(?:'s)?(?![\p{L}])`, 'gu'),
    may: (lower) => lower.includes('day'),
    needs: { words: EN_DAY_WORD, digit: false },
    resolve: (m, a) => lastWeekday(a, WEEKDAYS_EN.indexOf(m[1] as (typeof WEEKDAYS_EN)[number])),
    weekday: true,
  },
  // "в минувший четверг", "в прошлую субботу": the last such day before today
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}])во?\s+(?:минувш\p{L}*|прошл\p{L}*)\s+(${RU_DAY})(?![\p{L}])`,
      'gu',
    ),
    may: (lower) => /минувш|прошл/.test(lower) && RU_DAY_STEM.test(lower),
    resolve: (m, a) => lastWeekdayBefore(a, WEEKDAYS_RU[m[1] ?? ''] ?? 0),
  },
  // "over the weekend", "в минувшие выходные", "a weekend shooting", "last weekend's clash": the weekend's
  // first day, the latest Saturday not after today
  {
    pattern:
      /(?<![\p{L}])(?:(?:over|at|during|on)\s+the\s+(?:past\s+|last\s+)?weekend|last\s+weekend|(?:a|the|last)\s+weekend(?:'s)?(?=\s+(?:shooting|clash|clashes|attack|firefight|fighting|incident|violence|raid))|(?:в|на)\s+(?:минувшие\s+|прошлые\s+|эти\s+)?выходные)(?![\p{L}])/gu,
    may: (lower) => lower.includes('weekend') || lower.includes('выходн'),
    resolve: (_m, a) => lastWeekday(a, WEEKDAYS_EN.indexOf('saturday')),
  },
  // "two days ago", "два дня назад", "3 days ago"
  {
    pattern:
      /(?<![\p{L}\d])(\d{1,2}|\p{L}+)\s+(?:days?|дн(?:я|ей|ями)|день|сут(?:ок|ки|ками))\s+(?:ago|назад|earlier|ранее)/gu,
    may: (lower) =>
      lower.includes('ago') ||
      lower.includes('назад') ||
      lower.includes('earlier') ||
      lower.includes('ранее'),
    resolve: (m, a) => {
      const n = daysCount(m[1] ?? '');
      return n > 0 && n <= 14 ? addDays(a, -n) : null;
    },
  },
  // "a week ago", "неделю назад", "две недели назад": seven days a week back
  {
    pattern:
      /(?<![\p{L}\d])(?:(a|one|two|three|\d)\s+weeks?\s+ago|(две|три|\d)?\s*недел(?:ю|и|ь)\s+назад)(?![\p{L}])/gu,
    may: (lower) => lower.includes('week') || lower.includes('недел'),
    resolve: (m, a) => {
      const word = m[1] ?? m[2];
      const weeks = word === undefined || word === 'a' ? 1 : daysCount(word);
      return weeks > 0 && weeks <= 3 ? addDays(a, -7 * weeks) : null;
    },
  },
  // "on the 9th" (no month): the latest 9th not after today; "on the 7th border post" is an ordinal.
  {
    pattern:
      /(?<![\p{L}])(?:on|of)\s+the\s+(\d{1,2})(?:st|nd|rd|th)(?!\s+(?:of\s+)?(?:border|post|outpost|frontier|detachment|company|battalion|brigade|regiment|unit|division|floor|km|kilomet|mile|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))(?![\p{L}\d])/gu,
    may: (lower, digit) => digit && lower.includes('the '),
    resolve: (m, a) => latestDayOfMonth(a, Number(m[1])),
  },
  // "9-го числа", or "9-го" before a clause's end (no month): "7-го пограничного поста" is an ordinal
  {
    pattern: /(?<![\d])(\d{1,2})-?го(?:\s+числа|(?=\s*[,.;]|\s*$))/gu,
    may: (lower, digit) => digit && lower.includes('го'),
    resolve: (m, a) => latestDayOfMonth(a, Number(m[1])),
  },
  // "в воскресенье", "во вторник"
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])во?\s+(${RU_DAY})(?![\p{L}])`, 'gu'),
    may: (lower) => RU_DAY_STEM.test(lower),
    needs: { words: RU_DAY_WORD, digit: false },
    resolve: (m, a) => lastWeekday(a, WEEKDAYS_RU[m[1] ?? ''] ?? 0),
    weekday: true,
  },
  // "вечер субботы", "утром пятницы": a part of a weekday, the weekday in the genitive
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:утр[оа]м?|вечер[аом]*|днем|днём|ночь[юи]?)\s+(${RU_DAY_GENITIVE})(?![\p{L}])`,
      'gu',
    ),
    may: (lower) => RU_DAY_STEM_GENITIVE.test(lower),
    resolve: (m, a) => lastWeekday(a, WEEKDAYS_RU_GENITIVE[m[1] ?? ''] ?? 0),
  },
  // "со вторника", "с пятницы": since that weekday, the first day of what goes on
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])со?\s+(${RU_DAY_GENITIVE})(?![\p{L}])`, 'gu'),
    may: (lower) => RU_DAY_STEM_GENITIVE.test(lower),
    resolve: (m, a) => lastWeekday(a, WEEKDAYS_RU_GENITIVE[m[1] ?? ''] ?? 0),
  },
  // "в субботней перестрелке", "пятничного конфликта": the weekday as an adjective
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(${RU_DAY_ADJECTIVE})(?:ий|ый|ой|ая|ее|ие|ые|его|ого|ему|ому|ей|ую|ем|ом|их|ых)(?![\p{L}])`,
      'gu',
    ),
    may: (lower) => RU_DAY_ADJECTIVE_STEM.test(lower),
    resolve: (m, a) => lastWeekday(a, RU_DAY_ADJECTIVES.indexOf(m[1] ?? '')),
  },
  // "вчерашнего инцидента": yesterday's
  {
    pattern: /(?<![\p{L}])вчерашн\p{L}*/gu,
    may: (lower) => lower.includes('вчерашн'),
    resolve: (_m, a) => addDays(a, -1),
  },
  // "днём ранее", "сутками ранее": a day before
  {
    pattern: /(?<![\p{L}])(?:дн[её]м|сутками)\s+ранее(?![\p{L}])/gu,
    may: (lower) => lower.includes('ранее'),
    resolve: (_m, a) => addDays(a, -1),
  },
  // "the previous evening", "the night before" ("the day before" is as often a count's day: "up from 24 dead
  // the day before")
  {
    pattern:
      /(?<![\p{L}])(?:the\s+previous\s+(?:evening|night)|the\s+(?:evening|night)\s+before)(?![\p{L}])/gu,
    may: (lower) => lower.includes('previous') || lower.includes('before'),
    resolve: (_m, a) => addDays(a, -1),
  },
  // "yesterday", "вчера", "накануне", "last night", "прошлой ночью", "сутки назад"
  {
    pattern:
      /(?<![\p{L}])(yesterday|last night|вчера|накануне|прошлой ночью|минувшей ночью|минувшим вечером|сутки назад)(?![\p{L}])/gu,
    may: (lower) =>
      /yesterday|last night|вчера|накануне|прошлой ночью|минувшей ночью|минувшим вечером|сутки назад/.test(
        lower,
      ),
    needs: { words: PAST_WORD, digit: false },
    resolve: (_m, a) => addDays(a, -1),
  },
  // "today", "this morning", "сегодня"
  {
    pattern: /(?<![\p{L}])(today|this morning|earlier today|сегодня|утром в среду)(?![\p{L}])/gu,
    may: (lower) => /today|this morning|сегодня|утром в среду/.test(lower),
    needs: { words: TODAY_WORD, digit: false },
    resolve: (_m, a) => a,
  },
  // "late November", "in mid-December", "в конце ноября"
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])(early|mid|late)[-\s]+(${EN_MONTH})(?![\p{L}])`, 'gu'),
    may: (lower) => EN_MONTH_START.test(lower),
    needs: { words: PART_WORD | EN_MONTH_WORD, digit: false },
    resolve: (m, a) => monthPart(a, MONTHS_EN[m[2] ?? ''] ?? 1, m[1] ?? 'late'),
  },
  {
    pattern: new RegExp(String.raw`в\s+(начале|середине|конце)\s+(${RU_MONTH})`, 'gu'),
    may: (lower) => /начале|середине|конце/.test(lower),
    needs: { words: RU_PART_WORD, digit: false },
    resolve: (m, a) => monthPart(a, MONTHS_RU[m[2] ?? ''] ?? 1, m[1] ?? 'конце'),
  },
];

const STATEMENT_BEFORE = new RegExp(
  String.raw`${SPEECH}(?:\s+(?:in\s+a\s+statement|at\s+a\s+briefing|on|late|early))*\s*$`,
  'u',
);
const STATEMENT_AFTER = new RegExp(String.raw`^(?:'s)?\s+(?:\p{Lu}\p{L}*\s+)?${SPEECH}`, 'u');
/**
 * A day something is set for: "talks are scheduled for 1 September", "встреча назначена на 1 сентября", or a
 * deadline: "школа должна открыться к 1 сентября", "by 1 September", "until 1 September".
 */
const FUTURE_BEFORE =
  /(?:(?:scheduled|planned|due|set|назначен\p{L}*|запланирован\p{L}*|перенесен\p{L}*)\s+(?:for|on|на)|(?<![\p{L}])(?:к|by|until|не позднее|no later than))$/u;
/** A sentence about last week: its weekdays are that week's. */
const LAST_WEEK =
  /(?<![\p{L}])(?:last week|the previous week|на прошлой неделе|на минувшей неделе)(?![\p{L}])/u;

/** A cheap test that a sentence may hold a date expression at all, before the full rules run. */
const MAY_HOLD_DATE = new RegExp(
  String.raw`\d|${EN_DAY}|${Object.keys(WEEKDAYS_RU).join('|')}|yesterday|last night|today|this morning|overnight|previous|before|earlier|ранее|вчера|накануне|сегодня|ночь|ночью|early|mid|late|начале|середине|конце|ago|назад|минувш|прошл|позавчера|вчерашн|${RU_DAY_ADJECTIVE}|${RU_DAY_STEM_GENITIVE.source}`,
  'u',
);

/**
 * Every date expression in one lower-cased sentence, resolved against `anchor`. `hints`, from a scan of the
 * same sentence (or of a text it was cut from), let rules that cannot match be skipped without a search.
 */
export function findDateMentions(lower: string, anchor: Date, hints?: DateHints): DateMention[] {
  const out: DateMention[] = [];
  if (!hints && !MAY_HOLD_DATE.test(lower)) return out;
  const digit = hints ? hints.digits : /\d/.test(lower);
  const taken: [number, number][] = [];
  // The Monday of the publication week, for weekdays of "last week".
  const lastWeek = (lower.includes('week') || lower.includes('недел')) && LAST_WEEK.test(lower);
  const weekStart = addDays(anchor, -((anchor.getUTCDay() + 6) % 7));
  for (const rule of RULES) {
    const { needs } = rule;
    if (hints && needs) {
      if ((hints.words & needs.words) !== needs.words || (needs.digit && !digit)) continue;
    } else if (!rule.may(lower, digit)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(lower); m !== null; m = rule.pattern.exec(lower)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      let date = rule.resolve(m, anchor);
      if (!date || Number.isNaN(date.getTime())) continue;
      if (lastWeek && rule.weekday && date.getTime() >= weekStart.getTime()) date = addDays(date, -7);
      taken.push([start, end]);
      const before = lower.slice(Math.max(0, start - 40), start).replace(/\s+$/, '');
      const after = lower.slice(end, end + 30);
      // (A speech verb right after the date, "on Monday said", is a case of STATEMENT_AFTER.)
      const statement =
        STATEMENT_BEFORE.test(before.replace(/\s+on$/, '').concat(' ')) ||
        STATEMENT_BEFORE.test(before) ||
        STATEMENT_AFTER.test(after);
      // A day something is set for is no day of the event, nor of a statement about it.
      if (FUTURE_BEFORE.test(before)) continue;
      out.push({ date: isoDay(date), phrase: m[0], statement, index: start });
    }
  }
  out.sort((a, b) => a.index - b.index);
  // "В пятницу … похоронили чабана, погибшего накануне вечером": the eve of the weekday the sentence has just
  // named, not of the publication.
  return out.map((m, k) => {
    if (m.phrase !== 'накануне' || k === 0) return m;
    const named = out[k - 1] as DateMention;
    if (named.statement || !RU_DAY_STEM.test(named.phrase)) return m;
    return { ...m, date: isoDay(addDays(new Date(`${named.date}T00:00:00Z`), -1)) };
  });
}

/** Words of an event's start: "the trouble began on Sunday", "перестрелка началась в среду". */
const STARTED =
  /\b(?:began|begun|started|broke out|erupted|flared up)\b|началас|началось|начались|начался|вспыхнул/u;
/**
 * A weekday the report looks back to ("в минувший вторник", "в прошлую субботу", "last Tuesday"): in a follow-up
 * told on a later day (a funeral, talks), the day of the event itself.
 */
const LAST_WEEKDAY = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:минувш|прошл)\p{L}*\s+(?:понедельник|вторник|сред|четверг|пятниц|суббот|воскресень)|last\s+(?:${EN_DAY}))`,
  'u',
);

/** A wire dateline with its agency in brackets: "DUSHANBE, Nov 27 (Reuters) -", "DUSHANBE/BISHKEK, May 16 (Wire) –". */
const DATELINE = /^[\p{L}\s,.'/-]{0,60}?(?:\d{1,2}\s*)?\([\p{L}\p{N} .&/'-]{2,40}\)\s*[-–—]\s*/u;
/**
 * A dateline without an agency in brackets: a place, then the dispatch's day, ended by a full stop or a dash
 * ("баткен, 12 января.", "душанбе. 17 сентября. «азия-вестник».", "bishkek, june 3 -", "душанбе, 14.06.2022
 * /нийа «парчам»/."). It dates the dispatch, not the event.
 */
const PLACE_DATELINE = new RegExp(
  String.raw`^\s*\p{L}[\p{L}-]*(?:[\s/]\p{L}[\p{L}-]*)?[,.]\s+(?:\d{1,2}\s+(?:${RU_MONTH}|${EN_MONTH})|(?:${EN_MONTH})\.?\s+\d{1,2}|\d{1,2}\.\d{1,2}\.\d{2,4})(?:\s+\d{4})?(?:(?:\s*\.|\s+[-–—])\s*(?:[/«"(][^/»")]{1,40}[/»")]\.?\s*)?|\s+[/«"(][^/»")]{1,40}[/»")]\.?\s*)`,
  'u',
);

/** The resolved event date and the phrase it came from. */
export interface EventDate {
  readonly date: string | null;
  readonly phrase: string | null;
}

/**
 * The event date from the incident's sentences, resolved against the publication date: the earliest day they
 * give for the event (its first day of violence). Falls back to the date of a statement, then to the
 * publication day; null without either.
 */
export function resolveEventDate(
  sentences: readonly string[],
  published: string | null | undefined,
): EventDate {
  return resolveEventDateLower(
    sentences.map((sentence) => sentence.toLowerCase()),
    published,
  );
}

/** A day of a multi-day event after its first: "second day", "третий день", "two days of fighting". */
const NTH_DAY =
  /(?<![\p{L}])(?:(второй|второго|second)|(третий|третьего|third))\s+(?:день|дня|day)(?![\p{L}])|(?<![\p{L}])(?:(двух|two)|(трех|трёх|three))[\s-]+(?:дней|дня|days?)(?![\p{L}])(?!\s+(?:ago|назад|after|later|earlier|ранее))/u;

/**
 * "died on Sunday, two days after he was wounded": the day named before the marker is that many days after
 * the event; a day named after it ("after he was wounded on Friday") is the event's own.
 */
const DAYS_AFTER = /(?<![\p{L}])(a|one|two|three|four|five|\d)\s+days?\s+after(?![\p{L}])/u;

/** A later death in a follow-up: "скончался", "died", "succumbed". */
const LATER_DEATH = new RegExp(`(?<![\\p{L}])(?:${DIED_VERBS})(?![\\p{L}])`, 'u');
/** The wounding that death came from: "получивший ранения", "раненный", "wounded in", "injuries sustained". */
const EARLIER_WOUND =
  /(?<![\p{L}])(?:получивш\p{L}*\s+(?:\p{L}+\s+)?ранени\p{L}*|раненн\p{L}*|ранен(?:а|ы)?\s+(?:в|при|во)|пострадавш\p{L}*\s+(?:в|при|во)|wounded\s+(?:in|during|when|on|by)|injured\s+(?:in|during|when|on|by)|injuries\s+sustained|wounds\s+sustained)(?![\p{L}])/u;

/**
 * A day of a death of one wounded earlier ("в четверг скончался военнослужащий, получивший ранения при
 * атаке", "a guard wounded on Tuesday died on Thursday"): a day nearer the death than the wounding dates the
 * death, not the violence. Null when the sentence tells of no such death.
 */
function deathDay(lower: string): ((at: number) => boolean) | null {
  const death = LATER_DEATH.exec(lower);
  if (!death) return null;
  const wound = EARLIER_WOUND.exec(lower);
  if (wound) return (at) => Math.abs(at - death.index) < Math.abs(at - wound.index);
  // "The 15-year-old died on Sunday in the regional hospital": a death in hospital, no violence told beside
  // it, is the later death of one wounded before.
  const violence = [...lower.matchAll(VIOLENCE)].some((m) => m.index !== death.index);
  return HOSPITAL.test(lower) && !violence ? (at) => Math.abs(at - death.index) <= DEATH_REACH : null;
}

/** How near a death word (in characters) a day must be to be the death's, when no wounding is told beside it. */
const DEATH_REACH = 15;

/** A hospital: where the wounded die later. */
const HOSPITAL = /(?<![\p{L}])(?:hospital|больниц\p{L}*|госпитал\p{L}*|реанимаци\p{L}*)(?![\p{L}])/u;

/** A funeral or a farewell: a later day than the violence it follows. */
const FUNERAL =
  /(?<![\p{L}])(?:похорон\p{L}*|простил\p{L}*|прощани\p{L}*|погребен\p{L}*|buried|burial|funeral|laid to rest|mourners)(?![\p{L}])/u;
/** How near a funeral word (in characters) a day must be to be the funeral's. */
const FUNERAL_REACH = 60;
/** Words of the violence itself, which a day beside them dates. */
const VIOLENCE =
  /(?<![\p{L}])(?:погиб\p{L}*|гибел\p{L}*|убит\p{L}*|застрел\p{L}*|ранен\p{L}*|перестрелк\p{L}*|столкновени\p{L}*|нападени\p{L}*|обстрел\p{L}*|бо[йяюе]|killed|wounded|died|clash\p{L}*|attack\p{L}*|shot|shooting|fighting)(?![\p{L}])/gu;

/**
 * A day of a funeral ("в четверг похоронили сержанта, погибшего в столкновении", "he was buried on Sunday"):
 * a day nearer the funeral than any word of the violence dates the funeral. Null when the sentence tells of
 * no funeral.
 */
function funeralDay(lower: string): ((at: number) => boolean) | null {
  return dayOf(lower, FUNERAL, VIOLENCE, FUNERAL_REACH);
}

/**
 * The days of what `marker` names: a day within `reach` characters of the marker and nearer to it than to
 * any match of `rivals` (global). Null when the sentence has no marker.
 */
function dayOf(
  lower: string,
  marker: RegExp,
  rivals: RegExp,
  reach: number,
): ((at: number) => boolean) | null {
  const found = marker.exec(lower);
  if (!found) return null;
  const others = [...lower.matchAll(rivals)].map((m) => m.index);
  return (at) => {
    const distance = Math.abs(at - found.index);
    return distance <= reach && others.every((o) => distance < Math.abs(at - o));
  };
}

/** The violence ending: a day beside it is the last day, not the first. */
const VIOLENCE_ENDED =
  /(?<![\p{L}])(?:прекратил\p{L}*|стихл\p{L}*|утихл\p{L}*|затихл\p{L}*|тихо|спокойно|stopped|ceased|subsided|died down|ended|halted|quiet|calm)(?![\p{L}])/u;
/** The violence beginning, which a day beside it dates. */
const VIOLENCE_BEGAN =
  /(?<![\p{L}])(?:began|begun|started|erupted|broke out|начал\p{L}*|вспыхнул\p{L}*|завязал\p{L}*)(?![\p{L}])/gu;
/** How near an ending word (in characters) a day must be to be the ending's. */
const ENDED_REACH = 60;

/**
 * A day the violence ended ("в понедельник стрельба прекратилась", "the shooting stopped on Monday"): a day
 * near the ending word and nearer to it than to any word of a beginning. Null when nothing ends.
 */
function endDay(lower: string): ((at: number) => boolean) | null {
  return dayOf(lower, VIOLENCE_ENDED, VIOLENCE_BEGAN, ENDED_REACH);
}

/**
 * A clause recalling an earlier incident at the same place: "the same stretch of frontier where patrols traded
 * fire on June 3", "где ранее, 3 июня, уже стреляли".
 */
const RECALL_BEFORE =
  /(?:(?:same|previous|earlier)\s+(?:[\p{L}-]+\s+){0,4}(?:where|when)|где\s+(?:ранее|уже|прежде))\s+[^,;]*$/u;

/** A day of an earlier incident the sentence recalls at the same place. */
function recalledDay(lower: string): (at: number) => boolean {
  return (at) => RECALL_BEFORE.test(lower.slice(Math.max(0, at - 100), at));
}

/**
 * The sentence's days that date something other than the violence (a later death or funeral, an earlier
 * incident recalled), read like a statement's day: they date the event only when nothing else does. After
 * "N days after" the named day is shifted back instead (see `DAYS_AFTER`), and so is an ending day after "two
 * days of fighting".
 */
function otherDays(
  lower: string,
  mentions: readonly DateMention[],
  daysAfter: boolean,
  daysCounted: boolean,
): DateMention[] {
  if (mentions.length === 0) return [];
  const tests = [
    ...(daysAfter ? [] : [deathDay(lower), funeralDay(lower)]),
    recalledDay(lower),
    // "two days of clashes ended on Thursday": counted back from the ending day instead (see `NTH_DAY`).
    daysCounted ? null : endDay(lower),
  ].filter((test) => test !== null);
  return mentions.map((m) => (tests.some((other) => other(m.index)) ? { ...m, statement: true } : m));
}

/** Days before the lead's day that an incident sentence may date the start of the same event. */
const MULTI_DAY_START = 2;

/** "Overnight" as a word of its own. */
const OVERNIGHT = /(?<![\p{L}])(overnight|ночью|в ночь)(?![\p{L}])/u;

/**
 * A clock time given in another time zone: "в 23:30 по московскому времени", "at 2130 GMT", "22:40 MSK".
 * Groups: hours, minutes, the zone.
 */
const ZONED_TIME =
  /(?<![\d])(\d{1,2})[:.]?(\d{2})\s*(?:hours?\s+|ч\.?\s+)?(?:\(?\s*)(по московскому времени|по москве|мск|moscow time|msk|gmt|utc|по гринвичу|kabul time|по кабульскому времени)/u;
/** Hours to add to a zone's clock for Tajikistan's (UTC+5). */
const ZONE_OFFSET: Readonly<Record<string, number>> = {
  'по московскому времени': 2,
  'по москве': 2,
  мск: 2,
  'moscow time': 2,
  msk: 2,
  gmt: 5,
  utc: 5,
  'по гринвичу': 5,
  'kabul time': 0.5,
  'по кабульскому времени': 0.5,
};

/**
 * One day later when the sentence gives the event's clock time in another zone and that time is already the
 * next day in Tajikistan ("в 23:30 по московскому времени в субботу" is 01:30 on Sunday in Dushanbe): the
 * codebook converts such dates.
 */
function zoneDayShift(lower: string): number {
  const m = ZONED_TIME.exec(lower);
  if (!m) return 0;
  const hours = Number(m[1]) + Number(m[2]) / 60 + (ZONE_OFFSET[m[3] as string] ?? 0);
  return Number(m[1]) < 24 && hours >= 24 ? 1 : 0;
}

/**
 * The days a sentence's date mentions give the event: those of something else read as a statement's (see
 * `otherDays`), none after `latest`, each moved to the event's first day where the sentence says how far on
 * it is (see `NTH_DAY`, `DAYS_AFTER`, `ZONED_TIME`). Without a mention there is nothing to move, and the
 * sentence is read no further.
 */
function eventDays(lower: string, found: readonly DateMention[], latest: string): DateMention[] {
  if (found.length === 0) return [];
  // "the second day of fighting", "итоги двух дней конфликта": the days the sentence names are the
  // event's later days; it began one or two days before.
  const daysIn =
    lower.includes('day') || lower.includes('дн') || lower.includes('ден') ? NTH_DAY.exec(lower) : null;
  const after = lower.includes(' after') ? DAYS_AFTER.exec(lower) : null;
  const back = daysIn ? (daysIn[1] || daysIn[3] ? 1 : 2) : 0;
  const zone = /\d\d/.test(lower) ? zoneDayShift(lower) : 0;
  const shifted = (m: DateMention, days: number, words: string): DateMention => ({
    ...m,
    date: isoDay(addDays(new Date(`${m.date}T00:00:00Z`), -days)),
    phrase: `${m.phrase} (${words})`,
  });
  return otherDays(lower, found, after !== null, back > 0)
    .filter((m) => m.date <= latest)
    .map((m) => {
      if (m.statement) return m;
      if (after && m.index < after.index) {
        const word = after[1] as string;
        return shifted(m, daysCount(word), after[0]);
      }
      return back > 0 ? shifted(m, back, daysIn?.[0] ?? '') : m;
    })
    .map((m) => (!m.statement && zone > 0 ? shifted(m, -zone, 'local time') : m));
}

/**
 * `resolveEventDate` for sentences already in lower case (the classifier's form), with `DateHints` per
 * sentence when the caller has them. The first `incidentSentences` are the incident's own, and of those the
 * first `leadSentences` its title and lead: the earliest day the lead gives wins, else the earliest the other
 * incident sentences give; the rest (other sentences of the report) are read only when those give no day.
 */
export function resolveEventDateLower(
  lowers: readonly string[],
  published: string | null | undefined,
  hints?: readonly DateHints[],
  incidentSentences: number = lowers.length,
  leadSentences = 0,
): EventDate {
  return resolveEventDateFrom(publicationDay(published), lowers, hints, incidentSentences, leadSentences);
}

/**
 * `resolveEventDateLower` against the publication day (`publicationDay`), for a caller that has already read
 * it: the classifier reads it once per article.
 */
export function resolveEventDateFrom(
  anchor: Date | null,
  lowers: readonly string[],
  hints?: readonly DateHints[],
  incidentSentences: number = lowers.length,
  leadSentences = 0,
): EventDate {
  if (!anchor) return { date: null, phrase: null };
  const latest = isoDay(addDays(anchor, 1));
  let statement: DateMention | null = null;
  let overnight = false;
  // The codebook dates an event to its first day: of the days the sentences give for it, the earliest.
  // A follow-up tells of later days too (the funeral, the second day of fighting, the talks).
  let earliest: DateMention | null = null;
  // The lead has dated the event: the other incident sentences may only move it a day or two earlier.
  let settled = false;
  for (const [k, sentence] of lowers.entries()) {
    // Past the incident's own sentences, once they gave a day, another sentence moves it only when it tells
    // of the start a day or two before ("the trouble began on Sunday afternoon").
    const beyond = k >= incidentSentences && earliest !== null;
    if (beyond && !STARTED.test(sentence) && !LAST_WEEKDAY.test(sentence)) continue;
    // A dateline ("DUSHANBE, Nov 27 (Reuters) -") dates the dispatch, not the event. (One without an agency
    // gives the day in digits: a sentence the hints say has none holds no such dateline.)
    const withoutAgency = sentence.includes('(') ? sentence.replace(DATELINE, '') : sentence;
    const lower = hints?.[k]?.digits === false ? withoutAgency : withoutAgency.replace(PLACE_DATELINE, '');
    const mentions = eventDays(lower, findDateMentions(lower, anchor, hints?.[k]), latest);
    if (settled || beyond) {
      // After the lead: a day or two before the lead's day is the start of the same multi-day event ("the
      // clashes began on Wednesday" under a lead about Friday's shelling).
      for (const event of mentions) {
        if (event.statement || !earliest) continue;
        const gap = (Date.parse(earliest.date) - Date.parse(event.date)) / DAY_MS;
        if (gap > 0 && gap <= MULTI_DAY_START) earliest = event;
      }
      continue;
    }
    for (const event of mentions) {
      if (!event.statement && (!earliest || event.date < earliest.date)) earliest = event;
    }
    // The lead's days first (a later paragraph may recall an earlier attack); past the incident's own
    // sentences, the others date the event only when those gave no day.
    if (earliest && k + 1 >= incidentSentences) continue;
    if (earliest && k + 1 === leadSentences) {
      settled = true;
      continue;
    }
    if (earliest) continue;
    // No day yet: a statement's day, or "overnight" before the publication day.
    const hasOvernight =
      (lower.includes('overnight') || lower.includes('ночью') || lower.includes('в ночь')) &&
      OVERNIGHT.test(lower);
    const said = mentions.find((m) => m.statement);
    if (said && !statement) {
      statement = said;
      overnight = hasOvernight;
    } else if (hasOvernight && !statement) {
      return { date: isoDay(addDays(anchor, -1)), phrase: 'overnight' };
    } else if (hasOvernight && mentions.length === 0) {
      // "…, the border service said on Friday. The clash broke out overnight …": the night before that day.
      overnight = true;
    }
  }
  if (earliest) return { date: earliest.date, phrase: earliest.phrase };
  if (statement) {
    if (overnight) {
      const day = new Date(`${statement.date}T00:00:00Z`);
      return { date: isoDay(addDays(day, -1)), phrase: `overnight, ${statement.phrase}` };
    }
    return { date: statement.date, phrase: statement.phrase };
  }
  return { date: isoDay(anchor), phrase: null };
}
