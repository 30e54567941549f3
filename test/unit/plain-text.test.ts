import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { htmlToPlainText, limitNesting, safeHttpUrl, textBlocks } from '../../shared/domain/plain-text.js';

describe('htmlToPlainText', () => {
  it('decodes entities, drops tags and keeps paragraphs apart', () => {
    const description =
      '<p>Border guards of the &laquo;Khatlon&raquo; detachment&nbsp;detained <b>two</b> violators.</p>' +
      '<p>Details &amp; photos<br/>at the source.</p>';

    expect(htmlToPlainText(description)).toBe(
      'Border guards of the «Khatlon» detachment detained two violators.\n\nDetails & photos\n\nat the source.',
    );
  });

  it('drops scripts, styles, comments, event handlers and iframes entirely', () => {
    const hostile =
      '<div onclick="steal()">Clash reported<script>alert(document.cookie)</script>' +
      '<style>body{display:none}</style><!-- <p>hidden</p> --><img src=x onerror="alert(1)">' +
      '<iframe src="javascript:alert(1)">frame text</iframe><a href="javascript:alert(2)">near Vorukh</a></div>';

    const text = htmlToPlainText(hostile);

    expect(text).toBe('Clash reported near Vorukh');
  });

  it('drops fallback content of noembed and noframes that no reader sees', () => {
    const fallback =
      '<p>Clash at Vorukh</p><noembed>Your browser cannot play this</noembed><noframes>Use frames</noframes>';

    expect(htmlToPlainText(fallback)).toBe('Clash at Vorukh');
  });

  it('removes markup that was escaped twice', () => {
    const doubled = '&lt;script&gt;alert(1)&lt;/script&gt;Shelling in &lt;b&gt;Isfara&lt;/b&gt;';

    expect(htmlToPlainText(doubled)).toBe('Shelling in Isfara');
  });

  it('keeps a literal less-than sign and bare ampersands of plain text', () => {
    expect(htmlToPlainText('Toll rose to 5 &lt; 7 reported, AT&T said')).toBe(
      'Toll rose to 5 < 7 reported, AT&T said',
    );
  });

  it('removes zero-width and bidi control characters that hide words', () => {
    expect(htmlToPlainText('kil\u200Bled in Kho\u202Erog\uFEFF')).toBe('killed in Khorog');
  });

  it('handles deeply nested markup without overflowing the stack', () => {
    const deep = `${'<div><span>'.repeat(50_000)}Murghab${'</span></div>'.repeat(50_000)}`;

    expect(htmlToPlainText(deep)).toBe('Murghab');
  });

  it('returns an empty string for markup without text', () => {
    expect(htmlToPlainText('<p> </p><script>x()</script>')).toBe('');
  });
});

describe('textBlocks', () => {
  it('stops collecting once the character budget is spent', () => {
    const $ = load('<p>First paragraph.</p><p>Second paragraph.</p><p>Third paragraph.</p>', null, false);

    const blocks = textBlocks($.root().toArray(), 20);

    expect(blocks).toEqual(['First paragraph.', 'Second paragraph.']);
  });
});

describe('limitNesting', () => {
  it('flattens start tags beyond the depth limit and keeps their text', () => {
    const html = `${'<div>'.repeat(5)}deep text${'</div>'.repeat(5)}<p>after</p>`;

    const limited = limitNesting(html, 3);

    expect(limited).toBe(`${'<div>'.repeat(3)}deep text${'</div>'.repeat(5)}<p>after</p>`);
  });

  it('counts unmatched end tags as the parser does, so they cannot hide nesting', () => {
    const html = `${'<span></b>'.repeat(10)}x`;

    expect(limitNesting(html, 4)).toBe(`${'<span></b>'.repeat(4)}${'</b>'.repeat(6)}x`);
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://asiaplustj.info/en/news/1', undefined, 'https://asiaplustj.info/en/news/1'],
    ['/ru/news/2', 'https://rus.ozodi.org/feed.xml', 'https://rus.ozodi.org/ru/news/2'],
    ['../story/3', 'https://news.example.tj/feeds/rss/', 'https://news.example.tj/feeds/story/3'],
    ['//cdn.example.tj/a', 'https://news.example.tj/', 'https://cdn.example.tj/a'],
    ['  https://news.example.tj/a b  ', undefined, 'https://news.example.tj/a%20b'],
    ['https://news.example.tj/x', 'not a base', 'https://news.example.tj/x'],
  ])('accepts %s (base %s)', (url, base, expected) => {
    expect(safeHttpUrl(url, base)).toBe(expected);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    ['\u0000javascript:alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD4='],
    ['file:///etc/passwd'],
    ['ftp://example.tj/file'],
    ['mailto:editor@example.tj'],
    ['vbscript:msgbox(1)'],
    ['http://user:secret@example.tj/'],
    ['http://'],
    [''],
    [`https://example.tj/${'a'.repeat(5000)}`],
  ])('refuses %s', (url) => {
    expect(safeHttpUrl(url, 'https://news.example.tj/feed')).toBeNull();
  });

  it('refuses null and undefined', () => {
    expect(safeHttpUrl(null)).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });
});
