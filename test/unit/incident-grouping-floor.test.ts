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
