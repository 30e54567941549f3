/**
 * The consistent look an incident creation takes under its locks, on dynalite: it reads each date's taken
 * slots and the first free one instead of every slot of the search window, and still finds what the border
 * index does not show yet, so two creators of one event never both create it.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../shared/config.js';
import { searchWindowDays } from '../../shared/domain/incidents.js';
import { silentLogger } from '../../shared/ports/logger.js';
import type { Store } from '../../shared/ports/store.js';
import { recordReport } from '../../shared/usecases/record-report.js';
import { useTestStore } from '../support/dynamo.js';
import { apFourGunmenKilled, khatlonFourNeutralised, smugglerShootout } from '../unit/incident-fixtures.js';

const config = parseConfig({});
const store = useTestStore();
const windowDates = 2 * searchWindowDays(config.merge.windowDays) + 1;

/** The store, counting the keys of its strongly consistent incident reads. */
function counting(inner: Store) {
  const keys: string[][] = [];
  const wrapped: Store = Object.assign(Object.create(inner) as Store, {
    getIncidents: (ids: readonly string[]) => {
      keys.push([...ids]);
      return inner.getIncidents(ids);
    },
  });
  return { store: wrapped, keys };
}

/** The store, with a border index that has not caught up with any write yet. */
function lagging(inner: Store): Store {
  return Object.assign(Object.create(inner) as Store, { queryIncidents: async () => [] });
}

const record = (s: Store, report: typeof khatlonFourNeutralised) =>
  recordReport(report, { store: s, config, logger: silentLogger });

describe('the look under the incident creation locks', () => {
  it('reads one slot per date of the search window when it is empty, not every slot', async () => {
    const { store: counted, keys } = counting(store());

    const outcome = await record(counted, { ...khatlonFourNeutralised, seenAt: '2026-01-04T12:00:00Z' });

    expect(outcome.kind).toBe('created');
    expect(outcome.incident.id).toBe('tajik-afghan:2026-01-04:1');
    // One batched read: the first slot of each of the window's 15 dates (every slot would be 90 keys).
    expect(keys.map((k) => k.length)).toEqual([windowDates]);
  });

  it('creates after the incidents of its date that the index does not show yet', async () => {
    // The Khatlon incident holds slot 1 of 4 January (the test above); the index shows nothing.
    const { store: counted, keys } = counting(lagging(store()));

    const outcome = await record(counted, { ...smugglerShootout, seenAt: '2026-01-04T13:00:00Z' });

    expect(outcome.kind).toBe('created');
    expect(outcome.incident.id).toBe('tajik-afghan:2026-01-04:2');
    // Slot 1 of every date, then slot 2 of the one date whose slot 1 was taken.
    expect(keys.map((k) => k.length)).toEqual([windowDates, 1]);
    expect((await store().getIncident('tajik-afghan:2026-01-04:1'))?.sources).toHaveLength(1);
  });

  it('lets two creators of one event, a day apart and unseen by the index, create it once', async () => {
    const laggingStore = lagging(store());
    const reports = [
      { ...khatlonFourNeutralised, seenAt: '2026-01-05T12:00:00Z' },
      { ...apFourGunmenKilled, seenAt: '2026-01-05T12:00:00Z' },
    ].map((r) => ({ ...r, assessment: { ...r.assessment, border: 'tajik-uzbek' as const } }));

    const outcomes = await Promise.all(reports.map((r) => record(laggingStore, r)));

    expect(outcomes.map((o) => o.kind).sort()).toEqual(['created', 'updated']);
    const uzbek = await store().queryIncidents('tajik-uzbek', '2025-12-01', '2026-02-28');
    expect(uzbek).toHaveLength(1);
    expect(uzbek[0]?.sources.map((s) => s.articleId).sort()).toEqual(reports.map((r) => r.article.id).sort());
  });
});
