/**
 * Event grouping that models events (issue 12, items 1 and 2): the gazetteer's administrative geography and
 * the two sides of one stretch of border, the event's span of dates, type disagreement as weak evidence,
 * the same-day guard against different districts, refusals that keep their reasons, and tolls raised only
 * by reports about the event, with single-source jumps disputed.
 */
import { describe, expect, it } from 'vitest';
import { FACING_AREAS } from '../../shared/baseline/place-hierarchy.js';
import { PLACES } from '../../shared/baseline/places.js';
import {
  assessCandidates,
  baselinePlaceLookup,
  createIncident,
  type IncidentReport,
  matchIncident,
  mergeReport,
  refusalReasons,
} from '../../shared/domain/incidents.js';
import type { Incident } from '../../shared/domain/types.js';
import { tortKochoExchange, variant } from './incident-fixtures.js';

const options = { windowDays: 2 };

/** A plain report of one clash: the same wording for every place, so only place and date tell them apart. */
function clash(
  id: string,
  changes: { place: string; eventDate?: string; published?: string; killed?: number | null } & Partial<{
    outlet: string;
    type: IncidentReport['assessment']['type'];
    border: 'tajik-afghan' | 'tajik-kyrgyz' | 'tajik-uzbek';
    text: string;
  }>,
): IncidentReport {
  const eventDate = changes.eventDate ?? '2026-01-29';
  return variant(tortKochoExchange, {
    id,
    place: changes.place,
    eventDate,
    published: changes.published ?? `${eventDate}T10:00:00Z`,
    killed: changes.killed === undefined ? 2 : changes.killed,
    wounded: null,
    type: changes.type ?? 'armed-clash',
    outlet: changes.outlet ?? `outlet-${id}`,
    title: 'Two border guards killed in a clash',
    text:
      changes.text ??
      'Two border guards were killed in an exchange of fire on the border on Thursday, the border service said.',
    ...(changes.border ? { border: changes.border } : {}),
  });
}

function build(reports: readonly IncidentReport[]): Incident {
  const [first, ...rest] = reports;
  if (!first) throw new Error('no reports');
  return rest.reduce((incident, report) => mergeReport(incident, report), createIncident(first));
}

describe('the gazetteer as administrative geography', () => {
  it.each([
    ['Сомониён', 'Somoniyon', ['Chorkuh', 'Isfara', 'Sughd', 'TJ']],
    ['Khoji Alo', 'Khoja-Alo', ['Isfara', 'Sughd', 'TJ']],
    ['Булак-Башы', 'Bulak-Bashy', ['Batken district', 'Batken', 'KG']],
    ['Максат', 'Maksat', ['Leilek', 'Batken', 'KG']],
    ['Кара-Мык', 'Kara-Myk', ['Chong-Alay', 'Osh region', 'KG']],
    ['Домбрачи', 'Dombrachi', ['Lakhsh', 'TJ']],
    ['Шерхан-Бандар', 'Sher Khan Bandar', ['Imam Sahib', 'Kunduz', 'AF']],
    ['Shamsiddini Shohin', 'Shamsiddin Shohin', ['Khatlon', 'TJ']],
    ['Калаихумб', 'Kalaikhumb', ['Darvoz', 'Gorno-Badakhshan', 'TJ']],
    ['Ишкобод', 'Ishkobod', ['Rudaki', 'TJ']],
  ])('resolves %s to %s within %j', (name, id, within) => {
    const info = baselinePlaceLookup(name);

    expect(info?.id).toBe(id);
    expect(info?.within).toEqual(within);
  });

  it('lists only gazetteer districts, towns and villages in the stretches of border, each on two sides', () => {
    const byName = new Map(PLACES.map((p) => [p.name, p]));
    for (const [area, places] of Object.entries(FACING_AREAS)) {
      const entries = places.map((p) => byName.get(p));
      expect(
        entries.every((e) => e && ['district', 'town', 'village'].includes(e.kind)),
        area,
      ).toBe(true);
      expect(new Set(entries.map((e) => e?.country)).size, area).toBe(2);
    }
  });
});

describe('matching the two sides of one stretch of border', () => {
  it.each([
    ['Ak-Sai', 'Vorukh', 'tajik-kyrgyz'],
    ['Kok-Tash', 'Chorkuh', 'tajik-kyrgyz'],
    ['Tort-Kocho', 'Khoja-Alo', 'tajik-kyrgyz'],
    ['Maksat', 'Ovchi-Kalacha', 'tajik-kyrgyz'],
    ['Samarkandek', 'Chorkuh', 'tajik-kyrgyz'],
    ['Kara-Myk', 'Dombrachi', 'tajik-kyrgyz'],
    ['Khwahan', 'Shamsiddin Shohin', 'tajik-afghan'],
    ['Shahr-e Buzurg', 'Kavok', 'tajik-afghan'],
    ['Imam Sahib', 'Panji Poyon', 'tajik-afghan'],
  ] as const)('joins a report from %s to the incident at %s, saying why', (theirs, ours, border) => {
    const incident = createIncident(
      clash('ours', { place: ours, border, killed: null, text: 'Guards exchanged fire.' }),
    );
    const report = clash('theirs', {
      place: theirs,
      border,
      killed: null,
      text: 'Shots were heard at dawn.',
    });

    const match = matchIncident(report, [incident], options);

    expect(match?.incident.id).toBe(incident.id);
    expect(match?.reasons).toContain(`the two sides of one stretch of border: ${theirs} / ${ours}`);
  });

  it('joins two villages of one district on the same day', () => {
    const incident = createIncident(clash('kekh', { place: 'Kekh', killed: null, text: 'Fire at dawn.' }));
    const report = clash('vorukh', { place: 'Vorukh', killed: null, text: 'Mortars hit homes.' });

    expect(matchIncident(report, [incident], options)?.reasons).toContain(
      'places in one district: Vorukh / Kekh',
    );
  });
});

describe('the event span', () => {
  // A clash first reported for the 14th, its third day reported for the 16th: the span is the 14th-16th.
  const multiDay = build([
    clash('day-1', { place: 'Vorukh', eventDate: '2026-09-14' }),
    clash('day-1b', { place: 'Vorukh', eventDate: '2026-09-14', published: '2026-09-14T18:00:00Z' }),
    clash('day-3', { place: 'Ak-Sai', eventDate: '2026-09-16' }),
  ]);

  it.each([
    {
      name: 'a report of the clash’s fourth day joins it (one day after its last day, three after its first)',
      report: clash('day-4', { place: 'Chorkuh', eventDate: '2026-09-17' }),
      reason: 'event dates 1 day apart (2026-09-17, 2026-09-14..2026-09-16)',
    },
    {
      name: 'a follow-up whose date was read four days late joins it at the same village',
      report: clash('funeral', {
        place: 'Ворух',
        eventDate: '2026-09-20',
        published: '2026-09-21T08:00:00Z',
      }),
      reason: 'event dates 4 days apart (2026-09-20, 2026-09-14..2026-09-16)',
    },
  ])('$name', ({ report, reason }) => {
    const match = matchIncident(report, [multiDay], options);

    expect(match?.incident.id).toBe(multiDay.id);
    expect(match?.reasons).toContain(reason);
  });

  it('keeps a report four days off apart when only the region agrees', () => {
    const verdict = assessCandidates(
      clash('region', { place: 'Sughd', eventDate: '2026-09-20', published: '2026-09-21T08:00:00Z' }),
      [multiDay],
      options,
    )[0];

    expect(verdict?.matched).toBe(false);
    expect(verdict?.reasons).toContain('refused: event dates 4 days apart and no shared village or district');
  });
});

describe('type disagreement', () => {
  it('is weak evidence: a drone strike at the place and day of a clash joins it', () => {
    const incident = createIncident(clash('clash', { place: 'Kavok', border: 'tajik-afghan' }));
    const report = clash('drone', { place: 'Kavok', border: 'tajik-afghan', type: 'mass-crossing' });

    const match = matchIncident(report, [incident], options);

    expect(match?.incident.id).toBe(incident.id);
    expect(match?.reasons).toContain('types differ (weak evidence): mass-crossing / armed-clash');
  });
});

describe('the same-day guard', () => {
  it.each([
    ['Rushan', 'Farkhor', 'tajik-afghan'],
    ['Darvoz', 'Shamsiddin Shohin', 'tajik-afghan'],
    ['Isfara', 'Bobojon Gafurov', 'tajik-kyrgyz'],
    ['Vorukh', 'Maksat', 'tajik-kyrgyz'],
  ] as const)('keeps %s and %s apart on one day despite the same wording and toll', (a, b, border) => {
    const incident = createIncident(clash('first', { place: a, border }));
    const report = clash('second', { place: b, border });

    const verdicts = assessCandidates(report, [incident], options);

    expect(matchIncident(report, [incident], options)).toBeNull();
    expect(verdicts[0]?.reasons.at(-1)).toMatch(/^refused: different districts on the same day/);
  });

  it('keeps the refusals on the source of the incident the report then starts', () => {
    const rushan = createIncident(clash('rushan', { place: 'Rushan', border: 'tajik-afghan' }));
    const farkhor = clash('farkhor', { place: 'Farkhor', border: 'tajik-afghan' });

    const refusals = refusalReasons(assessCandidates(farkhor, [rushan], options));
    const created = createIncident(farkhor, refusals);

    expect(created.sources[0]?.matchReasons).toEqual([
      `not incident ${rushan.id}: different places: Farkhor / Rushan; refused: different districts on the same day (Farkhor: Farkhor / Rushan: Rushan)`,
    ]);
  });
});

describe('tolls that only go up for the right reason', () => {
  const first = clash('first', { place: 'Vorukh', killed: 2, outlet: 'Asia-Plus' });
  const second = clash('second', {
    place: 'Vorukh',
    killed: 2,
    outlet: 'Kabar',
    published: '2026-01-29T12:00:00Z',
  });

  function withReasons(report: IncidentReport, reasons: string[]): IncidentReport {
    return {
      ...report,
      assessment: { ...report.assessment, evidence: { ...report.assessment.evidence, reasons } },
    };
  }

  it.each([
    {
      name: 'a recap the classifier read as statistics',
      report: withReasons(
        clash('recap', { place: 'Vorukh', killed: 30, published: '2026-01-31T09:00:00Z' }),
        ['statistics context in lead'],
      ),
      excluded: 'not about this event (statistics context in lead)',
    },
    {
      name: 'an article published a month and more after the event',
      report: clash('anniversary', {
        place: 'Vorukh',
        killed: 9,
        eventDate: '2026-01-29',
        published: '2026-03-15T09:00:00Z',
      }),
      excluded: 'retrospective: published 45 days after the event',
    },
  ])('does not raise the toll for $name, and says why on the source', ({ report, excluded }) => {
    const incident = build([first, second]);

    const merged = mergeReport(incident, report);

    expect(merged.killed).toBe(2);
    expect(merged.revisions).toEqual([]);
    expect(merged.sources.find((s) => s.articleId === report.article.id)?.tollExcluded).toBe(excluded);
  });

  it('raises the toll for a follow-up about the event', () => {
    const update = clash('update', { place: 'Vorukh', killed: 3, published: '2026-01-30T09:00:00Z' });

    expect(mergeReport(build([first, second]), update).killed).toBe(3);
  });

  it('marks a single outlet’s jump far above the others disputed, keeping who claims what', () => {
    const jump = clash('tabloid', {
      place: 'Vorukh',
      killed: 40,
      outlet: 'Tabloid',
      published: '2026-01-30T09:00:00Z',
    });

    const merged = mergeReport(build([first, second]), jump);

    expect(merged.disputed).toBe(true);
    expect(merged.disputes).toEqual([
      {
        field: 'killed',
        kind: 'single-source-jump',
        claims: [
          { outlet: 'Asia-Plus', articleId: 'first', value: 2, at: '2026-01-29T10:00:00Z' },
          { outlet: 'Kabar', articleId: 'second', value: 2, at: '2026-01-29T12:00:00Z' },
          { outlet: 'Tabloid', articleId: 'tabloid', value: 40, at: '2026-01-30T09:00:00Z' },
        ],
      },
    ]);
  });

  it('does not dispute a raise another outlet comes near', () => {
    const raised = [
      clash('raise-1', { place: 'Vorukh', killed: 9, outlet: 'Sputnik', published: '2026-01-30T09:00:00Z' }),
      clash('raise-2', { place: 'Vorukh', killed: 8, outlet: 'AKIpress', published: '2026-01-30T20:00:00Z' }),
    ];

    const merged = build([first, second, ...raised]);

    expect(merged.disputed).toBe(false);
    expect(merged.disputes).toEqual([]);
  });
});

describe('a report that names no place', () => {
  const placeless = variant(tortKochoExchange, {
    id: 'placeless',
    place: null,
    eventDate: '2026-01-29',
    published: '2026-01-29T18:00:00Z',
    killed: null,
    wounded: null,
    outlet: 'outlet-placeless',
    title: 'Shooting reported on the border',
    text: 'Residents reported heavy shooting on the border on Thursday; officials gave no details.',
  });

  it('joins the only incident on its border within the merge window, saying so', () => {
    const only = createIncident(clash('isfara', { place: 'Isfara' }));

    const match = matchIncident(placeless, [only], options);

    expect(match?.incident.id).toBe(only.id);
    expect(match?.reasons).toContain('the only incident on this border within the merge window');
  });

  it('joins neither of two incidents on its border in those days', () => {
    const isfara = createIncident(clash('isfara', { place: 'Isfara' }));
    const leilek = createIncident(clash('leilek', { place: 'Leilek', outlet: 'outlet-leilek' }));

    expect(matchIncident(placeless, [isfara, leilek], options)).toBeNull();
  });
});

describe('a source that sets its event apart from one at another place', () => {
  // The Tajik side's report of a clash at the Kekh post recalls an earlier shooting at Bulak-Bashy, the
  // Kyrgyz post facing it.
  const kekh = variant(tortKochoExchange, {
    id: 'kekh-tajik',
    place: 'Kekh',
    eventDate: '2026-01-29',
    text:
      'Kyrgyz guards at the Bulak-Bashy post opened fire on the Tajik Kekh post on Thursday. This is the ' +
      'second incident on this stretch this month: a shooting at Bulak-Bashy was reported on 20 January.',
  });
  const incident = createIncident(kekh);

  it('still joins a report of the same day from the facing post', () => {
    const facing = variant(tortKochoExchange, {
      id: 'bulak-kyrgyz',
      place: 'Bulak-Bashy',
      eventDate: '2026-01-29',
    });
    expect(matchIncident(facing, [incident], { windowDays: 2 })?.incident.id).toBe(incident.id);
  });

  it('keeps apart a report at that place dated days before the incident', () => {
    const earlier = variant(tortKochoExchange, {
      id: 'bulak-earlier',
      place: 'Bulak-Bashy',
      eventDate: '2026-01-27',
    });
    expect(matchIncident(earlier, [incident], { windowDays: 2 })).toBeNull();
  });
});
