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
import { decodeDocument } from '../adapters/http-fetcher.js';
import { configProblems, type FeedConfig, feedListSchema, feedSchema } from '../config.js';
import { deriveBaselineCandidates } from '../domain/baseline-derive.js';
import { classifyArticle } from '../domain/classify.js';
import type { FeedHealth } from '../domain/feed-health.js';
import type { Assessment, Incident } from '../domain/types.js';
import { ConfigError, type ConfigProblem, formatProblems, UsageError } from '../errors.js';
import type { HttpFetcher } from '../ports/http-fetcher.js';
import { mapWithConcurrency } from '../usecases/concurrency.js';
import type { FixtureManifest, RecordedResponse } from './fixtures.js';
import type { CycleSummary } from './run-cycle.js';

const HTML_HINT = /^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i;

/**
 * Decodes an article file (or stdin) the way the fetcher decodes a page: byte order mark, then the document's
 * `<meta charset>` / `<meta http-equiv>` or XML declaration, else UTF-8, with undeclared legacy Cyrillic
 * recognised. A saved windows-1251 page thus reads as it does in a browser, not as mojibake.
 */
export function decodeArticle(bytes: Uint8Array): string {
  return decodeDocument(bytes, null);
}

/** JSON lines are UTF-8 (RFC 8259); a byte order mark is dropped. `<meta charset>` inside a line is data. */
export function decodeJsonLines(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** Reports something odd about the input that still gets an Assessment (empty, binary, no text). */
export type WarnFn = (message: string) => void;

/** NUL, or more than 5% C0 controls and replacement characters: bytes, not text in any encoding we read. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 8192);
  let odd = 0;
  for (const char of sample) {
    const code = char.codePointAt(0) ?? 0;
    // C0 controls other than tab, line feed, vertical tab, form feed, carriage return; DEL; U+FFFD.
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f || code === 0xfffd) odd++;
  }
  return odd > sample.length * 0.05;
}

function checkHasText(input: string, warn: WarnFn | undefined): boolean {
  if (!input.trim()) {
    warn?.('is empty: there is nothing to assess');
    return false;
  }
  if (looksBinary(input)) {
    warn?.('looks binary (NUL or control characters), not an article: there is nothing to assess');
    return false;
  }
  return true;
}

/**
 * Assesses one document given as HTML (main text extracted first) or plain text. An empty or binary input,
 * or HTML without text, still gets its (not relevant) Assessment, and `warn` says why.
 */
export function classifyDocument(
  input: string,
  options: { published: string | null; url: string | null },
  warn?: WarnFn,
): Assessment {
  const hasText = checkHasText(input, warn);
  const isHtml = HTML_HINT.test(input);
  const { title, text } = isHtml
    ? (() => {
        const extracted = extractArticle(input, options.url ?? 'http://localhost/');
        return { title: extracted.title ?? '', text: extracted.text };
      })()
    : { title: '', text: input };
  if (hasText && isHtml && !title.trim() && !text.trim())
    warn?.('holds no text to assess: the HTML has neither a title nor article text');
  return classifyArticle({ title, text, published: options.published, url: options.url ?? undefined });
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const MONTH_ABBREVIATIONS = MONTH_NAMES.map((name) => name.slice(0, 3).toLowerCase());
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2})(?::?(\d{2}))?)?)?$/;
/** The RFC 2822 form feeds' `pubDate` uses, e.g. `Sat, 03 Jan 2026 09:00:00 GMT`. */
const RFC_2822 =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(?:GMT|UTC?|Z|[+-](\d{2})(\d{2})|[ECMP][SD]T)$/i;
const EXPECTED_DATE = 'expected an ISO 8601 date or time such as 2026-01-03 or 2026-01-03T09:00:00Z';

/**
 * Why `value` is not a real date or time, or null when it is one. ISO 8601 (and the RFC 2822 form of feed
 * dates) with every field in range: `Date.parse` alone takes `2026-02-30` for 2 March and `"1"` for 2001.
 */
export function timestampProblem(value: string): string | null {
  const trimmed = value.trim();
  const iso = ISO_DATE_TIME.exec(trimmed);
  const rfc = iso ? null : RFC_2822.exec(trimmed);
  if (!iso && !rfc) return `${EXPECTED_DATE}, got "${value}"`;
  const num = (text: string | undefined) => (text === undefined ? 0 : Number(text));
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = iso
    ? [1, 2, 3, 4, 5, 6, 7, 8].map((i) => num(iso[i]))
    : rfc
      ? [
          num(rfc[3]),
          MONTH_ABBREVIATIONS.indexOf(rfc[2]?.toLowerCase() ?? '') + 1,
          num(rfc[1]),
          ...[4, 5, 6, 7, 8].map((i) => num(rfc[i])),
        ]
      : [];
  const bad = (what: string) => `"${value}" is not a real date or time: ${what} (${EXPECTED_DATE})`;
  if (month === undefined || month < 1 || month > 12)
    return bad(rfc ? `no month "${rfc[2]}"` : `month ${month} does not exist`);
  const daysInMonth = new Date(Date.UTC(year ?? 0, month, 0)).getUTCDate();
  if (day === undefined || day < 1 || day > daysInMonth)
    return bad(`${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth} days`);
  if ((hour ?? 0) > 23) return bad(`hour ${hour} does not exist`);
  if ((minute ?? 0) > 59) return bad(`minute ${minute} does not exist`);
  if ((second ?? 0) > 59) return bad(`second ${second} does not exist`);
  if ((offsetHours ?? 0) > 14 || (offsetMinutes ?? 0) > 59) return bad('the UTC offset is out of range');
  if (Number.isNaN(Date.parse(trimmed))) return `${EXPECTED_DATE}, got "${value}"`;
  return null;
}

/** A JSON line that could not be classified, and the field at fault when there is one. */
class LineError extends Error {
  constructor(
    readonly field: string | null,
    message: string,
  ) {
    super(message);
  }
}

/** The outcome of `classify --jsonl`: one output line per input line, and which lines failed. */
export interface JsonLinesResult {
  /** One JSON object a line: the Assessment with its `id`, or `{id, line, field?, error}`. */
  readonly output: string;
  /** Non-blank input lines read. */
  readonly lines: number;
  readonly failures: readonly { readonly line: number; readonly field: string | null }[];
}

function publishedOf(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string')
    throw new LineError('published', `published: ${EXPECTED_DATE} (a string), got ${JSON.stringify(value)}`);
  const problem = timestampProblem(value);
  if (problem) throw new LineError('published', `published: ${problem}`);
  return value;
}

/**
 * `classify --jsonl`: one Assessment a line, with the input line's id. A line that cannot be classified (not
 * JSON, no text, a `published` that is no date) gets `{id, line, field, error}` and the others still run.
 */
export function classifyJsonLines(input: string, warn?: WarnFn): JsonLinesResult {
  const out: string[] = [];
  const failures: { line: number; field: string | null }[] = [];
  for (const [index, line] of input.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch (error) {
        throw new LineError(null, `not JSON: ${(error as Error).message}`);
      }
      if (typeof row !== 'object' || row === null || Array.isArray(row))
        throw new LineError(null, 'expected a JSON object {"id","html"|"text","published","url"}');
      const fields = row as Record<string, unknown>;
      id = fields.id ?? null;
      const html = typeof fields.html === 'string' ? fields.html : null;
      const body = html ?? (typeof fields.text === 'string' ? fields.text : null);
      if (body === null)
        throw new LineError(
          fields.html !== undefined ? 'html' : 'text',
          'expected an "html" or "text" string',
        );
      const published = publishedOf(fields.published);
      const url = typeof fields.url === 'string' ? fields.url : null;
      const lineWarn: WarnFn | undefined = warn
        ? (message) => warn(`line ${index + 1}${id !== null ? ` (id ${JSON.stringify(id)})` : ''} ${message}`)
        : undefined;
      let assessment: Assessment;
      if (html !== null) assessment = classifyDocument(html, { published, url }, lineWarn);
      else {
        checkHasText(body, lineWarn);
        assessment = classifyArticle({ title: '', text: body, published, url: url ?? undefined });
      }
      out.push(JSON.stringify({ id, ...assessment }));
    } catch (error) {
      const field = error instanceof LineError ? error.field : null;
      failures.push({ line: index + 1, field });
      out.push(
        JSON.stringify({ id, line: index + 1, ...(field ? { field } : {}), error: (error as Error).message }),
      );
    }
  }
  return { output: out.length ? `${out.join('\n')}\n` : '', lines: out.length, failures };
}

/** `--feeds` given as a file: JSON (`.json`, or text starting with `[` or `{`), else one URL a line. */
async function readFeedsFile(file: string): Promise<FeedConfig[]> {
  const subject = `--feeds ${file}`;
  let content: string;
  try {
    content = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new UsageError(`${subject}: cannot read the file: ${(error as Error).message}`, { cause: error });
  }
  if (file.toLowerCase().endsWith('.json') || /^\s*[[{]/.test(content)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch (error) {
      throw new UsageError(`${subject}: cannot read it as JSON: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (!Array.isArray(parsed)) {
      const isConfig = typeof parsed === 'object' && parsed !== null && 'feeds' in parsed;
      throw new UsageError(
        `${subject}: expected a JSON array of feed URLs or {url, name?, lang?} objects` +
          (isConfig ? ' (a configuration file goes to --config)' : ''),
      );
    }
    const result = feedListSchema.safeParse(parsed.map((e) => (typeof e === 'string' ? { url: e } : e)));
    if (!result.success)
      throw new UsageError(formatProblems(subject, configProblems(result.error.issues, ['feeds'])), {
        cause: result.error,
      });
    return result.data;
  }
  const feeds: FeedConfig[] = [];
  const problems: ConfigProblem[] = [];
  for (const [index, raw] of content.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const result = feedSchema.safeParse({ url: line });
    if (result.success) feeds.push(result.data);
    else
      problems.push({
        field: `line ${index + 1}`,
        message: result.error.issues[0]?.message ?? 'expected an absolute http(s) URL',
      });
  }
  if (problems.length) throw new UsageError(formatProblems(subject, problems));
  return feeds;
}

/**
 * `--feeds`: URLs, or files holding a JSON array of URLs or of `{url, name?, lang?}`, or one URL a line
 * (blank lines and `#` comments ignored).
 * @throws UsageError naming the value and every invalid entry (`feeds[1].url`, or `line 3` of a text file).
 */
export async function readFeedsOption(values: readonly string[]): Promise<FeedConfig[]> {
  const feeds: FeedConfig[] = [];
  for (const value of values) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
      const result = feedSchema.safeParse({ url: value });
      if (!result.success)
        throw new UsageError(`--feeds ${value}: ${result.error.issues[0]?.message ?? 'invalid feed URL'}`);
      feeds.push(result.data);
    } else if (existsSync(value)) {
      const fromFile = await readFeedsFile(value);
      if (fromFile.length === 0) throw new UsageError(`--feeds ${value}: the file lists no feeds`);
      feeds.push(...fromFile);
    } else {
      throw new UsageError(`--feeds ${value}: no such file, and not an http(s) URL`);
    }
  }
  return feeds;
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

/** Rows under a header, each column as wide as its widest cell; the last column is not padded. */
function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/**
 * A table of incidents under a header line. With `alerts` (incident id -> what this cycle alerted), an
 * `alerts` column says it for each incident.
 */
export function formatIncidents(
  incidents: readonly Incident[],
  alerts?: ReadonlyMap<string, string>,
): string {
  if (incidents.length === 0) return 'No incidents stored.\n';
  const header = ['event date', 'border', 'place', 'type', 'toll', 'sources'];
  if (alerts) header.push('alerts');
  header.push('id');
  const rows = incidents.map((i) => [
    i.eventDate,
    BORDER_NAMES[i.border] ?? i.border,
    i.place ?? 'place unknown',
    // An incident merged into another after a later report linked them is kept, but is no longer news.
    i.status === 'merged' ? `${i.type}, merged into ${i.mergedInto ?? 'another'}` : i.type,
    toll(i),
    String(i.sources.length),
    ...(alerts ? [alerts.get(i.id) ?? 'none'] : []),
    i.id,
  ]);
  return `${formatTable(header, rows).join('\n')}\n`;
}

/** What the incident table's `alerts` column says for each incident written in the cycle. */
function incidentAlertNotes(summary: CycleSummary): Map<string, string> {
  const notes = new Map<string, string>();
  for (const id of summary.backfillIncidents) notes.set(id, `none (older than ${summary.maxAgeHours} h)`);
  for (const alert of summary.alerts) {
    const label = alert.status === 'sent' ? alert.rule : `${alert.rule} (${alert.status})`;
    const previous = notes.get(alert.incidentId);
    notes.set(alert.incidentId, previous ? `${previous}, ${label}` : label);
  }
  return notes;
}

/** Where each alert of the cycle went: the subscribers whose SNS filter policies match its attributes. */
function formatAlertRouting(summary: CycleSummary): string[] {
  if (summary.alerts.length === 0) return [];
  const recipients = (alert: CycleSummary['alerts'][number]): string => {
    if (alert.status === 'already-sent') return 'not sent again: an earlier cycle sent it';
    if (alert.status === 'failed') return 'FAILED: not published (see the log)';
    if (summary.subscribersConfigured === 0) return 'the alert topic';
    return alert.subscribers.length
      ? alert.subscribers.join(', ')
      : `nobody: none of the ${summary.subscribersConfigured} subscribers' filter policies match`;
  };
  const rows = summary.alerts.map((a) => [a.incidentId, a.rule, a.level, a.severity, recipients(a)]);
  const lines = formatTable(['incident', 'rule', 'level', 'severity', 'to'], rows);
  if (summary.subscribersConfigured === 0) {
    lines.push(
      'No subscribers are configured, so no SNS filter policy was evaluated: add "subscribers" to the',
      'configuration (or try --config borderwatch.config.example.json) to see who would receive each alert.',
    );
  } else {
    lines.push(
      `"to": those of the ${summary.subscribersConfigured} configured subscribers whose SNS filter policies ` +
        "accept the alert's message attributes, evaluated here as SNS would.",
    );
  }
  return lines;
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

/**
 * The readable summary `npm start` prints: feeds, articles, the incidents (with the alerts each raised, or
 * why none), and each alert with the subscribers whose filter policies accept it.
 */
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
  if (summary.incidents.length)
    lines.push(
      formatIncidents(summary.incidents, incidentAlertNotes(summary)).trimEnd().replace(/^/gm, '  '),
    );
  if (summary.backfillIncidents.length) {
    const count = summary.backfillIncidents.length;
    lines.push(
      `  "none (older than ${summary.maxAgeHours} h)": ${count === 1 ? '1 incident was' : `${count} incidents were`} ` +
        `stored without an alert, as history: the newest report is older than alerts.maxAgeHours.`,
    );
  }
  lines.push(
    `\nAlerts: ${summary.alertsSent} sent, appended to the outbox ${context.outbox}` +
      (summary.alertsFailed ? ` (${summary.alertsFailed} failed; see the log)` : ''),
    '  (the outbox keeps the alerts of earlier runs; delete it to start afresh)',
  );
  lines.push(...formatAlertRouting(summary).map((line) => `  ${line}`));
  if (summary.unhealthyFeeds.length) {
    lines.push(`\nFeed health:`);
    for (const f of summary.unhealthyFeeds)
      lines.push(`  ${f.url}: ${f.status}${f.lastError ? ` (${f.lastError})` : ''}`);
  }
  lines.push(`Database: ${context.database}`);
  return `${lines.join('\n')}\n`;
}
