/**
 * `npm run bench`: one run of Borderwatch's performance measurements on this machine (a benchmark, not a
 * test). Prints a table; `--json` prints one machine-readable object instead.
 *
 * 1. Lambda bundles: the stack is synthesised (`cdk synth`, esbuild, offline) and each function's bundle in
 *    `cdk.out` is measured: minified and gzip size of all its files and of those loaded at start, module init
 *    time (median of 10 fresh `node` processes importing it, in the environment the stack gives the function)
 *    and, for the poll function, the time its content
 *    path (an on-demand chunk) takes to load on the first feed with a body.
 * 2. Classification (`scripts/bench-classification.ts`, bundled like the functions and run by plain `node`):
 *    articles/s and MB/s of `classifyArticle` over >= 5,000 articles, beside the MB/s of a single
 *    precompiled RegExp scan over the same text (the raw scanning limit); medians of five passes.
 * 3. A poll cycle over 20 feeds x 50 items from a local HTTP server into dynalite: wall time, HTTP requests,
 *    DynamoDB requests and capacity units (counted with SDK middleware), first cycle and steady state. The
 *    requests of the local run's two alert sweeps (in AWS, the scheduled sweep's) are counted apart.
 * 4. Peak memory (max RSS) of the poll-cycle process.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { buildSync } from 'esbuild';
import { ENTRY_FILE, lambdaBuildOptions } from '../infra/bundling/esbuild-code.js';
import { createDynamoDbStore } from '../shared/adapters/dynamodb-store.js';
import { ensureTable } from '../shared/adapters/dynamodb-table.js';
import { parseConfig } from '../shared/config.js';
import { endWithParent } from '../shared/local/child-process.js';
import { startDynaliteProcess } from '../shared/local/dynalite.js';
import { runLocalCycle } from '../shared/local/run-cycle.js';
import { fixedClock } from '../shared/ports/clock.js';
import { silentLogger } from '../shared/ports/logger.js';
import { createLocalDynamoClient } from '../shared/wiring/aws-clients.js';
import { createConfiguredFetcher } from '../shared/wiring/fetcher.js';
import type { ClassificationResult } from './bench-classification.js';
import { type DevArticle, loadDevset, median, round } from './bench-devset.js';
import {
  type BenchResult,
  type BundleResult,
  type CycleResult,
  checkTargets,
  formatBenchReport,
  type PollResult,
} from './bench-report.js';

const OUT = resolve('.bench');
const { values: options } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    // For iterating on one part: `npm run bench -- --only bundles` (bundles, classification, poll).
    only: { type: 'string', multiple: true },
  },
});
const json = options.json;
const PARTS = ['bundles', 'classification', 'poll'] as const;
const only = new Set(options.only?.flatMap((o) => o.split(',')) ?? PARTS);
for (const part of only) {
  if (!(PARTS as readonly string[]).includes(part)) {
    throw new Error(`--only ${part}: expected one of ${PARTS.join(', ')}`);
  }
}

const devset = loadDevset();

// 1. Bundles -------------------------------------------------------------------------------------------
/**
 * Synthesises the stack (offline, esbuild) and returns each function's bundle folder from `cdk.out`, with the
 * environment variables the stack gives the function that are plain strings (the configuration and its seal;
 * resource names are tokens and come from {@link bundleEnv}).
 */
function synthBundles(): { function: string; dir: string; env: Record<string, string> }[] {
  const out = join(OUT, 'cdk.out');
  execFileSync(join('node_modules', '.bin', 'cdk'), ['synth', '--quiet', '--output', out], {
    stdio: 'ignore',
  });
  const assets = JSON.parse(readFileSync(join(out, 'Borderwatch.assets.json'), 'utf8')) as {
    files: Record<string, { displayName?: string; source: { path: string } }>;
  };
  const template = JSON.parse(readFileSync(join(out, 'Borderwatch.template.json'), 'utf8')) as {
    Resources: Record<
      string,
      {
        Type: string;
        Metadata?: Record<string, unknown>;
        Properties?: { Environment?: { Variables?: object } };
      }
    >;
  };
  const bundles = [];
  for (const name of ['Dispatch', 'Poll', 'Alert']) {
    const asset = Object.values(assets.files).find((a) => a.displayName?.startsWith(`${name}/`));
    if (!asset) throw new Error(`no ${name} asset in ${out}`);
    const fn = Object.values(template.Resources).find(
      (r) => r.Type === 'AWS::Lambda::Function' && r.Metadata?.['aws:asset:path'] === asset.source.path,
    );
    const variables = Object.entries(fn?.Properties?.Environment?.Variables ?? {});
    const env = Object.fromEntries(variables.filter((v): v is [string, string] => typeof v[1] === 'string'));
    if (!env.BORDERWATCH_CONFIG) throw new Error(`no BORDERWATCH_CONFIG for ${name} in ${out}`);
    bundles.push({ function: name.toLowerCase(), dir: join(out, asset.source.path), env });
  }
  return bundles;
}

/** The files a module loads before it runs: itself and its static imports, transitively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static imports only (`from"./x.mjs"`, `import"./x.mjs"`); a dynamic `import("./x.mjs")` loads later.
  for (const match of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.mjs)"/g)) {
    staticClosure(resolve(dirname(file), match[1] as string), seen);
  }
  return seen;
}

const bundleEnv = {
  ...process.env,
  TABLE_NAME: 'bench',
  TOPIC_ARN: 'arn:aws:sns:eu-central-1:111122223333:bench',
  FEED_QUEUE_URL: 'https://sqs.eu-central-1.amazonaws.com/111122223333/bench',
  AWS_REGION: 'eu-central-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
};

/**
 * Median over 10 fresh `node` processes of the time to import `entry` (a cold start's module init) and, when
 * given, of the time to import `chunk` after it (an on-demand part, loaded when the handler first needs it).
 */
function timeImports(
  entry: string,
  env: Record<string, string>,
  chunk?: string,
): { init: number; chunk: number | null } {
  const inits: number[] = [];
  const chunks: number[] = [];
  for (let i = 0; i < 10; i++) {
    const script = `let t = performance.now(); await import(${JSON.stringify(entry)}); const init = performance.now() - t;
t = performance.now(); ${chunk ? `await import(${JSON.stringify(chunk)});` : ''} const chunk = performance.now() - t;
process.stdout.write(JSON.stringify([init, chunk]));`;
    const out = execFileSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], {
      env: { ...bundleEnv, ...env },
      encoding: 'utf8',
    });
    const [init, chunkMs] = JSON.parse(out) as [number, number];
    inits.push(init);
    chunks.push(chunkMs);
  }
  return { init: round(median(inits)), chunk: chunk ? round(median(chunks)) : null };
}

async function measureBundles(): Promise<BundleResult[]> {
  const results: BundleResult[] = [];
  for (const bundle of synthBundles()) {
    const files = readdirSync(bundle.dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mjs'))
      .map((f) => join(bundle.dir, f));
    const entry = join(bundle.dir, 'index.mjs');
    const atStart = staticClosure(entry);
    const bytes = (list: Iterable<string>) => [...list].reduce((sum, f) => sum + statSync(f).size, 0);
    // The poll function's content path (parser, extractor, classifier) loads on the first feed with a body.
    const content = files.find((f) => basename(f).startsWith('content-analysis-'));
    const times = timeImports(entry, bundle.env, content);
    results.push({
      function: bundle.function,
      files: files.length,
      minifiedBytes: bytes(files),
      gzipBytes: files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0),
      loadedAtStartBytes: bytes(atStart),
      initMsMedian: times.init,
      contentPathLoadMsMedian: times.chunk,
    });
  }
  return results;
}

// 3. Poll cycle -----------------------------------------------------------------------------------------
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * 20 feeds x 50 items from the development set. Each pass over the set is published 40 days earlier than the
 * one after it, so a repeated article reports a separate event (as next month's clash would) rather than
 * piling 10 copies onto one incident: incidents get the handful of sources real events get.
 */
function feedSite(feeds: number, items: number) {
  const bodies = new Map<string, { body: string; type: string }>();
  let n = 0;
  for (let f = 0; f < feeds; f++) {
    const entries: string[] = [];
    for (let i = 0; i < items; i++) {
      const original = devset[n % devset.length] as DevArticle;
      const pass = Math.floor(n++ / devset.length);
      const a = {
        ...original,
        published: new Date(Date.parse(original.published) - pass * 40 * 86_400_000).toISOString(),
      };
      const path = `/feed${f}/story/${i}`;
      bodies.set(path, {
        type: 'text/html; charset=utf-8',
        body: `<!doctype html><html><head><title>${esc(a.title)}</title></head><body><nav>Home | World</nav><article><h1>${esc(a.title)}</h1>${a.text
          .split('\n')
          .map((p) => `<p>${esc(p)}</p>`)
          .join('')}<p>Feed ${f}, item ${i}.</p></article><footer>Footer</footer></body></html>`,
      });
      entries.push(
        `<item><title>${esc(a.title)}</title><link>PLACEHOLDER${path}</link><guid>PLACEHOLDER${path}</guid><pubDate>${new Date(a.published).toUTCString()}</pubDate><description>${esc(a.text.slice(0, 300))}</description></item>`,
      );
    }
    bodies.set(`/feed${f}/rss.xml`, {
      type: 'application/rss+xml; charset=utf-8',
      body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench feed ${f}</title><link>http://bench/</link><description>bench</description>${entries.join('')}</channel></rss>`,
    });
  }
  return bodies;
}

/**
 * Serves `bodies` (path -> body; `PLACEHOLDER` in feeds becomes the server's origin) from a child process,
 * with ETags and 304s, and counts the requests (`/__requests` answers the count and is not counted).
 */
async function startSiteProcess(bodies: Map<string, { body: string; type: string }>) {
  const file = join(OUT, 'site.json');
  await writeFile(file, JSON.stringify([...bodies]));
  const script = `
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
const bodies = new Map(JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')));
let requests = 0;
const server = createServer((req, res) => {
  if (req.url === '/__requests') return void res.end(String(requests));
  requests++;
  const entry = bodies.get(req.url ?? '');
  if (!entry) return void res.writeHead(404).end();
  const etag = '"' + req.url.length + '-' + entry.body.length + '"';
  if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
  res.writeHead(200, { 'content-type': entry.type, etag }).end(entry.body);
});
server.listen(0, '127.0.0.1', () => {
  const origin = 'http://127.0.0.1:' + server.address().port;
  for (const [path, entry] of bodies) {
    if (path.endsWith('rss.xml')) bodies.set(path, { ...entry, body: entry.body.replaceAll('PLACEHOLDER', origin) });
  }
  process.stdout.write(origin + '\\n');
});`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the bench site exited with code ${code}`)));
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  child.removeAllListeners('exit');
  return {
    origin,
    requests: async () => Number(await (await fetch(`${origin}/__requests`)).text()),
    close: endWithParent(child),
  };
}

interface RequestCounts {
  reads: number;
  writes: number;
  rcu: number;
  wcu: number;
  byCommand: Record<string, number>;
}

const newCounts = (): RequestCounts => ({ reads: 0, writes: 0, rcu: 0, wcu: 0, byCommand: {} });

const WRITE_COMMANDS = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'BatchWriteItemCommand',
]);

/** A client for the local DynamoDB whose every request (and the capacity it consumed) adds to `counts`. */
function countedClient(endpoint: string, counts: RequestCounts): DynamoDBClient {
  const client = createLocalDynamoClient(endpoint);
  // Added before the client's first request: it resolves its middleware once per command (`cacheMiddleware`).
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName);
      counts.byCommand[command] = (counts.byCommand[command] ?? 0) + 1;
      if (WRITE_COMMANDS.has(command)) counts.writes++;
      else if (!command.startsWith('DescribeTable')) counts.reads++;
      (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      const output = result.output as { ConsumedCapacity?: unknown };
      const consumed = (
        [] as { ReadCapacityUnits?: number; WriteCapacityUnits?: number; CapacityUnits?: number }[]
      ).concat((output.ConsumedCapacity as never) ?? []);
      for (const c of consumed) {
        if (WRITE_COMMANDS.has(command)) counts.wcu += c.WriteCapacityUnits ?? c.CapacityUnits ?? 0;
        else counts.rcu += c.ReadCapacityUnits ?? c.CapacityUnits ?? 0;
      }
      return result;
    },
    { step: 'initialize', name: 'benchCounter' },
  );
  return client;
}

async function measurePollCycle(): Promise<PollResult> {
  const FEEDS = 20;
  const ITEMS = 50;
  const bodies = feedSite(FEEDS, ITEMS);
  // The outlets' web servers, like DynamoDB, in a process of their own: the poller's thread does only the
  // poller's work, as in AWS.
  const site = await startSiteProcess(bodies);
  const origin = site.origin;

  // DynamoDB in a process of its own, as in AWS: the poller's thread does only the poller's work.
  const dynamo = await startDynaliteProcess();
  // The poll and its stream alerts on one client, the alert sweeps on another: each counted.
  const counts = newCounts();
  const sweepCounts = newCounts();
  const client = countedClient(dynamo.endpoint, counts);
  const sweepClient = countedClient(dynamo.endpoint, sweepCounts);
  await ensureTable(client, 'bench');
  const store = createDynamoDbStore(client, 'bench');
  const sweepStore = createDynamoDbStore(sweepClient, 'bench');
  const config = parseConfig({});
  const feeds = Array.from({ length: FEEDS }, (_, f) => ({
    url: `${origin}/feed${f}/rss.xml`,
    name: `Bench ${f}`,
  }));
  const now = devset
    .map((a) => a.published)
    .sort()
    .at(-1) as string;
  const outbox = join(OUT, 'outbox.jsonl');
  await rm(outbox, { force: true });
  const { createOutboxNotifier } = await import('../shared/adapters/outbox-notifier.js');

  const cycle = async (): Promise<CycleResult> => {
    const before = { ...counts, byCommand: { ...counts.byCommand }, http: await site.requests() };
    const sweepBefore = { ...sweepCounts };
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    const summary = await runLocalCycle(feeds, {
      config,
      store,
      fetcher: createConfiguredFetcher(config, { offline: true }),
      notifier: createOutboxNotifier(outbox, () => new Date(now)),
      clock: fixedClock(now),
      logger: silentLogger,
      sweepStore,
    });
    const cpu = process.cpuUsage(cpuBefore);
    return {
      wallMs: Math.round(performance.now() - start),
      // CPU time of the poller's process (dynalite and the web servers run in processes of their own).
      pollerCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      httpRequests: (await site.requests()) - before.http,
      dynamoReads: counts.reads - before.reads,
      dynamoWrites: counts.writes - before.writes,
      readCapacityUnits: round(counts.rcu - before.rcu, 1),
      writeCapacityUnits: round(counts.wcu - before.wcu, 1),
      sweepReads: sweepCounts.reads - sweepBefore.reads,
      sweepWrites: sweepCounts.writes - sweepBefore.writes,
      newArticles: summary.newArticles,
      relevantArticles: summary.relevantArticles,
      incidentsCreated: summary.incidentsCreated,
      incidentsUpdated: summary.incidentsUpdated,
      alertsSent: summary.alertsSent,
      notModified: summary.feeds.filter((f) => f.status === 'not-modified').length,
      requestsByCommand: Object.fromEntries(
        Object.entries(counts.byCommand)
          .map(([command, n]) => [command.replace(/Command$/, ''), n - (before.byCommand[command] ?? 0)])
          .filter(([, n]) => (n as number) > 0),
      ),
    };
  };
  const first = await cycle();
  const steady = await cycle();
  client.destroy();
  sweepClient.destroy();
  await Promise.all([dynamo.close(), site.close()]);
  return { feeds: FEEDS, itemsPerFeed: ITEMS, first, steady };
}

/**
 * The classification measurement on the classifier as it ships: `scripts/bench-classification.ts` bundled
 * by the Lambda functions' own esbuild options (for this machine's Node.js) and run by plain `node`, in a
 * process of its own: not through the TypeScript loader, and not on the heap the poll cycle left.
 */
function measureClassification(): ClassificationResult {
  const outdir = join(OUT, 'classification');
  // This machine's Node.js, which runs it (the functions target the Lambda runtime's).
  const target = `node${process.versions.node.split('.')[0]}`;
  buildSync(lambdaBuildOptions(resolve('scripts/bench-classification.ts'), outdir, target));
  const out = execFileSync(process.execPath, [join(outdir, ENTRY_FILE)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '') as ClassificationResult;
}

// Main -------------------------------------------------------------------------------------------------
async function main() {
  await mkdir(OUT, { recursive: true });
  // The poll cycle runs first, so the process's peak RSS at that point is the cycle's (dynalite excluded).
  const poll = only.has('poll') ? await measurePollCycle() : undefined;
  const peakRssMb = poll ? round(process.resourceUsage().maxRSS / 1024, 1) : undefined;
  const bundles = only.has('bundles') ? await measureBundles() : undefined;
  const classification = only.has('classification') ? measureClassification() : undefined;
  const result: BenchResult = {
    machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
    bundles,
    classification,
    poll,
    peakRssMb,
  };
  // Each figure against its target, in the result too, so a script can read what was missed.
  const report = { ...result, targets: checkTargets(result) };
  const file = join(OUT, 'result.json');
  await writeFile(file, JSON.stringify(report, null, 2));
  process.stdout.write(json ? `${JSON.stringify(report)}\n` : formatBenchReport(result, file));
  await stat(OUT);
}

await main();
