/**
 * `npm run eval`: classifies the labelled sets and prints per-field figures (all, English, Russian), then
 * groups each set's relevant articles into incidents and prints pairwise precision and recall of "same
 * incident".
 *
 * - the regression set (`test/fixtures/devset/`: written alongside the rules): figures and misses;
 * - the blind set's tuning part: figures and misses, to work from;
 * - the blind set's sealed part: figures and failure kinds only, never an article's id, title or text, so
 *   that whoever changes rules cannot tune them to it.
 *
 * - the blind snippet sets (leads of relevant reports): tuning with its misses, sealed with figures and
 *   failure kinds only;
 * - the blind near-miss sets (leads of reports that are no incident on a Tajik border but read like one): the
 *   share turned down, per language and per kind; tuning with its misses, sealed with failure kinds only.
 *
 * Usage: tsx scripts/eval.ts [FILE.jsonl]   (one file: its figures and misses)
 */
import { existsSync } from 'node:fs';
import {
  type ClassificationMetrics,
  evaluateClassification,
  failureKind,
  type Miss,
  type Ratio,
} from '../test/eval/classification-eval.js';
import { evaluateIncidentGrouping, formatIncidentGroupingReport } from '../test/eval/incident-eval.js';
import {
  evaluateNearMisses,
  evaluateSnippets,
  NEAR_MISS_KINDS,
  type NearMissMetrics,
  type SnippetMetrics,
} from '../test/eval/snippet-eval.js';

/** The sets `npm run eval` measures, in order. */
const SETS = [
  {
    name: 'regression set, written with the rules',
    path: 'test/fixtures/devset/articles.jsonl',
    sealed: false,
  },
  { name: 'regression hold-out', path: 'test/fixtures/devset/holdout.jsonl', sealed: false },
  { name: 'blind set, tuning part', path: 'test/fixtures/blind/tuning.jsonl', sealed: false },
  { name: 'blind set, SEALED part', path: 'test/fixtures/blind/sealed.jsonl', sealed: true },
] as const;

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const cell = (r: Ratio) => `${pct(r.value).padStart(7)} ${`${r.correct}/${r.total}`.padStart(7)}`;

function figures(path: string): string[] {
  const by = {
    all: evaluateClassification(path),
    en: evaluateClassification(path, { lang: 'en' }),
    ru: evaluateClassification(path, { lang: 'ru' }),
  };
  const columns = Object.entries(by).filter(([, m]) => m.articles > 0) as [string, ClassificationMetrics][];
  const row = (name: string, pick: (m: ClassificationMetrics) => string) =>
    `  ${name.padEnd(20)}${columns.map(([, m]) => pick(m).padEnd(17)).join('')}`;
  const ratioRow = (name: string, pick: (m: ClassificationMetrics) => Ratio) =>
    row(name, (m) => cell(pick(m)));
  const rel = (m: ClassificationMetrics) => m.relevance;
  return [
    `  ${''.padEnd(20)}${columns.map(([lang, m]) => `${lang} (${m.articles})`.padEnd(17)).join('')}`,
    row('relevance precision', (m) => pct(rel(m).precision).padStart(7)),
    row('relevance recall', (m) => pct(rel(m).recall).padStart(7)),
    row('relevance F1', (m) => pct(rel(m).f1).padStart(7)),
    row(
      '  TP FP FN TN',
      (m) =>
        `${rel(m).truePositives} ${rel(m).falsePositives} ${rel(m).falseNegatives} ${rel(m).trueNegatives}`,
    ),
    '  on labelled-relevant articles:',
    ratioRow('border', (m) => m.border),
    ratioRow('type', (m) => m.type),
    ratioRow('place', (m) => m.place),
    ratioRow('eventDate exact', (m) => m.eventDate),
    ratioRow('eventDate ±1 day', (m) => m.eventDateWithinDay),
    ratioRow('killed exact', (m) => m.killed),
    ratioRow('wounded exact', (m) => m.wounded),
  ];
}

/** The failure kinds of a set's misses, with their counts; for a part that is not sealed, each miss too. */
function missLines(misses: readonly Miss[], sealed: boolean, unit: 'article' | 'snippet'): string[] {
  const kinds = new Map<string, number>();
  for (const miss of misses) {
    const kind = failureKind(miss, unit);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const lines = [kinds.size ? 'Failure kinds:' : 'No misses.'];
  for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
    lines.push(`  ${String(n).padStart(3)}  ${kind}`);
  if (!sealed && misses.length) {
    lines.push('', `Misses (${misses.length}):`);
    for (const m of misses)
      lines.push(
        `  ${m.id.padEnd(8)} ${m.field.padEnd(10)} expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}  | ${m.title.slice(0, 60)}`,
      );
  }
  return lines;
}

function report(name: string, path: string, sealed: boolean): string[] {
  const lines = [`== ${name} (${path})`, ...figures(path), ''];
  lines.push(...missLines(evaluateClassification(path).misses, sealed, 'article'));
  const grouping = evaluateIncidentGrouping(path);
  const text = formatIncidentGroupingReport(grouping).trimEnd().split('\n');
  // Sealed: the figures only, not which articles were joined or missed.
  lines.push('', ...(sealed ? text.filter((l) => !/^\s+(wrongly joined|missed):/.test(l)) : text), '');
  return lines;
}

/** The snippet sets, after the article sets. */
const SNIPPET_SETS = [
  { name: 'blind snippets, tuning part', path: 'test/fixtures/blind/snippets-tuning.jsonl', sealed: false },
  { name: 'blind snippets, SEALED part', path: 'test/fixtures/blind/snippets-sealed.jsonl', sealed: true },
] as const;

/**
 * A set's figures by language (all, en, ru: the languages it holds) as a table of ratios, under its heading:
 * `size` counts a column's units, `rows` name each figure and pick it.
 */
function ratioTable<M>(
  name: string,
  path: string,
  evaluate: (lang?: 'en' | 'ru') => M,
  size: (m: M) => number,
  rows: readonly (readonly [string, (m: M) => Ratio])[],
): { lines: string[]; all: M } {
  const by = { all: evaluate(), en: evaluate('en'), ru: evaluate('ru') };
  const columns = Object.entries(by).filter(([, m]) => size(m) > 0) as [string, M][];
  const row = ([label, pick]: readonly [string, (m: M) => Ratio]) =>
    `  ${label.padEnd(20)}${columns.map(([, m]) => cell(pick(m)).padEnd(17)).join('')}`;
  const lines = [
    `== ${name} (${path})`,
    `  ${''.padEnd(20)}${columns.map(([lang, m]) => `${lang} (${size(m)})`.padEnd(17)).join('')}`,
    ...rows.map(row),
    '',
  ];
  return { lines, all: by.all };
}

function snippetReport(name: string, path: string, sealed: boolean): string[] {
  const { lines, all } = ratioTable<SnippetMetrics>(
    name,
    path,
    (lang) => evaluateSnippets(path, lang),
    (m) => m.snippets,
    [
      ['read as relevant', (m) => m.relevant],
      ['type', (m) => m.type],
      ['eventDate exact', (m) => m.eventDate],
      ['eventDate ±1 day', (m) => m.eventDateWithinDay],
      ['killed exact', (m) => m.killed],
      ['wounded exact', (m) => m.wounded],
    ],
  );
  return [...lines, ...missLines(all.misses, sealed, 'snippet'), ''];
}

/** The near-miss sets, last. */
const NEAR_MISS_SETS = [
  {
    name: 'blind near misses, tuning part',
    path: 'test/fixtures/blind/near-misses-tuning.jsonl',
    sealed: false,
  },
  {
    name: 'blind near misses, SEALED part',
    path: 'test/fixtures/blind/near-misses-sealed.jsonl',
    sealed: true,
  },
] as const;

function nearMissReport(name: string, path: string, sealed: boolean): string[] {
  const { lines, all } = ratioTable<NearMissMetrics>(
    name,
    path,
    (lang) => evaluateNearMisses(path, lang),
    (m) => m.leads,
    [
      ['turned down', (m) => m.turnedDown],
      ...NEAR_MISS_KINDS.map((kind) => [`  ${kind}`, (m: NearMissMetrics) => m.byKind[kind]] as const),
    ],
  );
  return [...lines, ...missLines(all.misses, sealed, 'snippet'), ''];
}

const file = process.argv[2];
const sets = file ? [{ name: file, path: file, sealed: false }] : SETS.filter((s) => existsSync(s.path));
const snippetSets = file ? [] : SNIPPET_SETS.filter((s) => existsSync(s.path));
const nearMissSets = file ? [] : NEAR_MISS_SETS.filter((s) => existsSync(s.path));
process.stdout.write(
  `${[
    ...sets.flatMap((s) => report(s.name, s.path, s.sealed)),
    ...snippetSets.flatMap((s) => snippetReport(s.name, s.path, s.sealed)),
    ...nearMissSets.flatMap((s) => nearMissReport(s.name, s.path, s.sealed)),
  ].join('\n')}`,
);
