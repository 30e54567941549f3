import { createServer as createTlsServer } from 'node:tls';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseFeed } from '../../shared/adapters/feed-parser.js';
import {
  createHttpFetcher,
  decodeDocument,
  type HttpFetcherOptions,
} from '../../shared/adapters/http-fetcher.js';
import { FetchError, type FetchErrorCode } from '../../shared/errors.js';
import type { FetchRequest } from '../../shared/ports/http-fetcher.js';
import {
  encodeSingleByte,
  startHttpServer,
  startSilentServer,
  type TestServer,
} from '../support/http-test-server.js';

const CAP = 256 * 1024;
const RUSSIAN_TITLE = 'Пограничники Таджикистана сообщили о перестрелке на границе';
const RUSSIAN_TEXT = 'Погибли три нарушителя, ещё один задержан. Инцидент произошёл у реки Пяндж.';

function russianFeed(declared: string): string {
  return `<?xml version="1.0" encoding="${declared}"?>
<rss version="2.0"><channel><title>Новости</title>
<item><title>${RUSSIAN_TITLE}</title><link>/ru/news/1</link><description>${RUSSIAN_TEXT}</description></item>
</channel></rss>`;
}

const FEED = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Local outlet</title>
<item><title>Relative link</title><link>../articles/2025/clash.html</link></item>
<item><title>Root-relative link</title><link>/articles/2025/drone.html</link></item>
</channel></rss>`;

// Highly compressible bodies: 64 MiB of spaces shrink to a few dozen kilobytes.
const BOMB_SIZE = 64 * 1024 * 1024;
let gzipBomb: Buffer;
let brotliBomb: Buffer;

let server: TestServer;
let canary: TestServer;
let silent: Awaited<ReturnType<typeof startSilentServer>>;
const openResponses = new Set<NodeJS.Timeout>();

function options(overrides: Partial<HttpFetcherOptions> = {}): HttpFetcherOptions {
  return {
    timeoutMs: 2_000,
    maxFeedBytes: CAP,
    maxPageBytes: CAP,
    maxRedirects: 5,
    userAgent: 'Borderwatch-test/1.0 (+https://example.invalid/borderwatch)',
    offline: true,
    ...overrides,
  };
}

async function fetchError(
  request: FetchRequest,
  overrides: Partial<HttpFetcherOptions> = {},
): Promise<FetchError> {
  const fetcher = createHttpFetcher(options(overrides));
  try {
    await fetcher.fetch(request);
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw new Error(`expected a FetchError, got ${String(error)}`);
  }
  throw new Error(`expected ${request.url} to fail`);
}

function expectCode(error: FetchError, code: FetchErrorCode): void {
  expect({ code: error.code, message: error.message }).toMatchObject({ code });
}

beforeAll(async () => {
  const spaces = Buffer.alloc(BOMB_SIZE, 0x20);
  gzipBomb = gzipSync(spaces, { level: 9 });
  brotliBomb = brotliCompressSync(spaces, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } });
  canary = await startHttpServer('127.0.0.2', (_request, response) => response.end('internal secret'));
  silent = await startSilentServer('127.0.0.1');
  server = await startHttpServer('127.0.0.1', (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const hops = /^\/hops\/(\d+)$/.exec(path);
    if (hops) {
      const n = Number(hops[1]);
      if (n >= 20) response.end('arrived');
      else response.writeHead(302, { location: `/hops/${n + 1}` }).end();
      return;
    }
    switch (path) {
      case '/feed.xml': {
        const etag = '"v1"';
        const lastModified = 'Mon, 02 Jun 2025 08:00:00 GMT';
        if (
          request.headers['if-none-match'] === etag ||
          request.headers['if-modified-since'] === lastModified
        ) {
          response.writeHead(304, { etag, 'last-modified': lastModified }).end();
        } else {
          response.writeHead(200, {
            'content-type': 'application/rss+xml',
            etag,
            'last-modified': lastModified,
          });
          response.end(FEED);
        }
        return;
      }
      case '/feeds/local/rss.xml':
        response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(FEED);
        return;
      case '/loop-a':
        response.writeHead(302, { location: '/loop-b' }).end();
        return;
      case '/loop-b':
        response.writeHead(301, { location: '/loop-a' }).end();
        return;
      case '/to-canary':
        response.writeHead(302, { location: `${canary.origin}/secret` }).end();
        return;
      case '/to-file':
        response.writeHead(302, { location: 'file:///etc/passwd' }).end();
        return;
      case '/to-javascript':
        response.writeHead(302, { location: 'javascript:alert(1)' }).end();
        return;
      case '/secure/start':
        response.writeHead(302, { location: 'http://secure.example.tj/plain' }).end();
        return;
      case '/missing':
        response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
        return;
      case '/big-with-length': {
        const body = Buffer.alloc(CAP + 1, 0x61);
        response.writeHead(200, { 'content-length': body.length }).end(body);
        return;
      }
      case '/big-chunked': {
        response.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 0x62);
        let sent = 0;
        const pump = (): void => {
          while (sent < 4 * CAP && !response.destroyed) {
            sent += chunk.length;
            if (!response.write(chunk)) {
              response.once('drain', pump);
              return;
            }
          }
          response.end();
        };
        pump();
        return;
      }
      case '/gzip-bomb':
        response
          .writeHead(200, { 'content-encoding': 'gzip', 'content-length': gzipBomb.length })
          .end(gzipBomb);
        return;
      case '/brotli-bomb':
        response.writeHead(200, { 'content-encoding': 'br' }).end(brotliBomb);
        return;
      case '/gzip-small':
        response
          .writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/rss+xml' })
          .end(gzipSync(Buffer.from(FEED)));
        return;
      case '/corrupt-gzip':
        response.writeHead(200, { 'content-encoding': 'gzip' }).end(Buffer.from('definitely not gzip data'));
        return;
      case '/drip': {
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        response.write('<rss version="2.0"><channel>');
        const timer = setInterval(() => response.write(' '), 50);
        openResponses.add(timer);
        response.on('close', () => clearInterval(timer));
        return;
      }
      case '/empty':
        response.writeHead(200, { 'content-type': 'application/rss+xml' }).end();
        return;
      case '/utf16':
        response
          .writeHead(200, { 'content-type': 'application/xml' })
          .end(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(russianFeed('utf-16'), 'utf16le')]));
        return;
      case '/cp1251-labelled-koi8':
        // The server says KOI8-R; the bytes (and the document's own declaration) are windows-1251.
        response
          .writeHead(200, { 'content-type': 'text/xml; charset=koi8-r' })
          .end(encodeSingleByte(russianFeed('windows-1251'), 'windows-1251'));
        return;
      case '/koi8-labelled-cp1251':
        response
          .writeHead(200, { 'content-type': 'application/rss+xml; charset=windows-1251' })
          .end(encodeSingleByte(russianFeed('koi8-r'), 'koi8-r'));
        return;
      case '/cp1251-labelled-utf8':
        response
          .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
          .end(encodeSingleByte(russianFeed('windows-1251'), 'windows-1251'));
        return;
      case '/page':
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>ok</p>');
        return;
      default:
        response.writeHead(404).end();
    }
  });
}, 30_000);

afterAll(async () => {
  for (const timer of openResponses) clearInterval(timer);
  await Promise.all([server?.close(), canary?.close(), silent?.close()]);
  // The canary on 127.0.0.2 stands for an internal service: no test may ever reach it.
  expect(canary.requests).toEqual([]);
});

describe('conditional GET', () => {
  it('returns the body with validators, then 304 with an empty body when they still match', async () => {
    const fetcher = createHttpFetcher(options());

    const first = await fetcher.fetch({ url: `${server.origin}/feed.xml`, purpose: 'feed' });
    const second = await fetcher.fetch({
      url: `${server.origin}/feed.xml`,
      purpose: 'feed',
      etag: first.etag,
      lastModified: first.lastModified,
    });

    expect(first).toMatchObject({ status: 200, etag: '"v1"', lastModified: 'Mon, 02 Jun 2025 08:00:00 GMT' });
    expect(first.body).toContain('<rss');
    expect(second).toEqual({
      status: 304,
      url: `${server.origin}/feed.xml`,
      body: '',
      contentType: null,
      etag: '"v1"',
      lastModified: 'Mon, 02 Jun 2025 08:00:00 GMT',
      bytes: 0,
    });
    const conditional = server.requests.filter((r) => r.path === '/feed.xml').at(-1);
    expect(conditional?.headers['if-none-match']).toBe('"v1"');
    expect(conditional?.headers['user-agent']).toMatch(/^Borderwatch/);
    expect(conditional?.headers.accept).toContain('application/rss+xml');
  });
});

describe('redirects', () => {
  it('follows redirects up to the limit', async () => {
    const fetcher = createHttpFetcher(options({ maxRedirects: 3 }));

    const response = await fetcher.fetch({ url: `${server.origin}/hops/17`, purpose: 'feed' });

    expect(response).toMatchObject({ status: 200, url: `${server.origin}/hops/20`, body: 'arrived' });
  });

  it('fails with too-many-redirects past the limit', async () => {
    const error = await fetchError({ url: `${server.origin}/hops/0`, purpose: 'feed' }, { maxRedirects: 3 });

    expectCode(error, 'too-many-redirects');
  });

  it('detects a redirect loop before the hop limit', async () => {
    const error = await fetchError({ url: `${server.origin}/loop-a`, purpose: 'feed' }, { maxRedirects: 10 });

    expectCode(error, 'too-many-redirects');
    expect(error.message).toMatch(/loop/);
  });

  it.each([
    ['/to-file', 'blocked-scheme'],
    ['/to-javascript', 'blocked-scheme'],
  ] as const)('refuses a redirect from %s to a non-http scheme', async (path, code) => {
    const request = {
      url: `${server.origin}${path}`,
      purpose: 'page',
      feedHost: `127.0.0.1:${server.port}`,
    } as const;

    expectCode(await fetchError(request), code);
  });

  it('refuses an https to http downgrade', async () => {
    // secure.example.tj is mapped to the local server, like replayed fixtures: https in the URL, plain on the wire.
    const connectTo = new Map([['secure.example.tj', { host: '127.0.0.1', port: server.port }]]);

    const error = await fetchError(
      { url: 'https://secure.example.tj/secure/start', purpose: 'feed' },
      { connectTo },
    );

    expectCode(error, 'blocked-downgrade');
  });
});

describe('schemes and addresses', () => {
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>x</script>',
    'ftp://127.0.0.1/x',
  ])('refuses to fetch %s', async (url) => {
    expectCode(await fetchError({ url, purpose: 'page', feedHost: '127.0.0.1' }), 'blocked-scheme');
  });

  it('refuses a page link to another loopback address than the feed host', async () => {
    const error = await fetchError({
      url: `${canary.origin}/secret`,
      purpose: 'page',
      feedHost: `127.0.0.1:${server.port}`,
    });

    expectCode(error, 'blocked-address');
    expect(canary.requests).toHaveLength(0);
  });

  it('refuses a redirect from the feed host to an internal address, for pages and feeds alike', async () => {
    const page = await fetchError({
      url: `${server.origin}/to-canary`,
      purpose: 'page',
      feedHost: `127.0.0.1:${server.port}`,
    });
    const feed = await fetchError({ url: `${server.origin}/to-canary`, purpose: 'feed' });

    expectCode(page, 'blocked-address');
    expectCode(feed, 'blocked-address');
    expect(canary.requests).toHaveLength(0);
  });

  it('fetches a page on the feed host itself', async () => {
    const fetcher = createHttpFetcher(options());

    const response = await fetcher.fetch({
      url: `${server.origin}/page`,
      purpose: 'page',
      feedHost: `127.0.0.1:${server.port}`,
    });

    expect(response.body).toBe('<p>ok</p>');
  });

  it('refuses a name that resolves to an internal address, and never connects to it', async () => {
    const lookup = vi.fn(async () => [{ address: '127.0.0.2', family: 4 as const }]);

    const error = await fetchError(
      { url: `http://rebind.example.tj:${canary.port}/secret`, purpose: 'page', feedHost: 'news.example.tj' },
      { offline: false, lookup },
    );

    expectCode(error, 'blocked-address');
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(canary.requests).toHaveLength(0);
  });

  it('connects to the address it vetted, resolving the name once, and sends the original Host', async () => {
    const lookup = vi.fn(async () => [{ address: '127.0.0.1', family: 4 as const }]);
    const fetcher = createHttpFetcher(options({ offline: false, lookup }));

    const response = await fetcher.fetch({
      url: `http://fixture.example.tj:${server.port}/page`,
      purpose: 'page',
      feedHost: `fixture.example.tj:${server.port}`,
    });

    expect(response.body).toBe('<p>ok</p>');
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(server.requests.at(-1)?.host).toBe(`fixture.example.tj:${server.port}`);
  });
});

describe('fallback across addresses', () => {
  /** A name whose first address refuses (nothing listens on 127.0.0.2 at the server's port) and whose second serves. */
  const refusingThenServing = () =>
    vi.fn(async () => [
      { address: '127.0.0.2', family: 4 as const },
      { address: '127.0.0.1', family: 4 as const },
    ]);

  it('reaches a host whose first address refuses through its next vetted address, resolving the name once', async () => {
    const lookup = refusingThenServing();
    const fetcher = createHttpFetcher(options({ lookup }));

    const response = await fetcher.fetch({
      url: `http://two-addresses.localhost:${server.port}/feeds/local/rss.xml`,
      purpose: 'feed',
    });

    expect(response).toMatchObject({ status: 200, body: FEED });
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(server.requests.at(-1)).toMatchObject({
      path: '/feeds/local/rss.xml',
      host: `two-addresses.localhost:${server.port}`,
    });
  });

  it('sends the host name as TLS server name (SNI) to the address that answers', async () => {
    const serverNames: string[] = [];
    // No certificate: the handshake stops after the client hello, which is all this test reads.
    const tls = createTlsServer({
      SNICallback: (name, callback) => {
        serverNames.push(name);
        callback(new Error('no certificate here'));
      },
    });
    tls.on('tlsClientError', () => {});
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    const address = tls.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const lookup = refusingThenServing();
    try {
      const error = await fetchError(
        { url: `https://two-addresses.localhost:${port}/feed.xml`, purpose: 'feed' },
        { lookup },
      );

      expectCode(error, 'network');
      expect(serverNames).toEqual(['two-addresses.localhost']);
    } finally {
      await new Promise((resolve) => tls.close(resolve));
    }
  });

  it('never reuses a kept-alive connection to an address the name no longer resolves to', async () => {
    const first = await startHttpServer('127.0.0.1', (_request, response) => response.end('first'));
    const second = await startHttpServer(
      '127.0.0.2',
      (_request, response) => response.end('second'),
      first.port,
    );
    const lookup = vi
      .fn<() => Promise<{ address: string; family: 4 }[]>>()
      .mockResolvedValueOnce([{ address: '127.0.0.1', family: 4 }])
      .mockResolvedValueOnce([{ address: '127.0.0.2', family: 4 }]);
    const fetcher = createHttpFetcher(options({ lookup }));
    const url = `http://repointed.localhost:${first.port}/page`;
    try {
      const before = await fetcher.fetch({ url, purpose: 'feed' });
      const after = await fetcher.fetch({ url, purpose: 'feed' });

      expect([before.body, after.body]).toEqual(['first', 'second']);
      expect([first.requests.length, second.requests.length]).toEqual([1, 1]);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('fails with a network error naming the refused addresses when none answers', async () => {
    const closed = await startHttpServer('127.0.0.1', () => {});
    await closed.close();
    const lookup = vi.fn(async () => [
      { address: '127.0.0.1', family: 4 as const },
      { address: '127.0.0.3', family: 4 as const },
    ]);

    const error = await fetchError(
      { url: `http://nobody-home.localhost:${closed.port}/feed`, purpose: 'feed' },
      { lookup },
    );

    expectCode(error, 'network');
    expect(error.message).toContain(`ECONNREFUSED 127.0.0.1:${closed.port}`);
    expect(error.message).toContain(`ECONNREFUSED 127.0.0.3:${closed.port}`);
  });
});

describe('offline mode', () => {
  it('refuses a non-loopback host at once, without a DNS query', async () => {
    const lookup = vi.fn(async () => [{ address: '127.0.0.1', family: 4 as const }]);

    const error = await fetchError(
      { url: 'https://asiaplustj.info/en/rss', purpose: 'feed' },
      { offline: true, lookup },
    );

    expectCode(error, 'offline');
    expect(lookup).not.toHaveBeenCalled();
  });

  it('replays a mapped host from the local server under its original URL', async () => {
    const connectTo = new Map([['asiaplustj.info', { host: '127.0.0.1', port: server.port }]]);
    const lookup = vi.fn(async () => [{ address: '127.0.0.1', family: 4 as const }]);
    const fetcher = createHttpFetcher(options({ offline: true, connectTo, lookup }));

    const response = await fetcher.fetch({ url: 'https://asiaplustj.info/feed.xml', purpose: 'feed' });

    expect(response).toMatchObject({ status: 200, url: 'https://asiaplustj.info/feed.xml' });
    expect(server.requests.at(-1)).toMatchObject({ path: '/feed.xml', host: 'asiaplustj.info' });
    expect(lookup).not.toHaveBeenCalled();
  });
});

describe('limits', () => {
  it.each([
    ['/big-with-length', 'a declared Content-Length over the cap'],
    ['/big-chunked', 'a chunked body that grows past the cap'],
    ['/gzip-bomb', 'a gzip bomb'],
    ['/brotli-bomb', 'a brotli bomb'],
  ])('stops %s (%s) with too-large', async (path) => {
    const started = performance.now();

    const error = await fetchError({
      url: `${server.origin}${path}`,
      purpose: 'page',
      feedHost: '127.0.0.1',
    });

    expectCode(error, 'too-large');
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('decodes a gzip-encoded feed and reports the decoded size', async () => {
    const fetcher = createHttpFetcher(options());

    const response = await fetcher.fetch({ url: `${server.origin}/gzip-small`, purpose: 'feed' });

    expect(response.body).toBe(FEED);
    expect(response.bytes).toBe(Buffer.byteLength(FEED));
  });

  it('reports a corrupt compressed body as a decode error', async () => {
    expectCode(await fetchError({ url: `${server.origin}/corrupt-gzip`, purpose: 'feed' }), 'decode');
  });

  it('times out a body that drips forever', async () => {
    const started = performance.now();

    const error = await fetchError({ url: `${server.origin}/drip`, purpose: 'feed' }, { timeoutMs: 400 });

    expectCode(error, 'timeout');
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('times out a server that accepts the connection and never answers', async () => {
    const error = await fetchError({ url: `${silent.origin}/feed`, purpose: 'feed' }, { timeoutMs: 400 });

    expectCode(error, 'timeout');
    expect(silent.accepted()).toBeGreaterThan(0);
  });

  it('reports an error status with its code', async () => {
    const error = await fetchError({
      url: `${server.origin}/missing`,
      purpose: 'page',
      feedHost: '127.0.0.1',
    });

    expectCode(error, 'http-status');
    expect(error.status).toBe(404);
  });

  it('reports a refused connection as a network error', async () => {
    const closed = await startHttpServer('127.0.0.1', () => {});
    await closed.close();

    expectCode(await fetchError({ url: `${closed.origin}/feed`, purpose: 'feed' }), 'network');
  });
});

describe('bodies and charsets', () => {
  it('returns an empty body as is, which the feed parser then rejects', async () => {
    const fetcher = createHttpFetcher(options());

    const response = await fetcher.fetch({ url: `${server.origin}/empty`, purpose: 'feed' });

    expect(response.body).toBe('');
    await expect(parseFeed(response.body, response.url)).rejects.toThrow(/empty document/);
  });

  it.each([
    ['/utf16', 'UTF-16 with a byte order mark'],
    ['/cp1251-labelled-koi8', 'windows-1251 bytes served as KOI8-R'],
    ['/koi8-labelled-cp1251', 'KOI8-R bytes served as windows-1251'],
    ['/cp1251-labelled-utf8', 'windows-1251 bytes served as UTF-8'],
  ])('reads the Russian text of %s (%s)', async (path) => {
    const fetcher = createHttpFetcher(options());

    const response = await fetcher.fetch({ url: `${server.origin}${path}`, purpose: 'feed' });
    const feed = await parseFeed(response.body, response.url);

    expect(feed.title).toBe('Новости');
    expect(feed.items[0]).toMatchObject({ title: RUSSIAN_TITLE, summary: RUSSIAN_TEXT });
  });

  it('resolves relative item links against the final feed URL', async () => {
    const fetcher = createHttpFetcher(options());

    const response = await fetcher.fetch({ url: `${server.origin}/feeds/local/rss.xml`, purpose: 'feed' });
    const feed = await parseFeed(response.body, response.url);

    expect(feed.items.map((item) => item.link)).toEqual([
      `${server.origin}/feeds/articles/2025/clash.html`,
      `${server.origin}/articles/2025/drone.html`,
    ]);
  });

  it('reads valid UTF-8 as UTF-8 when the header claims a Latin encoding and the document says UTF-8', () => {
    const text = '<?xml version="1.0" encoding="utf-8"?><title>Dushanbe’s “border” report — Хорог</title>';

    expect(decodeDocument(Buffer.from(text), 'application/xml; charset=iso-8859-1')).toBe(text);
  });

  it('prefers the header charset when the document agrees or says nothing', () => {
    const bytes = encodeSingleByte('<p>Душанбе</p>', 'windows-1251');

    expect(decodeDocument(bytes, 'text/html; charset=windows-1251')).toBe('<p>Душанбе</p>');
    expect(decodeDocument(Buffer.from('<p>Душанбе</p>'), null)).toBe('<p>Душанбе</p>');
  });
});
