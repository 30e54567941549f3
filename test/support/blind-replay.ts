/**
 * A multi-outlet recording built from a blind-set part (`test/fixtures/blind/*.jsonl`), served by a real HTTP
 * server on 127.0.0.1 so whole cycles can be replayed day by day over it (issue 12, item 6).
 *
 * - Feeds: RSS 2.0 documents at `https://<feed host>/<path>` (a few aggregator-style digests by default, see
 *   {@link aggregatorFeeds}), each holding the articles of its outlets
 *   published up to the recording's current instant ({@link BlindRecording.at}), newest first: an item appears
 *   from its publication time on. Each item carries the article's own URL, title, pubDate and a description
 *   (its first paragraph). A feed answers conditional requests with 304 while its items are unchanged.
 * - Pages: every article at its own URL (`https://<outlet>.example/...`) as a plain news page, with the
 *   headline and the text's paragraphs inside `<article>` and a little chrome around it. The publication
 *   date sits in the page header, outside `<article>`: the text the classifier reads is the article's own, as
 *   `npm run eval` reads it (a date line inside `<article>` is kept by the extractor and changes the reading
 *   of 13 of the tuning part's 207 articles).
 *
 * Every host is mapped to the server through the fetcher's `connectTo`, as the recorded fixtures are
 * (`shared/local/fixtures.ts`), so the fetcher stays offline and nothing leaves the machine.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FeedConfig } from '../../shared/config.js';
import type { DevsetArticle } from '../eval/incident-eval.js';

/** Which feed an article is published in: the feed's URL path and its channel title (the outlet name). */
export interface FeedPlacement {
  readonly path: string;
  readonly title: string;
  readonly lang: string;
}

/**
 * Aggregator-style feeds: per language, `perLanguage` digests, each carrying a fixed share of the outlets
 * (by a hash of the outlet's name), so one event's reports are spread over several feeds and a cycle polls
 * few. The product takes an article's outlet from its feed (configured name, else channel title; an item's
 * RSS `<source>` is not read), so every report of one digest counts as that digest's.
 */
export function aggregatorFeeds(perLanguage = 3): (article: DevsetArticle) => FeedPlacement {
  return (article) => {
    const bucket = createHash('sha256').update(article.outlet).digest().readUInt32BE(0) % perLanguage;
    return {
      path: `/digest/${article.lang}-${bucket + 1}.xml`,
      title: `Border digest (${article.lang}) ${bucket + 1}`,
      lang: article.lang,
    };
  };
}

/**
 * One feed per outlet, titled with the outlet's name, so each report keeps its labelled outlet. A cycle
 * then polls about 80 feeds: the replay takes about 2.5 times as long as over {@link aggregatorFeeds}.
 */
export function feedPerOutlet(article: DevsetArticle): FeedPlacement {
  const host = new URL(article.url).host;
  return { path: `/outlets/${host}.xml`, title: article.outlet, lang: article.lang };
}

/** Where the feeds are served from (an `.example` host, mapped to the loopback server). */
export const FEED_HOST = 'feeds.blind-replay.example';

/** A running recording. */
export interface BlindRecording {
  /** The feeds to configure, in a stable order. */
  readonly feeds: readonly FeedConfig[];
  /** End of each UTC day on which at least one article was published, ascending (ISO 8601). */
  readonly days: readonly string[];
  /** Every host of the recording -> the loopback server, for the fetcher's `connectTo`. */
  readonly connectTo: ReadonlyMap<string, { host: string; port: number }>;
  /** Requests served, by outcome. */
  readonly requests: { total: number; feeds: number; notModified: number; pages: number; notFound: number };
  /** Sets the instant the feeds are served as of (items published later are not in them yet). */
  at(now: string): void;
  close(): Promise<void>;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The paragraphs of an article's text (the blind set separates them with newlines). */
function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A feed item's description: the first paragraph, shortened as aggregators do. */
function description(text: string): string {
  const first = paragraphs(text)[0] ?? '';
  return first.length > 300 ? `${first.slice(0, 297).replace(/\s+\S*$/, '')}…` : first;
}

function feedDocument(title: string, lang: string, items: readonly DevsetArticle[]): string {
  const body = items
    .map(
      (a) =>
        `<item><title>${escapeXml(a.title)}</title><link>${escapeXml(a.url)}</link>` +
        `<guid isPermaLink="true">${escapeXml(a.url)}</guid><pubDate>${new Date(a.published).toUTCString()}</pubDate>` +
        `<description>${escapeXml(description(a.text))}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escapeXml(title)}</title><link>https://${FEED_HOST}/</link>
<description>${escapeXml(title)}</description><language>${lang}</language>
${body}
</channel></rss>`;
}

function articlePage(article: DevsetArticle): string {
  const headline = escapeXml(article.title);
  return `<!doctype html><html lang="${article.lang}"><head><meta charset="utf-8"><title>${headline} | ${escapeXml(article.outlet)}</title>
<meta property="og:title" content="${headline}"></head>
<body><header><a href="/">${escapeXml(article.outlet)}</a>
<time datetime="${article.published}">${article.published.slice(0, 10)}</time></header>
<nav><a href="/news">News</a> <a href="/region">Region</a></nav>
<main><article><h1>${headline}</h1>
${paragraphs(article.text)
  .map((p) => `<p>${escapeXml(p)}</p>`)
  .join('\n')}
</article></main>
<footer>© ${escapeXml(article.outlet)}</footer></body></html>`;
}

const endOfUtcDay = (iso: string) => `${iso.slice(0, 10)}T23:59:59.999Z`;

/**
 * Builds the recording of `articles` and serves it on 127.0.0.1 (a free port). Before the first
 * {@link BlindRecording.at} every feed is empty.
 */
export async function startBlindRecording(
  articles: readonly DevsetArticle[],
  place: (article: DevsetArticle) => FeedPlacement = aggregatorFeeds(),
): Promise<BlindRecording> {
  const urls = new Set<string>();
  for (const a of articles) {
    if (urls.has(a.url)) throw new Error(`duplicate article URL ${a.url}`);
    urls.add(a.url);
  }
  // Feeds, newest item first.
  const byFeed = new Map<string, { title: string; lang: string; items: DevsetArticle[] }>();
  for (const a of articles) {
    const { path, title, lang } = place(a);
    const feed = byFeed.get(path) ?? { title, lang, items: [] };
    feed.items.push(a);
    byFeed.set(path, feed);
  }
  for (const feed of byFeed.values()) {
    feed.items.sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || a.id.localeCompare(b.id));
  }
  const pages = new Map(articles.map((a) => [`${new URL(a.url).host}${new URL(a.url).pathname}`, a]));

  let now = Number.NEGATIVE_INFINITY;
  const requests = { total: 0, feeds: 0, notModified: 0, pages: 0, notFound: 0 };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    requests.total++;
    const host = req.headers.host ?? '';
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const feed = host === FEED_HOST ? byFeed.get(path) : undefined;
    if (feed) {
      requests.feeds++;
      const visible = feed.items.filter((a) => Date.parse(a.published) <= now);
      const body = feedDocument(feed.title, feed.lang, visible);
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
      const headers: Record<string, string> = { etag, 'content-type': 'application/rss+xml; charset=utf-8' };
      const newest = visible[0];
      if (newest) headers['last-modified'] = new Date(newest.published).toUTCString();
      if (req.headers['if-none-match'] === etag) {
        requests.notModified++;
        res.writeHead(304, headers).end();
        return;
      }
      res.writeHead(200, headers).end(body);
      return;
    }
    const article = pages.get(`${host}${path}`);
    if (article && Date.parse(article.published) <= now) {
      requests.pages++;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage(article));
      return;
    }
    requests.notFound++;
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not in the recording');
  };

  const server: Server = createServer(handle);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const target = { host: '127.0.0.1', port };
  const connectTo = new Map<string, { host: string; port: number }>([[FEED_HOST, target]]);
  for (const a of articles) connectTo.set(new URL(a.url).host, target);

  const feeds: FeedConfig[] = [...byFeed.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, feed]) => ({ url: `https://${FEED_HOST}${path}`, lang: feed.lang }));
  const days = [...new Set(articles.map((a) => endOfUtcDay(a.published)))].sort();

  return {
    feeds,
    days,
    connectTo,
    requests,
    at(instant) {
      now = Date.parse(instant);
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
