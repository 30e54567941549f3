/**
 * SMS length rules. One SMS segment holds 160 characters of the GSM 03.38 7-bit alphabet (characters of
 * its extension table take two septets: an escape plus the character), or 70 UTF-16 code units when any
 * character outside that alphabet forces UCS-2. See 3GPP TS 23.038, section 6.2.1.
 *
 * Alerts go out as exactly one segment: typographic punctuation is replaced by its GSM-7 equivalent so
 * that a stray en dash does not halve the room, and a text that is still too long is shortened at a word
 * boundary, never inside a word.
 */

/** Characters of one GSM-7 segment. */
export const SMS_GSM7_LIMIT = 160;
/** UTF-16 code units of one UCS-2 segment. */
export const SMS_UCS2_LIMIT = 70;

/** The GSM 03.38 default alphabet (one septet each), in table order. */
const GSM7_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** The extension table: each costs an escape septet plus itself. */
const GSM7_EXTENSION = new Set('\f^{}\\[~]|€');

/** Typographic characters with a GSM-7 stand-in. Zero-width characters map to nothing. */
const GSM7_REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2022': '-',
  '\u00B7': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u00B4': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2039': "'",
  '\u203A': "'",
  '\u2026': '...',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u202F': ' ',
  '\u3000': ' ',
  '\t': ' ',
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\u2060': '',
  '\uFEFF': '',
  '\u00D7': 'x',
  '\u2116': 'No.',
};

/** Russian, Tajik, Kyrgyz and Uzbek Cyrillic letters, lower case, in a plain Latin reading. */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ғ: 'gh',
  ӣ: 'i',
  қ: 'q',
  ӯ: 'u',
  ҳ: 'h',
  ҷ: 'j',
  ң: 'ng',
  ө: 'o',
  ү: 'u',
  ў: 'o',
  і: 'i',
  є: 'ye',
  ї: 'yi',
};

function isGsm7Char(char: string): boolean {
  return GSM7_BASIC.has(char) || GSM7_EXTENSION.has(char);
}

/** True when every character of `text` is in the GSM-7 alphabet or its extension table. */
export function isGsm7(text: string): boolean {
  for (const char of text) if (!isGsm7Char(char)) return false;
  return true;
}

/**
 * Septets `text` takes in GSM-7: extension characters (`[]{}|^~€\` and form feed) count two. Meaningful
 * only when {@link isGsm7} holds; any other character is counted as one.
 */
export function gsm7Length(text: string): number {
  let septets = 0;
  for (const char of text) septets += GSM7_EXTENSION.has(char) ? 2 : 1;
  return septets;
}

/**
 * Replaces typographic punctuation (dashes, curly quotes, guillemets, ellipsis, special spaces) by GSM-7
 * equivalents, and accented Latin letters outside the alphabet by their base letter (`á` → `a`). Other
 * characters (Cyrillic, Arabic script) are kept.
 */
export function toGsm7(text: string): string {
  let out = '';
  for (const char of text) {
    const replacement = GSM7_REPLACEMENTS[char];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    if (isGsm7Char(char)) {
      out += char;
      continue;
    }
    const base = char.normalize('NFD').replace(/\p{M}+/gu, '');
    out += base !== '' && isGsm7(base) ? base : char;
  }
  return out;
}

/** Spells Cyrillic letters (Russian, Tajik, Kyrgyz, Uzbek) in Latin: `Ворух` → `Vorukh`. */
export function transliterateCyrillic(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const latin = CYRILLIC_TO_LATIN[lower];
    if (latin === undefined) {
      out += char;
    } else if (char !== lower && latin !== '') {
      out += latin.charAt(0).toUpperCase() + latin.slice(1);
    } else {
      out += latin;
    }
  }
  return out;
}

/** How a text would travel as one SMS. */
export interface SmsMeasure {
  readonly encoding: 'gsm7' | 'ucs2';
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  readonly length: number;
  /** The one-segment limit for that encoding. */
  readonly limit: number;
}

/** Measures `text` as it is (no replacement): encoding, length in that encoding's units, and the limit. */
export function measureSms(text: string): SmsMeasure {
  return isGsm7(text)
    ? { encoding: 'gsm7', length: gsm7Length(text), limit: SMS_GSM7_LIMIT }
    : { encoding: 'ucs2', length: text.length, limit: SMS_UCS2_LIMIT };
}

/** True when `text`, as it is, fits one SMS segment. */
export function fitsOneSms(text: string): boolean {
  const { length, limit } = measureSms(text);
  return length <= limit;
}

/** Options of {@link fitSms}. */
export interface FitSmsOptions {
  /**
   * Spell Cyrillic in Latin, so the text stays GSM-7 and keeps 160 characters of room instead of 70.
   * @default false (Cyrillic stays, and the UCS-2 limit applies)
   */
  readonly transliterateCyrillic?: boolean;
}

const TRAILING_PUNCTUATION = /[\s,;:.\-–—(]+$/u;

/**
 * Makes `text` one SMS: control characters and runs of white space become single spaces, typographic
 * punctuation becomes GSM-7 ({@link toGsm7}), and a text longer than one segment (160 GSM-7 septets, or
 * 70 UCS-2 code units when a non-GSM character such as Cyrillic stays) is cut after the last whole word
 * that fits, followed by `...` (GSM-7) or `…` (UCS-2). Only a single word longer than a whole segment is
 * ever cut inside.
 */
export function fitSms(text: string, options: FitSmsOptions = {}): string {
  let clean = text.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ');
  clean = toGsm7(clean);
  if (options.transliterateCyrillic) clean = transliterateCyrillic(clean);
  clean = clean.replace(/ {2,}/g, ' ').trim();
  const { encoding, length, limit } = measureSms(clean);
  if (length <= limit) return clean;

  const ellipsis = encoding === 'gsm7' ? '...' : '…';
  const measure = encoding === 'gsm7' ? gsm7Length : (s: string) => s.length;
  const room = limit - measure(ellipsis);
  const words = clean.split(' ');
  let kept = '';
  for (const word of words) {
    const candidate = kept === '' ? word : `${kept} ${word}`;
    if (measure(candidate.replace(TRAILING_PUNCTUATION, '')) > room) break;
    kept = candidate;
  }
  kept = kept.replace(TRAILING_PUNCTUATION, '');
  if (kept === '') {
    // One word longer than a segment (a pasted link, say): nothing whole fits, so cut it by characters.
    kept = cutByUnits(words[0] ?? '', room, measure);
  }
  return `${kept}${ellipsis}`;
}

function cutByUnits(word: string, room: number, measure: (s: string) => number): string {
  let out = '';
  for (const char of word) {
    if (measure(out + char) > room) break;
    out += char;
  }
  return out;
}
