import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BASELINE_ENTRIES,
  listBaselineTerms,
  PLACES,
  SEED_FILE_PATTERN,
  TERM_REASONS,
  VOCABULARY,
} from '../../shared/baseline/index.js';
import { deriveBaselineCandidates } from '../../shared/domain/baseline-derive.js';
import { findTerms, hitLabel } from '../../shared/domain/term-matcher.js';
import { foldText } from '../../shared/domain/text.js';
import { describeWithSharedMaterial } from '../support/shared-material.js';

const reasons: readonly string[] = TERM_REASONS;

describe('the baseline', () => {
  it('has no context term that hides an incident or toll word inside it (a longer match wins the scan)', () => {
    const incidentWord = (category: string) => category.startsWith('incident') || category.startsWith('toll');
    const hidden: string[] = [];
    for (const entry of VOCABULARY.filter((v) => v.category.startsWith('context:'))) {
      for (const term of entry.terms) {
        const text = term.text.replace(/\*/g, 'а');
        const whole = findTerms(text).some(
          (h) => h.owner.kind === 'vocabulary' && incidentWord(h.owner.entry.category),
        );
        const inside = text
          .split(' ')
          .some((word) =>
            findTerms(word).some(
              (h) => h.owner.kind === 'vocabulary' && incidentWord(h.owner.entry.category),
            ),
          );
        if (inside && !whole) hidden.push(`${entry.category}: ${term.text}`);
      }
    }
    // Meant to be no incident: a road accident ("дорожно-транспортное происшествие"), a heart attack, a death of
    // illness, a soldier who killed his own comrades, a works injury ("производственная травма"), training fire
    // ("учебные стрельбы", "a shooting range").
    expect(hidden).toEqual([
      'context:accident: дорожно-транспортн* происшестви*',
      'context:accident: учебн* стрельб*',
      'context:accident: shooting range',
      'context:accident: killed two comrades',
      'context:accident: застрелил* сослуживц*',
      'context:accident: производственн* травм*',
      'context:accident: heart attack',
      'context:accident: died of illness',
      'context:accident: died of an illness',
    ]);
  });

  it('gives every term a provenance: seed files or a known reason', () => {
    for (const { term } of listBaselineTerms()) {
      expect(term.from.length, term.text).toBeGreaterThan(0);
      for (const source of term.from) {
        expect(SEED_FILE_PATTERN.test(source) || reasons.includes(source), `${term.text}: ${source}`).toBe(
          true,
        );
      }
    }
  });

  it('declares each surface form once, so a match has one meaning', () => {
    const seen = new Map<string, string>();
    for (const { term, owner } of listBaselineTerms()) {
      const key = term.text.toLowerCase();
      const where = `${owner.kind}:${'name' in owner.entry ? owner.entry.name : owner.entry.category}`;
      expect(seen.get(key), `${key} in ${where} and ${seen.get(key)}`).toBeUndefined();
      seen.set(key, where);
    }
  });

  it('writes no term with "ё": the text is read with "ё" as "е", so such a term would never match', () => {
    const withYo = listBaselineTerms()
      .map(({ term }) => term.text)
      .filter((text) => /ё/iu.test(text));
    expect(withYo).toEqual([]);
  });

  it('carries Russian forms for places, countries, security bodies and toll words', () => {
    const russian = (texts: readonly string[]) => texts.some((t) => /\p{Script=Cyrillic}/u.test(t));
    for (const place of PLACES.filter((p) => p.country === 'TJ' && p.kind !== 'capital')) {
      expect(russian(place.terms.map((t) => t.text)), place.name).toBe(true);
    }
    for (const category of ['toll:death', 'toll:wound', 'incident:clash', 'background'] as const) {
      expect(
        russian(VOCABULARY.filter((v) => v.category === category).flatMap((v) => v.terms.map((t) => t.text))),
      ).toBe(true);
    }
    expect(BASELINE_ENTRIES.length).toBeGreaterThan(100);
  });

  it('matches on Unicode word boundaries, in Russian as in English', () => {
    const labels = findTerms(
      'в хатлонской области пограничники ликвидировали нарушителей; khatlonese is no place',
    ).map(hitLabel);
    expect(labels).toContain('place:Khatlon');
    expect(labels).toContain('actor:Border troops');
    expect(labels.some((l) => l.includes('khatlonese'))).toBe(false);
  });

  it('prefers the longest term at a position', () => {
    const labels = findTerms('gorno-badakhshan and the tajik-afghan border').map(hitLabel);
    expect(labels).toEqual(['place:Gorno-Badakhshan', 'border-segment:tajik-afghan', 'border:border']);
  });
});

describeWithSharedMaterial('seeds', 'baseline provenance against the seed documents', (seeds) => {
  const seedText = new Map(
    readdirSync(seeds)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => [n, foldText(readFileSync(resolve(seeds, n), 'utf8'))]),
  );

  it('finds every term attributed to a seed in that seed (case- and diacritic-insensitive)', () => {
    const missing: string[] = [];
    for (const { term } of listBaselineTerms()) {
      const needle = foldText(term.text.replace(/\*/g, ''));
      for (const source of term.from.filter((s) => SEED_FILE_PATTERN.test(s))) {
        const text = seedText.get(source);
        if (text === undefined) missing.push(`${term.text}: no seed ${source}`);
        else if (!text.includes(needle)) missing.push(`${term.text}: not in ${source}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('deriveBaselineCandidates', () => {
  const docs = [
    {
      name: 'a.txt',
      text: 'Border guards clashed with smugglers near the village of Sayod in Shahritus district. Two smugglers were mown down in the gunfight.',
    },
    {
      name: 'b.txt',
      text: 'The State Committee for National Security said a gunfight near Sayod left one attacker dead.',
    },
  ];

  it('proposes capitalised entity spans with the documents they came from', () => {
    const { entities } = deriveBaselineCandidates(docs);
    expect(entities.find((e) => e.text === 'Sayod')).toMatchObject({
      count: 2,
      documents: ['a.txt', 'b.txt'],
      known: false,
    });
    expect(entities.find((e) => e.text === 'State Committee for National Security')).toMatchObject({
      known: true,
    });
  });

  it('proposes incident vocabulary the baseline does not know yet', () => {
    const { vocabulary } = deriveBaselineCandidates(docs);
    expect(vocabulary.map((v) => v.text)).toContain('mown');
    expect(vocabulary.map((v) => v.text)).not.toContain('gunfight');
  });

  it('drops candidates below the minimum count', () => {
    const { entities } = deriveBaselineCandidates(docs, { minCount: 2 });
    expect(entities.every((e) => e.count >= 2)).toBe(true);
  });
});
