/** The evaluation's own judgement of a place: spelling and script variants of one place are that place. */
import { describe, expect, it } from 'vitest';
import { placeMatches } from '../eval/classification-eval.js';

describe('placeMatches', () => {
  it('accepts the label or an alias contained in the predicted place, folded', () => {
    expect(placeMatches('Vorukh jamoat', 'Vorukh')).toBe(true);
    expect(placeMatches('Ворух', 'Vorukh', ['Ворух'])).toBe(true);
    expect(placeMatches('Сомониён', 'Сомониен')).toBe(true);
  });

  it("accepts the gazetteer's name for a label written in the other script", () => {
    expect(placeMatches('Jabbor Rasulov', 'Джаббор-Расуловский район')).toBe(true);
    expect(placeMatches('Vorukh', 'Ворух')).toBe(true);
    // ("ё" read as "е", as the classifier reads it.)
    expect(placeMatches('Somoniyon', 'Сомониён')).toBe(true);
  });

  it('refuses another place, a place where none is labelled, and none where one is', () => {
    expect(placeMatches('Isfara', 'Ворух')).toBe(false);
    expect(placeMatches('Jabbor Rasulov', 'Исфара')).toBe(false);
    expect(placeMatches('Vorukh', null)).toBe(false);
    expect(placeMatches(null, 'Vorukh')).toBe(false);
    expect(placeMatches(null, null)).toBe(true);
  });
});
