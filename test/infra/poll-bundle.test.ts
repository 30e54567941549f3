/**
 * The poll function as Lambda runs it: the synthesised, code-split bundle is imported by a fresh `node`
 * process and its `handler` is called with an SQS event. The feed and its page come from a local HTTP server
 * and the table is dynalite (the SDK reaches it through `AWS_ENDPOINT_URL_DYNAMODB`), so this proves the
 * deployed artefact itself (entry file, on-demand chunks, bundled SDK) polls, classifies and records.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SQSBatchResponse } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ENTRIES } from '../../infra/borderwatch-stack.js';
import { CHUNK_DIR, ENTRY_FILE } from '../../infra/bundling/esbuild-code.js';
import { createDynamoDbStore } from '../../shared/adapters/dynamodb-store.js';
import { startTestTable, type TestTable } from '../support/dynamo.js';
import { type LocalSite, newsPage, rss, startLocalSite } from '../support/local-site.js';
import { bundleFunction } from './synth.js';

const VORUKH = {
  title: 'Two Tajik border guards wounded in exchange of fire near Vorukh',
  paragraphs: [
    'Tajik and Kyrgyz border guards exchanged fire on Wednesday near the Vorukh exclave in Sughd region, wounding two Tajik servicemen, the Border Troops of Tajikistan said in a statement.',
    'According to the statement, Kyrgyz servicemen opened fire with automatic weapons after a dispute over a water channel near the village of Khoja Alo.',
    'Clashes along the disputed frontier in 2022 left about 100 people dead on both sides.',
  ],
  published: '2026-03-12T09:00:00Z',
};

let bundleDir: string;
let table: TestTable;
let site: LocalSite;

beforeAll(async () => {
  bundleDir = bundleFunction(DEFAULT_ENTRIES.poll);
  [table, site] = await Promise.all([startTestTable(), startLocalSite()]);
});
afterAll(async () => {
  await Promise.all([table?.close(), site?.close()]);
});

/**
 * Imports the bundle in a fresh process, as a Lambda cold start does, and calls its handler once.
 * Asynchronous: dynalite and the site run in this process and must keep answering.
 */
async function invokeBundle(
  event: unknown,
  credentials: Record<string, string> = { AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' },
) {
  const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(join(bundleDir, ENTRY_FILE)).href)});
const response = await handler(${JSON.stringify(event)});
process.stdout.write('RESPONSE ' + JSON.stringify(response) + '\\n');`;
  const result = await new Promise<{ stdout: string; stderr: string; error: Error | null }>((resolve) => {
    execFile(
      process.execPath,
      ['--no-warnings', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
        timeout: 30_000,
        env: {
          PATH: process.env.PATH,
          TABLE_NAME: table.tableName,
          AWS_REGION: 'eu-central-1',
          ...credentials,
          AWS_ENDPOINT_URL_DYNAMODB: table.dynamo.endpoint,
          BORDERWATCH_CONFIG: JSON.stringify({ limits: { fetchTimeoutMs: 2000 } }),
        },
      },
      (error, stdout, stderr) => resolve({ stdout, stderr, error }),
    );
  });
  const line = result.stdout.split('\n').find((l) => l.startsWith('RESPONSE '));
  if (!line) throw new Error(`the bundle did not answer (${result.error?.message}): ${result.stderr}`);
  return { response: JSON.parse(line.slice('RESPONSE '.length)) as SQSBatchResponse, ...result };
}

/** Every file of the bundle, entry and chunks. */
function allCode(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mjs'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

/** The code a cold start loads: the entry file and its static imports, transitively. */
function loadedAtStart(file: string, seen = new Map<string, string>()): Map<string, string> {
  if (seen.has(file)) return seen;
  const code = readFileSync(file, 'utf8');
  seen.set(file, code);
  for (const match of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.mjs)"/g)) {
    loadedAtStart(resolve(dirname(file), match[1] as string), seen);
  }
  return seen;
}

describe('the poll bundle, run as Lambda runs it', () => {
  it('has its content path in an on-demand chunk', () => {
    expect(readdirSync(join(bundleDir, CHUNK_DIR)).some((f) => f.startsWith('content-analysis-'))).toBe(true);
  });

  it('loads neither the config schema (zod) nor the Powertools logger at start', () => {
    const code = [...loadedAtStart(join(bundleDir, ENTRY_FILE)).values()].join('\n');
    // zod's schemas carry `_zod` internals; Powertools' logger names its log attributes `powertools`.
    expect(code).not.toContain('_zod');
    expect(code).not.toContain('powertools');
  });

  it("takes the function's credentials from its environment and carries none of the SDK's SSO or STS clients", async () => {
    const code = allCode(bundleDir);
    // Operations of the SSO, STS and sign-in clients behind the SDK's default credential chain.
    const operations = ['GetRoleCredentials', 'AssumeRoleWithWebIdentity', 'CreateToken'];
    expect(operations.filter((operation) => code.includes(operation))).toEqual([]);
    // Without them in the environment, the feed fails with the SDK's own message (and is retried).
    const feed = { url: `${site.origin}/absent.xml` };
    const { response, stdout, stderr } = await invokeBundle(
      { Records: [{ messageId: 'no-credentials', body: JSON.stringify(feed) }] },
      {},
    );
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'no-credentials' }] });
    expect(stdout + stderr).toContain('Unable to find environment variable credentials');
  });

  it('polls a feed, fetches the page, classifies it and records the incident in DynamoDB', async () => {
    site.routes.set('/rss.xml', {
      body: rss('Sughd Today', [
        { ...VORUKH, link: `${site.origin}/news/vorukh`, description: VORUKH.paragraphs[0] as string },
      ]),
      headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
    });
    site.routes.set('/news/vorukh', {
      body: newsPage(VORUKH.title, VORUKH.paragraphs),
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    const feedUrl = `${site.origin}/rss.xml`;

    const { response, stdout } = await invokeBundle({
      Records: [{ messageId: 'm-1', body: JSON.stringify({ url: feedUrl, name: 'Sughd Today' }) }],
    });

    expect(response).toEqual({ batchItemFailures: [] });
    expect(site.requests).toEqual(['/rss.xml', '/news/vorukh']);
    // The feed-health EMF line the stack's alarms read.
    expect(stdout).toContain('"FeedUnhealthy"');
    const incidents = await createDynamoDbStore(table.client, table.tableName).listIncidents();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ border: 'tajik-kyrgyz', wounded: 2 });
    expect(incidents[0]?.sources.map((s) => s.url)).toEqual([`${site.origin}/news/vorukh`]);
  });

  it('reports a malformed message as a batch item failure and polls the rest', async () => {
    const { response } = await invokeBundle({
      Records: [
        { messageId: 'bad', body: '{not json' },
        { messageId: 'good', body: JSON.stringify({ url: `${site.origin}/rss.xml` }) },
      ],
    });
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'bad' }] });
  });
});
