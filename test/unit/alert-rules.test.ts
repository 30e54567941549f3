import { describe, expect, it } from 'vitest';
import { parseConfig, thresholdsFor } from '../../shared/config.js';
import { evaluateAlertRules, isBackfill, severityFor } from '../../shared/domain/alert-rules.js';
import { createIncident, type IncidentReport, mergeReport } from '../../shared/domain/incidents.js';
import type { AlertIntent, Incident } from '../../shared/domain/types.js';
import {
  apFourGunmenKilled,
  khatlonFourNeutralised,
  kokTashKyrgyzFigure,
  kokTashTajikFigure,
  shohinSevenKilled,
  shohinStaleCopy,
  shohinThreeKilled,
  variant,
} from './incident-fixtures.js';

const config = parseConfig({ alerts: { borders: { 'tajik-kyrgyz': { killed: 1 } } } });
const afghan = thresholdsFor(config, 'tajik-afghan');
const kyrgyz = thresholdsFor(config, 'tajik-kyrgyz');
const maxAgeHours = config.alerts.maxAgeHours;

/** The cycle's clock two hours after a report was seen. */
function soonAfter(report: IncidentReport): Date {
  return new Date(Date.parse(report.seenAt) + 2 * 3_600_000);
}

function keys(intents: readonly AlertIntent[]): string[] {
  return intents.map((i) => `${i.rule}|${i.level}`);
}

/** The seven-killed revision without a wounded figure, so only the killed toll changes. */
const shohinSevenKilledOnly = variant(shohinSevenKilled, {
  id: '2b3c4d5e6f708192',
  outlet: 'RFE/RL',
  wounded: null,
});

describe('evaluateAlertRules', () => {
  const khatlon = createIncident(khatlonFourNeutralised);
  const khatlonTwoSources = mergeReport(khatlon, apFourGunmenKilled);
  const shohin = createIncident(shohinThreeKilled);
  const shohinRevised = mergeReport(shohin, shohinSevenKilledOnly);

  it.each<{ name: string; previous: Incident | null; current: Incident; now: Date; expected: string[] }>([
    {
      name: 'a new incident above the score threshold raises new-incident only',
      previous: null,
      current: khatlon,
      now: soonAfter(khatlonFourNeutralised),
      expected: ['new-incident|new'],
    },
    {
      name: 'a second outlet confirming the same toll raises nothing',
      previous: khatlon,
      current: khatlonTwoSources,
      now: soonAfter(apFourGunmenKilled),
      expected: [],
    },
    {
      name: 'a toll revised from 3 to 7 crosses the killed threshold and raises one toll-increase',
      previous: shohin,
      current: shohinRevised,
      now: soonAfter(shohinSevenKilled),
      expected: ['toll-threshold|killed>=5', 'toll-increase|killed:3->7'],
    },
    {
      name: 'a late reprint of the first figure after the revision raises nothing',
      previous: shohinRevised,
      current: mergeReport(shohinRevised, shohinStaleCopy),
      now: soonAfter(shohinStaleCopy),
      expected: [],
    },
    {
      name: 'replaying the same report (the same object back) raises nothing',
      previous: shohinRevised,
      current: mergeReport(shohinRevised, shohinSevenKilledOnly),
      now: soonAfter(shohinSevenKilled),
      expected: [],
    },
    {
      name: 'a report below the score threshold raises no new-incident',
      previous: null,
      current: createIncident(variant(khatlonFourNeutralised, { id: 'weak-1', score: 0.42 })),
      now: soonAfter(khatlonFourNeutralised),
      expected: [],
    },
    {
      name: 'a new incident with 2 killed and 9 wounded crosses the casualties threshold',
      previous: null,
      current: createIncident(variant(shohinThreeKilled, { id: 'qubodiyon-1', killed: 2, wounded: 9 })),
      now: soonAfter(shohinThreeKilled),
      expected: ['new-incident|new', 'toll-threshold|casualties>=10'],
    },
  ])('$name', ({ previous, current, now, expected }) => {
    const intents = evaluateAlertRules(previous, current, { thresholds: afghan, now, maxAgeHours });

    expect(keys(intents)).toEqual(expected);
    for (const intent of intents) expect(intent.incidentId).toBe(current.id);
  });

  it('names the source that raised the toll', () => {
    const [, increase] = evaluateAlertRules(shohin, shohinRevised, {
      thresholds: afghan,
      now: soonAfter(shohinSevenKilled),
      maxAgeHours,
    });

    expect(increase).toMatchObject({ rule: 'toll-increase', level: 'killed:3->7', severity: 'critical' });
    expect(increase?.reason).toBe(
      'Toll raised: killed raised from 3 to 7, by RFE/RL on 2026-01-11 06:10 UTC.',
    );
    expect(increase?.tollChanges).toEqual([
      {
        field: 'killed',
        from: 3,
        to: 7,
        outlet: 'RFE/RL',
        title: 'Death toll in Tajik-Afghan border clash rises to seven',
        url: shohinRevised.sources[1]?.url,
        at: '2026-01-11T06:10:00Z',
      },
    ]);
  });

  it.each<{ name: string; previous: () => Incident; current: () => Incident; expected: unknown[] }>([
    {
      name: 'a figure no report had given is raised from "not reported", never from 0',
      previous: () => shohin,
      current: () => mergeReport(shohin, shohinSevenKilled),
      expected: [
        { field: 'killed', from: 3, to: 7 },
        { field: 'wounded', from: null, to: 2 },
      ],
    },
    {
      name: 'only the figure that rose is told',
      previous: () => shohin,
      current: () => shohinRevised,
      expected: [{ field: 'killed', from: 3, to: 7 }],
    },
  ])('tells each raised figure with what it was before: $name', ({ previous, current, expected }) => {
    const increase = evaluateAlertRules(previous(), current(), {
      thresholds: afghan,
      now: soonAfter(shohinSevenKilled),
      maxAgeHours,
    }).find((i) => i.rule === 'toll-increase');

    expect(increase?.tollChanges).toEqual(expected.map((e) => expect.objectContaining(e as object)));
    expect(increase?.reason).not.toMatch(/\b0 to\b|0->/);
  });

  it('writes every reason in subscriber words: no classifier score, level or comparison operator', () => {
    const reasons = [
      ...evaluateAlertRules(null, createIncident(khatlonFourNeutralised), {
        thresholds: afghan,
        now: soonAfter(khatlonFourNeutralised),
        maxAgeHours,
      }),
      ...evaluateAlertRules(shohin, mergeReport(shohin, shohinSevenKilled), {
        thresholds: afghan,
        now: soonAfter(shohinSevenKilled),
        maxAgeHours,
        windowKilled: { before: 8, after: 12, end: '2026-01-11' },
      }),
    ].map((i) => i.reason);

    expect(reasons).toEqual([
      'New incident, first reported by Daily Sabah on 2026-01-04 15:42 UTC.',
      'Toll threshold reached: 7 killed, at or above the alert threshold of 5 killed (7 killed, 2 wounded).',
      'Toll raised: killed raised from 3 to 7, by RFE/RL on 2026-01-11 06:10 UTC; wounded first reported as 2, by RFE/RL on 2026-01-11 06:10 UTC.',
      '12 killed on this border in the 30 days to 2026-01-11, reaching the alert threshold of 10 (8 before this report).',
    ]);
    for (const reason of reasons) expect(reason).not.toMatch(/score|[<>]=|->|version/);
  });

  it('names both figures in one toll-increase when killed and wounded rise together', () => {
    const current = mergeReport(shohin, shohinSevenKilled);

    const intents = evaluateAlertRules(shohin, current, {
      thresholds: afghan,
      now: soonAfter(shohinSevenKilled),
      maxAgeHours,
    });

    expect(keys(intents)).toEqual(['toll-threshold|killed>=5', 'toll-increase|killed:3->7,wounded:0->2']);
  });

  it('crosses the toll threshold once: a further rise raises only toll-increase', () => {
    const nine = variant(shohinSevenKilled, {
      id: 'nine-1',
      outlet: 'Eurasianet',
      published: '2026-01-12T09:00:00Z',
      killed: 9,
    });
    const current = mergeReport(shohinRevised, nine);

    const intents = evaluateAlertRules(shohinRevised, current, {
      thresholds: afghan,
      now: soonAfter(nine),
      maxAgeHours,
    });

    expect(keys(intents)).toEqual(['toll-increase|killed:7->9,wounded:0->2']);
  });

  it('uses the border’s own thresholds: one killed on the Kyrgyz border crosses a threshold of 1', () => {
    const kokTash = createIncident(kokTashTajikFigure);

    const intents = evaluateAlertRules(null, kokTash, {
      thresholds: kyrgyz,
      now: soonAfter(kokTashTajikFigure),
      maxAgeHours,
    });

    expect(keys(intents)).toEqual(['new-incident|new', 'toll-threshold|killed>=1']);
    expect(intents[1]?.severity).toBe('critical');
  });

  it('raises nothing for an incident whose newest report is older than the backfill cut-off', () => {
    const now = new Date(Date.parse(shohinSevenKilled.seenAt) + (maxAgeHours + 1) * 3_600_000);

    expect(isBackfill(shohinRevised, now, maxAgeHours)).toBe(true);
    expect(evaluateAlertRules(shohin, shohinRevised, { thresholds: afghan, now, maxAgeHours })).toEqual([]);
    expect(evaluateAlertRules(null, shohin, { thresholds: afghan, now, maxAgeHours })).toEqual([]);
  });

  it('raises window-total once when the border’s rolling total crosses its threshold', () => {
    const context = { thresholds: afghan, now: soonAfter(shohinSevenKilled), maxAgeHours };

    const crossing = evaluateAlertRules(shohin, shohinRevised, {
      ...context,
      windowKilled: { before: 8, after: 12, end: '2026-01-11' },
    });
    const already = evaluateAlertRules(shohin, shohinRevised, {
      ...context,
      windowKilled: { before: 12, after: 16 },
    });

    expect(crossing.at(-1)).toEqual({
      rule: 'window-total',
      level: 'killed>=10/30d@2026-01-11',
      severity: 'warning',
      incidentId: shohinRevised.id,
      reason:
        '12 killed on this border in the 30 days to 2026-01-11, reaching the alert threshold of 10 (8 before this report).',
      window: { days: 30, threshold: 10, killed: 12, end: '2026-01-11' },
    });
    expect(keys(already)).not.toContain(expect.stringMatching(/^window-total/));
  });

  it('gives every alert of a replayed history the same keys, and no key twice', () => {
    const reports = [shohinThreeKilled, shohinSevenKilledOnly, shohinStaleCopy, kokTashTajikFigure];
    const run = () => {
      const out: string[] = [];
      let previous: Incident | null = null;
      for (const report of reports.slice(0, 3)) {
        const current: Incident = previous ? mergeReport(previous, report) : createIncident(report);
        if (current !== previous) {
          const intents = evaluateAlertRules(previous, current, {
            thresholds: afghan,
            now: soonAfter(report),
            maxAgeHours,
          });
          out.push(...intents.map((i) => `${i.incidentId}|${i.rule}|${i.level}`));
        }
        previous = current;
      }
      return out;
    };

    const first = run();
    const replay = run();

    expect(replay).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first).toHaveLength(3);
  });

  it('keeps the disputed conservative figure: the Kyrgyz figure in the same hours raises no toll-increase', () => {
    const tajik = createIncident(kokTashTajikFigure);
    const both = mergeReport(tajik, kokTashKyrgyzFigure);

    const intents = evaluateAlertRules(tajik, both, {
      thresholds: kyrgyz,
      now: soonAfter(kokTashKyrgyzFigure),
      maxAgeHours,
    });

    expect(both.disputed).toBe(true);
    expect(intents).toEqual([]);
  });
});

describe('severityFor', () => {
  it.each([
    [null, null, 'info'],
    [0, 0, 'info'],
    [0, 2, 'warning'],
    [1, null, 'warning'],
    [5, null, 'critical'],
    [3, 7, 'critical'],
  ] as const)('killed %s, wounded %s is %s', (killed, wounded, severity) => {
    expect(severityFor({ killed, wounded }, afghan)).toBe(severity);
  });
});
