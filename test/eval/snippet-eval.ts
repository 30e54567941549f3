/**
 * The blind snippet sets (`test/fixtures/blind/snippets-*.jsonl`): leads of relevant reports, a title and one
 * to four sentences each, written by helpers who never saw the rules, to try the reading of casualties, dates
 * and types on phrasings the article sets do not hold. Every snippet is a report of an incident, so the
 * figures are the share read as relevant and, of all snippets, the share of each field read right.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { classifyArticle } from '../../shared/domain/classify.js';
import { dayNumber } from '../../shared/domain/days.js';
import { INCIDENT_TYPES } from '../../shared/domain/types.js';

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
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, k) => {
      if (!line.trim()) return [];
      const parsed = snippetSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${k + 1}: not a snippet: ${parsed.error.message}`);
      return [parsed.data];
    });
}

export interface SnippetRatio {
  readonly correct: number;
  readonly total: number;
  readonly value: number;
}

export interface SnippetMiss {
  readonly id: string;
  readonly field: 'relevant' | 'type' | 'eventDate' | 'killed' | 'wounded';
  readonly expected: unknown;
  readonly got: unknown;
  readonly title: string;
}

export interface SnippetMetrics {
  readonly snippets: number;
  readonly relevant: SnippetRatio;
  readonly type: SnippetRatio;
  readonly eventDate: SnippetRatio;
  readonly eventDateWithinDay: SnippetRatio;
  readonly killed: SnippetRatio;
  readonly wounded: SnippetRatio;
  readonly misses: readonly SnippetMiss[];
}

const ratio = (correct: number, total: number): SnippetRatio => ({
  correct,
  total,
  value: total === 0 ? 1 : correct / total,
});

/** Reads every snippet of `path` (of one language, when given) and counts what was read right. */
export function evaluateSnippets(path: string, lang?: 'en' | 'ru'): SnippetMetrics {
  const snippets = loadSnippets(path).filter((s) => lang === undefined || s.lang === lang);
  const right = { relevant: 0, type: 0, eventDate: 0, withinDay: 0, killed: 0, wounded: 0 };
  const misses: SnippetMiss[] = [];
  for (const s of snippets) {
    const got = classifyArticle({ title: s.title, text: s.text, published: s.published });
    const check = (field: SnippetMiss['field'], expected: unknown, value: unknown) => {
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

/** The kind of a miss, without the snippet: "killed: too low", "type: armed-clash read as other". */
export function snippetFailureKind(miss: SnippetMiss): string {
  const { field, expected, got } = miss;
  if (field === 'relevant') return 'relevance: incident report missed';
  if (field === 'type') return `type: ${String(expected)} read as ${String(got)}`;
  if (field === 'eventDate') {
    if (got === null) return 'date: none found';
    const days = dayNumber(String(got)) - dayNumber(String(expected));
    const size = Math.abs(days) === 1 ? '1 day' : Math.abs(days) <= 7 ? '2-7 days' : 'over a week';
    return `date: ${size} ${days > 0 ? 'late' : 'early'}`;
  }
  if (got === null) return `${field}: figure missed`;
  if (expected === null) return `${field}: a figure where the snippet gives none`;
  return `${field}: ${Number(got) > Number(expected) ? 'too high' : 'too low'}`;
}
