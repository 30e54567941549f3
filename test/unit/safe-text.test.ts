import { describe, expect, it } from 'vitest';
import { safeHttpUrl, stripMarkup } from '../../shared/domain/safe-text.js';

describe('stripMarkup', () => {
  it.each([
    ['Khatlon<script>alert(1)</script> region', 'Khatlon  region'],
    ['<img src=x onerror="alert(1)">Vorukh', ' Vorukh'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;Isfara', ' Isfara'],
    ['Tort-Kocho <!-- hidden --> and Chyr-Dobo', 'Tort-Kocho   and Chyr-Dobo'],
    ['Ишкашим\u200b\u202e район', 'Ишкашим район'],
    ['unclosed <b tag', 'unclosed  '],
    ['Dushanbe & Kabul talk', 'Dushanbe & Kabul talk'],
    ['Murghab<svg><title>svg title</title></svg> post', 'Murghab  post'],
    ['Isfara<math><mi>x</mi></math><textarea>typed</textarea> road', 'Isfara   road'],
    ['Panj<noembed>fallback</noembed><noframes>frames</noframes> river', 'Panj   river'],
  ])('turns %j into plain text %j', (input, expected) => {
    expect(stripMarkup(input)).toBe(expected);
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['javascript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['https://user:pw@evil.example/', null],
    ['/news/1', null],
    ['https://pamir-observer.example/news/1', 'https://pamir-observer.example/news/1'],
  ])('keeps only absolute http(s) links: %s', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});

describe('stripMarkup keeps text that only looks like markup', () => {
  it.each([
    ['toll revised 3 -> 7', 'toll revised 3 -> 7'],
    ['killed>=5 and wounded <5', 'killed>=5 and wounded <5'],
    ['&lt;5 km &gt; the river', '<5 km > the river'],
    ['<\u200bscript>alert(1)</script>Vorukh', ' Vorukh'],
    ['&lt;\u200bb&gt;bold', ' bold'],
  ])('turns %j into %j', (input, expected) => {
    expect(stripMarkup(input)).toBe(expected);
  });
});
