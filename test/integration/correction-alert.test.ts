/**
 * A corrected event date told on its own, through the store as the alert function and the sweep use it
 * (dynalite): the sweep sends a correction whose stream record never arrived, once; a date that flips back
 * and forth tells each new value once.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../shared/config.js';
import { createIncident, mergeReport } from '../../shared/domain/incidents.js';
import type { AlertMessage, Incident } from '../../shared/domain/types.js';
import { fixedClock } from '../../shared/ports/clock.js';
import { silentLogger } from '../../shared/ports/logger.js';
import { selectBehind, sweepAlerts } from '../../shared/usecases/catch-up-alerts.js';
import { useTestStore } from '../support/dynamo.js';
import { shohinThreeKilled, variant } from '../unit/incident-fixtures.js';

const store = useTestStore();

/** Another outlet's report of the Shamsiddin Shohin clash, `hours` after the first, dated `eventDate`. */
const report = (id: string, hours: number, eventDate: string) =>
  variant(shohinThreeKilled, {
    id,
    outlet: `Outlet ${id}`,
    published: new Date(Date.parse('2026-01-10T08:30:00Z') + hours * 3_600_000).toISOString(),
    eventDate,
  });

describe('the correction alert through the store and the sweep', () => {
  it('sends a correction the stream never delivered, once, and each flip of the date to a new value once', async () => {
    const sent: AlertMessage[] = [];
    const deps = {
      store: store(),
      notifier: { publish: async (m: AlertMessage) => void sent.push(m) },
      clock: fixedClock('2026-01-11T06:00:00Z'),
      config: parseConfig({}),
      logger: silentLogger,
    };
    let stored: Incident | null = null;
    const write = async (next: Incident) => {
      await store().saveIncident(next, stored ? stored.version : null);
      stored = next;
    };
    const dates = [
      ['friday-1', 5, '2026-01-09'],
      ['friday-2', 9, '2026-01-09'],
      ['saturday-1', 12, '2026-01-10'],
      ['saturday-2', 14, '2026-01-10'],
      ['friday-3', 16, '2026-01-09'],
      ['friday-4', 18, '2026-01-09'],
    ] as const;
    const reports = dates.map(([id, hours, date]) => report(id, hours, date));

    // Told: a new incident dated the 10th.
    await write(createIncident(shohinThreeKilled));
    await sweepAlerts(deps);
    // Two reports date it the 9th; their stream records are lost: only the sweep sees the change.
    for (const r of reports.slice(0, 2)) await write(mergeReport(stored as unknown as Incident, r));
    await sweepAlerts(deps);
    await sweepAlerts(deps);
    // Back to the 10th, then to the 9th again.
    for (const r of reports.slice(2, 4)) await write(mergeReport(stored as unknown as Incident, r));
    await sweepAlerts(deps);
    for (const r of reports.slice(4)) await write(mergeReport(stored as unknown as Incident, r));
    const last = await sweepAlerts(deps);

    expect(sent.map((m) => [m.rules.join('+'), m.alerts.map((a) => a.level).join('+')])).toEqual([
      ['new-incident', 'new'],
      ['correction', 'date:2026-01-09'],
      ['correction', 'date:2026-01-10'],
    ]);
    expect(sent[1]?.subject).toContain('date corrected to 2026-01-09');
    expect(sent[2]?.messages.sms).toMatch(/^Date corrected 2026-01-09->2026-01-10:/);
    // The last flip raised only a key already sent: nothing went out, and the incident is not left behind.
    expect(last.results.map((r) => r.status)).toEqual(['alerted']);
    expect(last.results[0]?.outcomes.map((o) => o.status)).toEqual(['already-sent']);
    const incidents = await store().listIncidents();
    expect(selectBehind(incidents, await store().getAlertedStates(incidents.map((i) => i.id)))).toEqual([]);
  });
});
