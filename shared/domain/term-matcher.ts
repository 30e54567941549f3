/**
 * Finds terms in lower-cased text without a regular expression per term. Each term is compiled into a tiny
 * program (literal text, a run of letters for `*`, whitespace for a space, an optional separator for a
 * hyphen) and indexed by its first word; the text is scanned once, word by word, and at each word only the
 * terms that can start with it are tried. For the baseline, longer terms are tried first, so
 * "gorno-badakhshan" wins over "badakhshan" and "no one was killed" over "killed".
 *
 * Loading costs one to two milliseconds for the whole baseline: no term costs a `RegExp`, whose Unicode
 * property escapes (`\p{L}`) V8 expands every time one is constructed or first run.
 */
import { BASELINE_ENTRIES, type BaselineEntry, type BaselineTerm } from '../baseline/index.js';
import {
  classAt,
  classBefore,
  HIGH_SURROGATE,
  LETTER,
  letterLengthAt,
  lowerCase,
  NUMBER,
  SPACE,
  unitClass,
} from './chars.js';

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
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i] as string;
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
  /** The hash `eachWord` computes for `firstWord`. */
  readonly firstHash: number;
  /** The same hash of the first one to three units of `firstWord`. */
  readonly prefixHash: number;
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
  /** For a baseline term: its entry and the term itself. */
  readonly owner: BaselineEntry | null;
  readonly term: BaselineTerm | null;
}

const NO_STEPS: readonly Step[] = [];

/**
 * Reads a term in one pass over its characters: its first word, its shape and its length. (A pass of plain
 * code: a regular expression with `\p{L}` would cost more to compile on first use than the whole pass.)
 */
function compileTerm(
  text: string,
  position: number,
  steps: 'all' | 'needed',
  literalSpaces: boolean,
  owner: BaselineEntry | null,
  term: BaselineTerm | null,
): CompiledTerm {
  const lower = lowerCase(text);
  const n = lower.length;
  let chunkEnd = -1;
  let stars = 0;
  let spaces = 0;
  let wordStart = 0;
  // The hashes `eachWord` computes, of the whole term, of its first word and of its first 1-3 units.
  let hash = 0;
  let firstHash = 0;
  let prefixHash = 0;
  // Fast shapes: letters only, with single spaces between words, or one word with one final `*`.
  let shaped = n > 0;
  for (let i = 0; i < n; i++) {
    const code = lower.charCodeAt(i);
    const before = hash;
    hash = (Math.imul(hash, 31) + code) | 0;
    const bits = unitClass(code);
    const separator = code === 0x2a || code === 0x2d || (bits & SPACE) !== 0;
    if (separator && chunkEnd < 0) {
      chunkEnd = i;
      firstHash = before;
    } else if (i < 3 && chunkEnd < 0) prefixHash = hash;
    if ((bits & LETTER) !== 0) continue;
    if (code === 0x2a) {
      stars++;
      if (i !== n - 1 || i === wordStart || spaces > 0) shaped = false;
    } else if (code === 0x20 && i > wordStart && stars === 0) {
      spaces++;
      wordStart = i + 1;
    } else if (!separator && letterLengthAt(lower, i) === 2) {
      i++; // a supplementary letter
      hash = (Math.imul(hash, 31) + lower.charCodeAt(i)) | 0;
      if (i < 3 && chunkEnd < 0) prefixHash = hash;
    } else shaped = false;
  }
  if (wordStart === n) shaped = false;
  // A term that starts with a separator has no first word: it is indexed under its whole text.
  if (chunkEnd <= 0) {
    chunkEnd = n;
    firstHash = hash;
    prefixHash = hashOf(lower, 0, Math.min(n, 3));
  }
  const next = lower[chunkEnd];
  const shape: Shape = !shaped ? 'steps' : stars ? 'stem' : spaces ? 'literal' : 'word';
  return {
    lower,
    shape,
    steps: steps === 'all' || shape === 'steps' ? compileSteps(lower, literalSpaces) : NO_STEPS,
    firstWord: lower.slice(0, chunkEnd),
    firstHash: firstHash & 0x3fffffff,
    prefixHash: prefixHash & 0x3fffffff,
    // After "*" or "-" the first word of the text may run on ("хатлонской", "tortkocho").
    prefixOnly: next === '*' || next === '-',
    afterHyphen: next === '-' ? (lower[chunkEnd + 1] ?? '') : '',
    literalLength: text.length - stars,
    stars: stars > 0 ? 1 : 0,
    position,
    owner,
    term,
  };
}

/**
 * Remembers a value per word of a text, looked up by the word's position and a hash computed while the word
 * was scanned: a lookup neither copies the word out of the text nor hashes it again (open addressing over
 * typed arrays).
 */
class WordMemo<V> {
  private hashes: Int32Array;
  private words: (string | undefined)[];
  private values: (V | undefined)[];
  private slots = 1 << 10;
  private size = 0;

  /**
   * The memo starts small and doubles up to `maxSlots` (a power of two); full at that size, it is emptied,
   * so a long run stays bounded.
   */
  constructor(private readonly maxSlots: number) {
    this.hashes = new Int32Array(this.slots);
    this.words = new Array<string | undefined>(this.slots).fill(undefined);
    this.values = new Array<V | undefined>(this.slots).fill(undefined);
  }

  /** The value remembered for `text.slice(start, end)` (whose hash is `hash`), or undefined. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    const mask = this.slots - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const word = this.words[slot];
      if (word === undefined) return undefined;
      if (this.hashes[slot] === hash && word.length === end - start && text.startsWith(word, start)) {
        return this.values[slot];
      }
    }
  }

  set(word: string, hash: number, value: V): void {
    if (this.size >= this.slots / 2) this.resize();
    const mask = this.slots - 1;
    let slot = hash & mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & mask;
    this.hashes[slot] = hash;
    this.words[slot] = word;
    this.values[slot] = value;
    this.size++;
  }

  private resize(): void {
    const { hashes, words, values } = this;
    const grow = this.slots < this.maxSlots;
    if (grow) this.slots *= 2;
    this.hashes = new Int32Array(this.slots);
    this.words = new Array<string | undefined>(this.slots).fill(undefined);
    this.values = new Array<V | undefined>(this.slots).fill(undefined);
    this.size = 0;
    if (!grow) return;
    for (let slot = 0; slot < words.length; slot++) {
      const word = words[slot];
      if (word !== undefined) this.set(word, hashes[slot] as number, values[slot] as V);
    }
  }
}

/** The hash `eachWord` computes for the first `length` code units of `text`. */
function hashOf(text: string, start: number, length: number): number {
  let hash = 0;
  for (let i = start; i < start + length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash & 0x3fffffff;
}

function slotOf(hash: number): number {
  return (hash ^ (hash >>> 16)) & 0xffff;
}

/**
 * Which words may start a term, in a 64K table of hashes: the first words of terms, and the first one to
 * three letters of the words that may run on (stems). Most words of a text start no term; for them one or
 * four table reads replace a lookup of the whole word. False positives only cost that lookup.
 */
class WordFilter {
  /** Per hash slot: 1 a first word, 2/4/8 a stem's first one/two/three units. */
  readonly table = new Uint8Array(0x10000);
  private all = false;

  /** Terms whose first word is exactly the word with hash `hash`. */
  addWord(hash: number): void {
    this.mark(hash, 1);
  }

  /** Terms whose first word is any word that starts with a prefix of `length` units and hash `hash`. */
  addPrefix(hash: number, length: number): void {
    const k = Math.min(length, 3);
    if (k === 0) this.all = true;
    this.mark(hash, 1 << k);
  }

  private mark(hash: number, bit: number): void {
    const slot = slotOf(hash);
    this.table[slot] = (this.table[slot] as number) | bit;
  }

  /** Every word may start a term (terms whose first word is no word of the text). */
  passAll(): void {
    this.all = true;
  }

  /** True when every word may start a term. */
  get passesAll(): boolean {
    return this.all;
  }

  /** False when no term can start at the word `text.slice(start, end)` (whose hash is `hash`). */
  mayStart(text: string, start: number, end: number, hash: number): boolean {
    return (
      this.all ||
      ((this.table[slotOf(hash)] as number) & 1) !== 0 ||
      stemMayStart(this.table, text, start, end)
    );
  }
}

/**
 * Compiled terms indexed by first word. Words repeat in news text, so the candidates of each word are
 * remembered (up to a bound) and each word costs one lookup.
 */
class TermIndex<T extends CompiledTerm> {
  private readonly byWord = new Map<string, T[]>();
  private readonly byPrefix = new Map<string, T[]>();
  private readonly none: readonly T[] = [];

  /**
   * `order` ranks two terms that can start at the same word (negative: the first is tried first). The terms
   * are only bucketed here; the few candidates of a word are put in order when the word is first seen.
   */
  constructor(
    terms: readonly T[],
    private readonly order: (a: T, b: T) => number,
    filter: WordFilter,
  ) {
    for (const compiled of terms) {
      if (compiled.prefixOnly) filter.addPrefix(compiled.prefixHash, compiled.firstWord.length);
      else filter.addWord(compiled.firstHash);
      const index = compiled.prefixOnly ? this.byPrefix : this.byWord;
      const key = compiled.prefixOnly ? compiled.firstWord.slice(0, 2) : compiled.firstWord;
      const list = index.get(key);
      if (list) list.push(compiled);
      else index.set(key, [compiled]);
    }
  }

  /** The terms that can start at a word, in priority order. */
  candidates(word: string): readonly T[] {
    const exact = this.byWord.get(word);
    const prefixed = this.byPrefix.get(word.slice(0, 2));
    const stems = prefixed ? prefixed.filter((c) => word.startsWith(c.firstWord)) : this.none;
    return exact || stems.length ? [...(exact ?? this.none), ...stems].sort(this.order) : this.none;
  }
}

/** True when a letter (`\p{L}`, a whole code point) starts at `i`. */
function startsLetter(lower: string, i: number): boolean {
  const bits = unitClass(lower.charCodeAt(i));
  return (bits & LETTER) !== 0 || ((bits & HIGH_SURROGATE) !== 0 && letterLengthAt(lower, i) === 2);
}

/** The hash of the word `readWord` read last (a scratch result, so that reading a word allocates nothing). */
let wordHash = 0;

/**
 * The end of the run of letters (`\p{L}+`) that starts at `i`; sets `wordHash` to the hash of its code units
 * (`hash * 31 + unit`, kept to 30 bits), the hash `hashOf` computes.
 */
function readWord(lower: string, i: number): number {
  const n = lower.length;
  let at = i;
  let hash = 0;
  while (at < n) {
    const code = lower.charCodeAt(at);
    const bits = unitClass(code);
    if ((bits & LETTER) !== 0) {
      hash = (Math.imul(hash, 31) + code) | 0;
      at++;
    } else if ((bits & HIGH_SURROGATE) !== 0 && letterLengthAt(lower, at) === 2) {
      hash = (Math.imul(hash, 961) + code * 31 + lower.charCodeAt(at + 1)) | 0;
      at += 2;
    } else break;
  }
  wordHash = hash & 0x3fffffff;
  return at;
}

/**
 * Calls `visit(start, end, hash)` for each run of letters in `lower` (`\p{L}+`, left to right) that starts at
 * or after the position the previous call returned (a match consumes the words it covers). `hash` is a hash
 * of the run's code units, for `WordMemo`.
 */
function eachWord(
  lower: string,
  filter: WordFilter,
  visit: (start: number, end: number, hash: number) => number,
): void {
  const n = lower.length;
  let resumeAt = 0;
  let i = 0;
  while (i < n) {
    if (!startsLetter(lower, i)) {
      i++;
      continue;
    }
    const start = i;
    i = readWord(lower, i);
    const hash = wordHash;
    if (start >= resumeAt && filter.mayStart(lower, start, i, hash)) {
      resumeAt = Math.max(resumeAt, visit(start, i, hash));
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
    BASELINE.push(compileTerm(term.text, BASELINE.length, 'needed', false, owner, term) as BaselineCompiled);
  }
}

const BASELINE_FILTER = new WordFilter();
/** Longest first; at equal length a term without `*` before a stem; then baseline order. */
const BASELINE_INDEX = new TermIndex(
  BASELINE,
  (a, b) => b.literalLength - a.literalLength || a.stars - b.stars || a.position - b.position,
  BASELINE_FILTER,
);

const BASELINE_MEMO = new WordMemo<readonly BaselineCompiled[]>(1 << 16);

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
      // The word is the term's first word; a space must follow it, then the second word's first letter.
      const second = wordEnd - start + 1;
      if (
        lower.charCodeAt(wordEnd) !== 0x20 ||
        lower.charCodeAt(wordEnd + 1) !== compiled.lower.charCodeAt(second) ||
        !lower.startsWith(compiled.lower, start)
      ) {
        return -1;
      }
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
  return scanTerms(lower).hits;
}

/**
 * Words to notice while scanning for terms, each with the bits it sets in `TermScan.marks`: a table of the
 * words' hash slots (read inline by the scan) and the words themselves.
 */
export class WordMarks {
  /** Per hash slot: 1 when a marked word has this slot. */
  readonly table = new Uint8Array(0x10000);
  /** The marked words by hash slot, each with its bits: compared in place, without copying the word out. */
  private readonly bySlot = new Map<number, { word: string; mark: number }[]>();

  /** `marks`: words (lower case, one run of letters each) and their mark bits. */
  constructor(marks: Readonly<Record<string, number>>) {
    for (const [word, mark] of Object.entries(marks)) {
      const slot = slotOf(hashOf(word, 0, word.length));
      this.table[slot] = 1;
      const list = this.bySlot.get(slot);
      if (list) list.push({ word, mark });
      else this.bySlot.set(slot, [{ word, mark }]);
    }
  }

  /** The bits of the word `text.slice(start, end)`, whose hash slot is `slot` (0: not a marked word). */
  markOf(text: string, start: number, end: number, slot: number): number {
    const entries = this.bySlot.get(slot);
    if (entries === undefined) return 0;
    for (let k = 0; k < entries.length; k++) {
      const { word, mark } = entries[k] as { word: string; mark: number };
      if (word.length === end - start && text.startsWith(word, start)) return mark;
    }
    return 0;
  }
}

/** Compiles words (lower case, one run of letters each) and their mark bits for `scanTerms`. */
export function compileWordMarks(marks: Readonly<Record<string, number>>): WordMarks {
  return new WordMarks(marks);
}

/** What one scan of a lower-cased sentence found. */
export interface TermScan {
  /** The baseline terms, as `findTerms` finds them. */
  readonly hits: TermHit[];
  /** True when the text holds an ASCII digit. */
  readonly digits: boolean;
  /** The bits of every marked word that occurs as a whole run of letters, or-ed together. */
  readonly marks: number;
}

/**
 * Finds the baseline terms of a lower-cased text and, in the same pass, whether it holds a digit and which
 * of `marks` occur in it: the classifier reads each sentence once.
 */
export function scanTerms(lower: string, marks?: WordMarks): TermScan {
  const hits: TermHit[] = [];
  const table = BASELINE_FILTER.table;
  const every = BASELINE_FILTER.passesAll;
  const n = lower.length;
  let digits = false;
  let marked = 0;
  let resumeAt = 0;
  let i = 0;
  while (i < n) {
    if (!startsLetter(lower, i)) {
      const code = lower.charCodeAt(i);
      if (code >= 0x30 && code <= 0x39) digits = true;
      i++;
      continue;
    }
    const start = i;
    i = readWord(lower, i);
    const hash = wordHash;
    const slot = slotOf(hash);
    if (marks !== undefined && marks.table[slot] === 1) marked |= marks.markOf(lower, start, i, slot);
    if (start < resumeAt) continue;
    if (((table[slot] as number) & 1) === 0 && !every && !stemMayStart(table, lower, start, i)) continue;
    // A word glued to a number ("5km") starts no term.
    if (start > 0 && (unitClass(lower.charCodeAt(start - 1)) & NUMBER) !== 0) continue;
    const end = baselineMatch(lower, start, i, hash, hits);
    if (end > resumeAt) resumeAt = end;
  }
  return { hits, digits, marks: marked };
}

/** True when a stem's first one, two or three units (filter bits 2, 4, 8) start the word. */
function stemMayStart(table: Uint8Array, text: string, start: number, end: number): boolean {
  let h = text.charCodeAt(start);
  if (((table[slotOf(h)] as number) & 2) !== 0) return true;
  if (end - start < 2) return false;
  h = (Math.imul(h, 31) + text.charCodeAt(start + 1)) | 0;
  if (((table[slotOf(h)] as number) & 4) !== 0) return true;
  if (end - start < 3) return false;
  h = (Math.imul(h, 31) + text.charCodeAt(start + 2)) | 0;
  return ((table[slotOf(h & 0x3fffffff)] as number) & 8) !== 0;
}

/** Tries the baseline terms that can start at the word `lower.slice(start, wordEnd)`; the end of a hit or 0. */
function baselineMatch(lower: string, start: number, wordEnd: number, hash: number, hits: TermHit[]): number {
  let candidates = BASELINE_MEMO.get(lower, start, wordEnd, hash);
  if (candidates === undefined) {
    const word = lower.slice(start, wordEnd);
    candidates = BASELINE_INDEX.candidates(word);
    BASELINE_MEMO.set(word, hash, candidates);
  }
  for (let k = 0; k < candidates.length; k++) {
    const compiled = candidates[k] as BaselineCompiled;
    const end = matchAt(compiled, lower, start, wordEnd);
    if (end < 0) continue;
    // A term of fixed text (one word, or words with single spaces) matched exactly that text: its own string
    // serves, so most hits copy nothing out of the sentence.
    const fixed = compiled.shape === 'word' || compiled.shape === 'literal';
    const text = fixed ? compiled.lower : lower.slice(start, end);
    hits.push({ owner: compiled.owner, term: compiled.term, text, start, end });
    return end;
  }
  return 0;
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

/** Several term sets read in one scan of the text. */
export interface TermSets {
  /** For each set (in the order given), what its `TermSet.findAll` would return. */
  findAll(lower: string): Span[][];
  /** True when any of the sets matches anywhere in `lower`. */
  test(lower: string): boolean;
  /** For each set (in the order given), whether it matches anywhere in `lower`. */
  matches(lower: string): boolean[];
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

const byPosition = (a: CompiledTerm, b: CompiledTerm) => a.position - b.position;

/** One term list, indexed; terms whose first word is not a word of the text are tried at every word. */
function indexList(terms: readonly string[], literalSpaces: boolean, filter: WordFilter) {
  const compiled = terms.map((text, i) => compileTerm(text, i, 'all', literalSpaces, null, null));
  const anywhere = compiled.filter((c) => !isWord(c.firstWord));
  if (anywhere.length) filter.passAll();
  const index = new TermIndex(
    compiled.filter((c) => !anywhere.includes(c)),
    byPosition,
    filter,
  );
  return (word: string): readonly CompiledTerm[] => {
    const found = index.candidates(word);
    return anywhere.length ? [...found, ...anywhere].sort(byPosition) : found;
  };
}

/**
 * The end of a match of a listed term at `start`, where the text's word ends at `wordEnd`, or -1. A term of
 * one word, or one word and `*`, is a candidate only for a word it equals or starts (`TermIndex`), so it
 * matches exactly when no edge character follows the word: what its steps would find, without running them.
 */
function matchListed(c: CompiledTerm, s: string, start: number, wordEnd: number, edge: number): number {
  if (c.shape === 'word' || c.shape === 'stem') return (classAt(s, wordEnd) & edge) !== 0 ? -1 : wordEnd;
  return matchSteps(c.steps, 0, s, start, edge);
}

/** Term lists (each in priority order) sharing one word filter and one memo of candidates per word. */
class TermLists implements TermSets {
  private readonly edge: number;
  private readonly filter = new WordFilter();
  private readonly indexes: ((word: string) => readonly CompiledTerm[])[];
  private readonly memo = new WordMemo<readonly (readonly CompiledTerm[])[]>(1 << 12);

  constructor(lists: readonly (readonly string[])[], options: TermSetOptions) {
    this.edge = options.edge === 'letter' ? LETTER : LETTER | NUMBER;
    this.indexes = lists.map((terms) => indexList(terms, options.literalSpaces === true, this.filter));
  }

  findAll(lower: string): Span[][] {
    const out: Span[][] = this.indexes.map(() => []);
    this.scan(lower, out);
    return out;
  }

  test(lower: string): boolean {
    return this.scan(lower, null);
  }

  matches(lower: string): boolean[] {
    return this.findAll(lower).map((spans) => spans.length > 0);
  }

  /**
   * Scans `lower` once for every list: per list, at each word start not preceded by an edge character and
   * not inside that list's previous match, the first of the word's candidates that matches. `out` null: stop
   * at the first match of any list and report whether there was one.
   */
  private scan(lower: string, out: Span[][] | null): boolean {
    const { edge } = this;
    const resume = this.indexes.map(() => 0);
    let found = false;
    eachWord(lower, this.filter, (start, wordEnd, hash) => {
      if ((classBefore(lower, start) & edge) !== 0) return 0;
      const perList = this.candidates(lower, start, wordEnd, hash);
      for (let list = 0; list < perList.length; list++) {
        if (start < (resume[list] as number)) continue;
        for (const c of perList[list] as readonly CompiledTerm[]) {
          const end = matchListed(c, lower, start, wordEnd, edge);
          if (end < 0) continue;
          found = true;
          if (out === null) return lower.length;
          out[list]?.push([start, end]);
          resume[list] = end;
          break;
        }
      }
      return 0;
    });
    return found;
  }

  private candidates(text: string, start: number, end: number, hash: number) {
    let perList = this.memo.get(text, start, end, hash);
    if (perList === undefined) {
      const word = text.slice(start, end);
      perList = this.indexes.map((candidates) => candidates(word));
      this.memo.set(word, hash, perList);
    }
    return perList;
  }
}

/**
 * Compiles term lists (baseline syntax, each in priority order) into sets that find what the regular
 * expressions `(?<!E)(?:t1|t2|…)(?!E)` (flags `gu`, E the edge class) find, all of them in one scan of the
 * text. Each term must start with a letter.
 */
export function compileTermSets(
  lists: readonly (readonly string[])[],
  options: TermSetOptions = {},
): TermSets {
  return new TermLists(lists, options);
}

/**
 * Compiles one term list into a set that finds what `(?<!E)(?:t1|t2|…)(?!E)` (flags `gu`, E the edge class)
 * finds, at the cost of one scan of the text. Each term must start with a letter.
 */
export function compileTermSet(terms: readonly string[], options: TermSetOptions = {}): TermSet {
  const sets = compileTermSets([terms], options);
  return {
    findAll: (lower) => sets.findAll(lower)[0] ?? [],
    test: (lower) => sets.test(lower),
  };
}
