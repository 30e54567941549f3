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
 * Measured figures (README, "How well it reads") less about two points. Measured on 7 December (second
 * session) after twelve more blind writers' articles joined the set (sealed 630 -> 901 articles, tuning 1,012 ->
 * 1,433) and the rules of that session.
 */
const SEALED_FLOORS = {
  relevanceF1: 0.9, // measured 0.920
  border: 0.92, // 0.943
  type: 0.81, // 0.835
  place: 0.89, // 0.907
  eventDateWithinDay: 0.89, // 0.907
  killed: 0.8, // 0.817
  wounded: 0.74, // 0.764
  groupingPrecision: 0.96, // 0.979
  groupingRecall: 0.86, // 0.886
} as const;

/**
 * The tuning part's floors: the same margin below its own figures. Grouping precision counts invented events
 * that share a stretch of border and a few days (a drone strike and a clash at Kalaikhumb; two writers' Vorukh
 * events of September 2024; one writer's raid on the 12th post and strikes across the river a day later, 1993;
 * two writers' smuggling shootouts two days apart in neighbouring districts on the Panj, March 2018) as wrongly
 * joined, and so are recaps that pass as reports and join the event they recap.
 */
const TUNING_FLOORS = {
  relevanceF1: 0.95, // 0.967
  border: 0.96, // 0.980
  type: 0.88, // 0.899
  place: 0.92, // 0.938
  eventDateWithinDay: 0.91, // 0.931
  killed: 0.84, // 0.867
  wounded: 0.81, // 0.835
  groupingPrecision: 0.91, // 0.928
  groupingRecall: 0.91, // 0.929
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
