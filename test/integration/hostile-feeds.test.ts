import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FeedItem, parseFeed } from '../../shared/adapters/feed-parser.js';
import { createHttpFetcher } from '../../shared/adapters/http-fetcher.js';
import { FeedParseError } from '../../shared/errors.js';
import { startHttpServer, type TestServer } from '../support/http-test-server.js';

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>`;

const XXE = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><title>Outlet</title>
<item><title>Leak &xxe;</title><description>&xxe;</description></item></channel></rss>`;

const XXE_PARAMETER = `<?xml version="1.0"?>
<!DOCTYPE feed [ <!entity % remote SYSTEM "http://169.254.169.254/latest/meta-data/"> %remote; ]>
<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>`;

const HTML_AS_FEED = `<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Asia-Plus</title></head>
<body><h1>Новости</h1><a href="/rss">RSS</a></body></html>`;

const PROTO_POLLUTION = `<?xml version="1.0"?>
<rss version="2.0" __proto__="polluted-attribute">
<channel>
  <title>Polluter</title>
  <__proto__><polluted>channel</polluted><isAdmin>true</isAdmin></__proto__>
  <constructor><prototype><polluted>constructor</polluted></prototype></constructor>
  <item __proto__="x" constructor="y">
    <title>Clash near Khorog</title>
    <link>https://news.example.tj/khorog</link>
    <__proto__><polluted>item</polluted></__proto__>
    <constructor><prototype><isAdmin>true</isAdmin></prototype></constructor>
    <prototype>z</prototype>
  </item>
</channel></rss>`;

// Modelled on feedparser's sanitize cases: everything that must not reach an alert.
const XSS_FEED = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>&lt;script&gt;alert("title")&lt;/script&gt;Outlet</title>
<item>
  <title>Border &lt;img src=x onerror=alert(1)&gt;news</title>
  <link>javascript:alert(document.domain)</link>
  <description>&lt;p onclick="steal()" style="background:url(javascript:alert(1))"&gt;Shelling in Isfara&lt;/p&gt;&lt;script&gt;document.write('x')&lt;/script&gt;&lt;a href="javascript:evil()"&gt;more&lt;/a&gt;&lt;iframe src="data:text/html,x"&gt;&lt;/iframe&gt;</description>
</item>
<item><title>Data link</title><link>data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==</link></item>
<item><title>File link</title><link>file:///etc/shadow</link></item>
</channel></rss>`;

const DOCUMENTS: Record<string, string> = {
  '/billion-laughs.xml': BILLION_LAUGHS,
  '/xxe.xml': XXE,
  '/xxe-parameter.xml': XXE_PARAMETER,
  '/html-as-feed.xml': HTML_AS_FEED,
  '/proto.xml': PROTO_POLLUTION,
  '/xss.xml': XSS_FEED,
};

let server: TestServer;
const fetcher = createHttpFetcher({
  timeoutMs: 2_000,
  maxFeedBytes: 1024 * 1024,
  maxPageBytes: 1024 * 1024,
  maxRedirects: 3,
  userAgent: 'Borderwatch-test/1.0',
  offline: true,
});

async function fetchAndParse(path: string): Promise<{ title: string | null; items: readonly FeedItem[] }> {
  const response = await fetcher.fetch({ url: `${server.origin}${path}`, purpose: 'feed' });
  return parseFeed(response.body, response.url);
}

beforeAll(async () => {
  server = await startHttpServer('127.0.0.1', (request, response) => {
    const body = DOCUMENTS[request.url ?? ''];
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
  });
});

afterAll(async () => {
  await server.close();
});

describe('hostile feeds', () => {
  it('rejects an HTML page served as a feed with a message saying so', async () => {
    const failure = fetchAndParse('/html-as-feed.xml');

    await expect(failure).rejects.toBeInstanceOf(FeedParseError);
    await expect(failure).rejects.toThrow('not a feed: the document is an HTML page');
  });

  it('refuses billion laughs before any entity is expanded', async () => {
    const started = performance.now();

    const failure = fetchAndParse('/billion-laughs.xml');

    await expect(failure).rejects.toBeInstanceOf(FeedParseError);
    await expect(failure).rejects.toThrow(/declares entities in a DTD/);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it.each([['/xxe.xml'], ['/xxe-parameter.xml']])('refuses external entities in %s', async (path) => {
    const failure = fetchAndParse(path);

    await expect(failure).rejects.toBeInstanceOf(FeedParseError);
    await expect(failure).rejects.toThrow(/declares entities/);
  });

  it('cannot pollute Object.prototype with __proto__, constructor or prototype elements and attributes', async () => {
    const feed = await fetchAndParse('/proto.xml');

    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
    expect(feed.title).toBe('Polluter');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      title: 'Clash near Khorog',
      link: 'https://news.example.tj/khorog',
    });
    expect(Object.getPrototypeOf(feed.items[0])).toBe(Object.prototype);
  });

  it('lets no markup, script, event handler or non-http link through', async () => {
    const feed = await fetchAndParse('/xss.xml');

    expect(feed.title).toBe('Outlet');
    expect(feed.items.map((item) => [item.title, item.link, item.summary])).toEqual([
      ['Border news', null, 'Shelling in Isfara\n\nmore'],
      ['Data link', null, ''],
      ['File link', null, ''],
    ]);
  });
});
