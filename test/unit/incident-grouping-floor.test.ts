import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const devsetPath = fileURLToPath(new URL('../fixtures/devset/articles.jsonl', import.meta.url));
const classifierPath = fileURLToPath(new URL('../../shared/domain/classify.ts', import.meta.url));
const ready = existsSync(devsetPath) && existsSync(classifierPath);

/** The floor the issue sets for pairwise precision and recall of "same incident". */
const FLOOR = 0.95;

describe.skipIf(!ready)('incident grouping on the labelled development set', () => {
  it('groups reports of one event into one incident with pairwise precision and recall of at least 0.95', async () => {
    const { evaluateIncidentGrouping, formatIncidentGroupingReport } = await import(
      '../eval/incident-eval.js'
    );

    const report = evaluateIncidentGrouping(devsetPath);
    const summary = formatIncidentGroupingReport(report);

    expect(report.endToEnd.precision, summary).toBeGreaterThanOrEqual(FLOOR);
    expect(report.endToEnd.recall, summary).toBeGreaterThanOrEqual(FLOOR);
    expect(report.matcherOnly.precision, summary).toBeGreaterThanOrEqual(FLOOR);
    expect(report.matcherOnly.recall, summary).toBeGreaterThanOrEqual(FLOOR);
  });
});

describe('splitKind', () => {
  it('names why a report was split from its event without its names, dates or figures', async () => {
    const { splitKind } = await import('../eval/incident-eval.js');

    expect(
      splitKind([
        'same border: tajik-kyrgyz',
        'same event date: 2022-09-14',
        'place not known on one side',
        'killed 71 against 1/2/24 in the same time frame',
        'refused: evidence 2 below 4',
      ]),
    ).toBe('too little evidence: place unknown, same days, tolls conflict');
    expect(
      splitKind([
        'same border: tajik-afghan',
        "refused: event date 2026-06-02 is 9 days outside the incident's dates (2026-05-23..2026-05-24)",
      ]),
    ).toBe("refused: event date D is N days outside the incident's dates");
    expect(
      splitKind([
        'same border: tajik-kyrgyz',
        'same event date: 2024-05-14',
        'different places: Khoja-Alo / Kulundu',
        'refused: different districts on the same day (Khoja-Alo: Isfara / Kulundu: Leilek)',
      ]),
    ).toBe('refused: different districts on the same day');
  });
});
