import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../shared/config.js';
import { createIncident, mergeReport } from '../../shared/domain/incidents.js';
import type { AlertMessage, Incident } from '../../shared/domain/types.js';
import type { Logger } from '../../shared/ports/logger.js';
import type { AlertKey, Store } from '../../shared/ports/store.js';
import { AlertPublishError, processIncidentChange } from '../../shared/usecases/process-incident-change.js';
import { shohinSevenKilled, shohinThreeKilled, variant } from './incident-fixtures.js';

/** The alert claims of a store, in memory: what `processIncidentChange` uses of the Store port. */
function claimStore(preSent: readonly string[] = []) {
  const sent = new Set(preSent);
  const held = new Set<string>();
  const name = (k: AlertKey) => `${k.rule}|${k.level}`;
  const store = {
    async claimAlert(key: AlertKey) {
      if (sent.has(name(key)) || held.has(name(key))) return false;
      held.add(name(key));
      return true;
    },
    async completeAlert(key: AlertKey) {
      held.delete(name(key));
      sent.add(name(key));
    },
    async releaseAlert(key: AlertKey) {
      held.delete(name(key));
    },
    async queryIncidentTolls() {
      return [];
    },
  } as unknown as Store;
  return { store, sent, held };
}

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} } as unknown as Logger;
const config = parseConfig({});
const bigFirst = createIncident(variant(shohinThreeKilled, { id: 'big-first', killed: 6 }));
const shohin = createIncident(shohinThreeKilled);
const shohinRevised = mergeReport(shohin, shohinSevenKilled);
const clock = (report: { seenAt: string }) => ({
  now: () => new Date(Date.parse(report.seenAt) + 3_600_000),
});

describe('processIncidentChange', () => {
  it.each<{
    name: string;
    previous: Incident | null;
    current: Incident;
    at: { seenAt: string };
    keys: string[];
  }>([
    {
      name: 'a new incident over the toll threshold',
      previous: null,
      current: bigFirst,
      at: shohinThreeKilled,
      keys: ['new-incident|new', 'toll-threshold|killed>=5'],
    },
    {
      name: 'a raised toll crossing the threshold',
      previous: shohin,
      current: shohinRevised,
      at: shohinSevenKilled,
      keys: ['toll-threshold|killed>=5', 'toll-increase|killed:3->7,wounded:0->2'],
    },
  ])(
    'publishes $name as one message and marks each of its alerts sent',
    async ({ previous, current, at, keys }) => {
      const { store, sent, held } = claimStore();
      const published: AlertMessage[] = [];

      const outcomes = await processIncidentChange(previous, current, {
        store,
        notifier: { publish: async (m) => void published.push(m) },
        clock: clock(at),
        config,
        logger: silent,
      });

      expect(published).toHaveLength(1);
      expect(published[0]?.alerts.map((a) => `${a.rule}|${a.level}`)).toEqual(keys);
      expect([...sent]).toEqual(keys);
      expect(held.size).toBe(0);
      expect(outcomes.map((o) => [o.status, o.intent.rule, o.intents?.length])).toEqual([
        ['sent', keys[0]?.split('|')[0], keys.length],
      ]);
      expect(outcomes[0]?.message).toBe(published[0]);
    },
  );

  it('leaves out an alert already sent and names only the rest', async () => {
    const { store } = claimStore(['new-incident|new']);
    const published: AlertMessage[] = [];

    const outcomes = await processIncidentChange(null, bigFirst, {
      store,
      notifier: { publish: async (m) => void published.push(m) },
      clock: clock(shohinThreeKilled),
      config,
      logger: silent,
    });

    expect(outcomes.map((o) => `${o.status}:${o.intent.rule}`)).toEqual([
      'already-sent:new-incident',
      'sent:toll-threshold',
    ]);
    expect(published.map((m) => m.rules)).toEqual([['toll-threshold']]);
  });

  it('releases every claim of the message when the publish fails, so a retry sends it whole, once', async () => {
    const { store, sent, held } = claimStore();
    const deps = { store, clock: clock(shohinThreeKilled), config, logger: silent };

    const failed = processIncidentChange(null, bigFirst, {
      ...deps,
      notifier: {
        publish: async () => {
          throw new Error('Throttling: Rate exceeded');
        },
      },
    });
    await expect(failed).rejects.toBeInstanceOf(AlertPublishError);
    expect(held.size).toBe(0);
    expect(sent.size).toBe(0);

    const published: AlertMessage[] = [];
    await processIncidentChange(null, bigFirst, {
      ...deps,
      notifier: { publish: async (m) => void published.push(m) },
    });
    const replay = await processIncidentChange(null, bigFirst, {
      ...deps,
      notifier: { publish: async (m) => void published.push(m) },
    });

    expect(published.map((m) => m.rules)).toEqual([['new-incident', 'toll-threshold']]);
    expect(replay.map((o) => o.status)).toEqual(['already-sent', 'already-sent']);
  });
});
