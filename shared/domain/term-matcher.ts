/**
 * Finds baseline terms in lower-cased text with one precompiled regular expression. Longer terms are tried
 * first, so "gorno-badakhshan" wins over "badakhshan" and "no one was killed" over "killed".
 */
import { BASELINE_ENTRIES, type BaselineEntry, type BaselineTerm } from '../baseline/index.js';
import { termToPattern, WORD_END, WORD_START } from './text.js';

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
  readonly exact: RegExp;
  readonly literalLength: number;
}

const COMPILED: readonly CompiledTerm[] = BASELINE_ENTRIES.flatMap((owner) =>
  owner.entry.terms.map((term) => ({
    owner,
    term,
    exact: new RegExp(`^(?:${termToPattern(term.text)})$`, 'u'),
    literalLength: term.text.replace(/\*/g, '').length,
  })),
).sort(
  (a, b) =>
    b.literalLength - a.literalLength ||
    Number(a.term.text.includes('*')) - Number(b.term.text.includes('*')),
);

const COMBINED = new RegExp(
  `${WORD_START}(?:${COMPILED.map((c) => termToPattern(c.term.text)).join('|')})${WORD_END}`,
  'gu',
);

/** Memo of matched surface text -> term; news vocabulary repeats, so lookups stay cheap. */
const RESOLVED = new Map<string, CompiledTerm | null>();
const MEMO_LIMIT = 50_000;

function resolve(text: string): CompiledTerm | null {
  const cached = RESOLVED.get(text);
  if (cached !== undefined) return cached;
  const found = COMPILED.find((c) => c.exact.test(text)) ?? null;
  if (RESOLVED.size >= MEMO_LIMIT) RESOLVED.clear();
  RESOLVED.set(text, found);
  return found;
}

/** Finds every baseline term in a lower-cased text, left to right, longest term first at each position. */
export function findTerms(lower: string): TermHit[] {
  const hits: TermHit[] = [];
  for (const m of lower.matchAll(COMBINED)) {
    const compiled = resolve(m[0]);
    if (!compiled) continue;
    hits.push({
      owner: compiled.owner,
      term: compiled.term,
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    });
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
