/**
 * The blind snippet sets (`test/fixtures/blind/snippets-*.jsonl`): leads of relevant reports, a title and one
 * to four sentences each, written by helpers who never saw the rules, to try the reading of casualties, dates
 * and types on phrasings the article sets do not hold. Every snippet is a report of an incident, so the
 * figures are the share read as relevant and, of all snippets, the share of each field read right.
 */
import { z } from 'zod';
import { classifyArticle } from '../../shared/domain/classify.js';
import { dayNumber } from '../../shared/domain/days.js';
import { INCIDENT_TYPES } from '../../shared/domain/types.js';
import { loadJsonLines, type Miss, passedShape, type Ratio, ratio } from './classification-eval.js';

const snippetSchema = z.object({
  id: z.string(),
  lang: z.enum(['en', 'ru']),
  published: z.string(),
  title: z.string(),
  text: z.string(),
  label: z.object({
    type: z.enum(INCIDENT_TYPES),
    eventDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    killed: z.number().int().nonnegative().nullable(),
    wounded: z.number().int().nonnegative().nullable(),
  }),
  note: z.string().optional(),
});
export type Snippet = z.infer<typeof snippetSchema>;

/** The snippets of a file; a line that does not parse is an error naming the file and line. */
export function loadSnippets(path: string): Snippet[] {
  return loadJsonLines(path, snippetSchema, 'a snippet');
}

/** The fields a snippet is labelled with. */
type SnippetField = Extract<Miss['field'], 'relevant' | 'type' | 'eventDate' | 'killed' | 'wounded'>;

export interface SnippetMetrics {
  readonly snippets: number;
  readonly relevant: Ratio;
  readonly type: Ratio;
  readonly eventDate: Ratio;
  readonly eventDateWithinDay: Ratio;
  readonly killed: Ratio;
  readonly wounded: Ratio;
  readonly misses: readonly Miss[];
}

/** Reads every snippet of `path` (of one language, when given) and counts what was read right. */
export function evaluateSnippets(path: string, lang?: 'en' | 'ru'): SnippetMetrics {
  const snippets = loadSnippets(path).filter((s) => lang === undefined || s.lang === lang);
  const right = { relevant: 0, type: 0, eventDate: 0, withinDay: 0, killed: 0, wounded: 0 };
  const misses: Miss[] = [];
  for (const s of snippets) {
    const got = classifyArticle({ title: s.title, text: s.text, published: s.published });
    const check = (field: SnippetField, expected: unknown, value: unknown) => {
      if (expected === value) right[field]++;
      else misses.push({ id: s.id, field, expected, got: value, title: s.title });
    };
    check('relevant', true, got.relevant);
    check('type', s.label.type, got.type);
    check('eventDate', s.label.eventDate, got.eventDate);
    if (got.eventDate !== null && Math.abs(dayNumber(got.eventDate) - dayNumber(s.label.eventDate)) <= 1)
      right.withinDay++;
    check('killed', s.label.killed, got.killed);
    check('wounded', s.label.wounded, got.wounded);
  }
  const n = snippets.length;
  return {
    snippets: n,
    relevant: ratio(right.relevant, n),
    type: ratio(right.type, n),
    eventDate: ratio(right.eventDate, n),
    eventDateWithinDay: ratio(right.withinDay, n),
    killed: ratio(right.killed, n),
    wounded: ratio(right.wounded, n),
    misses,
  };
}

/**
 * The codebook's near misses (its `relevant` section), the kinds a near-miss lead is written as: another
 * border's incident, violence inside a neighbour, Tajik news that is no border incident, border news without
 * an incident, and recaps (analyses, anniversaries, statistics, verdicts, denials).
 */
export const NEAR_MISS_KINDS = [
  'other-border',
  'inside-neighbour',
  'tajik-not-border',
  'border-news',
  'recap',
] as const;
export type NearMissKind = (typeof NEAR_MISS_KINDS)[number];

const nearMissSchema = z.object({
  id: z.string(),
  lang: z.enum(['en', 'ru']),
  published: z.string(),
  title: z.string(),
  text: z.string(),
  kind: z.enum(NEAR_MISS_KINDS),
  note: z.string().optional(),
});
export type NearMiss = z.infer<typeof nearMissSchema>;

/** The near-miss leads of a file; a line that does not parse is an error naming the file and line. */
export function loadNearMisses(path: string): NearMiss[] {
  return loadJsonLines(path, nearMissSchema, 'a near-miss lead');
}

export interface NearMissMetrics {
  readonly leads: number;
  /** The share read as not relevant: every lead is a near miss. */
  readonly turnedDown: Ratio;
  readonly byKind: Readonly<Record<NearMissKind, Ratio>>;
  /** Leads read as relevant; `shape` names the lead's kind and what was read, never its words. */
  readonly misses: readonly Miss[];
}

/**
 * Reads every near-miss lead of `path` (of one language, when given): the blind near-miss sets
 * (`test/fixtures/blind/near-misses-*.jsonl`), leads of reports that are not incidents on a Tajik border but
 * use the words of one, written by helpers who never saw the rules.
 */
export function evaluateNearMisses(path: string, lang?: 'en' | 'ru'): NearMissMetrics {
  const leads = loadNearMisses(path).filter((s) => lang === undefined || s.lang === lang);
  const misses: Miss[] = [];
  const perKind = new Map<NearMissKind, { right: number; total: number }>(
    NEAR_MISS_KINDS.map((k) => [k, { right: 0, total: 0 }]),
  );
  for (const lead of leads) {
    const got = classifyArticle({ title: lead.title, text: lead.text, published: lead.published });
    const counts = perKind.get(lead.kind) as { right: number; total: number };
    counts.total++;
    if (!got.relevant) counts.right++;
    else
      misses.push({
        id: lead.id,
        field: 'relevant',
        expected: false,
        got: `true (score ${got.score})`,
        title: lead.title,
        shape: `${lead.kind}; ${passedShape(got, lead.published)}`,
      });
  }
  const byKind = Object.fromEntries(
    [...perKind].map(([kind, c]) => [kind, ratio(c.right, c.total)]),
  ) as Record<NearMissKind, Ratio>;
  return {
    leads: leads.length,
    turnedDown: ratio(leads.length - misses.length, leads.length),
    byKind,
    misses,
  };
}
