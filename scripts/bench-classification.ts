/**
 * `npm run bench`, part 2: classification throughput. `scripts/bench.ts` bundles this file with the Lambda
 * functions' esbuild options and runs it with plain `node`: the classifier is measured as it ships, in a
 * process of its own. Prints one JSON object. It also runs as it is: `npx tsx scripts/bench-classification.ts`
 * (through the TypeScript loader, about 5 % slower).
 *
 * Articles/s and MB/s of `classifyArticle` over 5,000 articles, beside the MB/s of a single precompiled
 * RegExp scan over the same text (the raw scanning limit); medians of five passes.
 */
import { classifyArticle } from '../shared/domain/classify.js';
import { type DevArticle, loadDevset, median, round } from './bench-devset.js';

const devset = loadDevset();

/** Background of a report: its paragraphs after the lead. */
function background(a: DevArticle): string {
  return a.text.split('\n').slice(1).join('\n');
}

/**
 * The development set at the length of a real report (about 3 KB): each article is followed by background
 * paragraphs (all but the lead) of other articles in its language, the context reports carry after their
 * news, and carries a dateline of its own so that no two documents are byte-identical.
 */
function corpus(size: number): { title: string; text: string; published: string }[] {
  const lang = (a: DevArticle) => a.lang ?? '';
  const out = [];
  for (let i = 0; i < size; i++) {
    const a = devset[i % devset.length] as DevArticle;
    const others = devset.filter((b) => b !== a && lang(b) === lang(a) && background(b));
    const parts = [`(${a.outlet}, item ${i})`, a.text];
    let bytes = Buffer.byteLength(a.title) + Buffer.byteLength(parts.join('\n'));
    for (let k = 0; bytes < 3_000 && others.length > 0; k++) {
      const more = background(others[(i * 7 + k * 13) % others.length] as DevArticle);
      parts.push(more);
      bytes += Buffer.byteLength(more) + 1;
    }
    out.push({ title: a.title, text: parts.join('\n'), published: a.published });
  }
  return out;
}

/** What this runner prints. */
export interface ClassificationResult {
  readonly articles: number;
  readonly averageArticleBytes: number;
  readonly megabytes: number;
  readonly articlesPerSecond: number;
  readonly mbPerSecond: number;
  readonly referenceScanMbPerSecond: number;
  readonly slowdownVsReference: number;
  readonly relevantShare: number;
  readonly referenceHits: number;
}

function measureClassification(): ClassificationResult {
  const docs = corpus(5_000);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.title) + Buffer.byteLength(d.text), 0);
  // Steady-state throughput (what replaying an archive sees): both the classifier and the reference scan
  // first run once over the whole corpus, so that neither is timed while the JIT is still compiling it.
  const scan =
    /(?<![\p{L}\p{N}])(?:killed|wounded|border|clash|убит\p{L}*|ранен\p{L}*|границ\p{L}*)(?![\p{L}\p{N}])/giu;
  for (const d of docs) {
    classifyArticle(d);
    d.title.match(scan);
    d.text.match(scan);
  }
  // Five timed passes of each, medians reported: one pass on a shared 2-core machine varies by several
  // per cent from run to run.
  let relevant = 0;
  const passes: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    relevant = 0;
    const start = performance.now();
    for (const d of docs) if (classifyArticle(d).relevant) relevant++;
    passes.push((performance.now() - start) / 1000);
  }
  const seconds = median(passes);
  // Reference: one precompiled alternation of incident words (`scan`), over the same text.
  let hits = 0;
  const scanPasses: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    hits = 0;
    const scanStart = performance.now();
    for (const d of docs) {
      hits += (d.title.match(scan) ?? []).length + (d.text.match(scan) ?? []).length;
    }
    scanPasses.push((performance.now() - scanStart) / 1000);
  }
  const scanSeconds = median(scanPasses);
  const mb = bytes / 1e6;
  return {
    articles: docs.length,
    averageArticleBytes: Math.round(bytes / docs.length),
    megabytes: round(mb, 2),
    articlesPerSecond: Math.round(docs.length / seconds),
    mbPerSecond: round(mb / seconds, 2),
    referenceScanMbPerSecond: round(mb / scanSeconds, 2),
    slowdownVsReference: round(mb / scanSeconds / (mb / seconds), 1),
    relevantShare: round(relevant / docs.length, 3),
    referenceHits: hits,
  };
}

process.stdout.write(`${JSON.stringify(measureClassification())}\n`);
