import { describe, expect, it } from 'vitest';
import {
  classAt,
  isLetterBefore,
  LETTER,
  letterLengthAt,
  lowerCase,
  NUMBER,
  SPACE,
} from '../../shared/domain/chars.js';
import { findTerms, hitLabel } from '../../shared/domain/term-matcher.js';

const labels = (text: string) => findTerms(lowerCase(text)).map(hitLabel);

describe('baseline term matching', () => {
  it.each([
    ['Border guards in Khatlon exchanged fire with smugglers', ['place:Khatlon']],
    ['Пограничники в Хатлонской области', ['place:Khatlon']],
    ['near Tort-Kocho and Chyr-Dobo', ['place:Tort-Kocho', 'place:Chyr-Dobo']],
    ['near Tort Kocho', ['place:Tort-Kocho']],
  ])('finds the places in %j in any script or inflection', (text, expected) => {
    expect(labels(text)).toEqual(expect.arrayContaining(expected));
  });

  it('matches whole words only, in Cyrillic as in Latin', () => {
    // "Khatlonian" is not Khatlon + a suffix in English; "Хатлонская" is the Russian inflection the term allows.
    expect(labels('A Khatlonian dish')).not.toContain('place:Khatlon');
    expect(labels('выхатлон')).not.toContain('place:Khatlon');
  });

  it('reports where each hit is in the text', () => {
    const text = lowerCase('Clashes in Vorukh on Thursday');
    const vorukh = findTerms(text).find((h) => hitLabel(h) === 'place:Vorukh');
    expect(vorukh && text.slice(vorukh.start, vorukh.end)).toBe('vorukh');
  });
});

describe('character classes', () => {
  it.each([
    ['a', 0, LETTER],
    ['ж', 0, LETTER],
    ['7', 0, NUMBER],
    [' ', 0, SPACE],
  ])('classifies %j', (s, i, flag) => {
    expect(classAt(s, i) & flag).toBe(flag);
  });

  it('measures letters in code units and looks behind across scripts', () => {
    expect(letterLengthAt('погибли 4', 0)).toBe(1);
    expect(letterLengthAt('𝐀b', 0)).toBe(2); // a letter outside the BMP takes two code units
    expect(letterLengthAt('4 погибли', 0)).toBe(0);
    expect(isLetterBefore('xВорух', 1)).toBe(true);
    expect(isLetterBefore(' Ворух', 1)).toBe(false);
    expect(lowerCase('ХАТЛОН Khatlon')).toBe('хатлон khatlon');
  });
});
