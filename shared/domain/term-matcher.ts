/**
 * Finds terms in lower-cased text without a regular expression per term. Each term is compiled into a tiny
 * program (literal text, a run of letters for `*`, whitespace for a space, an optional separator for a
 * hyphen) and indexed by its first word; the text is scanned once, word by word, and at each word only the
 * terms that can start with it are tried. For the baseline, longer terms are tried first, so
 * "gorno-badakhshan" wins over "badakhshan" and "no one was killed" over "killed".
 *
 * Loading costs about a millisecond for the whole baseline: no term costs a `RegExp`, whose Unicode
 * property escapes (`\p{L}`) V8 expands every time one is constructed or first run.
 */
import { BASELINE_ENTRIES, type BaselineEntry, type BaselineTerm } from '../baseline/index.js';
import { classAt, classBefore, LETTER, letterLengthAt, NUMBER, SPACE, unitClass } from './chars.js';

/** One occurrence of a baseline term. */
export interface TermHit {
  readonly owner: BaselineEntry;
  readonly term: BaselineTerm;
  /** The matched text (lower case). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** One step of a compiled term: literal text, `*` (letters), a space (whitespace) or a hyphen. */
type Step =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'letters' }
  | { readonly kind: 'spaces' }
  | { readonly kind: 'separator' };

/**
 * Compiles a term (`хатлон*`, `tort-kocho`, `exchange of fire`): `*` is any run of letters, a space any
 * run of whitespace (or, with `literalSpaces`, one space), a hyphen a hyphen, one whitespace character or
 * nothing.
 */
function compileSteps(lower: string, literalSpaces: boolean): readonly Step[] {
  const steps: Step[] = [];
  let text = '';
  for (const ch of lower) {
    if (ch === '*' || ch === '-' || (ch === ' ' && !literalSpaces)) {
      if (text) steps.push({ kind: 'text', text });
      text = '';
      steps.push({ kind: ch === '*' ? 'letters' : ch === ' ' ? 'spaces' : 'separator' });
    } else text += ch;
  }
  if (text) steps.push({ kind: 'text', text });
  return steps;
}

/**
 * The end of a match of `steps[k..]` starting at `i` and followed by no character of class `edge`, or -1.
 * Greedy and backtracking in the order the regular expression `(?:term)(?![…])` tries, so the first match
 * found is the one that expression finds.
 */
function matchSteps(steps: readonly Step[], k: number, s: string, i: number, edge: number): number {
  const step = steps[k];
  if (step === undefined) return (classAt(s, i) & edge) !== 0 ? -1 : i;
  switch (step.kind) {
    case 'text':
      return s.startsWith(step.text, i) ? matchSteps(steps, k + 1, s, i + step.text.length, edge) : -1;
    case 'letters': {
      const ends = [i];
      for (let at = i, len = letterLengthAt(s, at); len > 0; len = letterLengthAt(s, at)) {
        at += len;
        ends.push(at);
      }
      for (let e = ends.length - 1; e >= 0; e--) {
        const end = matchSteps(steps, k + 1, s, ends[e] as number, edge);
        if (end >= 0) return end;
      }
      return -1;
    }
    case 'spaces': {
      let at = i;
      while (at < s.length && (unitClass(s.charCodeAt(at)) & SPACE) !== 0) at++;
      for (; at > i; at--) {
        const end = matchSteps(steps, k + 1, s, at, edge);
        if (end >= 0) return end;
      }
      return -1;
    }
    case 'separator': {
      const code = s.charCodeAt(i);
      if (code === 0x2d || (i < s.length && (unitClass(code) & SPACE) !== 0)) {
        const end = matchSteps(steps, k + 1, s, i + 1, edge);
        if (end >= 0) return end;
      }
      return matchSteps(steps, k + 1, s, i, edge);
    }
  }
}

/**
 * How `findTerms` matches a term: one word (compare words), several words with single spaces (compare
 * strings), one stem (the word starts with it) or anything else (the compiled steps).
 */
type Shape = 'word' | 'literal' | 'stem' | 'steps';

/** A term ready to be indexed and matched. */
interface CompiledTerm {
  /** The term in lower case. */
  readonly lower: string;
  readonly shape: Shape;
  /** The steps that match the term; built only where the term needs them. */
  readonly steps: readonly Step[];
  /** The term's first word (up to a space, hyphen or `*`). */
  readonly firstWord: string;
  /** True when the text's word may continue past `firstWord` (stems, hyphenated names). */
  readonly prefixOnly: boolean;
  /** The letter a hyphenated name continues with ("tajik-afghan": "a"), for a cheap pre-check. */
  readonly afterHyphen: string;
  /** The term's length without `*`, for longest-first order. */
  readonly literalLength: number;
  /** 1 when the term has a `*`, else 0. */
  readonly stars: number;
  /** Position in the list the term was compiled from (the last tie-break). */
  readonly position: number;
}

const NO_STEPS: readonly Step[] = [];

/**
 * Reads a term in one pass over its characters: its first word, its shape and its length. (A pass of plain
 * code: a regular expression with `\p{L}` would cost more to compile on first use than the whole pass.)
 */
function compileTerm(text: string, position: number, steps: 'all' | 'needed', literalSpaces = false) {
  const lower = text.toLowerCase();
  const n = lower.length;
  let chunkEnd = -1;
  let stars = 0;
  let spaces = 0;
  let wordStart = 0;
  // Fast shapes: letters only, with single spaces between words, or one word with one final `*`.
  let shaped = n > 0;
  for (let i = 0; i < n; i++) {
    const code = lower.charCodeAt(i);
    const bits = unitClass(code);
    if ((bits & LETTER) !== 0) continue;
    const separator = code === 0x2a || code === 0x2d || (bits & SPACE) !== 0;
    if (separator && chunkEnd < 0) chunkEnd = i;
    if (code === 0x2a) {
      stars++;
      if (i !== n - 1 || i === wordStart || spaces > 0) shaped = false;
    } else if (code === 0x20 && i > wordStart && stars === 0) {
      spaces++;
      wordStart = i + 1;
    } else if (!separator && letterLengthAt(lower, i) === 2) {
      i++; // a supplementary letter
    } else shaped = false;
  }
  if (wordStart === n) shaped = false;
  // A term that starts with a separator has no first word: it is indexed under its whole text.
  if (chunkEnd <= 0) chunkEnd = n;
  const next = lower[chunkEnd];
  const shape: Shape = !shaped ? 'steps' : stars ? 'stem' : spaces ? 'literal' : 'word';
  const compiled: CompiledTerm = {
    lower,
    shape,
    steps: steps === 'all' || shape === 'steps' ? compileSteps(lower, literalSpaces) : NO_STEPS,
    firstWord: lower.slice(0, chunkEnd),
    // After "*" or "-" the first word of the text may run on ("хатлонской", "tortkocho").
    prefixOnly: next === '*' || next === '-',
    afterHyphen: next === '-' ? (lower[chunkEnd + 1] ?? '') : '',
    literalLength: text.length - stars,
    stars: stars > 0 ? 1 : 0,
    position,
  };
  return compiled;
}

const MEMO_LIMIT = 100_000;

/**
 * Compiled terms indexed by first word. Words repeat in news text, so the candidates of each word are
 * remembered (up to a bound) and each word costs one map lookup.
 */
class TermIndex<T extends CompiledTerm> {
  private readonly byWord = new Map<string, T[]>();
  private readonly byPrefix = new Map<string, T[]>();
  private readonly memo = new Map<string, readonly T[]>();
  private readonly none: readonly T[] = [];

  /**
   * `order` ranks two terms that can start at the same word (negative: the first is tried first). The terms
   * are only bucketed here; the few candidates of a word are put in order when the word is first seen.
   */
  constructor(
    terms: readonly T[],
    private readonly order: (a: T, b: T) => number,
  ) {
    for (const compiled of terms) {
      const index = compiled.prefixOnly ? this.byPrefix : this.byWord;
      const key = compiled.prefixOnly ? compiled.firstWord.slice(0, 2) : compiled.firstWord;
      const list = index.get(key);
      if (list) list.push(compiled);
      else index.set(key, [compiled]);
    }
  }

  /** The terms that can start at a word, in priority order. */
  candidates(word: string): readonly T[] {
    const cached = this.memo.get(word);
    if (cached) return cached;
    const exact = this.byWord.get(word);
    const prefixed = this.byPrefix.get(word.slice(0, 2));
    const stems = prefixed ? prefixed.filter((c) => word.startsWith(c.firstWord)) : this.none;
    const found = exact || stems.length ? [...(exact ?? this.none), ...stems].sort(this.order) : this.none;
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(word, found);
    return found;
  }
}

/**
 * Calls `visit(start, end)` for each run of letters in `lower` (`\p{L}+`, left to right) that starts at or
 * after the position the previous call returned (a match consumes the words it covers).
 */
function eachWord(lower: string, visit: (start: number, end: number) => number): void {
  const n = lower.length;
  let resumeAt = 0;
  let i = 0;
  while (i < n) {
    let len = letterLengthAt(lower, i);
    if (len === 0) {
      i++;
      continue;
    }
    const start = i;
    i += len;
    for (len = letterLengthAt(lower, i); len > 0; len = letterLengthAt(lower, i)) i += len;
    if (start >= resumeAt) {
      resumeAt = Math.max(resumeAt, visit(start, i));
      if (resumeAt >= n) return;
    }
  }
}

// The baseline --------------------------------------------------------------------------------------------

interface BaselineCompiled extends CompiledTerm {
  readonly owner: BaselineEntry;
  readonly term: BaselineTerm;
}

const BASELINE: BaselineCompiled[] = [];
for (const owner of BASELINE_ENTRIES) {
  for (const term of owner.entry.terms) {
    BASELINE.push({ ...compileTerm(term.text, BASELINE.length, 'needed'), owner, term });
  }
}

/** Longest first; at equal length a term without `*` before a stem; then baseline order. */
const BASELINE_INDEX = new TermIndex(
  BASELINE,
  (a, b) => b.literalLength - a.literalLength || a.stars - b.stars || a.position - b.position,
);

/** True when the unit at `i` is a letter or a number taken alone (the word-edge test of the fast shapes). */
function isWordUnit(s: string, i: number): boolean {
  return i < s.length && (unitClass(s.charCodeAt(i)) & (LETTER | NUMBER)) !== 0;
}

/** The end of a match of `compiled` at `start` (where the text's word ends at `wordEnd`), or -1. */
function matchAt(compiled: CompiledTerm, lower: string, start: number, wordEnd: number): number {
  switch (compiled.shape) {
    case 'word':
    case 'stem':
      return isWordUnit(lower, wordEnd) ? -1 : wordEnd;
    case 'literal': {
      if (!lower.startsWith(compiled.lower, start)) return -1;
      const end = start + compiled.lower.length;
      return isWordUnit(lower, end) ? -1 : end;
    }
    case 'steps': {
      if (compiled.afterHyphen) {
        const following = lower[start + compiled.firstWord.length] ?? '';
        if (following !== '-' && following !== ' ' && following !== compiled.afterHyphen) return -1;
      }
      return matchSteps(compiled.steps, 0, lower, start, LETTER | NUMBER);
    }
  }
}

/** Finds every baseline term in a lower-cased text, left to right, longest term first at each position. */
export function findTerms(lower: string): TermHit[] {
  const hits: TermHit[] = [];
  eachWord(lower, (start, wordEnd) => {
    // A word glued to a number ("5km") starts no term.
    if (start > 0 && (unitClass(lower.charCodeAt(start - 1)) & NUMBER) !== 0) return 0;
    const candidates = BASELINE_INDEX.candidates(lower.slice(start, wordEnd));
    for (let i = 0; i < candidates.length; i++) {
      const compiled = candidates[i] as BaselineCompiled;
      const end = matchAt(compiled, lower, start, wordEnd);
      if (end < 0) continue;
      hits.push({ owner: compiled.owner, term: compiled.term, text: lower.slice(start, end), start, end });
      return end;
    }
    return 0;
  });
  return hits;
}

/** A short evidence label for a hit: `place:Khatlon`, `country:AF`, `incident:clash:exchange of fire`. */
export function hitLabel(hit: TermHit): string {
  const { owner } = hit;
  switch (owner.kind) {
    case 'place':
      return `place:${owner.entry.name}`;
    case 'country':
      return `country:${owner.entry.code}`;
    case 'actor':
      return `actor:${owner.entry.name}`;
    case 'vocabulary':
      return `${owner.entry.category}:${hit.text}`;
  }
}

// Term sets -------------------------------------------------------------------------------------------------

/** A span of text: start and end offsets. */
export type Span = readonly [start: number, end: number];

/** Finds the terms of one set in text, as one alternation regular expression would. */
export interface TermSet {
  /**
   * Every match, left to right and not overlapping: at each word start not preceded by an edge character,
   * the first term (in the set's order) that matches up to a position not followed by one.
   */
  findAll(lower: string): Span[];
  /** True when the set matches anywhere in `lower`. */
  test(lower: string): boolean;
}

/** How a term set treats word edges and spaces. */
export interface TermSetOptions {
  /**
   * What may not touch a match: `word` (default) letters and numbers (`[\p{L}\p{N}]`), `letter` letters only
   * (`\p{L}`), so that "5km" still holds "km".
   */
  readonly edge?: 'word' | 'letter';
  /** True: a space in a term is exactly one space; by default it is any run of whitespace. */
  readonly literalSpaces?: boolean;
}

/** True when `text` is one run of letters. */
function isWord(text: string): boolean {
  if (!text) return false;
  for (let i = 0, len = 0; i < text.length; i += len) {
    len = letterLengthAt(text, i);
    if (len === 0) return false;
  }
  return true;
}

/**
 * Compiles terms (baseline syntax, in priority order) into a set that finds what the regular expression
 * `(?<!E)(?:t1|t2|…)(?!E)` (flags `gu`, E the edge class) finds, at the cost of one scan of the text. Each
 * term must start with a letter.
 */
export function compileTermSet(terms: readonly string[], options: TermSetOptions = {}): TermSet {
  const edge = options.edge === 'letter' ? LETTER : LETTER | NUMBER;
  const compiled = terms.map((text, i) => compileTerm(text, i, 'all', options.literalSpaces));
  // A first word with characters other than letters is not a word of the text: try such terms everywhere.
  const anywhere = compiled.filter((c) => !isWord(c.firstWord));
  const order = (a: CompiledTerm, b: CompiledTerm) => a.position - b.position;
  const index = new TermIndex(
    compiled.filter((c) => !anywhere.includes(c)),
    order,
  );
  const scan = (lower: string, out: Span[] | null): boolean => {
    let found = false;
    eachWord(lower, (start, wordEnd) => {
      if ((classBefore(lower, start) & edge) !== 0) return 0;
      let candidates = index.candidates(lower.slice(start, wordEnd));
      if (anywhere.length) candidates = [...candidates, ...anywhere].sort(order);
      for (const c of candidates) {
        const end = matchSteps(c.steps, 0, lower, start, edge);
        if (end >= 0) {
          found = true;
          if (out === null) return lower.length;
          out.push([start, end]);
          return end;
        }
      }
      return 0;
    });
    return found;
  };
  return {
    findAll(lower: string): Span[] {
      const out: Span[] = [];
      scan(lower, out);
      return out;
    },
    test(lower: string): boolean {
      return scan(lower, null);
    },
  };
}
