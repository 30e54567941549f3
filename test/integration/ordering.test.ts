/**
 * The same outlets reporting the same events, replayed in different orders and spread over several cycles:
 * every order must end with the same incidents, exactly one alert per (incident, rule, level), and an alert
 * for every upward revision of a toll.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedConfig } from '../../shared/config.js';
import {
  type FixtureSet,
  loadFixtures,
  type ReplayServer,
  startReplayServer,
} from '../../shared/local/fixtures.js';
import { startRig } from '../support/rig.js';

let fixtures: FixtureSet;
let replay: ReplayServer;

beforeAll(async () => {
  fixtures = await loadFixtures('test/fixtures/recorded/default');
  replay = await startReplayServer(fixtures);
});
afterAll(async () => replay.close());

const byName = (names: readonly string[]): FeedConfig[] =>
  names.map((name) => {
    const feed = fixtures.manifest.feeds.find((f) => f.name === name);
    if (!feed) throw new Error(`no feed ${name}`);
    return feed;
  });

/** Cycles of feeds, ten minutes apart; each order is a different arrival of the same reports. */
const SCHEDULES: Record<string, readonly (readonly string[])[]> = {
  'all at once': [
    ['Dushanbe Daily', 'Central Asia Wire', 'Fergana Vestnik', 'Pamir Observer', 'Steppe News'],
  ],
  'reverse, one outlet a cycle': [
    ['Steppe News'],
    ['Pamir Observer'],
    ['Fergana Vestnik'],
    ['Central Asia Wire'],
    ['Dushanbe Daily'],
  ],
  'wire first, then the rest': [
    ['Central Asia Wire'],
    ['Steppe News', 'Dushanbe Daily'],
    ['Fergana Vestnik', 'Pamir Observer'],
  ],
  'regional press first': [
    ['Pamir Observer', 'Fergana Vestnik'],
    ['Dushanbe Daily'],
    ['Central Asia Wire', 'Steppe News'],
  ],
};

describe('the same reports in different orders and cycles', () => {
  const finals: Record<string, string[]> = {};

  it.each(Object.entries(SCHEDULES))('%s: no duplicate alert, no missed revision', async (name, schedule) => {
    const rig = await startRig({ limits: { feedConcurrency: 1 } }, fixtures.manifest.recordedAt);
    try {
      const start = Date.parse(fixtures.manifest.recordedAt);
      for (const [i, names] of schedule.entries()) {
        await rig.run(byName(names), {
          connectTo: replay.connectTo,
          now: new Date(start + i * 10 * 60_000).toISOString(),
        });
      }
      // One more cycle over everything: nothing new may come of it.
      const last = await rig.run(fixtures.manifest.feeds, {
        connectTo: replay.connectTo,
        now: new Date(start + schedule.length * 10 * 60_000).toISOString(),
      });

      const incidents = await rig.store.listIncidents();
      const alerts = await rig.outboxEntries();
      expect(last.newArticles + last.alertsSent).toBe(0);
      // Every alert key each message carried (one message per incident change may carry several).
      const keys = alerts.flatMap((a) => a.alerts.map((k) => `${a.incidentId}|${k.rule}|${k.level}`));
      expect(new Set(keys).size).toBe(keys.length);
      for (const incident of incidents) {
        const mine = alerts.filter((a) => a.incidentId === incident.id);
        const recent = incident.sources.some(
          (s) => s.published && start - Date.parse(s.published) <= 72 * 3_600_000,
        );
        expect(mine.filter((a) => a.rule === 'new-incident')).toHaveLength(recent ? 1 : 0);
        // Every raise of a best figure after the incident's first alert was told, naming the new figures.
        const raises = incident.revisions.filter((r) => r.from !== null && r.to !== null && r.to > r.from);
        const increases = mine.flatMap((a) => a.alerts).filter((k) => k.rule === 'toll-increase');
        for (const raise of raises) {
          expect(increases.some((a) => a.level.includes(`${raise.field}:${raise.from}->${raise.to}`))).toBe(
            true,
          );
        }
      }
      finals[name] = incidents
        .map((i) => `${i.border} killed=${i.killed} wounded=${i.wounded} sources=${i.sources.length}`)
        .sort();
    } finally {
      await rig.close();
    }
  });

  it('ends with the same incidents, tolls and sources whatever the order', () => {
    const outcomes = Object.values(finals);
    expect(outcomes).toHaveLength(Object.keys(SCHEDULES).length);
    for (const [name, outcome] of Object.entries(finals))
      expect({ name, outcome }).toEqual({ name, outcome: outcomes[0] });
  });
});
