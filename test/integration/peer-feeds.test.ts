import { afterAll, beforeAll, expect, it } from 'vitest';
import { extractArticle } from '../../shared/adapters/article-extractor.js';
import { parseFeed } from '../../shared/adapters/feed-parser.js';
import { createHttpFetcher } from '../../shared/adapters/http-fetcher.js';
import { FeedParseError, FetchError } from '../../shared/errors.js';
import { startHttpServer, type TestServer } from '../support/http-test-server.js';
import { loadPeerFeeds, type PeerFeed } from '../support/peer-feeds.js';
import { describeWithSharedMaterial } from '../support/shared-material.js';

/** Markup that must never come out of the parser: tags, scripts, event handlers, script URLs. */
const MARKUP =
  /<\s*\/?\s*(?:script|iframe|img|a|svg|object|embed|style)\b|\bon[a-z]{3,}\s*=\s*["'\w]|javascript:(?!\s)/i;
/**
 * A bound that catches a parser stuck on a hostile document (exponential backtracking, entity expansion),
 * not a speed target: on a quiet machine each document takes milliseconds, while a full suite on 2 cores
 * with other work running pushed the slowest past one second. Speed lives in `npm run bench`.
 */
const PER_DOCUMENT_MS = 5_000;
/**
 * The loopback fetch is not what is measured: its deadline only stops a hang. On a loaded 2-core machine a
 * large document's fetch alone took over a second, failing the run as a fetch error.
 */
const FETCH_DEADLINE_MS = 10_000;
const CONCURRENCY = 4;

interface Outcome {
  readonly path: string;
  readonly result: 'parsed' | 'parse-error' | 'fetch-error' | 'crash';
  readonly ms: number;
  readonly detail: string;
}

describeWithSharedMaterial('peer-feeds', 'peer feed corpus', () => {
  let feeds: PeerFeed[] = [];
  let server: TestServer;

  beforeAll(async () => {
    feeds = loadPeerFeeds();
    const byPath = new Map(feeds.map((feed) => [`/${feed.path}`, feed]));
    server = await startHttpServer('127.0.0.1', (request, response) => {
      const feed = byPath.get(decodeURIComponent(request.url ?? ''));
      if (!feed) response.writeHead(404).end();
      else response.writeHead(200, { 'content-type': feed.contentType }).end(feed.body);
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('parses every document or rejects it with a typed error, none stuck, with no markup left', async () => {
    const fetcher = createHttpFetcher({
      timeoutMs: FETCH_DEADLINE_MS,
      maxFeedBytes: 5 * 1024 * 1024,
      maxPageBytes: 2 * 1024 * 1024,
      maxRedirects: 3,
      userAgent: 'Borderwatch-test/1.0',
      offline: true,
    });
    const outcomes: Outcome[] = [];
    const leaks: string[] = [];

    const run = async (feed: PeerFeed): Promise<void> => {
      const url = `${server.origin}/${feed.path.split('/').map(encodeURIComponent).join('/')}`;
      let result: Outcome['result'] = 'parsed';
      let detail = '';
      // The fetch is bounded by the fetcher's own deadline (a timeout fails the test as a fetch error); the
      // clock below times the document's own work, not the queue behind other documents.
      let started = performance.now();
      try {
        const response = await fetcher.fetch({ url, purpose: 'feed' });
        started = performance.now();
        const parsed = await parseFeed(response.body, response.url);
        extractArticle(response.body, response.url);
        for (const item of parsed.items) {
          for (const text of [parsed.title, item.title, item.summary]) {
            if (text && MARKUP.test(text)) leaks.push(`${feed.path}: ${text.slice(0, 160)}`);
          }
          if (item.link !== null && !/^https?:\/\/[^\s]+$/.test(item.link))
            leaks.push(`${feed.path}: link ${item.link}`);
        }
      } catch (error) {
        result =
          error instanceof FeedParseError
            ? 'parse-error'
            : error instanceof FetchError
              ? 'fetch-error'
              : 'crash';
        detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      outcomes.push({ path: feed.path, result, ms: performance.now() - started, detail });
    };
    const queue = [...feeds];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let feed = queue.shift(); feed; feed = queue.shift()) await run(feed);
      }),
    );

    const count = (result: Outcome['result']): number => outcomes.filter((o) => o.result === result).length;
    expect(outcomes).toHaveLength(feeds.length);
    expect(feeds.length).toBeGreaterThan(1_000);
    expect(outcomes.filter((o) => o.result === 'crash')).toEqual([]);
    expect(outcomes.filter((o) => o.result === 'fetch-error')).toEqual([]);
    expect(
      outcomes.filter((o) => o.ms > PER_DOCUMENT_MS).map((o) => `${o.path}: ${Math.round(o.ms)} ms`),
    ).toEqual([]);
    expect(leaks).toEqual([]);
    // Most of the corpus is well-formed: a parser that rejected everything would not pass.
    expect(count('parsed')).toBeGreaterThan(feeds.length * 0.9);
  }, 120_000);
});
