/**
 * History is recorded as alerted without the alert lease: a backfilled incident (its newest report older
 * than `alerts.maxAgeHours`) raises no alert, so catching it up is one forward-only write of its alerted
 * state (dynalite), and a sweep afterwards finds nothing behind.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../shared/config.js';
import { createIncident } from '../../shared/domain/incidents.js';
import type { AlertMessage } from '../../shared/domain/types.js';
import { fixedClock } from '../../shared/ports/clock.js';
import { silentLogger } from '../../shared/ports/logger.js';
import type { Store } from '../../shared/ports/store.js';
import { catchUpIncident, selectBehind } from '../../shared/usecases/catch-up-alerts.js';
import { useTestStore } from '../support/dynamo.js';
import { shohinThreeKilled } from '../unit/incident-fixtures.js';

const store = useTestStore();

describe('catching up history', () => {
  it('records a backfilled incident as alerted with no lease and no alert; news takes the lease', async () => {
    const locks: string[] = [];
    const counting: Store = {
      ...store(),
      acquireLock: (name, ...rest) => {
        locks.push(name);
        return store().acquireLock(name, ...rest);
      },
    };
    const sent: AlertMessage[] = [];
    const deps = (now: string) => ({
      store: counting,
      notifier: { publish: async (m: AlertMessage) => void sent.push(m) },
      clock: fixedClock(now),
      config: parseConfig({}),
      logger: silentLogger,
    });
    const incident = { ...createIncident(shohinThreeKilled, []), id: 'tajik-afghan:2026-01-10:1' };
    await store().saveIncident(incident, null);

    // A month after the report: history.
    const old = await catchUpIncident(incident, deps('2026-02-10T08:00:00Z'));
    expect(old).toEqual({ incidentId: incident.id, status: 'alerted', outcomes: [] });
    expect(locks).toEqual([]);
    expect(sent).toEqual([]);
    expect(selectBehind([incident], await store().getAlertedStates([incident.id]))).toEqual([]);

    // The same change as news (an hour after the report), on a fresh incident: the lease and an alert.
    const fresh = { ...incident, id: 'tajik-afghan:2026-01-10:2' };
    await store().saveIncident(fresh, null);
    const news = await catchUpIncident(fresh, deps('2026-01-10T09:30:00Z'));
    expect(news.status).toBe('alerted');
    expect(locks).toEqual([`alert-incident#${fresh.id}`]);
    expect(sent).toHaveLength(1);
  });
});
