/**
 * `npm run eval`: classifies the labelled development set and prints per-field figures and the misses, then
 * groups the relevant articles into incidents and prints pairwise precision and recall of "same incident".
 * Usage: tsx scripts/eval.ts [PATH.jsonl]
 */
import { evaluateClassification, type Ratio } from '../test/eval/classification-eval.js';
import { evaluateIncidentGrouping, formatIncidentGroupingReport } from '../test/eval/incident-eval.js';

const DEFAULT_DEVSET = 'test/fixtures/devset/articles.jsonl';
const path = process.argv[2] ?? DEFAULT_DEVSET;
const metrics = evaluateClassification(path);
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const row = (name: string, r: Ratio) =>
  `${name.padEnd(22)}${pct(r.value).padStart(8)}   ${r.correct}/${r.total}`;
const { relevance } = metrics;

const lines = [
  `Classification on ${metrics.articles} labelled articles`,
  '',
  `${'relevance precision'.padEnd(22)}${pct(relevance.precision).padStart(8)}`,
  `${'relevance recall'.padEnd(22)}${pct(relevance.recall).padStart(8)}`,
  `${'relevance F1'.padEnd(22)}${pct(relevance.f1).padStart(8)}`,
  `${'relevance accuracy'.padEnd(22)}${pct(relevance.accuracy).padStart(8)}   TP ${relevance.truePositives}  FP ${relevance.falsePositives}  FN ${relevance.falseNegatives}  TN ${relevance.trueNegatives}`,
  '',
  'On labelled-relevant articles:',
  row('border', metrics.border),
  row('type', metrics.type),
  row('place found', metrics.place),
  row('eventDate exact', metrics.eventDate),
  row('killed exact', metrics.killed),
  row('wounded exact', metrics.wounded),
  '',
  metrics.misses.length ? `Misses (${metrics.misses.length}):` : 'No misses.',
  ...metrics.misses.map(
    (m) =>
      `  ${m.id.padEnd(8)} ${m.field.padEnd(10)} expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}  | ${m.title.slice(0, 60)}`,
  ),
];
lines.push('', formatIncidentGroupingReport(evaluateIncidentGrouping(path)).trimEnd());
process.stdout.write(`${lines.join('\n')}\n`);
