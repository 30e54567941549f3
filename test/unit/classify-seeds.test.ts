import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { classifyArticle } from '../../shared/domain/classify.js';
import { describeWithSharedMaterial } from '../support/shared-material.js';

describeWithSharedMaterial('seeds', 'the seed documents', (seeds) => {
  const seed = (prefix: string): string => {
    const name = readdirSync(seeds).find((n) => n.startsWith(prefix));
    if (!name) throw new Error(`seed ${prefix} not found in ${seeds}`);
    return readFileSync(resolve(seeds, name), 'utf8');
  };
  /** Seeds carry no separate title: the whole file is the text, as a page extractor would give it. */
  const classifySeed = (prefix: string, published: string) =>
    classifyArticle({ title: '', text: seed(prefix), published });

  // 000 was published on the Sunday, 001 on the Monday of the same week (January 2026).
  const state = classifySeed('000_', '2026-01-18T11:00:00Z');
  const wire = classifySeed('001_', '2026-01-19T08:30:00Z');

  it('assesses both reports of the four gunmen as one Tajik-Afghan incident with four killed', () => {
    for (const report of [state, wire]) {
      expect(report.relevant).toBe(true);
      expect(report.border).toBe('tajik-afghan');
      expect(report.killed).toBe(4);
      expect([0, null]).toContain(report.wounded);
      expect(report.score).toBeGreaterThanOrEqual(0.6);
    }
    expect(state.eventDate).toBe(wire.eventDate);
    expect(state.type).toBe(wire.type);
  });

  it('does not take the cumulative 16 or the November five killed and five wounded', () => {
    expect(state.evidence.killedSentence).toMatch(/four/i);
    expect(state.evidence.killedSentence).not.toMatch(/16|five people/);
    expect(state.evidence.reasons.join('\n')).toMatch(/in total/);
  });

  it('assesses the Kyrgyz-Tajik exchange of fire without last year’s dead or Kazakhstan’s 225', () => {
    const result = classifySeed('004_', '2022-01-27T20:00:00Z');
    expect(result).toMatchObject({ relevant: true, border: 'tajik-kyrgyz', type: 'armed-clash' });
    expect(result.killed).not.toBe(50);
    expect(result.killed).not.toBe(225);
    expect(result.wounded).not.toBe(50);
  });

  it('assesses the 2021 report of Afghan troops fleeing as a mass crossing with no toll', () => {
    const result = classifySeed('003_', '2021-07-09T10:00:00Z');
    expect(result).toMatchObject({
      relevant: true,
      border: 'tajik-afghan',
      type: 'mass-crossing',
      killed: null,
      wounded: null,
    });
  });

  it('does not assess the encyclopedia article as an incident', () => {
    const result = classifySeed('002_', '2025-06-01T00:00:00Z');
    expect(result.relevant).toBe(false);
    expect(result.score).toBeLessThan(0.5);
  });
});
