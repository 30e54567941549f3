/**
 * Proposes baseline terms from a user's own documents, so the baseline can be extended or re-targeted:
 * capitalised entity spans (places, bodies, people) and the vocabulary of incident sentences, each with the
 * documents it came from. Candidates are for review; the curated baseline is never rewritten from them.
 */
import { findTerms } from './term-matcher.js';
import { normaliseText, splitSentences } from './text.js';

/** One document to derive candidates from. */
export interface SourceDocument {
  /** A name for provenance, e.g. the file name. */
  readonly name: string;
  readonly text: string;
}

/** A proposed term with where it was seen. */
export interface CandidateTerm {
  readonly text: string;
  readonly count: number;
  /** Names of the documents it occurs in, sorted. */
  readonly documents: readonly string[];
  /** True when the baseline already matches this exact span. */
  readonly known: boolean;
}

/** Candidates derived from a set of documents. */
export interface BaselineCandidates {
  /** Capitalised spans: "Shamsiddin Shohin", "State Committee for National Security", "Хатлонской области". */
  readonly entities: readonly CandidateTerm[];
  /** Words of sentences that carry incident or toll vocabulary, not yet in the baseline. */
  readonly vocabulary: readonly CandidateTerm[];
}

const STOPWORDS = new Set(
  (
    'the a an and or but if of in on at to for from by with as is are was were be been has have had it its this that ' +
    'these those there their they them he she his her we our you your i not no so than then when where which who whom ' +
    'what while after before about into over under also said says would could should will can may might after during ' +
    'since until more most some any other such only very just one two three four five six seven eight nine ten ' +
    // Prepositions, determiners, quantifiers and conjunctions that the first list missed ("near", "between").
    'near between along among across against around through throughout toward towards within without upon onto ' +
    'via per both each every another least less many much several all own same here how why whether however ' +
    'although though because up down out off again further did does do done being having us me my him himself ' +
    'itself themselves according including ' +
    'и в во не на с со что как по но к у из за от до о об для при а же ли бы это этот эта эти его ее их он она они ' +
    'мы вы я был была были быть также уже еще ещё или то так который которая которые после время года году ' +
    // Prepositions, pronouns and the nouns of fixed prepositional phrases ("в ходе", "в результате", "по
    // данным", "в том числе"), which carry no incident meaning of their own.
    'между более менее около перед через без под над про среди возле вблизи недалеко рядом вдоль против тоже ' +
    'только даже если чтобы когда где там тут здесь все всех весь вся всё свой своей своих сам том тот того этом ' +
    'этой этого этих эту ним ней них нем ему ей им её ходе результате данным словам связи числе ' +
    // Numerals, as "one" to "ten" above: counts are read by the toll reader, not proposed as terms.
    'один одна одно одного одной одному два две двое двух трое три трех трёх четыре четверо пять пятеро шесть ' +
    'семь восемь девять десять'
  ).split(' '),
);
/** Weekdays, English and Russian (any case form): dates, never names or incident vocabulary. */
const WEEKDAY =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s)?|(?:понедельник|вторник|четверг)(?:а|у|ом|е)?|(?:сред|пятниц|суббот)(?:а|у|ы|е|ой|ей)|воскресень(?:е|я|ю|ем))$/u;
const isWeekday = (word: string) => WEEKDAY.test(word.toLowerCase());
/** Anything but spaces between two words (a comma, dash, bracket, quote or number) ends a name. */
const SEPARATOR = /\S/u;
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'al', 'ul', 'i', 'de']);
const CAPITALISED = /^\p{Lu}[\p{L}'-]*$/u;
const WORD = /\p{L}+(?:['-]\p{L}+)*/gu;
const INCIDENT_CATEGORY = /^(?:incident:|toll:|armed-group)/;

interface Tally {
  count: number;
  documents: Set<string>;
}

function bump(map: Map<string, Tally>, key: string, doc: string): void {
  const tally = map.get(key) ?? { count: 0, documents: new Set<string>() };
  tally.count++;
  tally.documents.add(doc);
  map.set(key, tally);
}

function isKnown(span: string): boolean {
  const lower = span.toLowerCase();
  return findTerms(lower).some((hit) => hit.start === 0 && hit.end === lower.length);
}

function toCandidates(map: Map<string, Tally>, minCount: number): CandidateTerm[] {
  return [...map]
    .filter(([, t]) => t.count >= minCount)
    .map(([text, t]) => ({ text, count: t.count, documents: [...t.documents].sort(), known: isKnown(text) }))
    .sort(
      (a, b) => b.documents.length - a.documents.length || b.count - a.count || a.text.localeCompare(b.text),
    );
}

/**
 * Capitalised spans of one sentence; a lone capitalised first word is skipped (it is capitalised anyway).
 * A span ends at punctuation ("Gorno-Badakhshan, the State Committee" is two names) and at a weekday.
 */
function entitySpans(sentence: string): string[] {
  const words = [...sentence.matchAll(WORD)].map((m) => ({ text: m[0], index: m.index }));
  const spans: string[] = [];
  let current: { text: string; index: number }[] = [];
  const flush = () => {
    while (current.length && CONNECTORS.has(current[current.length - 1]?.text.toLowerCase() ?? ''))
      current.pop();
    // "The State Committee ..." at a sentence start: the article is not part of the name.
    while (current.length > 1 && STOPWORDS.has(current[0]?.text.toLowerCase() ?? '')) current.shift();
    const first = current[0];
    if (first && !(current.length === 1 && first.index === words[0]?.index)) {
      const text = current.map((w) => w.text).join(' ');
      if (!STOPWORDS.has(text.toLowerCase()) && text.length > 2) spans.push(text);
    }
    current = [];
  };
  let previousEnd = 0;
  for (const word of words) {
    const gap = sentence.slice(previousEnd, word.index);
    previousEnd = word.index + word.text.length;
    if (SEPARATOR.test(gap)) flush();
    if (isWeekday(word.text)) flush();
    else if (CAPITALISED.test(word.text)) current.push(word);
    else if (current.length && CONNECTORS.has(word.text)) current.push(word);
    else flush();
  }
  flush();
  return spans;
}

/**
 * Derives candidate baseline terms from documents. `minCount` (default 1) drops rarer candidates.
 * Deterministic: the same documents give the same candidates in the same order.
 */
export function deriveBaselineCandidates(
  docs: readonly SourceDocument[],
  options: { readonly minCount?: number } = {},
): BaselineCandidates {
  const entities = new Map<string, Tally>();
  const vocabulary = new Map<string, Tally>();
  for (const doc of docs) {
    for (const sentence of splitSentences('', normaliseText(doc.text))) {
      if (!sentence.text) continue;
      for (const span of entitySpans(sentence.text)) bump(entities, span, doc.name);
      const hits = findTerms(sentence.lower);
      const incident = hits.some(
        (h) => h.owner.kind === 'vocabulary' && INCIDENT_CATEGORY.test(h.owner.entry.category),
      );
      if (!incident) continue;
      for (const m of sentence.lower.matchAll(WORD)) {
        const word = m[0];
        if (word.length < 4 || STOPWORDS.has(word) || isWeekday(word)) continue;
        if (hits.some((h) => m.index >= h.start && m.index < h.end)) continue;
        if (isKnown(word)) continue;
        bump(vocabulary, word, doc.name);
      }
    }
  }
  const minCount = options.minCount ?? 1;
  return { entities: toCandidates(entities, minCount), vocabulary: toCandidates(vocabulary, minCount) };
}
