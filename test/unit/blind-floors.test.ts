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
 * Measured figures (README, "How well it reads") less about two points. Measured on 6 December after eight more
 * blind writers' articles joined the set (sealed 196 -> 386 articles, tuning 364 -> 654).
 */
const SEALED_FLOORS = {
  relevanceF1: 0.89, // measured 0.914
  border: 0.93, // 0.957
  type: 0.81, // 0.837
  place: 0.87, // 0.897
  eventDateWithinDay: 0.91, // 0.935
  killed: 0.81, // 0.837
  wounded: 0.74, // 0.777
  groupingPrecision: 0.95, // 1.000
  groupingRecall: 0.87, // 0.892
} as const;

/**
 * The tuning part's floors: the same margin below its own figures. Grouping precision counts invented events
 * of different writers that share a stretch of border and a few days (a drone strike and a clash at
 * Kalaikhumb; four of the H17 writer's events beside earlier writers' at Khoja-Alo/Chorkuh, Kulundu/Ovchi-Kalacha,
 * Vorukh and Darvoz) as wrongly joined.
 */
const TUNING_FLOORS = {
  relevanceF1: 0.97, // 0.992
  border: 0.97, // 0.992
  type: 0.87, // 0.898
  place: 0.94, // 0.963
  eventDateWithinDay: 0.93, // 0.953
  killed: 0.86, // 0.883
  wounded: 0.83, // 0.859
  groupingPrecision: 0.86, // 0.888
  groupingRecall: 0.93, // 0.956
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
