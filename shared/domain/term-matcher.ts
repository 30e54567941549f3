/**
 * Finds baseline terms in lower-cased text with one precompiled regular expression. Longer terms are tried
 * first, so "gorno-badakhshan" wins over "badakhshan" and "no one was killed" over "killed".
 */
import { BASELINE_ENTRIES, type BaselineEntry, type BaselineTerm } from '../baseline/index.js';
import { termToPattern, WORD_END } from './text.js';

/** One occurrence of a baseline term. */
export interface TermHit {
  readonly owner: BaselineEntry;
  readonly term: BaselineTerm;
  /** The matched text (lower case). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

interface CompiledTerm {
  readonly owner: BaselineEntry;
  readonly term: BaselineTerm;
  /** Sticky pattern tried at a word start. */
  readonly sticky: RegExp;
  readonly literalLength: number;
  /** The term's first word (up to a space, hyphen or `*`). */
  readonly firstWord: string;
  /** True when the text's word may continue past `firstWord` (stems, hyphenated names). */
  readonly prefixOnly: boolean;
  /** Position in longest-first order. */
  readonly rank: number;
  readonly afterHyphen: string;
  readonly shape: Shape;
}

/**
 * How a term can be matched: one word (compare words), several literal words (compare strings), one stem
 * (the word starts with it) or anything else (the sticky pattern).
 */
type Shape = 'word' | 'literal' | 'stem' | 'pattern';

function shapeOf(text: string): Shape {
  if (/^\p{L}+$/u.test(text)) return 'word';
  if (/^\p{L}+(?: \p{L}+)+$/u.test(text)) return 'literal';
  if (/^\p{L}+\*$/u.test(text)) return 'stem';
  return 'pattern';
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The end of a match of `compiled` at `start` (where the text's word is `word`), or -1. */
function matchAt(compiled: CompiledTerm, lower: string, start: number, word: string): number {
  switch (compiled.shape) {
    case 'word':
    case 'stem':
      return LETTER_OR_DIGIT.test(lower[start + word.length] ?? '') ? -1 : start + word.length;
    case 'literal': {
      const text = compiled.term.text.toLowerCase();
      if (!lower.startsWith(text, start)) return -1;
      return LETTER_OR_DIGIT.test(lower[start + text.length] ?? '') ? -1 : start + text.length;
    }
    case 'pattern': {
      if (compiled.afterHyphen) {
        const following = lower[start + compiled.firstWord.length] ?? '';
        if (following !== '-' && following !== ' ' && following !== compiled.afterHyphen) return -1;
      }
      compiled.sticky.lastIndex = start;
      return compiled.sticky.test(lower) ? compiled.sticky.lastIndex : -1;
    }
  }
}

const COMPILED: readonly CompiledTerm[] = BASELINE_ENTRIES.flatMap((owner) =>
  owner.entry.terms.map((term) => {
    const text = term.text.toLowerCase();
    const chunk = /^[^\s*-]+/u.exec(text)?.[0] ?? text;
    const next = text[chunk.length];
    return {
      owner,
      term,
      sticky: new RegExp(`(?:${termToPattern(term.text)})${WORD_END}`, 'uy'),
      literalLength: term.text.replace(/\*/g, '').length,
      firstWord: chunk,
      // After "*" or "-" the first word of the text may run on ("хатлонской", "tortkocho").
      prefixOnly: next === '*' || next === '-',
      // The letter a hyphenated name continues with ("tajik-afghan": "a"), for a cheap pre-check.
      afterHyphen: next === '-' ? (text[chunk.length + 1] ?? '') : '',
      shape: shapeOf(text),
      rank: 0,
    };
  }),
)
  .sort(
    (a, b) =>
      b.literalLength - a.literalLength ||
      Number(a.term.text.includes('*')) - Number(b.term.text.includes('*')),
  )
  .map((c, rank) => ({ ...c, rank }));

/**
 * Index by first word: at each word of the text only the terms that can start with that word are tried
 * (exact first word, or a stem the word starts with), longest first. Most words try none.
 */
const BY_WORD = new Map<string, CompiledTerm[]>();
const BY_PREFIX = new Map<string, CompiledTerm[]>();
for (const compiled of COMPILED) {
  const index = compiled.prefixOnly ? BY_PREFIX : BY_WORD;
  const key = compiled.prefixOnly ? compiled.firstWord.slice(0, 2) : compiled.firstWord;
  const list = index.get(key) ?? [];
  list.push(compiled);
  index.set(key, list);
}

const WORDS = /\p{L}+/gu;
const DIGIT = /\p{N}/u;

/** Candidates per word of text, memoised: news vocabulary repeats, so lookups stay cheap. */
const CANDIDATES = new Map<string, readonly CompiledTerm[]>();
const MEMO_LIMIT = 100_000;
const NONE: readonly CompiledTerm[] = [];

function candidatesFor(word: string): readonly CompiledTerm[] {
  const cached = CANDIDATES.get(word);
  if (cached) return cached;
  const exact = BY_WORD.get(word) ?? NONE;
  const stems = (BY_PREFIX.get(word.slice(0, 2)) ?? NONE).filter((c) => word.startsWith(c.firstWord));
  const found =
    stems.length === 0
      ? exact
      : exact.length === 0
        ? stems
        : [...exact, ...stems].sort((a, b) => a.rank - b.rank);
  if (CANDIDATES.size >= MEMO_LIMIT) CANDIDATES.clear();
  CANDIDATES.set(word, found.length ? found : NONE);
  return found;
}

/** Finds every baseline term in a lower-cased text, left to right, longest term first at each position. */
export function findTerms(lower: string): TermHit[] {
  const hits: TermHit[] = [];
  let resumeAt = 0;
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(lower); m !== null; m = WORDS.exec(lower)) {
    const start = m.index;
    if (start < resumeAt || (start > 0 && DIGIT.test(lower[start - 1] ?? ''))) continue;
    const word = m[0];
    const candidates = candidatesFor(word);
    for (let i = 0; i < candidates.length; i++) {
      const compiled = candidates[i] as CompiledTerm;
      const end = matchAt(compiled, lower, start, word);
      if (end < 0) continue;
      hits.push({ owner: compiled.owner, term: compiled.term, text: lower.slice(start, end), start, end });
      resumeAt = end;
      break;
    }
  }
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
