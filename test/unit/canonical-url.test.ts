import { describe, expect, it } from 'vitest';
import {
  articleIdFor,
  canonicalizeUrl,
  contentFingerprint,
  MIN_FINGERPRINT_WORDS,
  withoutTracking,
} from '../../shared/domain/canonical-url.js';

describe('canonicalizeUrl', () => {
  it.each([
    [
      'http://www.AsiaPlusTJ.info/en/news/tajikistan/security/20250602/border-clash?utm_source=rss&utm_medium=feed',
      'https://asiaplustj.info/en/news/tajikistan/security/20250602/border-clash',
    ],
    ['https://m.akipress.org/news:812345/?fbclid=IwAR0abc#comments', 'https://akipress.org/news:812345'],
    [
      'https://amp.rferl.org/a/tajikistan-border/33412345.html',
      'https://rferl.org/a/tajikistan-border/33412345.html',
    ],
    [
      'https://www.rferl.org/a/tajikistan-border/33412345.amp.html',
      'https://rferl.org/a/tajikistan-border/33412345.html',
    ],
    ['https://news.example.tj/2025/06/02/clash/amp/', 'https://news.example.tj/2025/06/02/clash'],
    ['https://news.example.tj/2025/06/02/clash/?amp=1', 'https://news.example.tj/2025/06/02/clash'],
    ['https://news.example.tj/article?id=7&outputType=amp', 'https://news.example.tj/article?id=7'],
    [
      'https://news.example.tj/article?id=7&gclid=x&yclid=y&mc_cid=z&mc_eid=w',
      'https://news.example.tj/article?id=7',
    ],
    ['https://news.example.tj/view?z=2&a=1&m=3', 'https://news.example.tj/view?a=1&m=3&z=2'],
    ['HTTPS://NEWS.EXAMPLE.TJ:443/Case/Sensitive/Path', 'https://news.example.tj/Case/Sensitive/Path'],
    ['http://news.example.tj:8080/a', 'https://news.example.tj:8080/a'],
    ['https://www.news.example.tj/', 'https://news.example.tj/'],
  ])('canonicalises %s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it('folds the spellings of one article into one canonical URL and one id', () => {
    const spellings = [
      'https://www.asiaplustj.info/en/news/20250602/clash',
      'http://asiaplustj.info/en/news/20250602/clash/',
      'https://m.asiaplustj.info/en/news/20250602/clash?utm_campaign=telegram#top',
      'https://asiaplustj.info/en/news/20250602/clash/amp',
    ];

    const ids = new Set(spellings.map((url) => articleIdFor(canonicalizeUrl(url))));

    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps parameters that identify the article apart', () => {
    expect(canonicalizeUrl('https://news.example.tj/view?id=1')).not.toBe(
      canonicalizeUrl('https://news.example.tj/view?id=2'),
    );
  });

  it('does not strip a lone m or www label that is the whole registrable name', () => {
    expect(canonicalizeUrl('https://m.tj/news/1')).toBe('https://m.tj/news/1');
  });

  it('returns non-http input unchanged but trimmed', () => {
    expect(canonicalizeUrl(' urn:uuid:1234 ')).toBe('urn:uuid:1234');
    expect(canonicalizeUrl('not a url')).toBe('not a url');
  });
});

describe('contentFingerprint', () => {
  const body =
    'Tajik border guards said three people were killed and two wounded in an exchange of fire with ' +
    'smugglers on the Afghan border in the Shamsiddin Shohin district of Khatlon region on Sunday night. ' +
    'The State Committee for National Security said the group tried to cross the Panj river carrying ' +
    'narcotics and opened fire when ordered to stop.';

  it('recognises syndicated copy with another dateline, spacing, punctuation and case', () => {
    const wire = `DUSHANBE, June 2 (Reuters) - ${body}`;
    const reprint = `Dushanbe, 2 June (Asia-Plus) —  ${body.toUpperCase().replace(/\. /g, '.\n\n').replace(/,/g, ' ,')}`;

    expect(contentFingerprint(wire)).not.toBeNull();
    expect(contentFingerprint(reprint)).toBe(contentFingerprint(wire));
  });

  it('tells different stories apart', () => {
    const other = body.replace('three people were killed', 'one person was killed');

    expect(contentFingerprint(other)).not.toBe(contentFingerprint(body));
  });

  it('refuses to fingerprint a body too short to identify a story', () => {
    const short = 'Read the full story on our website.';

    expect(short.split(' ').length).toBeLessThan(MIN_FINGERPRINT_WORDS);
    expect(contentFingerprint(short)).toBeNull();
  });

  it('reads Cyrillic words and treats ё as е', () => {
    const russian =
      'Пограничники Таджикистана сообщили, что в результате перестрелки с контрабандистами на ' +
      'таджикско-афганской границе в Шамсиддин Шохинском районе Хатлонской области погибли три ' +
      'человека, ещё двое получили ранения. Инцидент произошёл в ночь на воскресенье у реки Пяндж.';

    expect(contentFingerprint(russian)).toMatch(/^[0-9a-f]{16}$/);
    expect(contentFingerprint(russian.replace(/ё/g, 'е'))).toBe(contentFingerprint(russian));
  });
});

describe('withoutTracking', () => {
  it.each([
    [
      'https://dushanbe-daily.example/news/2026/01/04/border-gunmen-killed?utm_source=rss&utm_medium=feed',
      'https://dushanbe-daily.example/news/2026/01/04/border-gunmen-killed',
    ],
    ['http://www.asia-news.example/a?id=7&fbclid=XYZ#comments', 'http://www.asia-news.example/a?id=7'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
  ])('shows %s as %s, keeping scheme and host', (input, expected) => {
    expect(withoutTracking(input)).toBe(expected);
  });
});
