/**
 * `npm start` with the example configuration's subscribers: the cycle's summary says which alert went
 * where (the subscribers whose SNS filter policies match the attributes it was published with) and which
 * incidents were stored without an alert because they are older than `alerts.maxAgeHours`.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatSummary } from '../../shared/local/commands.js';
import {
  type FixtureSet,
  loadFixtures,
  type ReplayServer,
  startReplayServer,
} from '../../shared/local/fixtures.js';
import { type Rig, startRig } from '../support/rig.js';

const DIR = 'test/fixtures/recorded/default';
const example = JSON.parse(readFileSync('borderwatch.config.example.json', 'utf8')) as {
  subscribers: unknown[];
  alerts: unknown;
};

let fixtures: FixtureSet;
let replay: ReplayServer;
let rig: Rig;

async function start(config: unknown) {
  fixtures = await loadFixtures(DIR);
  replay = await startReplayServer(fixtures);
  rig = await startRig(config, fixtures.manifest.recordedAt);
}
const cycle = (now?: string) =>
  rig.run(fixtures.manifest.feeds, { connectTo: replay.connectTo, ...(now ? { now } : {}) });

afterEach(async () => {
  await rig.close();
  await replay.close();
});

describe('the bundled recording with the example subscribers', () => {
  beforeEach(() => start({ subscribers: example.subscribers, alerts: example.alerts }));

  it('routes each alert to the subscribers whose filter policies match its message attributes', async () => {
    const summary = await cycle();

    // The example's filters, spelled out: the editor gets everything, the Afghan desk its border, the phone
    // new incidents and toll thresholds with at least 3 killed. (Which alerts a cycle raises can vary with
    // the order the feeds answer in, e.g. a toll-increase after a first report; the routing rule does not.)
    // One message per incident change carries every rule it met (`rule` is a String.Array): a filter on
    // rules accepts it when any of them is selected.
    const expectedTo = (a: { border: string; rule: readonly string[]; killed?: number }) => [
      'desk@example.org',
      ...(a.border === 'tajik-afghan' ? ['afghan-border@example.org'] : []),
      ...(a.rule.some((r) => ['new-incident', 'toll-threshold'].includes(r)) && (a.killed ?? 0) >= 3
        ? ['+992900000000']
        : []),
    ];
    expect(summary.alerts.length).toBeGreaterThanOrEqual(4);
    for (const alert of summary.alerts) {
      expect(alert.status).toBe('sent');
      expect(alert.attributes, alert.incidentId).not.toBeNull();
      if (alert.attributes) expect(alert.subscribers, alert.incidentId).toEqual(expectedTo(alert.attributes));
    }
    // The Khatlon raid (4 killed) reaches all three; every Kyrgyz-border alert only the editor.
    const khatlon = summary.alerts.find(
      (a) =>
        a.rule === 'new-incident' && a.attributes?.border === 'tajik-afghan' && a.attributes.killed === 4,
    );
    expect(khatlon?.subscribers).toEqual(['desk@example.org', 'afghan-border@example.org', '+992900000000']);
    const kyrgyz = summary.alerts.filter((a) => a.attributes?.border === 'tajik-kyrgyz');
    expect(kyrgyz.length).toBeGreaterThan(0);
    expect(kyrgyz.every((a) => a.subscribers.join() === 'desk@example.org')).toBe(true);
    expect(summary.subscribersConfigured).toBe(3);
  });

  it('reports the attributes each alert was published with, as the outbox holds them', async () => {
    const summary = await cycle();

    const outbox = await rig.outboxEntries();
    expect(summary.alerts.map((a) => [a.incidentId, a.rule, a.level, a.attributes])).toEqual(
      outbox.map((e) => [e.incidentId, e.rule, e.level, e.attributes]),
    );
  });

  it('names the incident stored without an alert because it is older than alerts.maxAgeHours', async () => {
    const summary = await cycle();

    const old = summary.incidents.find((i) => i.eventDate === '2025-11-26');
    expect(old).toBeDefined();
    expect(summary.maxAgeHours).toBe(72);
    expect(summary.backfillIncidents).toEqual([old?.id]);
    expect(summary.alerts.filter((a) => a.incidentId === old?.id)).toEqual([]);
    const printed = formatSummary(summary, {
      outbox: rig.outbox,
      database: 'in-memory dynalite database',
      offline: true,
      fixtures: DIR,
    });
    expect(printed.split('\n').find((l) => l.includes(old?.id ?? '?'))).toMatch(/none \(older than 72 h\)/);
  });

  it('raises, and so routes, nothing on a second cycle', async () => {
    await cycle();
    const second = await cycle('2026-01-05T18:10:00Z');

    expect(second.alerts).toEqual([]);
    expect(second.backfillIncidents).toEqual([]);
  });
});
