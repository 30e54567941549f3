import { describe, expect, it } from 'vitest';
import { evaluateClassification } from '../eval/classification-eval.js';

/** Floors from the assessment-quality issue; the suite fails when a figure drops below one. */
const FLOORS = {
  relevanceF1: 0.97,
  border: 0.97,
  killed: 0.92,
  wounded: 0.92,
  type: 0.9,
  place: 0.9,
  eventDate: 0.9,
} as const;

describe('classification on the labelled development set', () => {
  const metrics = evaluateClassification();
  const misses = metrics.misses.map(
    (m) => `${m.id} ${m.field}: expected ${String(m.expected)}, got ${String(m.got)}`,
  );

  it('covers the set the floors are defined on', () => {
    expect(metrics.articles).toBeGreaterThanOrEqual(90);
    expect(metrics.border.total).toBeGreaterThanOrEqual(35);
  });

  it.each([
    ['relevance F1', () => metrics.relevance.f1, FLOORS.relevanceF1],
    ['border accuracy', () => metrics.border.value, FLOORS.border],
    ['killed exact match', () => metrics.killed.value, FLOORS.killed],
    ['wounded exact match', () => metrics.wounded.value, FLOORS.wounded],
    ['type accuracy', () => metrics.type.value, FLOORS.type],
    ['place found', () => metrics.place.value, FLOORS.place],
    ['eventDate exact match', () => metrics.eventDate.value, FLOORS.eventDate],
  ] as const)('keeps %s at or above its floor', (_name, figure, floor) => {
    expect(figure(), misses.join('\n')).toBeGreaterThanOrEqual(floor);
  });
});
