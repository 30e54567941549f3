/**
 * The work behind the CLI's commands that is more than wiring: reading articles and feed lists, recording
 * fixtures, and the human-readable output.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { extractArticle } from '../adapters/article-extractor.js';
import { parseFeed } from '../adapters/feed-parser.js';
import { type FeedConfig, feedListSchema } from '../config.js';
import { deriveBaselineCandidates } from '../domain/baseline-derive.js';
import { classifyArticle } from '../domain/classify.js';
import type { FeedHealth } from '../domain/feed-health.js';
import type { Assessment, Incident } from '../domain/types.js';
import { ConfigError } from '../errors.js';
import type { HttpFetcher } from '../ports/http-fetcher.js';
import { mapWithConcurrency } from '../usecases/concurrency.js';
import type { FixtureManifest, RecordedResponse } from './fixtures.js';
import type { CycleSummary } from './run-cycle.js';

const HTML_HINT = /^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i;

/** Assesses one document given as HTML (main text extracted first) or plain text. */
export function classifyDocument(
  input: string,
  options: { published: string | null; url: string | null },
): Assessment {
  const isHtml = HTML_HINT.test(input);
  const { title, text } = isHtml
    ? (() => {
        const extracted = extractArticle(input, options.url ?? 'http://localhost/');
        return { title: extracted.title ?? '', text: extracted.text };
      })()
    : { title: '', text: input };
  return classifyArticle({ title, text, published: options.published, url: options.url ?? undefined });
}

/** `classify --jsonl`: one Assessment a line, with the input line's id; a bad line gets an `error`. */
export function classifyJsonLines(input: string): string {
  const out: string[] = [];
  for (const [index, line] of input.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const row = JSON.parse(line) as {
        id?: unknown;
        html?: unknown;
        text?: unknown;
        published?: unknown;
        url?: unknown;
      };
      id = row.id ?? null;
      const body = typeof row.html === 'string' ? row.html : typeof row.text === 'string' ? row.text : null;
      if (body === null) throw new Error('expected an "html" or "text" string');
      const published =
        typeof row.published === 'string' && !Number.isNaN(Date.parse(row.published)) ? row.published : null;
      const url = typeof row.url === 'string' ? row.url : null;
      const assessment =
        typeof row.html === 'string'
          ? classifyDocument(body, { published, url })
          : classifyArticle({ title: '', text: body, published, url: url ?? undefined });
      out.push(JSON.stringify({ id, ...assessment }));
    } catch (error) {
      out.push(JSON.stringify({ id, line: index + 1, error: (error as Error).message }));
    }
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** `--feeds`: URLs, or one JSON file holding an array of URLs or of `{url, name?, lang?}`. */
export async function readFeedsOption(values: readonly string[]): Promise<FeedConfig[]> {
  const entries: unknown[] = [];
  for (const value of values) {
    if (!/^https?:\/\//i.test(value) && (value.endsWith('.json') || existsSync(value))) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await readFile(value, 'utf8'));
      } catch (error) {
        throw new ConfigError('--feeds', `cannot read ${value} as JSON: ${(error as Error).message}`);
      }
      if (!Array.isArray(parsed))
        throw new ConfigError('--feeds', `${value} must hold a JSON array of feeds`);
      entries.push(...parsed.map((e) => (typeof e === 'string' ? { url: e } : e)));
    } else {
      entries.push({ url: value });
    }
  }
  const result = feedListSchema.safeParse(entries);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(`--feeds[${issue?.path.join('.') ?? ''}]`, issue?.message ?? 'invalid feed');
  }
  return result.data;
}

/** `baseline DIR`: candidate terms from the documents in a folder. */
export async function deriveCandidates(dir: string) {
  const names = (await readdir(dir)).filter((n) =>
    ['.txt', '.md', '.html', '.htm'].includes(extname(n).toLowerCase()),
  );
  if (names.length === 0) throw new ConfigError('baseline', `no .txt, .md or .html documents in ${dir}`);
  const docs = await Promise.all(
    names.sort().map(async (name) => {
      const raw = await readFile(join(dir, name), 'utf8');
      const text = /\.html?$/i.test(name) ? extractArticle(raw, `file:///${name}`).text : raw;
      return { name, text };
    }),
  );
  return deriveBaselineCandidates(docs);
}

/** The file a recorded URL's body goes to: `<host>/<path>`, safe on every file system. */
export function fixtureFileFor(url: string, contentType: string | null): string {
  const u = new URL(url);
  const host = u.host.replace(/[^A-Za-z0-9.-]/g, '_');
  let path = u.pathname
    .split('/')
    .filter((s) => s && s !== '.' && s !== '..')
    .map((s) =>
      decodeURIComponent(s)
        .replace(/[^\p{L}\p{N}._-]/gu, '_')
        .slice(0, 100),
    )
    .join('/');
  if (!path || u.pathname.endsWith('/')) path = `${path ? `${path}/` : ''}index`;
  if (u.search) path += `__${createHash('sha256').update(u.search).digest('hex').slice(0, 10)}`;
  if (!extname(path))
    path += /html/i.test(contentType ?? '') ? '.html' : /xml|rss|atom/i.test(contentType ?? '') ? '.xml' : '';
  return `${host}/${path}`;
}

/** Bodies are stored decoded, as UTF-8: the recorded content type says so. */
function utf8ContentType(contentType: string | null): string | null {
  if (!contentType) return null;
  const base = contentType.split(';')[0]?.trim() ?? contentType;
  return `${base}; charset=utf-8`;
}

/**
 * `record`: fetches each feed and its items' pages and writes a fixture set (manifest + bodies) that
 * `run --fixtures DIR` replays. A feed or page that fails is reported and left out; the rest is kept.
 */
export async function recordFixtures(
  feeds: readonly FeedConfig[],
  outDir: string,
  deps: { fetcher: HttpFetcher; now: Date; maxItemsPerFeed: number },
): Promise<{ feeds: number; pages: number; failures: string[] }> {
  const root = resolve(outDir);
  const responses: RecordedResponse[] = [];
  const failures: string[] = [];
  const write = async (
    url: string,
    body: string,
    contentType: string | null,
    etag: string | null,
    lastModified: string | null,
  ) => {
    const file = fixtureFileFor(url, contentType);
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), body, 'utf8');
    responses.push({ url, file, status: 200, contentType: utf8ContentType(contentType), etag, lastModified });
  };
  let recordedFeeds = 0;
  let pages = 0;
  for (const feed of feeds) {
    try {
      const response = await deps.fetcher.fetch({ url: feed.url, purpose: 'feed' });
      await write(feed.url, response.body, response.contentType, response.etag, response.lastModified);
      recordedFeeds++;
      const parsed = await parseFeed(response.body, feed.url);
      const links = parsed.items
        .slice(0, deps.maxItemsPerFeed)
        .map((i) => i.link)
        .filter((l): l is string => typeof l === 'string');
      await mapWithConcurrency(links, 4, async (link) => {
        try {
          const page = await deps.fetcher.fetch({
            url: link,
            purpose: 'page',
            feedHost: new URL(feed.url).host,
          });
          await write(link, page.body, page.contentType, null, null);
          pages++;
        } catch (error) {
          failures.push(`${link}: ${(error as Error).message}`);
        }
      });
    } catch (error) {
      failures.push(`${feed.url}: ${(error as Error).message}`);
    }
  }
  const manifest: FixtureManifest = { recordedAt: deps.now.toISOString(), feeds: [...feeds], responses };
  await mkdir(root, { recursive: true });
  await writeFile(join(root, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  return { feeds: recordedFeeds, pages, failures };
}

const BORDER_NAMES: Record<string, string> = {
  'tajik-afghan': 'Tajik–Afghan',
  'tajik-kyrgyz': 'Tajik–Kyrgyz',
  'tajik-uzbek': 'Tajik–Uzbek',
};

function toll(incident: Incident): string {
  const part = (label: string, value: number | null) => (value === null ? `${label} ?` : `${label} ${value}`);
  return `${part('killed', incident.killed)}, ${part('wounded', incident.wounded)}`;
}

/** One line per incident. */
export function formatIncidents(incidents: readonly Incident[]): string {
  if (incidents.length === 0) return 'No incidents stored.\n';
  return `${incidents
    .map(
      (i) =>
        `${i.eventDate}  ${(BORDER_NAMES[i.border] ?? i.border).padEnd(13)} ${(i.place ?? 'place unknown').padEnd(18)} ` +
        `${i.type.padEnd(18)} ${toll(i).padEnd(22)} ${i.sources.length} source(s)  ${i.id}`,
    )
    .join('\n')}\n`;
}

/** One line per feed: its health as of now. */
export function formatFeedHealth(report: readonly { url: string; health: FeedHealth }[]): string {
  if (report.length === 0) return 'No feed has been polled yet.\n';
  return `${report
    .map(({ url, health }) => {
      const cadence = health.cadenceMinutes ? `every ~${health.cadenceMinutes} min` : 'cadence unknown';
      const failures = health.consecutiveFailures
        ? `, ${health.consecutiveFailures} failure(s) in a row`
        : '';
      const error = health.lastError ? ` (${health.lastError})` : '';
      return `${health.status.padEnd(8)} ${url}  last success ${health.lastSuccessAt ?? 'never'}, last new item ${health.lastNewItemAt ?? 'never'}, ${cadence}${failures}${error}`;
    })
    .join('\n')}\n`;
}

/** The readable summary `npm start` prints. */
export function formatSummary(
  summary: CycleSummary,
  context: { outbox: string; database: string; offline: boolean; fixtures: string | null },
): string {
  const lines: string[] = [];
  const mode = [
    context.offline ? 'offline' : 'online',
    context.fixtures ? `replaying ${context.fixtures}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  lines.push(`Borderwatch poll cycle as of ${summary.now} (${mode})`);
  const failed = summary.feeds.filter((f) => f.status === 'failed' || f.status === 'error').length;
  lines.push(`\nFeeds: ${summary.feedsPolled} polled, ${summary.feedsPolled - failed} ok, ${failed} failed`);
  for (const feed of summary.feeds) {
    const detail =
      feed.status === 'failed' || feed.status === 'error'
        ? `FAILED: ${feed.error}`
        : feed.status === 'not-modified'
          ? 'not modified'
          : `${feed.newArticles} new, ${feed.relevantArticles} relevant`;
    lines.push(
      `  ${(feed.name ?? feed.url).padEnd(28)} ${detail}${feed.health && feed.health !== 'healthy' ? ` [${feed.health}]` : ''}`,
    );
  }
  lines.push(
    `\nArticles: ${summary.itemsSeen} items, ${summary.newArticles} new` +
      (summary.duplicateArticles ? ` (+${summary.duplicateArticles} syndicated copies)` : '') +
      `, ${summary.relevantArticles} relevant` +
      (summary.pageFallbacks ? `; ${summary.pageFallbacks} classified from the feed text` : '') +
      (summary.offlineSkipped ? ` (${summary.offlineSkipped} links to other hosts skipped offline)` : ''),
  );
  lines.push(`\nIncidents: ${summary.incidentsCreated} created, ${summary.incidentsUpdated} updated`);
  if (summary.incidents.length) lines.push(formatIncidents(summary.incidents).trimEnd().replace(/^/gm, '  '));
  lines.push(
    `\nAlerts: ${summary.alertsSent} written to ${context.outbox}` +
      (summary.alertsFailed ? ` (${summary.alertsFailed} failed; see the log)` : ''),
  );
  if (summary.unhealthyFeeds.length) {
    lines.push(`\nFeed health:`);
    for (const f of summary.unhealthyFeeds)
      lines.push(`  ${f.url}: ${f.status}${f.lastError ? ` (${f.lastError})` : ''}`);
  }
  lines.push(`Database: ${context.database}`);
  return `${lines.join('\n')}\n`;
}
