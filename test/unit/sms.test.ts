import { describe, expect, it } from 'vitest';
import {
  fitSms,
  gsm7Length,
  isGsm7,
  measureSms,
  SMS_GSM7_LIMIT,
  SMS_UCS2_LIMIT,
  toGsm7,
  transliterateCyrillic,
} from '../../shared/domain/sms.js';

/** Every cut must fall between words: the kept text, less its ellipsis, is a prefix of whole words. */
function endsOnWordBoundary(original: string, cut: string): boolean {
  const kept = cut.replace(/(?:\.\.\.|…)$/, '');
  const words = original.split(' ');
  const keptWords = kept.split(' ');
  const last = keptWords[keptWords.length - 1] ?? '';
  return words.some((w) => w === last || w.replace(/[,;:.]+$/, '') === last);
}

describe('isGsm7 and gsm7Length', () => {
  it.each([
    ['Tajik-Afghan border: 4 killed in Khatlon', true, 40],
    ['Ümit & Ñoño @ 5€', true, 17],
    ['[Vorukh] {2} ~ | ^ \\', true, 28],
    ['Tajik–Afghan border', false, 19],
    ['Ворух: 2 убиты', false, 14],
    ['line one\nline two', true, 17],
  ])('classifies %j as GSM-7 %s and counts %i septets', (text, gsm, septets) => {
    expect(isGsm7(text)).toBe(gsm);
    expect(gsm7Length(text)).toBe(septets);
  });
});

describe('toGsm7', () => {
  it.each([
    ['Tajik–Afghan border — “four” killed', 'Tajik-Afghan border - "four" killed'],
    ['Tajikistan’s State Committee', "Tajikistan's State Committee"],
    ['«Ворух»…', '"Ворух"...'],
    ['Qubodiyon\u00a0district', 'Qubodiyon district'],
    ['Panj, Hamadoni, Shahritus: Jaloliddini Balkhī', 'Panj, Hamadoni, Shahritus: Jaloliddini Balkhi'],
    ['Ümit, Ñoño, café', 'Ümit, Ñoño, café'],
    ['zero\u200bwidth', 'zerowidth'],
  ])('turns %j into %j', (input, expected) => {
    expect(toGsm7(input)).toBe(expected);
  });
});

describe('transliterateCyrillic', () => {
  it.each([
    ['Ворух', 'Vorukh'],
    ['Торт-Кочо', 'Tort-Kocho'],
    ['Хатлонская область', 'Khatlonskaya oblast'],
    ['Ҷалолиддини Балхӣ, Қубодиён', 'Jaloliddini Balkhi, Qubodiyon'],
    ['ЖЕЛЕЗНОДОРОЖНЫЙ', 'ZhELEZNODOROZhNYY'],
  ])('spells %j as %j', (input, expected) => {
    expect(transliterateCyrillic(input)).toBe(expected);
  });
});

describe('fitSms', () => {
  it('keeps a short alert as it is, with typographic punctuation made GSM-7', () => {
    const text =
      'New incident: Tajik–Afghan border, 4 killed in Khatlon, 2026-01-04. Armed infiltration. 2 sources.';

    const sms = fitSms(text);

    expect(sms).toBe(
      'New incident: Tajik-Afghan border, 4 killed in Khatlon, 2026-01-04. Armed infiltration. 2 sources.',
    );
    expect(measureSms(sms)).toEqual({ encoding: 'gsm7', length: sms.length, limit: SMS_GSM7_LIMIT });
  });

  it('cuts a long GSM-7 text after the last whole word that fits 160 septets', () => {
    const text =
      'Toll up killed:3->7: Tajik-Afghan border, 7 killed in Shamsiddin Shohin district of Khatlon region, ' +
      '2026-01-04. Source: Asia-Plus. Armed infiltration. 4 sources. Toll disputed by Afghan officials.';

    const sms = fitSms(text);

    expect(gsm7Length(sms)).toBeLessThanOrEqual(SMS_GSM7_LIMIT);
    expect(sms.endsWith('...')).toBe(true);
    expect(endsOnWordBoundary(text, sms)).toBe(true);
    expect(text.startsWith(sms.slice(0, -3))).toBe(true);
  });

  it('counts extension characters as two septets when cutting', () => {
    const text = `${'[Vorukh] '.repeat(17)}end`;

    const sms = fitSms(text);

    expect(gsm7Length(sms)).toBeLessThanOrEqual(SMS_GSM7_LIMIT);
    expect(sms.length).toBeLessThan(SMS_GSM7_LIMIT);
    expect(endsOnWordBoundary(text, sms)).toBe(true);
  });

  it('keeps Cyrillic within 70 UCS-2 code units, cut at a word', () => {
    const text =
      'Новый инцидент: граница Таджикистана и Кыргызстана, двое убиты в селе Ворух, 2026-01-20. Два источника.';

    const sms = fitSms(text);

    expect(isGsm7(sms)).toBe(false);
    expect(sms.length).toBeLessThanOrEqual(SMS_UCS2_LIMIT);
    expect(sms.endsWith('…')).toBe(true);
    expect(text.startsWith(sms.slice(0, -1))).toBe(true);
    expect(endsOnWordBoundary(text, sms)).toBe(true);
  });

  it('transliterates Cyrillic on request, keeping the 160-character room', () => {
    const text = 'Новый инцидент: граница Таджикистана и Кыргызстана, двое убиты в селе Ворух, 2026-01-20.';

    const sms = fitSms(text, { transliterateCyrillic: true });

    expect(isGsm7(sms)).toBe(true);
    expect(sms).toBe(
      'Novyy intsident: granitsa Tadzhikistana i Kyrgyzstana, dvoe ubity v sele Vorukh, 2026-01-20.',
    );
  });

  it('folds line breaks and control characters into single spaces', () => {
    expect(fitSms('4 killed\r\nin Khatlon\u0007 overnight')).toBe('4 killed in Khatlon overnight');
  });

  it('cuts inside a word only when a single word is longer than the segment', () => {
    const link = `https://example.org/${'a'.repeat(200)}`;

    const sms = fitSms(link);

    expect(gsm7Length(sms)).toBe(SMS_GSM7_LIMIT);
  });
});
