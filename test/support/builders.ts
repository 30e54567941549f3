import type { Incident } from '../../shared/domain/types.js';

/** A realistic stored incident (the January 2026 Khatlon crossing), with overrides. */
export function anIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'inc-khatlon-20260104',
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
    sources: [
      {
        articleId: 'a1',
        url: 'https://dushanbe-daily.example/news/2026/01/04/border-gunmen-killed',
        outlet: 'Dushanbe Daily',
        published: '2026-01-04T11:20:00.000Z',
        title: 'Four gunmen who crossed from Afghanistan neutralised in Khatlon',
        killed: 4,
        wounded: null,
        score: 0.93,
        seenAt: '2026-01-04T12:00:00.000Z',
        matchReasons: [],
      },
    ],
    independentSources: 1,
    score: 0.93,
    title: 'Four gunmen who crossed from Afghanistan neutralised in Khatlon',
    firstSeen: '2026-01-04T12:00:00.000Z',
    lastSeen: '2026-01-04T12:00:00.000Z',
    ...overrides,
  };
}
