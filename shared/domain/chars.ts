/**
 * Character classes for the hand-written scanners of the classifier: letters (`\p{L}`), upper-case letters
 * (`\p{Lu}`), numbers (`\p{N}`) and whitespace (`\s`), each with the exact meaning the escape has in a
 * `u`-flag regular expression.
 *
 * A regular expression pays for every Unicode property escape when it is constructed (V8 builds the
 * property's range set each time), so a module with a few hundred `\p{L}` costs tens of milliseconds to load.
 * Here the four properties are compiled once; a 64K table remembers the class of each UTF-16 unit the first
 * time it is seen, so scanning a text costs one array read per character.
 */

/** Class bit: a letter (`\p{L}`). */
export const LETTER = 1;
/** Class bit: a number (`\p{N}`, which includes `0`-`9`). */
export const NUMBER = 2;
/** Class bit: whitespace (`\s`). */
export const SPACE = 4;
/** Class bit: an upper-case letter (`\p{Lu}`). */
export const UPPER = 8;
/** Class bit: the code unit is a high surrogate (the first half of a supplementary code point). */
export const HIGH_SURROGATE = 16;
/** Set on every classified entry, so that 0 means "not classified yet". */
const KNOWN = 128;

const P_LETTER = /\p{L}/u;
const P_NUMBER = /\p{N}/u;
const P_UPPER = /\p{Lu}/u;

/**
 * `\s`: ECMAScript's WhiteSpace and LineTerminator (tab, vertical tab, form feed, the space separators, the
 * byte-order mark, line feed, carriage return, the line and paragraph separators).
 */
function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const TABLE = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) {
  let bits = KNOWN;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) bits |= LETTER;
  if (code >= 0x41 && code <= 0x5a) bits |= UPPER;
  if (code >= 0x30 && code <= 0x39) bits |= NUMBER;
  if (isSpaceCode(code)) bits |= SPACE;
  TABLE[code] = bits;
}

// The Cyrillic block (U+0400-U+04FF), the other script of the baseline, is set here too, so that loading
// the baseline runs no Unicode property pattern: letters all but U+0482-U+0489 (a sign and combining marks);
// capitals U+0400-U+042F, then the even code point of each case pair (odd ones in U+04C1-U+04CE, U+04C0
// alone).
for (let code = 0x400; code <= 0x4ff; code++) {
  let bits = KNOWN;
  if (code <= 0x481 || code >= 0x48a) bits |= LETTER;
  const upper =
    code <= 0x42f ||
    code === 0x4c0 ||
    (code >= 0x4c1 && code <= 0x4ce ? code % 2 === 1 : code >= 0x460 && code !== 0x4cf && code % 2 === 0);
  if (upper && (bits & LETTER) !== 0) bits |= UPPER;
  TABLE[code] = bits;
}

function classOfCodePoint(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  let bits = KNOWN;
  if (P_LETTER.test(ch)) bits |= P_UPPER.test(ch) ? LETTER | UPPER : LETTER;
  else if (P_NUMBER.test(ch)) bits |= NUMBER;
  else if (isSpaceCode(codePoint)) bits |= SPACE;
  return bits;
}

function classify(code: number): number {
  // A lone surrogate is no letter, number or space; a high surrogate is flagged so that callers that read
  // code points can combine it with the unit after it.
  const bits =
    code >= 0xd800 && code <= 0xdfff ? KNOWN | (code <= 0xdbff ? HIGH_SURROGATE : 0) : classOfCodePoint(code);
  TABLE[code] = bits;
  return bits;
}

/** The class bits of one UTF-16 code unit taken alone (a surrogate is neither letter nor number). */
export function unitClass(code: number): number {
  return TABLE[code] || classify(code);
}

/** The class bits of the code point that starts at `i` (0 past the end). */
export function classAt(s: string, i: number): number {
  if (i >= s.length) return 0;
  const bits = unitClass(s.charCodeAt(i));
  if ((bits & HIGH_SURROGATE) === 0) return bits;
  const codePoint = s.codePointAt(i) as number;
  return codePoint > 0xffff ? classOfCodePoint(codePoint) : bits;
}

/** The class bits of the code point that ends just before `i` (0 at the start). */
export function classBefore(s: string, i: number): number {
  if (i <= 0) return 0;
  const code = s.charCodeAt(i - 1);
  if (code >= 0xdc00 && code <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return classOfCodePoint(s.codePointAt(i - 2) as number);
  }
  return unitClass(code);
}

/**
 * The length in code units (1 or 2) of the letter that starts at `i`, or 0 when no letter starts there:
 * one step of `\p{L}` in a `u`-flag pattern.
 */
export function letterLengthAt(s: string, i: number): number {
  if (i >= s.length) return 0;
  const bits = unitClass(s.charCodeAt(i));
  if ((bits & LETTER) !== 0) return 1;
  if ((bits & HIGH_SURROGATE) === 0) return 0;
  const codePoint = s.codePointAt(i) as number;
  return codePoint > 0xffff && (classOfCodePoint(codePoint) & LETTER) !== 0 ? 2 : 0;
}

/** True when the code point before `i` is a letter: `(?<![\p{L}])` fails there. */
export function isLetterBefore(s: string, i: number): boolean {
  return (classBefore(s, i) & LETTER) !== 0;
}

/** True for the ASCII digits `0`-`9` (`\d`). */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * The matches of a global pattern that are not preceded by a letter: what the pattern finds with
 * `(?<![\p{L}])` in front, without paying for `\p{L}` in the pattern. The pattern must start with a
 * character from the Basic Multilingual Plane.
 */
export function matchesAfterNonLetter(pattern: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(s); m !== null; m = pattern.exec(s)) {
    if (isLetterBefore(s, m.index)) pattern.lastIndex = m.index + 1;
    else out.push(m);
  }
  return out;
}

/**
 * `text.toLowerCase()`, without the call when nothing would change: text made only of characters that have
 * no lower-case mapping below U+0080 (not `A`-`Z`) and of lower-case Cyrillic letters (U+0430-U+045F) is
 * returned as it is. (V8 lower-cases non-ASCII text through ICU, a few microseconds a call.)
 */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 ? code >= 0x41 && code <= 0x5a : code < 0x430 || code > 0x45f) return text.toLowerCase();
  }
  return text;
}
