import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../shared/adapters/feed-parser.js';
import { FeedParseError } from '../../shared/errors.js';
import { describeWithSharedMaterial } from '../support/shared-material.js';

const RSS2 = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Asia-Plus &amp; Partners: Security</title>
  <link>https://asiaplustj.info/en</link>
  <item>
    <title>Border guards detain &laquo;violators&raquo; near&nbsp;Panj</title>
    <link>https://asiaplustj.info/en/news/tajikistan/security/20250601/detained?utm_source=rss</link>
    <guid isPermaLink="false">asiaplus-448812</guid>
    <pubDate>Sun, 01 Jun 2025 09:15:00 +0500</pubDate>
    <description><![CDATA[<p>Short teaser.</p>]]></description>
    <content:encoded><![CDATA[<p>Tajik border guards detained two violators on the Panj river.</p><p>They were handed over to AT&T-style <b>investigators</b>.</p><script>alert(1)</script>]]></content:encoded>
  </item>
  <item>
    <title><![CDATA[Clash on the <i>Kyrgyz</i> border]]></title>
    <link>/en/news/20250602/clash</link>
    <pubDate>not a date</pubDate>
    <description>Residents of Vorukh report gunfire &amp; shelling overnight.</description>
  </item>
  <item>
    <title>Permalink only</title>
    <guid>https://asiaplustj.info/en/news/20250603/permalink</guid>
    <dc:date>2025-06-03T07:00:00Z</dc:date>
  </item>
  <item>
    <title>Hostile link</title>
    <link>javascript:alert(document.cookie)</link>
    <description>Text &lt;img src=x onerror=alert(1)&gt; here</description>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://rus.ozodi.org/news/">
  <title type="html">Радио &lt;b&gt;Озоди&lt;/b&gt;</title>
  <id>tag:ozodi.org,2025:feed</id>
  <updated>2025-06-02T10:00:00Z</updated>
  <entry>
    <title>Перестрелка на таджикско-афганской границе</title>
    <link rel="alternate" href="2025/06/02/clash.html"/>
    <link rel="enclosure" href="https://cdn.ozodi.org/photo.jpg"/>
    <id>tag:ozodi.org,2025:33441</id>
    <published>2025-06-02T08:30:00+05:00</published>
    <summary>Кратко.</summary>
    <content type="html">&lt;p&gt;Трое погибли в перестрелке с контрабандистами в Шамсиддин Шохинском районе.&lt;/p&gt;</content>
  </entry>
  <entry xml:base="https://rus.ozodi.org/archive/">
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Обстрел у <b>Исфары</b></div></title>
    <link href="item-2.html"/>
    <id>tag:ozodi.org,2025:33442</id>
    <published>32 Smarch 2025</published>
    <updated>2025-06-01T12:00:00Z</updated>
  </entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://kabar.kg/rss"><title>Kabar</title><link>https://kabar.kg</link></channel>
  <item rdf:about="https://kabar.kg/news/batken-1"><title>Batken incident</title><link>https://kabar.kg/news/batken-1</link><dc:date>2025-05-30T06:00:00+06:00</dc:date><description>Shots were fired.</description></item>
</rdf:RDF>`;

const RSS091 = `<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old &eacute;dition</title><link>http://old.example.tj/</link>
<item><title>Caf&eacute; closed</title><link>http://old.example.tj/1</link><description>a &copy; b</description></item>
</channel></rss>`;

/**
 * Atom titles as inline XHTML holding code and embedded documents (after feedparser's
 * `sanitize/entry_title_script_inline.xml` and `feed_title_script_inline.xml`): rss-parser hands such a
 * title over as an element tree, not as markup.
 */
const ATOM_XHTML_SCRIPTS = `<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml">Border<style>body{display:none}</style> news</div></title>
  <entry>
    <title type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml">safe<script type="text/javascript">location.href='http:/'+'/example.com/';</script> description</div></title>
  </entry>
  <entry>
    <title type="xhtml"><xh:div xmlns:xh="http://www.w3.org/1999/xhtml">Clash near Vorukh<xh:noscript>enable scripts</xh:noscript><xh:SCRIPT>steal()</xh:SCRIPT><xh:iframe>frame text</xh:iframe><xh:template>tpl</xh:template><xh:object>obj</xh:object><xh:svg><xh:title>svg title</xh:title></xh:svg></xh:div></title>
  </entry>
</feed>`;

describe('parseFeed', () => {
  it('reads RSS 2.0 items as plain text with absolute links', async () => {
    const feed = await parseFeed(RSS2, 'https://asiaplustj.info/en/rss/security.xml');

    expect(feed.title).toBe('Asia-Plus & Partners: Security');
    expect(feed.items).toHaveLength(4);
    expect(feed.items[0]).toEqual({
      title: 'Border guards detain «violators» near Panj',
      link: 'https://asiaplustj.info/en/news/tajikistan/security/20250601/detained?utm_source=rss',
      guid: 'asiaplus-448812',
      published: '2025-06-01T04:15:00.000Z',
      summary:
        'Tajik border guards detained two violators on the Panj river.\n\nThey were handed over to AT&T-style investigators.',
      source: null,
    });
  });

  it('reads the outlet an aggregator credits an item to from its <source>, and null without one', async () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Border digest</title><link>https://digest.example/</link>
<item><title>Clash near Vorukh</title><link>https://digest.example/1</link><source url="https://wire.example/rss">Pamir <b>Wire</b></source></item>
<item><title>Funeral in Isfara</title><link>https://digest.example/2</link></item>
</channel></rss>`;

    const feed = await parseFeed(xml, 'https://digest.example/rss.xml');

    expect(feed.items.map((item) => item.source)).toEqual(['Pamir Wire', null]);
  });

  it('resolves relative links against the feed URL and turns unparsable dates into null', async () => {
    const feed = await parseFeed(RSS2, 'https://asiaplustj.info/en/rss/security.xml');

    expect(feed.items[1]).toMatchObject({
      title: 'Clash on the Kyrgyz border',
      link: 'https://asiaplustj.info/en/news/20250602/clash',
      guid: null,
      published: null,
      summary: 'Residents of Vorukh report gunfire & shelling overnight.',
    });
  });

  it('uses a permalink guid when an item has no link', async () => {
    const feed = await parseFeed(RSS2, 'https://asiaplustj.info/en/rss/security.xml');

    expect(feed.items[2]).toMatchObject({
      link: 'https://asiaplustj.info/en/news/20250603/permalink',
      published: '2025-06-03T07:00:00.000Z',
      summary: '',
    });
  });

  it('drops javascript: links and markup hidden in escaped descriptions', async () => {
    const feed = await parseFeed(RSS2, 'https://asiaplustj.info/en/rss/security.xml');

    expect(feed.items[3]).toMatchObject({ link: null, summary: 'Text here' });
  });

  it('reads Atom with xml:base on the feed and on entries, picking the alternate link', async () => {
    const feed = await parseFeed(ATOM, 'https://rus.ozodi.org/api/feed.atom');

    expect(feed.title).toBe('Радио Озоди');
    expect(feed.items.map((item) => item.link)).toEqual([
      'https://rus.ozodi.org/news/2025/06/02/clash.html',
      'https://rus.ozodi.org/archive/item-2.html',
    ]);
    expect(feed.items[0]).toMatchObject({
      guid: 'tag:ozodi.org,2025:33441',
      published: '2025-06-02T03:30:00.000Z',
      summary: 'Трое погибли в перестрелке с контрабандистами в Шамсиддин Шохинском районе.',
    });
  });

  it('falls back to the update time when an Atom publication date is unparsable, without losing the feed', async () => {
    const feed = await parseFeed(ATOM, 'https://rus.ozodi.org/api/feed.atom');

    expect(feed.items[1]).toMatchObject({ title: 'Обстрел у Исфары', published: '2025-06-01T12:00:00.000Z' });
  });

  it('reads RSS 1.0 (RDF) feeds', async () => {
    const feed = await parseFeed(RDF, 'https://kabar.kg/rss');

    expect(feed.title).toBe('Kabar');
    expect(feed.items).toEqual([
      {
        title: 'Batken incident',
        link: 'https://kabar.kg/news/batken-1',
        guid: null,
        published: '2025-05-30T00:00:00.000Z',
        summary: 'Shots were fired.',
        source: null,
      },
    ]);
  });

  it('reads RSS 0.91 with its public DTD and HTML entities that strict XML does not define', async () => {
    const feed = await parseFeed(RSS091, 'http://old.example.tj/rss');

    expect(feed.title).toBe('Old édition');
    expect(feed.items[0]).toMatchObject({ title: 'Café closed', summary: 'a © b' });
  });

  it('reads a feed whose article text quotes an entity declaration', async () => {
    const xml = `<rss version="2.0"><channel><title>Security blog</title><item><title>XXE explained</title>
      <description><![CDATA[<p>Attackers declare <code>&lt;!ENTITY xxe SYSTEM "file:///etc/passwd"&gt;</code>.</p>]]></description>
      </item></channel></rss>`;

    const feed = await parseFeed(xml, 'https://blog.example.tj/rss');

    // Parsed, not refused; the quoted declaration itself reads as markup escaped twice and is dropped.
    expect(feed.items[0]).toMatchObject({ title: 'XXE explained', summary: 'Attackers declare .' });
  });

  it('drops the text of scripts and styles in an inline XHTML title', async () => {
    const feed = await parseFeed(ATOM_XHTML_SCRIPTS, 'https://news.example.tj/atom.xml');

    expect(feed.title).toBe('Border news');
    expect(feed.items[0]?.title).toBe('safe description');
  });

  it('drops noscript, iframe, template, object and svg content in an XHTML title, whatever its prefix or case', async () => {
    const feed = await parseFeed(ATOM_XHTML_SCRIPTS, 'https://news.example.tj/atom.xml');

    expect(feed.items[1]?.title).toBe('Clash near Vorukh');
  });

  it.each([
    ['', /empty document/],
    ['   \n  ', /empty document/],
    ['<!DOCTYPE html><html><head><title>Home</title></head><body>News</body></html>', /HTML page/],
    ['<html><body><p>Maintenance</p></body></html>', /HTML page/],
    ['{"items": []}', /does not start with markup/],
    ['<rss version="2.0"><channel><title>Cut off', /not well-formed XML/],
    ['<?xml version="1.0"?><catalog><book/></catalog>', /neither RSS, RDF nor Atom/],
    ['<rss version="2.0"></rss>', /missing or malformed feed structure/],
  ])('rejects %j with a FeedParseError', async (xml, message) => {
    const failure = parseFeed(xml, 'https://example.tj/feed');

    await expect(failure).rejects.toBeInstanceOf(FeedParseError);
    await expect(failure).rejects.toThrow(message);
  });
});

describeWithSharedMaterial(
  'peer-feeds/feedparser/tests/wellformed/sanitize',
  'parseFeed over the peer sanitize corpus',
  (dir) => {
    it('lets no script text of any hostile document reach a title or summary', async () => {
      const hostile = readdirSync(dir)
        .filter((name) => name.endsWith('.xml'))
        .map((name) => ({ name, xml: readFileSync(join(dir, name), 'utf8') }))
        .filter(({ xml }) => xml.includes('location.href'));
      const leaks: string[] = [];

      for (const { name, xml } of hostile) {
        const feed = await parseFeed(xml, 'https://example.com/feed').catch(() => null);
        const texts = [feed?.title, ...(feed?.items ?? []).flatMap((item) => [item.title, item.summary])];
        for (const text of texts) if (text?.includes('location.href')) leaks.push(`${name}: ${text}`);
      }

      expect(hostile.length).toBeGreaterThan(100);
      expect(leaks).toEqual([]);
    });
  },
);
