import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../shared/config.js';
import type { AlertMessage } from '../../shared/domain/types.js';
import { fixedClock } from '../../shared/ports/clock.js';
import { silentLogger } from '../../shared/ports/logger.js';
import { processIncidentChange } from '../../shared/usecases/process-incident-change.js';
import { anIncident } from '../support/builders.js';
import { useTestStore } from '../support/dynamo.js';

const store = useTestStore();

const source = (published: string) => ({ ...anIncident().sources[0], published }) as never;

describe('window-total from stored incidents', () => {
  it('alerts once when killed on one border over the window reaches the threshold, counting only that border', async () => {
    const now = '2026-01-20T12:00:00Z';
    const config = parseConfig({ alerts: { windowDays: 30, windowKilled: 10 } });
    await store().saveIncident(
      anIncident({ id: 'tajik-afghan:2025-12-28:1', eventDate: '2025-12-28', killed: 4 }),
      null,
    );
    await store().saveIncident(
      anIncident({ id: 'tajik-afghan:2026-01-10:1', eventDate: '2026-01-10', killed: 3 }),
      null,
    );
    // Outside the window, and on another border: neither counts.
    await store().saveIncident(
      anIncident({ id: 'tajik-afghan:2025-11-01:1', eventDate: '2025-11-01', killed: 9 }),
      null,
    );
    await store().saveIncident(
      anIncident({
        id: 'tajik-kyrgyz:2026-01-15:1',
        border: 'tajik-kyrgyz',
        eventDate: '2026-01-15',
        killed: 9,
      }),
      null,
    );
    const fresh = anIncident({
      id: 'tajik-afghan:2026-01-19:1',
      eventDate: '2026-01-19',
      killed: 3,
      sources: [source('2026-01-19T20:00:00Z')],
    });
    await store().saveIncident(fresh, null);
    const sent: AlertMessage[] = [];
    const deps = {
      store: store(),
      config,
      clock: fixedClock(now),
      logger: silentLogger,
      notifier: { publish: async (m: AlertMessage) => void sent.push(m) },
    };

    await processIncidentChange(null, fresh, deps);
    await processIncidentChange(null, fresh, deps);

    // The crossing rides in the change's one message, led by new-incident: select by every rule it names.
    const windowAlerts = sent.filter((m) => m.rules.includes('window-total'));
    expect(windowAlerts).toHaveLength(1);
    expect(windowAlerts[0]?.messages.email).toMatch(/10 killed/);
  });
});
