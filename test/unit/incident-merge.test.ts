import { describe, expect, it } from 'vitest';
import { parseConfig, thresholdsFor } from '../../shared/config.js';
import { evaluateAlertRules } from '../../shared/domain/alert-rules.js';
import {
  assessCandidates,
  createIncident,
  linkRefusal,
  markMerged,
  matchIncident,
  matchReport,
  mergeIncidents,
  mergeReport,
  unfinishedMerges,
} from '../../shared/domain/incidents.js';
import { composeAlert } from '../../shared/domain/messages.js';
import { fitsOneSms } from '../../shared/domain/sms.js';
import type { Incident } from '../../shared/domain/types.js';
import {
  akSaiMortarFire,
  shohinThreeKilled,
  variant,
  vorukhAkSaiFollowUp,
  vorukhShootout,
} from './incident-fixtures.js';

const options = { windowDays: 2 };
const akSai = createIncident(akSaiMortarFire);
const vorukh = createIncident(vorukhShootout);

describe('a report that links two incidents', () => {
  it('starts from two incidents the matcher keeps apart', () => {
    expect(matchIncident(vorukhShootout, [akSai], options)).toBeNull();
  });

  it('matches both, and the earlier one absorbs the other, with the reasons of each match', () => {
    const found = matchReport(vorukhAkSaiFollowUp, [vorukh, akSai], options);

    expect(found?.match.incident.id).toBe(akSai.id);
    expect(found?.absorb.map((a) => a.incident.id)).toEqual([vorukh.id]);
    const reasons = found?.absorb[0]?.reasons ?? [];
    expect(reasons[0]).toBe('the report "Two days of fire around Vorukh and Ak-Sai" matched both incidents');
    expect(reasons).toContain('to this one: same place: Vorukh');
    expect(reasons).toContain('to the other: the two sides of one stretch of border: Vorukh / Ak-Sai');
  });

  it('unites the sources and recomputes the toll the way merging a report does, once', () => {
    const found = matchReport(vorukhAkSaiFollowUp, [vorukh, akSai], options);
    const joined = mergeReport(akSai, vorukhAkSaiFollowUp, found?.match.reasons);
    const absorbed = found?.absorb[0];
    if (!absorbed) throw new Error('expected a link');

    const one = mergeIncidents(joined, vorukh, absorbed.reasons, vorukhAkSaiFollowUp.article.id);

    // The same as if all three reports had been merged one by one.
    const byReports = mergeReport(mergeReport(akSai, vorukhShootout), vorukhAkSaiFollowUp);
    expect(one.sources.map((s) => s.articleId)).toEqual(byReports.sources.map((s) => s.articleId));
    expect([one.killed, one.wounded, one.killedRange, one.woundedRange, one.place, one.eventDate]).toEqual([
      byReports.killed,
      byReports.wounded,
      byReports.killedRange,
      byReports.woundedRange,
      byReports.place,
      byReports.eventDate,
    ]);
    expect(one.version).toBe(joined.version + 1);
    expect(one.absorbed?.map((a) => [a.id, a.place, a.linkedBy])).toEqual([
      [vorukh.id, 'Vorukh', vorukhAkSaiFollowUp.article.id],
    ]);
    expect(one.absorbed?.[0]?.reasons).toEqual(absorbed.reasons);
    // Idempotent: absorbing it again changes nothing.
    expect(mergeIncidents(one, vorukh, absorbed.reasons, vorukhAkSaiFollowUp.article.id)).toBe(one);
    // A source the absorbed incident gained meanwhile is picked up.
    const later = mergeReport(vorukh, variant(vorukhShootout, { id: 'vorukh-later', outlet: 'Avesta' }));
    const again = mergeIncidents(one, later, absorbed.reasons, vorukhAkSaiFollowUp.article.id);
    expect(again.sources).toHaveLength(one.sources.length + 1);
    expect(again.absorbed).toHaveLength(1);
  });

  it('marks the absorbed incident merged: it keeps its sources and matches no later report', () => {
    const merged = markMerged(vorukh, akSai.id, ['linked']);

    expect(merged).toMatchObject({ status: 'merged', mergedInto: akSai.id, mergeReasons: ['linked'] });
    expect(merged.version).toBe(vorukh.version + 1);
    expect(merged.sources).toEqual(vorukh.sources);
    expect(markMerged(merged, 'another', [])).toBe(merged);
    const copy = variant(vorukhShootout, { id: 'vorukh-copy', outlet: 'Avesta' });
    expect(matchIncident(copy, [merged], options)).toBeNull();
    expect(assessCandidates(copy, [merged], options)[0]?.reasons.at(-1)).toBe(
      `refused: merged into incident ${akSai.id} as the same event`,
    );
  });

  it('finds a merge left half-done: the survivor written, the absorbed incident still live', () => {
    const survivor = mergeIncidents(akSai, vorukh, ['linked'], 'a');

    expect(unfinishedMerges([survivor, vorukh]).map((u) => [u.survivor.id, u.absorbed.id])).toEqual([
      [akSai.id, vorukh.id],
    ]);
    expect(unfinishedMerges([survivor, markMerged(vorukh, akSai.id, ['linked'])])).toEqual([]);
  });

  it.each<{ name: string; a: Incident; b: Incident; refusal: RegExp | null }>([
    { name: 'two sides of one stretch of border, a day apart', a: akSai, b: vorukh, refusal: null },
    {
      name: 'another border',
      a: akSai,
      b: createIncident(shohinThreeKilled),
      refusal: /^another border/,
    },
    {
      name: 'districts that neither contain nor face each other',
      a: createIncident(variant(shohinThreeKilled, { id: 'rushan', place: 'Rushan' })),
      b: createIncident(variant(shohinThreeKilled, { id: 'farkhor', place: 'Farkhor' })),
      refusal: /^different places: Rushan \/ Farkhor/,
    },
    {
      name: 'event dates a week apart',
      a: vorukh,
      b: createIncident(variant(vorukhShootout, { id: 'week-later', eventDate: '2026-02-07' })),
      refusal: /^event dates 7 days apart/,
    },
  ])('links $name: $refusal', ({ a, b, refusal }) => {
    const why = linkRefusal(a, b, options);
    if (refusal === null) expect(why).toBeNull();
    else expect(why).toMatch(refusal);
  });
});

describe('the same-event alert', () => {
  const config = parseConfig({});
  const context = {
    thresholds: thresholdsFor(config, 'tajik-kyrgyz'),
    now: new Date('2026-02-01T10:00:00Z'),
    maxAgeHours: config.alerts.maxAgeHours,
  };
  const found = matchReport(vorukhAkSaiFollowUp, [vorukh, akSai], options);
  const reasons = found?.absorb[0]?.reasons ?? [];
  const survivor = mergeIncidents(
    mergeReport(akSai, vorukhAkSaiFollowUp, found?.match.reasons),
    vorukh,
    reasons,
    vorukhAkSaiFollowUp.article.id,
  );

  it('tells subscribers once that the two are one event, without a second new-incident alert', () => {
    const intents = evaluateAlertRules(akSai, survivor, context);
    const message = composeAlert(intents, survivor, akSai);

    expect(intents.map((i) => `${i.rule}|${i.level}`)).toEqual([
      'toll-increase|killed:0->1,wounded:2->3',
      `same-event|absorbed:${vorukh.id}`,
    ]);
    expect(message.rules).toEqual(['toll-increase', 'same-event']);
    expect(message.subject).toMatch(
      /^Tajik–Kyrgyz border, same event as the incident at Vorukh, toll raised:/,
    );
    expect(message.messages.email).toContain(
      '- Same event as the armed clash at Vorukh on 2026-01-31, first reported by Asia-Plus on 2026-01-31 11:40 UTC ' +
        '(1 killed, 3 wounded): a later report links the two, and its reports now count here.',
    );
    expect(message.messages.sms).toMatch(/^Same event as armed clash at Vorukh 2026-01-31, toll up/);
    expect(fitsOneSms(message.messages.sms)).toBe(true);
    for (const text of [message.subject, message.messages.email, message.messages.sms]) {
      expect(text).not.toContain(vorukh.id);
    }
    // The next change of the survivor does not tell it again.
    const next = mergeReport(survivor, variant(vorukhShootout, { id: 'one-more', outlet: 'Avesta' }));
    expect(evaluateAlertRules(survivor, next, context).map((i) => i.rule)).not.toContain('same-event');
  });

  it('raises nothing for the absorbed incident, whatever changed', () => {
    const merged = markMerged(vorukh, akSai.id, reasons);

    expect(evaluateAlertRules(vorukh, merged, context)).toEqual([]);
    expect(evaluateAlertRules(null, merged, context)).toEqual([]);
  });
});
