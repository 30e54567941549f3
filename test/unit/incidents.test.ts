import { describe, expect, it } from 'vitest';
import {
  assessCandidates,
  baselinePlaceLookup,
  candidateDateRange,
  createIncident,
  type IncidentReport,
  matchIncident,
  mergeReport,
  type PlaceLookup,
  placeChangeKind,
  placeKey,
  reportEventDate,
  reportNames,
  separateIncidentWording,
  toIncidentReport,
} from '../../shared/domain/incidents.js';
import type { Incident } from '../../shared/domain/types.js';
import {
  apFourGunmenKilled,
  apFourSyndicated,
  khatlonFourNeutralised,
  kokTashKyrgyzFigure,
  kokTashTajikFigure,
  shohinSevenKilled,
  shohinStaleCopy,
  shohinThreeKilled,
  smugglerShootout,
  tortKochoExchange,
  tortKochoWounded,
  variant,
  vorukhShootout,
} from './incident-fixtures.js';

const options = { windowDays: 2 };

function build(reports: readonly IncidentReport[]): Incident {
  const [first, ...rest] = reports;
  if (!first) throw new Error('no reports');
  return rest.reduce((incident, report) => mergeReport(incident, report), createIncident(first));
}

/** Feeds reports one by one through match/create/merge, as the poll does, and returns the incidents. */
function group(reports: readonly IncidentReport[]): Incident[] {
  const incidents: Incident[] = [];
  for (const report of reports) {
    const match = matchIncident(report, incidents, options);
    if (match)
      incidents[incidents.indexOf(match.incident)] = mergeReport(match.incident, report, match.reasons);
    else incidents.push(createIncident(report));
  }
  return incidents;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('toIncidentReport and reportEventDate', () => {
  it('keeps only relevant assessments that name a border', () => {
    const { article, assessment, seenAt } = khatlonFourNeutralised;

    expect(toIncidentReport(article, assessment, seenAt)).toEqual(khatlonFourNeutralised);
    expect(toIncidentReport(article, { ...assessment, relevant: false }, seenAt)).toBeNull();
    expect(toIncidentReport(article, { ...assessment, border: null }, seenAt)).toBeNull();
  });

  it('dates a report without an event date by its publication date', () => {
    const undated = variant(apFourGunmenKilled, { id: 'undated1', eventDate: null });

    expect(reportEventDate(undated)).toBe('2026-01-05');
    expect(reportEventDate(khatlonFourNeutralised)).toBe('2026-01-04');
    // The merge window and the follow-up days beyond it (a misdated follow-up at the same village), and for
    // a report without an event date one merge window further back (its event precedes its publication).
    expect(candidateDateRange(khatlonFourNeutralised, 2)).toEqual({ from: '2025-12-28', to: '2026-01-11' });
    expect(candidateDateRange(undated, 2)).toEqual({ from: '2025-12-27', to: '2026-01-12' });
  });

  it('dates it by the local (UTC+5) day of a late-evening UTC publication', () => {
    const late = variant(apFourGunmenKilled, {
      id: 'late1',
      eventDate: null,
      published: '2026-01-05T21:10:00Z',
    });
    expect(reportEventDate(late)).toBe('2026-01-06');
  });
});

describe('matchIncident', () => {
  const khatlon = createIncident(khatlonFourNeutralised);
  const tortKocho = createIncident(tortKochoExchange);
  const shohin = createIncident(shohinThreeKilled);
  const kokTash = createIncident(kokTashTajikFigure);

  it.each([
    {
      name: 'the AP report of four gunmen killed overnight joins the Khatlon report of four neutralised',
      report: apFourGunmenKilled,
      candidates: [tortKocho, khatlon, shohin],
      expected: khatlon,
      because: [
        'same border: tajik-afghan',
        'same toll: 4 killed',
        'event dates 1 day apart (2026-01-05, 2026-01-04)',
      ],
    },
    {
      name: 'a Kyrgyz outlet’s Tort-Kocho report joins the Tort-Kocho exchange of fire',
      report: tortKochoWounded,
      candidates: [khatlon, tortKocho],
      expected: tortKocho,
      because: ['same place: Tort-Kocho', 'same event date: 2026-01-29'],
    },
    {
      name: 'the revised toll of seven joins the clash first reported with three killed',
      report: shohinSevenKilled,
      candidates: [khatlon, shohin],
      expected: shohin,
      because: ['same place: Shamsiddin Shohin', 'later report raises killed to 7 (revision)'],
    },
    {
      name: 'the Kyrgyz figure joins the Tajik figure for the same Kok-Tash clash',
      report: kokTashKyrgyzFigure,
      candidates: [tortKocho, kokTash],
      expected: kokTash,
      because: ['same place: Kok-Tash', 'killed 3 against 1 in the same time frame'],
    },
  ])('$name', ({ report, candidates, expected, because }) => {
    const match = matchIncident(report, candidates, options);

    expect(match?.incident.id).toBe(expected.id);
    expect(match?.reasons).toEqual(expect.arrayContaining(because));
    expect(match?.score).toBeGreaterThan(0);
  });

  it.each([
    {
      name: 'a shootout in Vorukh two days after the Tort-Kocho exchange stays a separate incident',
      report: vorukhShootout,
      candidates: [tortKocho],
    },
    {
      name: 'one smuggler killed the same day, place unknown, is not the four neutralised in Khatlon',
      report: smugglerShootout,
      candidates: [khatlon],
    },
    {
      name: 'a report from another border never matches',
      report: variant(apFourGunmenKilled, { id: 'other-border', border: 'tajik-uzbek' }),
      candidates: [khatlon],
    },
    {
      name: 'the same toll and place five days later is another event',
      report: variant(khatlonFourNeutralised, {
        id: 'five-days-later',
        published: '2026-01-09T12:00:00Z',
        eventDate: '2026-01-09',
      }),
      candidates: [khatlon],
    },
    {
      name: 'a drone attack at an unknown place is not the infiltration reported the same day',
      report: variant(khatlonFourNeutralised, {
        id: 'drone',
        type: 'drone-attack',
        killed: null,
        place: null,
        title: 'Drone strikes a road',
        text: 'A drone struck a road on Sunday.',
      }),
      candidates: [khatlon],
    },
    {
      name: 'a report saying "in a separate incident" with no shared place stays apart',
      report: variant(apFourGunmenKilled, {
        id: 'separate-1',
        text:
          'In a separate incident on Sunday, four people were killed when armed men opened fire on a border ' +
          'post, the committee said.',
      }),
      candidates: [khatlon],
    },
  ])('$name', ({ report, candidates }) => {
    expect(matchIncident(report, candidates, options)).toBeNull();
  });

  it('weighs "nobody killed", said after an incident\'s dead were reported, against the match', () => {
    const later = (killed: number | null) =>
      variant(kokTashTajikFigure, {
        id: `later-${killed}`,
        published: '2026-02-16T10:00:00Z',
        eventDate: '2026-02-15',
        killed,
        wounded: 3,
        title: 'Three hurt as villagers and guards clash over a canal',
        text: 'Villagers threw stones and guards fired shots over an irrigation canal on Sunday; three were hurt.',
      });
    const [nobody] = assessCandidates(later(0), [kokTash], options);
    const [silent] = assessCandidates(later(null), [kokTash], options);

    // The dead do not come back to life: a later "nobody killed" more likely tells of another event.
    expect(nobody?.reasons).toContain('nobody killed, against 1 dead reported before');
    expect((silent?.score ?? 0) - (nobody?.score ?? 0)).toBe(2);
  });

  it('matches a village the gazetteer does not know to the known district of the same event', () => {
    const district = createIncident(
      variant(apFourGunmenKilled, { id: 'district-1', place: 'Shamsiddin Shohin' }),
    );
    const village = variant(apFourGunmenKilled, { id: 'village-1', place: 'Gulshanobod' });

    const match = matchIncident(village, [district], options);

    expect(match?.incident.id).toBe(district.id);
    expect(match?.reasons).toContain('place not known on one side');
    expect(match?.reasons.join('\n')).not.toMatch(/different places/);
  });

  it('matches the Afghan province facing the Tajik region of the event, through the gazetteer', () => {
    const badakhshan = variant(apFourGunmenKilled, { id: 'badakhshan-1', place: 'Badakhshan' });
    const namesOnly: PlaceLookup = () => null;

    const withBaseline = matchIncident(badakhshan, [khatlon], options);
    const withNamesOnly = matchIncident(badakhshan, [khatlon], { ...options, places: namesOnly });

    expect(withBaseline?.incident.id).toBe(khatlon.id);
    expect(withBaseline?.reasons).toContain(
      'places facing each other across the border: Badakhshan / Khatlon',
    );
    expect(withNamesOnly).toBeNull();
  });

  it('matches a Kyrgyz region to a Tajik town across the border when one report names the other’s place', () => {
    const isfara = createIncident(variant(tortKochoWounded, { id: 'isfara-1', place: 'Isfara' }));
    const batken = variant(tortKochoExchange, { id: 'batken-1', place: 'Batken' });

    const match = matchIncident(batken, [isfara], options);

    expect(match?.incident.id).toBe(isfara.id);
    expect(match?.reasons).toEqual(
      expect.arrayContaining([
        'places facing each other across the border: Batken / Isfara',
        "one report names the other's place: Batken / Isfara",
      ]),
    );
  });

  describe('a follow-up days after the event', () => {
    const vorukh = createIncident(vorukhShootout);
    const funeral = (changes: { id: string; published: string; eventDate: string | null; place: string }) =>
      variant(vorukhShootout, {
        ...changes,
        url: `https://example.tj/${changes.id}`,
        title: 'Border guard laid to rest',
        text: `Relatives and fellow servicemen buried the border guard killed in the shootout at ${changes.place}.`,
        wounded: null,
        fingerprint: `fp-${changes.id}`,
      });

    it('joins when it names no event date: the event lies on or before its publication', () => {
      const report = funeral({
        id: 'undated-8',
        published: '2026-02-08T07:00:00Z',
        eventDate: null,
        place: 'Vorukh',
      });

      const match = matchIncident(report, [vorukh], options);

      expect(match?.incident.id).toBe(vorukh.id);
      expect(match?.reasons.join('\n')).toMatch(/no event date read; published 2026-02-08/);
      // The store is asked for incidents far enough back to hold it.
      expect(candidateDateRange(report, options.windowDays).from <= vorukh.eventDate).toBe(true);
    });

    it('stays apart when its own event date is as far from the incident', () => {
      const report = funeral({
        id: 'dated-8',
        published: '2026-02-08T07:00:00Z',
        eventDate: '2026-02-08',
        place: 'Vorukh',
      });

      expect(matchIncident(report, [vorukh], options)).toBeNull();
    });

    it('joins at a village the gazetteer does not know when both name it (a village, not a region)', () => {
      const village = createIncident(variant(vorukhShootout, { id: 'dahana-1', place: 'Dahana' }));
      const report = funeral({
        id: 'dahana-4',
        published: '2026-02-04T07:00:00Z',
        eventDate: '2026-02-04',
        place: 'Dahana',
      });

      expect(matchIncident(report, [village], options)?.incident.id).toBe(village.id);
    });
  });

  it('picks the surer of two candidates', () => {
    const elsewhere = createIncident(
      variant(shohinThreeKilled, { id: 'panj-3', place: 'Panj', title: 'Clash in Panj district', killed: 2 }),
    );

    const match = matchIncident(shohinStaleCopy, [elsewhere, shohin], options);

    expect(match?.incident.id).toBe(shohin.id);
  });
});

describe('baselinePlaceLookup', () => {
  it.each([
    ['Хатлонской области', 'Khatlon', 'region', 'TJ'],
    ['Darvaz', 'Darvoz', 'district', 'TJ'],
    ['Ворухе', 'Vorukh', 'settlement', 'TJ'],
    ['GBAO', 'Gorno-Badakhshan', 'region', 'TJ'],
    ['Tort-Kocho', 'Tort-Kocho', 'settlement', 'KG'],
  ])('resolves %j to %s (%s in %s)', (name, id, kind, country) => {
    expect(baselinePlaceLookup(name)).toMatchObject({ id, kind, country });
  });

  it('knows Patar (Konibodom) and Beshariq (Fergana) as the two sides of one stretch of the Uzbek border', () => {
    expect(baselinePlaceLookup('Патаре')).toMatchObject({
      id: 'Patar',
      district: 'Konibodom',
      country: 'TJ',
    });
    expect(placeChangeKind('Patar', 'Бешарыкский район')).toBe('other-side');
  });

  it('knows nothing of a name outside the gazetteer', () => {
    expect(baselinePlaceLookup('Springfield')).toBeNull();
  });
});

describe('placeKey', () => {
  it.each([
    ['Vorukh village', 'Ворух'],
    ['Tort-Kocho', 'Торт-Кочо'],
    ['Khatlon region', 'Хатлон'],
    ['Shamsiddin Shohin district', 'Shamsiddin Shohin'],
    ['Qubodiyon', 'Kubodiyon'],
    // A border post by its name, however the post is called.
    ['Nulvand frontier post', 'застава «Нулванд»'],
    ['border post Bog', 'пограничная застава «Бог»'],
    ['Khirmanjo outpost', 'погранзастава «Хирманджо»'],
    // "Ёгед" printed with "е".
    ['Yoged', 'Егед'],
  ])('folds %j and %j to one key', (a, b) => {
    expect(placeKey(a)).toBe(placeKey(b));
  });

  it('keeps different places apart', () => {
    expect(placeKey('Vorukh')).not.toBe(placeKey('Tort-Kocho'));
  });

  it('takes a Russian adjectival name and an English one for one place ("Фархадское водохранилище")', () => {
    expect(placeChangeKind('Farhad reservoir', 'Фархадское водохранилище')).toBe('same');
    expect(placeChangeKind('Farhad reservoir', 'Кайраккумское водохранилище')).toBe('corrected');
  });
});

describe('reportNames', () => {
  it('keeps villages and people as specific names and regions and rivers as coarse ones', () => {
    const names = reportNames(tortKochoWounded);

    expect(names.specific).toEqual(expect.arrayContaining(['tort', 'kocho', 'chyr', 'dobo']));
    expect(names.coarse).toContain('batken');
    expect(names.specific).not.toContain('batken');
    expect([...names.specific, ...names.coarse]).not.toContain('kyrgyz');
  });
});

describe('separateIncidentWording', () => {
  it.each([
    ['It is the second clash on the Tajik–Kyrgyz border this week, after an exchange of fire.', true],
    ['In a separate incident, two border guards were wounded in Isfara.', true],
    ['Ещё одно столкновение произошло в субботу у села Ворух.', true],
    ['It was the second violent incident since November along the border between the two countries.', false],
    ['The incident comes weeks after a reported cross-border attack from Afghanistan.', false],
    ['Four gunmen were killed in a skirmish with border guards overnight.', false],
  ])('%j sets the event apart: %s', (text, apart) => {
    expect(separateIncidentWording(text) !== null).toBe(apart);
  });
});

describe('createIncident', () => {
  it('derives the same id from the same first report, and version 1', () => {
    const first = createIncident(khatlonFourNeutralised);
    const replay = createIncident(structuredClone(khatlonFourNeutralised));

    expect(replay.id).toBe(first.id);
    expect(first.id).toMatch(/^tajik-afghan-20260104-[0-9a-f]{12}$/);
    expect(createIncident(apFourGunmenKilled).id).not.toBe(first.id);
    expect(first).toMatchObject({
      version: 1,
      border: 'tajik-afghan',
      type: 'infiltration',
      place: 'Khatlon',
      eventDate: '2026-01-04',
      killed: 4,
      wounded: null,
      killedRange: { low: 4, best: 4, high: 4 },
      woundedRange: { low: null, best: null, high: null },
      revisions: [],
      disputed: false,
      independentSources: 1,
      score: 0.88,
      firstSeen: khatlonFourNeutralised.seenAt,
      lastSeen: khatlonFourNeutralised.seenAt,
    });
    expect(first.sources).toEqual([
      expect.objectContaining({
        articleId: 'a1f0c3d29b7e4410',
        outlet: 'Daily Sabah',
        killed: 4,
        matchReasons: [],
      }),
    ]);
    expect(first.terms).toEqual(expect.arrayContaining(['khatlo', 'neutra']));
  });

  it('dates an incident by the publication date when its report gives no event date', () => {
    const incident = createIncident(variant(apFourGunmenKilled, { id: 'undated2', eventDate: null }));

    expect(incident.eventDate).toBe('2026-01-05');
    expect(incident.id).toMatch(/^tajik-afghan-20260105-/);
  });
});

describe('mergeReport', () => {
  it('returns the same object when the report is already a source (replay, or a syndicated copy)', () => {
    const incident = build([khatlonFourNeutralised, apFourGunmenKilled]);

    expect(mergeReport(incident, apFourGunmenKilled)).toBe(incident);
    expect(mergeReport(incident, structuredClone(khatlonFourNeutralised))).toBe(incident);
    expect(mergeReport(incident, apFourSyndicated)).toBe(incident);
  });

  it('adds a second outlet’s report with its reasons, keeping the agreed toll', () => {
    const incident = createIncident(khatlonFourNeutralised);
    const match = matchIncident(apFourGunmenKilled, [incident], options);

    const merged = mergeReport(incident, apFourGunmenKilled, match?.reasons);

    expect(merged).toMatchObject({
      id: incident.id,
      version: 2,
      killed: 4,
      killedRange: { low: 4, best: 4, high: 4 },
      revisions: [],
      disputed: false,
      independentSources: 2,
      score: 0.91,
      place: 'Khatlon',
      firstSeen: khatlonFourNeutralised.seenAt,
      lastSeen: apFourGunmenKilled.seenAt,
      eventDates: ['2026-01-04', '2026-01-05'],
    });
    expect(merged.sources.map((s) => s.outlet)).toEqual(['Daily Sabah', 'AP News']);
    expect(merged.sources[1]?.matchReasons).toEqual(match?.reasons);
    expect(merged.sources[1]?.matchReasons).toContain('same toll: 4 killed');
  });

  it('raises the toll when a later report revises it, recording who revised it', () => {
    const incident = createIncident(shohinThreeKilled);

    const revised = mergeReport(incident, shohinSevenKilled);

    expect(revised).toMatchObject({
      killed: 7,
      wounded: 2,
      killedRange: { low: 3, best: 7, high: 7 },
      woundedRange: { low: 2, best: 2, high: 2 },
      disputed: false,
      version: 2,
    });
    expect(revised.revisions).toEqual([
      {
        field: 'killed',
        from: 3,
        to: 7,
        articleId: '2b3c4d5e6f708192',
        outlet: 'RFE/RL',
        at: shohinSevenKilled.seenAt,
      },
      {
        field: 'wounded',
        from: null,
        to: 2,
        articleId: '2b3c4d5e6f708192',
        outlet: 'RFE/RL',
        at: shohinSevenKilled.seenAt,
      },
    ]);
  });

  it('does not lower the toll for a late reprint of the first figure, but marks the dispute', () => {
    const incident = build([shohinThreeKilled, shohinSevenKilled]);

    const merged = mergeReport(incident, shohinStaleCopy);

    expect(merged.killed).toBe(7);
    expect(merged.killedRange).toEqual({ low: 3, best: 7, high: 7 });
    expect(merged.revisions).toHaveLength(2);
    expect(merged.disputed).toBe(true);
  });

  it('keeps the conservative figure and flags the dispute when official figures differ at the same time', () => {
    const incident = build([kokTashTajikFigure, kokTashKyrgyzFigure]);

    expect(incident.killed).toBe(1);
    expect(incident.killedRange).toEqual({ low: 1, best: 1, high: 3 });
    expect(incident.disputed).toBe(true);
    expect(incident.independentSources).toBe(2);
  });

  it('ends with the same toll, ranges and sources whatever order the reports arrive in', () => {
    const reports = [
      shohinThreeKilled,
      shohinSevenKilled,
      shohinStaleCopy,
      variant(shohinSevenKilled, {
        id: 'eurasianet-7',
        outlet: 'Eurasianet',
        published: '2026-01-11T15:00:00Z',
        wounded: 3,
      }),
    ];
    const summaries = permutations(reports).map((order) => {
      const incident = build(order);
      return {
        killed: incident.killed,
        wounded: incident.wounded,
        killedRange: incident.killedRange,
        woundedRange: incident.woundedRange,
        disputed: incident.disputed,
        independentSources: incident.independentSources,
        sources: incident.sources.map((s) => s.articleId),
        version: incident.version,
        place: incident.place,
        eventDate: incident.eventDate,
      };
    });

    expect(summaries).toHaveLength(24);
    for (const summary of summaries) expect(summary).toEqual(summaries[0]);
    expect(summaries[0]).toMatchObject({
      killed: 7,
      wounded: 3,
      killedRange: { low: 3, best: 7, high: 7 },
      woundedRange: { low: 2, best: 3, high: 3 },
      independentSources: 4,
      version: 4,
    });
  });
});

describe('grouping a week of reports', () => {
  it('groups the two reports of four gunmen and keeps the Kyrgyz–Tajik clashes apart, in any order', () => {
    const reports = [
      khatlonFourNeutralised,
      apFourGunmenKilled,
      tortKochoExchange,
      tortKochoWounded,
      vorukhShootout,
    ];
    const expected = [
      ['a1f0c3d29b7e4410', 'b27d9e0f55c14a8e'],
      ['d4e5f60718293a4b', 'e1d2c3b4a5968778'],
      ['f0e9d8c7b6a59483'],
    ];

    for (const order of permutations(reports)) {
      const groups = group(order)
        .map((incident) => incident.sources.map((s) => s.articleId).sort())
        .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
      expect(groups).toEqual(expected);
    }
  });
});
