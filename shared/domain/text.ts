/**
 * Text helpers for classification: normalisation, sentence splitting and Unicode-aware word tokens. The
 * splitter and the tokenizer read characters through the class table of `chars.ts` (letters are `\p{L}`,
 * as JavaScript's `\b` only knows ASCII letters).
 */

import {
  classAt,
  classBefore,
  HIGH_SURROGATE,
  isAsciiDigit,
  LETTER,
  letterLengthAt,
  SPACE,
  UPPER,
  unitClass,
} from './chars.js';

const CHAR_MAP: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u00A0': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
  ё: 'е',
  Ё: 'Е',
};
/** Anything `normaliseText` changes: a native search is faster than reading the text in a loop. */
const NEEDS_NORMALISING =
  /[\r\u2010-\u2015\u2212\u2018\u2019\u201B\u2032\u201C\u201D\u201E\u00AB\u00BB\u00A0\u2009\u202FёЁ]|[ \t]{2}/;
const CHAR_PATTERN =
  /[\u2010-\u2015\u2212\u2018\u2019\u201B\u2032\u201C\u201D\u201E\u00AB\u00BB\u00A0\u2009\u202FёЁ]/g;

/**
 * Normalises typography so that one pattern serves every outlet: dashes become `-`, curly quotes and
 * guillemets become straight quotes, non-breaking spaces become spaces and runs of spaces one space, `ё`
 * becomes `е`, `\r` is dropped.
 */
export function normaliseText(text: string): string {
  if (!NEEDS_NORMALISING.test(text)) return text;
  return text
    .replace(/\r/g, '')
    .replace(CHAR_PATTERN, (c) => CHAR_MAP[c] ?? c)
    .replace(/[ \t]{2,}/g, ' ');
}

/** Folds case and strips diacritics (for comparisons such as provenance checks). */
export function foldText(text: string): string {
  return normaliseText(text)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'maj',
  'st',
  'no',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'co',
  'corp',
  'approx',
  'est',
  'г',
  'гг',
  'ул',
  'им',
  'т',
  'д',
  'тыс',
  'млн',
  'млрд',
  'км',
  'проф',
  // Before a place's name: "н.п. Намадгут", "с. Ворух", "пос. Пяндж", "р. Пяндж", "Исфаринский р-н.".
  'п',
  'с',
  'пос',
  'пгт',
  'р',
  'н',
  'кишл',
  'обл',
  'ч',
]);

/** One sentence of an article with its position. */
export interface Sentence {
  /** 0 for the title, then 1.. for body sentences in order. */
  readonly index: number;
  readonly isTitle: boolean;
  readonly text: string;
  /** `text` in lower case, the form every pattern is matched against. */
  readonly lower: string;
}

/**
 * Splits one paragraph into sentences, keeping abbreviations ("Nov.", "Gen.") and initials together. A
 * sentence ends at `[.!?]+["')\]]*\s+` when an upper-case letter or a digit follows (after an optional
 * opening quote or bracket); read in one pass.
 */
function splitParagraph(paragraph: string): string[] {
  const out: string[] = [];
  const n = paragraph.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    // The next `.`, `!` or `?` (a native search: most of a paragraph is skipped without a loop here).
    TERMINAL.lastIndex = i;
    if (!TERMINAL.test(paragraph)) break;
    const end = TERMINAL.lastIndex - 1;
    let closed = end + 1;
    while (closed < n && isTerminal(paragraph.charCodeAt(closed))) closed++;
    const afterStops = closed;
    while (closed < n && isCloser(paragraph.charCodeAt(closed))) closed++;
    let next = closed;
    while (next < n && (unitClass(paragraph.charCodeAt(next)) & SPACE) !== 0) next++;
    if (next === closed || !opensSentence(paragraph, next)) {
      i = afterStops;
      continue;
    }
    i = next;
    if (
      paragraph.charCodeAt(end) === 0x2e &&
      isAbbreviation(lastWord(paragraph, Math.max(start, end - 24), end))
    ) {
      continue;
    }
    const piece = paragraph.slice(start, closed).trim();
    if (piece) out.push(piece);
    start = next;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

const TERMINAL = /[.!?]/g;

function isTerminal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x29 || code === 0x5d;
}

/** `["'([]?[\p{Lu}\d]` at `i`. */
function opensSentence(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (isAsciiDigit(code) || (classAt(s, i) & UPPER) !== 0) return true;
  if (code !== 0x22 && code !== 0x27 && code !== 0x28 && code !== 0x5b) return false;
  return isAsciiDigit(s.charCodeAt(i + 1)) || (classAt(s, i + 1) & UPPER) !== 0;
}

/** The run of letters that ends at `end`, not reaching before `from` (`(\p{L}+)$` on that slice). */
function lastWord(s: string, from: number, end: number): string {
  let i = end;
  while (i > from) {
    const code = s.charCodeAt(i - 1);
    if (code >= 0xdc00 && code <= 0xdfff && i - 2 >= from && (classBefore(s, i) & LETTER) !== 0) i -= 2;
    else if ((unitClass(code) & LETTER) !== 0) i--;
    else break;
  }
  return s.slice(i, end);
}

/** A name's initial transliterated with two letters: "Senior Sergeant Sh. Rahimov", "Kh. Nazarov". */
const DIGRAPH_INITIAL = /^(?:Sh|Kh|Zh|Ch|Ts|Yu|Ya|Yo|Ye)$/;

function isAbbreviation(word: string): boolean {
  return (
    ABBREVIATIONS.has(word.toLowerCase()) ||
    (word.length === 1 && (classAt(word, 0) & UPPER) !== 0) ||
    DIGRAPH_INITIAL.test(word)
  );
}

/** Splits an article (title + text, already normalised) into sentences; the title is sentence 0. */
export function splitSentences(title: string, text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const cleanTitle = title.trim();
  sentences.push({ index: 0, isTitle: true, text: cleanTitle, lower: cleanTitle.toLowerCase() });
  // Paragraphs: the text between runs of newlines (what `text.split(/\n+/)` gives).
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const paragraph = text.slice(from, to);
    from = to + 1;
    while (text.charCodeAt(from) === 0x0a) from++;
    if (to === text.length) from = text.length + 1;
    for (const piece of splitParagraph(paragraph.trim())) {
      sentences.push({ index: sentences.length, isTitle: false, text: piece, lower: piece.toLowerCase() });
    }
  }
  return sentences;
}

/** A word, number or punctuation token of a lower-cased sentence, with its character offsets. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Tokenises a (lower-cased) sentence into words, numbers and single punctuation marks: the tokens of
 * `\p{L}+(?:['-]\p{L}+)*|\d+(?:[.,]\d+)*(?:-\p{L}+)*|[^\s\p{L}\d]`, read in one pass.
 */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  const n = sentence.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const code = sentence.charCodeAt(i);
    const len = letterLengthAt(sentence, i);
    if (len > 0) {
      // A word, with inner apostrophes and hyphens: "al-qaeda", "o'clock".
      i = lettersEnd(sentence, i + len);
      while (isJoiner(sentence.charCodeAt(i), true) && letterLengthAt(sentence, i + 1) > 0) {
        i = lettersEnd(sentence, i + 1);
      }
    } else if (isAsciiDigit(code)) {
      // A number with separators, then hyphenated letters: "1,350", "2.5", "34-year-old".
      i = digitsEnd(sentence, i + 1);
      while (isJoiner(sentence.charCodeAt(i), false) && isAsciiDigit(sentence.charCodeAt(i + 1))) {
        i = digitsEnd(sentence, i + 1);
      }
      // A clock time is one token, no count: "около 19:30 трое" is not 30 and three.
      if (
        sentence.charCodeAt(i) === 0x3a &&
        isAsciiDigit(sentence.charCodeAt(i + 1)) &&
        isAsciiDigit(sentence.charCodeAt(i + 2)) &&
        !isAsciiDigit(sentence.charCodeAt(i + 3))
      ) {
        i += 3;
      }
      while (sentence.charCodeAt(i) === 0x2d && letterLengthAt(sentence, i + 1) > 0) {
        i = lettersEnd(sentence, i + 1);
      }
    } else if ((unitClass(code) & SPACE) !== 0) {
      i++;
      continue;
    } else {
      // One mark (a whole code point).
      i += (sentence.codePointAt(i) as number) > 0xffff ? 2 : 1;
    }
    tokens.push({ text: sentence.slice(start, i), start, end: i });
  }
  return tokens;
}

/** `'` or `-` inside a word; `.` or `,` inside a number. */
function isJoiner(code: number, word: boolean): boolean {
  return word ? code === 0x27 || code === 0x2d : code === 0x2e || code === 0x2c;
}

function lettersEnd(s: string, i: number): number {
  const n = s.length;
  let at = i;
  while (at < n) {
    const bits = unitClass(s.charCodeAt(at));
    if ((bits & LETTER) !== 0) at++;
    else if ((bits & HIGH_SURROGATE) !== 0 && letterLengthAt(s, at) === 2) at += 2;
    else break;
  }
  return at;
}

function digitsEnd(s: string, i: number): number {
  let at = i;
  while (isAsciiDigit(s.charCodeAt(at))) at++;
  return at;
}
