/**
 * History is recorded as alerted without the alert lease: a backfilled incident (its newest report older
 * than `alerts.maxAgeHours`) raises no alert, so catching it up is one forward-only write of its alerted
 * state (dynalite), and a sweep afterwards finds nothing behind. Recorded by the poll, history is written
 * with its alerted state in the incident's own write, and news joining it later is told against it.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { createDynamoDbStore } from '../../shared/adapters/dynamodb-store.js';
import { parseConfig } from '../../shared/config.js';
import { createIncident } from '../../shared/domain/incidents.js';
import type { AlertMessage } from '../../shared/domain/types.js';
import { createAlertHandler } from '../../shared/handlers/alert.js';
import { toStreamRecord } from '../../shared/local/run-cycle.js';
import { fixedClock } from '../../shared/ports/clock.js';
import { silentLogger } from '../../shared/ports/logger.js';
import type { SaveIncidentOptions, Store } from '../../shared/ports/store.js';
import { catchUpIncident, selectBehind, sweepAlerts } from '../../shared/usecases/catch-up-alerts.js';
import { recordReport } from '../../shared/usecases/record-report.js';
import { startTestTable, useTestStore } from '../support/dynamo.js';
import { shohinSevenKilled, shohinThreeKilled, variant } from '../unit/incident-fixtures.js';

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

describe('recording history', () => {
  it('writes its alerted state with the incident: one write, nothing for the stream or a sweep to do', async () => {
    // A table of its own: the incidents above are of the same clash.
    const table = await startTestTable();
    const tableStore = createDynamoDbStore(table.client, table.tableName);
    onTestFinished(() => table.close());
    const calls: string[] = [];
    const counting = new Proxy(tableStore, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(property === 'acquireLock' ? `acquireLock ${String(args[0])}` : String(property));
          return value.apply(target, args);
        };
      },
    }) as Store;
    const config = parseConfig({});
    const sent: AlertMessage[] = [];
    const alertDeps = (now: string) => ({
      store: counting,
      notifier: { publish: async (m: AlertMessage) => void sent.push(m) },
      clock: fixedClock(now),
      config,
      logger: silentLogger,
    });
    const records: ReturnType<typeof toStreamRecord>[] = [];
    const record = (report: typeof shohinThreeKilled) =>
      recordReport(report, {
        store: counting,
        config,
        logger: silentLogger,
        onIncidentWritten: (previous, current, written: SaveIncidentOptions) =>
          void records.push(toStreamRecord(previous, current, records.length + 1, written)),
      });
    // Incident and alerted-state writes, and alert leases (a creation takes its creation lock as ever).
    const writes = () =>
      calls.filter((c) => /^(saveIncident|markAlerted|claimAlert|acquireLock alert)/.test(c));

    // Seen a month after it was published: history.
    const monthLater = '2026-02-10T08:00:00Z';
    const { incident } = await record({ ...shohinThreeKilled, seenAt: monthLater });
    await createAlertHandler(alertDeps(monthLater))({ Records: records.splice(0) });
    await sweepAlerts(alertDeps(monthLater));

    expect(writes()).toEqual(['saveIncident']);
    expect(sent).toEqual([]);
    expect(selectBehind([incident], await tableStore.getAlertedStates([incident.id]))).toEqual([]);

    // A fresh report of the same clash joins it: the change is told against the history it joins (what the
    // incident was), so it is no new incident, and it changed no figure: nothing to tell.
    const fresh = variant(shohinSevenKilled, { id: 'fresh-shohin-seven', published: '2026-02-10T07:30:00Z' });
    const joined = await record({ ...fresh, seenAt: monthLater });
    expect(joined.kind).toBe('updated');
    await createAlertHandler(alertDeps(monthLater))({ Records: records.splice(0) });

    expect(sent).toEqual([]);
    const latest = await tableStore.getIncidents([incident.id]);
    expect(selectBehind(latest, await tableStore.getAlertedStates([incident.id]))).toEqual([]);
  });
});
