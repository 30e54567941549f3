/**
 * Floors on the blind evaluation set (test/fixtures/blind/README.md): the sealed part's figures as measured,
 * less a small margin, so that a change that makes reading worse on reports nobody tuned to fails the suite.
 * The sealed articles are classified here but never printed: a failure names the figure, not an article.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateClassification } from '../eval/classification-eval.js';
import { evaluateIncidentGrouping } from '../eval/incident-eval.js';

const SEALED = fileURLToPath(new URL('../fixtures/blind/sealed.jsonl', import.meta.url));
const TUNING = fileURLToPath(new URL('../fixtures/blind/tuning.jsonl', import.meta.url));

/**
 * Measured figures (README, "How well it reads") less about two points. Measured on 6 December after two more
 * pairs of blind writers' articles joined the set (sealed 115 → 152 → 196 articles, tuning 207 → 293 → 364).
 */
const SEALED_FLOORS = {
  relevanceF1: 0.9, // measured 0.921
  border: 0.92, // 0.946
  type: 0.79, // 0.815
  place: 0.82, // 0.848
  eventDateWithinDay: 0.9, // 0.924
  killed: 0.8, // 0.826
  wounded: 0.76, // 0.783
  groupingPrecision: 0.95, // 1.000
  groupingRecall: 0.83, // 0.852
} as const;

/**
 * The tuning part's floors: the same margin below its own figures. Grouping precision counts two invented
 * events that share a place and a day (a drone strike and a clash at Kalaikhumb) as wrongly joined.
 */
const TUNING_FLOORS = {
  relevanceF1: 0.98, // 0.998
  border: 0.97, // 0.995
  type: 0.89, // 0.915
  place: 0.95, // 0.976
  eventDateWithinDay: 0.95, // 0.981
  killed: 0.86, // 0.885
  wounded: 0.84, // 0.867
  groupingPrecision: 0.94, // 0.962
  groupingRecall: 0.94, // 0.964
} as const;

describe.each([
  ['sealed', SEALED, SEALED_FLOORS],
  ['tuning', TUNING, TUNING_FLOORS],
] as const)('reading the blind set, %s part', (_part, path, floors) => {
  const metrics = evaluateClassification(path);
  const grouping = evaluateIncidentGrouping(path).endToEnd;

  it('holds the whole set the floors were measured on', () => {
    expect(metrics.articles).toBeGreaterThanOrEqual(100);
  });

  it.each([
    ['relevance F1', () => metrics.relevance.f1, floors.relevanceF1],
    ['border', () => metrics.border.value, floors.border],
    ['type', () => metrics.type.value, floors.type],
    ['place', () => metrics.place.value, floors.place],
    ['event date within a day', () => metrics.eventDateWithinDay.value, floors.eventDateWithinDay],
    ['killed exact', () => metrics.killed.value, floors.killed],
    ['wounded exact', () => metrics.wounded.value, floors.wounded],
    ['same-incident precision', () => grouping.precision, floors.groupingPrecision],
    ['same-incident recall', () => grouping.recall, floors.groupingRecall],
  ] as const)('keeps %s at or above its floor', (_name, figure, floor) => {
    expect(figure()).toBeGreaterThanOrEqual(floor);
  });
});
