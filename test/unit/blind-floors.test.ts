/**
 * Floors on the blind evaluation set (test/fixtures/blind/README.md): the sealed part's figures as measured,
 * less a small margin, so that a change that makes reading worse on reports nobody tuned to fails the suite.
 * The sealed articles are classified here but never printed: a failure names the figure, not an article.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateClassification } from '../eval/classification-eval.js';
import { evaluateIncidentGrouping } from '../eval/incident-eval.js';
import { evaluateNearMisses, evaluateSnippets } from '../eval/snippet-eval.js';

const SEALED = fileURLToPath(new URL('../fixtures/blind/sealed.jsonl', import.meta.url));
const TUNING = fileURLToPath(new URL('../fixtures/blind/tuning.jsonl', import.meta.url));

/**
 * Measured figures (README, "How well it reads") less about one to two points. Measured on 8 December at the
 * tenth session's end, after its writers H52-H59 were added (1,311 sealed and 2,085 tuning articles; the first
 * read of each writer's articles is in the fixtures README). The sealed part's grouping precision fell from 0.970 to
 * 0.950 with H54 and H55: events of theirs joined with other writers' events nearby.
 */
const SEALED_FLOORS = {
  articles: 1_311,
  relevanceF1: 0.91, // measured 0.929
  border: 0.93, // 0.946
  type: 0.84, // 0.853
  place: 0.89, // 0.909
  eventDateWithinDay: 0.89, // 0.909
  killed: 0.83, // 0.846
  wounded: 0.78, // 0.796
  groupingPrecision: 0.94, // 0.951
  groupingRecall: 0.87, // 0.887
} as const;

/**
 * The tuning part's floors: the same margin below its own figures. Grouping precision counts invented events
 * that share a stretch of border and a few days (a drone strike and a clash at Kalaikhumb; two writers' Vorukh
 * events of September 2024; one writer's raid on the 12th post and strikes across the river a day later, 1993;
 * two writers' smuggling shootouts two days apart in neighbouring districts on the Panj, March 2018) as wrongly
 * joined, and so are recaps that pass as reports and join the event they recap.
 */
const TUNING_FLOORS = {
  articles: 2_085,
  relevanceF1: 0.97, // 0.982
  border: 0.97, // 0.987
  type: 0.89, // 0.911
  place: 0.94, // 0.953
  eventDateWithinDay: 0.94, // 0.954
  killed: 0.88, // 0.893
  wounded: 0.83, // 0.842
  groupingPrecision: 0.94, // 0.954
  groupingRecall: 0.93, // 0.949
} as const;

describe.each([
  ['sealed', SEALED, SEALED_FLOORS],
  ['tuning', TUNING, TUNING_FLOORS],
] as const)('reading the blind set, %s part', (_part, path, floors) => {
  const metrics = evaluateClassification(path);
  const grouping = evaluateIncidentGrouping(path).endToEnd;

  it('holds the whole set the floors were measured on', () => {
    expect(metrics.articles).toBeGreaterThanOrEqual(floors.articles);
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

const SNIPPETS_SEALED = fileURLToPath(new URL('../fixtures/blind/snippets-sealed.jsonl', import.meta.url));
const SNIPPETS_TUNING = fileURLToPath(new URL('../fixtures/blind/snippets-tuning.jsonl', import.meta.url));

/**
 * The snippet sets (leads of relevant reports, the fixtures README): the same margin below their figures as
 * measured on 8 December at the end of the tenth session (840 sealed, 790 tuning snippets).
 */
const SNIPPET_FLOORS = {
  // measured 0.946, 0.860, 0.926, 0.838, 0.839
  sealed: {
    snippets: 840,
    relevant: 0.93,
    type: 0.84,
    eventDateWithinDay: 0.91,
    killed: 0.82,
    wounded: 0.82,
  },
  // measured 0.947, 0.865, 0.941, 0.846, 0.841
  tuning: {
    snippets: 790,
    relevant: 0.93,
    type: 0.85,
    eventDateWithinDay: 0.92,
    killed: 0.83,
    wounded: 0.83,
  },
} as const;

describe.each([
  ['sealed', SNIPPETS_SEALED, SNIPPET_FLOORS.sealed],
  ['tuning', SNIPPETS_TUNING, SNIPPET_FLOORS.tuning],
] as const)('reading the blind snippets, %s part', (_part, path, floors) => {
  const metrics = evaluateSnippets(path);

  it('holds the whole set the floors were measured on', () => {
    expect(metrics.snippets).toBeGreaterThanOrEqual(floors.snippets);
  });

  it.each([
    ['read as relevant', () => metrics.relevant.value, floors.relevant],
    ['type', () => metrics.type.value, floors.type],
    ['event date within a day', () => metrics.eventDateWithinDay.value, floors.eventDateWithinDay],
    ['killed exact', () => metrics.killed.value, floors.killed],
    ['wounded exact', () => metrics.wounded.value, floors.wounded],
  ] as const)('keeps %s at or above its floor', (_name, figure, floor) => {
    expect(figure()).toBeGreaterThanOrEqual(floor);
  });
});

const NEAR_MISSES_SEALED = fileURLToPath(
  new URL('../fixtures/blind/near-misses-sealed.jsonl', import.meta.url),
);
const NEAR_MISSES_TUNING = fileURLToPath(
  new URL('../fixtures/blind/near-misses-tuning.jsonl', import.meta.url),
);

/**
 * The near-miss sets (leads of reports that are no incident on a Tajik border, the fixtures README): the share
 * turned down, a point below its figure as measured on 7 December in the eighth session (100 sealed, 120
 * tuning leads), again in the ninth with N4 and N7 (sealed) and N3, N5 and N6 (tuning) added, and in the tenth
 * with N8 (sealed) and N9 (tuning): 400 sealed, 600 tuning leads.
 */
const NEAR_MISS_FLOORS = {
  // measured 0.908 (N2 0.930, N4 0.880, N7 0.880 at its first read with the ninth session's rules, 0.860 with
  // its first; N8 0.920 at its first read in the tenth)
  sealed: { leads: 400, turnedDown: 0.89 },
  // measured 0.930 (N1, N3, N5, N6, N9)
  tuning: { leads: 600, turnedDown: 0.92 },
} as const;

describe.each([
  ['sealed', NEAR_MISSES_SEALED, NEAR_MISS_FLOORS.sealed],
  ['tuning', NEAR_MISSES_TUNING, NEAR_MISS_FLOORS.tuning],
] as const)('turning down the blind near misses, %s part', (_part, path, floor) => {
  const metrics = evaluateNearMisses(path);

  it('holds the whole set the floor was measured on', () => {
    expect(metrics.leads).toBeGreaterThanOrEqual(floor.leads);
  });

  it('keeps the share turned down at or above its floor', () => {
    expect(metrics.turnedDown.value).toBeGreaterThanOrEqual(floor.turnedDown);
  });
});
