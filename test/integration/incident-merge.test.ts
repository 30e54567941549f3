/**
 * Merging incidents after the fact, through the poll's recording and the alert sweep on dynalite: a later
 * report that links two incidents makes them one (sources united, the other marked merged), subscribers
 * get one message saying so and no second new-incident alert; a recording killed at any store call of that
 * merge is finished by the next, with nothing lost or doubled; and a merge left half-done is finished by the
 * alert sweep alone, when no report comes again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbStore } from '../../shared/adapters/dynamodb-store.js';
import { parseConfig } from '../../shared/config.js';
import type { IncidentReport } from '../../shared/domain/incidents.js';
import { markMerged } from '../../shared/domain/incidents.js';
import type { AlertMessage, Incident } from '../../shared/domain/types.js';
import { fixedClock } from '../../shared/ports/clock.js';
import { silentLogger } from '../../shared/ports/logger.js';
import type { Store } from '../../shared/ports/store.js';
import { selectBehind, sweepAlerts } from '../../shared/usecases/catch-up-alerts.js';
import { recordReport } from '../../shared/usecases/record-report.js';
import { dyingStore } from '../support/dying-store.js';
import { startTestTable, type TestTable } from '../support/dynamo.js';
import { akSaiMortarFire, vorukhAkSaiFollowUp, vorukhShootout } from '../unit/incident-fixtures.js';

const config = parseConfig({});

/** One database, the two incidents recorded and alerted, and what was published. */
async function twoIncidents(table: TestTable) {
  const store = createDynamoDbStore(table.client, table.tableName);
  const sent: AlertMessage[] = [];
  const alertDeps = (s: Store) => ({
    store: s,
    notifier: { publish: async (m: AlertMessage) => void sent.push(m) },
    clock: fixedClock('2026-02-01T10:00:00Z'),
    config,
    logger: silentLogger,
  });
  const record = (report: IncidentReport, s: Store = store) =>
    recordReport(report, { store: s, config, logger: silentLogger });
  await record(akSaiMortarFire);
  await record(vorukhShootout);
  await sweepAlerts(alertDeps(store));
  return { store, sent, record, sweep: (s: Store = store) => sweepAlerts(alertDeps(s)) };
}

/** Every incident, live ones first. */
async function stored(store: Store): Promise<{ live: Incident[]; merged: Incident[] }> {
  const all = await store.listIncidents();
  return {
    live: all.filter((i) => i.status !== 'merged'),
    merged: all.filter((i) => i.status === 'merged'),
  };
}

/** What must hold once the merge is done, however it got there. */
async function expectOneEvent(store: Store, sent: readonly AlertMessage[]) {
  const { live, merged } = await stored(store);
  expect(live).toHaveLength(1);
  const [one] = live as [Incident];
  const ids = one.sources.map((s) => s.articleId);
  expect([...ids].sort()).toEqual(
    [akSaiMortarFire, vorukhShootout, vorukhAkSaiFollowUp].map((r) => r.article.id).sort(),
  );
  expect([one.killed, one.wounded]).toEqual([1, 3]);
  expect(merged.map((m) => [m.mergedInto, m.sources.length])).toEqual([[one.id, 1]]);
  expect(one.absorbed?.map((a) => a.id)).toEqual(merged.map((m) => m.id));
  expect(merged[0]?.mergeReasons?.[0]).toBe(
    'the report "Two days of fire around Vorukh and Ak-Sai" matched both incidents',
  );
  // Two new-incident alerts before the link (each was news when it came), one same-event message after.
  expect(sent.filter((m) => m.rules.includes('new-incident'))).toHaveLength(2);
  const same = sent.filter((m) => m.rules.includes('same-event'));
  expect(same.map((m) => m.incidentId)).toEqual([one.id]);
  const keys = sent.flatMap((m) => m.alerts.map((a) => `${m.incidentId}|${a.rule}|${a.level}`));
  expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  const all = await store.listIncidents();
  expect(selectBehind(all, await store.getAlertedStates(all.map((i) => i.id)))).toEqual([]);
  // Window totals count the event once.
  const tolls = await store.queryIncidentTolls('tajik-kyrgyz', '2026-01-01', '2026-02-28');
  expect(tolls).toEqual([{ id: one.id, killed: 1 }]);
}

describe('a later report linking two incidents', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await startTestTable();
  });
  afterAll(async () => table.close());

  it('makes them one incident, tells subscribers once, and is a no-op when recorded again', async () => {
    const { store, sent, record, sweep } = await twoIncidents(table);
    expect((await stored(store)).live).toHaveLength(2);

    const outcome = await record(vorukhAkSaiFollowUp);
    await sweep();

    expect(outcome.kind).toBe('updated');
    await expectOneEvent(store, sent);
    expect(sent.find((m) => m.rules.includes('same-event'))?.subject).toMatch(
      /^Tajik–Kyrgyz border, same event as the incident at Vorukh/,
    );
    const again = await record(vorukhAkSaiFollowUp);
    const replayed = await record(vorukhShootout);
    await sweep();
    expect([again.kind, replayed.kind]).toEqual(['unchanged', 'unchanged']);
    await expectOneEvent(store, sent);
  });
});

describe('a merge killed at any store call', () => {
  it('is finished by the next recording of the report, with nothing lost or doubled', async () => {
    // How many death points recording the link takes when nothing dies.
    const counting = await startTestTable();
    let calls: number;
    try {
      const { store, record } = await twoIncidents(counting);
      const counter = dyingStore(store, Number.POSITIVE_INFINITY);
      await record(vorukhAkSaiFollowUp, counter.store);
      calls = counter.steps();
    } finally {
      await counting.close();
    }
    expect(calls).toBeGreaterThanOrEqual(3);

    for (let dieAt = 1; dieAt <= calls; dieAt++) {
      const table = await startTestTable();
      try {
        const { store, sent, record, sweep } = await twoIncidents(table);
        const dying = dyingStore(store, dieAt);
        // The killed run never returns, as a killed process never finishes.
        const finished = await Promise.race([
          record(vorukhAkSaiFollowUp, dying.store).then(() => true),
          dying.died.then(() => false),
        ]);
        expect(finished, `death point ${dieAt} of ${calls}`).toBe(false);
        // The alerts of whatever the dead run wrote, then the next run.
        await sweep();
        await record(vorukhAkSaiFollowUp);
        await sweep();

        await expectOneEvent(store, sent);
      } finally {
        await table.close();
      }
    }
  }, 60_000);
});

/** The versions of every stored incident, by id. */
async function versionsOf(store: Store): Promise<Record<string, number>> {
  return Object.fromEntries((await store.listIncidents()).map((i) => [i.id, i.version]));
}

describe('a merge left half-done, and no report coming again', () => {
  it('is finished by the alert sweep alone when the run died between the survivor write and the mark', async () => {
    const table = await startTestTable();
    try {
      const { store, sent, record, sweep } = await twoIncidents(table);
      // The run dies at the second write of the merge (the absorbed incident marked merged): that write
      // never happens and never returns, as in a killed process.
      let died = () => {};
      const death = new Promise<void>((resolve) => {
        died = resolve;
      });
      const dying: Store = {
        ...store,
        saveIncident: (incident, ...rest) => {
          if (incident.status !== 'merged') return store.saveIncident(incident, ...rest);
          died();
          return new Promise<never>(() => {});
        },
      };
      await Promise.race([record(vorukhAkSaiFollowUp, dying), death]);
      const half = await stored(store);
      expect(half.live).toHaveLength(2);
      expect(half.live.some((i) => (i.absorbed ?? []).length === 1)).toBe(true);

      await sweep();

      await expectOneEvent(store, sent);
      // Finished once: a second sweep writes and sends nothing.
      const before = await versionsOf(store);
      const messages = sent.length;
      await sweep();
      expect(await versionsOf(store)).toEqual(before);
      expect(sent).toHaveLength(messages);
    } finally {
      await table.close();
    }
  });

  it('is finished by the alert sweep alone when the mark landed without the survivor write', async () => {
    const table = await startTestTable();
    try {
      const { store, sent, sweep } = await twoIncidents(table);
      const both = await store.listIncidents();
      const isAkSai = (i: Incident) => i.sources.some((s) => s.articleId === akSaiMortarFire.article.id);
      const survivor = both.find(isAkSai) as Incident;
      const other = both.find((i) => !isAkSai(i)) as Incident;
      const reasons = ['the report "Two days of fire around Vorukh and Ak-Sai" matched both incidents'];
      await store.saveIncident(markMerged(other, survivor.id, reasons), other.version);

      await sweep();

      const { live, merged } = await stored(store);
      expect(live.map((i) => i.id)).toEqual([survivor.id]);
      expect(merged.map((m) => [m.id, m.mergedInto])).toEqual([[other.id, survivor.id]]);
      const [one] = live as [Incident];
      expect(one.sources.map((s) => s.articleId).sort()).toEqual(
        [akSaiMortarFire, vorukhShootout].map((r) => r.article.id).sort(),
      );
      expect(one.absorbed?.map((a) => [a.id, a.reasons])).toEqual([[other.id, reasons]]);
      const same = sent.filter((m) => m.rules.includes('same-event'));
      expect(same.map((m) => m.incidentId)).toEqual([survivor.id]);
      const all = await store.listIncidents();
      expect(selectBehind(all, await store.getAlertedStates(all.map((i) => i.id)))).toEqual([]);
      const before = await versionsOf(store);
      await sweep();
      expect(await versionsOf(store)).toEqual(before);
      expect(sent.filter((m) => m.rules.includes('same-event'))).toHaveLength(1);
    } finally {
      await table.close();
    }
  });
});
