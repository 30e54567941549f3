import { describe, expect, it } from 'vitest';
import { formatIncidents, formatSummary } from '../../shared/local/commands.js';
import type { CycleAlert, CycleSummary } from '../../shared/local/run-cycle.js';
import { anIncident } from '../support/builders.js';

const khatlon = anIncident({ id: 'tajik-afghan:2026-01-04:1' });
const tortKocho = anIncident({
  id: 'tajik-kyrgyz:2026-01-03:1',
  border: 'tajik-kyrgyz',
  place: 'Tort-Kocho',
  type: 'armed-clash',
  eventDate: '2026-01-03',
  killed: 2,
  wounded: 8,
});
const shohin = anIncident({
  id: 'tajik-afghan:2025-11-26:1',
  place: 'Shamsiddin Shohin',
  type: 'drone-attack',
  eventDate: '2025-11-26',
  killed: 3,
  wounded: 1,
});
const calm = anIncident({ id: 'tajik-uzbek:2026-01-04:1', border: 'tajik-uzbek', place: 'Sughd', killed: 0 });

const alert = (overrides: Partial<CycleAlert>): CycleAlert => ({
  incidentId: khatlon.id,
  rule: 'new-incident',
  level: 'new',
  severity: 'warning',
  status: 'sent',
  attributes: { border: 'tajik-afghan', rule: ['new-incident'], severity: 'warning', killed: 4 },
  subscribers: [],
  ...overrides,
});

function aSummary(overrides: Partial<CycleSummary> = {}): CycleSummary {
  return {
    now: '2026-01-05T18:00:00.000Z',
    feedsPolled: 1,
    feeds: [
      {
        url: 'https://dushanbe-daily.example/rss',
        name: 'Dushanbe Daily',
        status: 'ok',
        error: null,
        newArticles: 8,
        relevantArticles: 3,
        health: 'healthy',
      },
    ],
    itemsSeen: 8,
    newArticles: 8,
    duplicateArticles: 0,
    relevantArticles: 3,
    pageFallbacks: 0,
    offlineSkipped: 0,
    incidentsCreated: 4,
    incidentsUpdated: 0,
    alertsSent: 3,
    alertsFailed: 0,
    incidents: [khatlon, tortKocho, shohin, calm],
    alerts: [
      alert({ subscribers: ['desk@example.org', 'afghan-border@example.org', '+992900000000'] }),
      alert({
        incidentId: tortKocho.id,
        severity: 'critical',
        attributes: {
          border: 'tajik-kyrgyz',
          rule: ['new-incident'],
          severity: 'critical',
          killed: 2,
          wounded: 8,
        },
        subscribers: ['desk@example.org'],
      }),
      alert({
        incidentId: tortKocho.id,
        rule: 'toll-threshold',
        level: 'casualties>=10',
        severity: 'critical',
        attributes: {
          border: 'tajik-kyrgyz',
          rule: ['toll-threshold'],
          severity: 'critical',
          killed: 2,
          wounded: 8,
        },
        subscribers: [],
      }),
    ],
    subscribersConfigured: 3,
    maxAgeHours: 72,
    backfillIncidents: [shohin.id],
    unhealthyFeeds: [],
    ...overrides,
  };
}

const context = {
  outbox: '/tmp/borderwatch/outbox/alerts.jsonl',
  database: 'in-memory dynalite database',
  offline: true,
  fixtures: null,
};

/** The printed line of the row that mentions `text`. */
const lineWith = (output: string, text: string) => output.split('\n').find((l) => l.includes(text)) ?? '';

describe('formatIncidents', () => {
  it('prints a header line above the incidents, naming every column', () => {
    const lines = formatIncidents([khatlon, tortKocho]).trimEnd().split('\n');

    expect(lines[0]?.split(/\s{2,}/)).toEqual([
      'event date',
      'border',
      'place',
      'type',
      'toll',
      'sources',
      'id',
    ]);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /^2026-01-04\s+Tajik–Afghan\s+Khatlon\s+infiltration\s+killed 4, wounded \?\s+1\s+/,
    );
  });

  it('aligns each column under its header, whatever the widest cell', () => {
    const lines = formatIncidents([khatlon, shohin]).trimEnd().split('\n');
    const idColumn = lines[0]?.indexOf('id') ?? -1;

    expect(lines.slice(1).map((l) => l.indexOf('tajik-afghan:'))).toEqual([idColumn, idColumn]);
  });

  it('says when nothing is stored', () => {
    expect(formatIncidents([])).toBe('No incidents stored.\n');
  });

  it('marks an incident merged into another as such', () => {
    const merged = { ...shohin, status: 'merged' as const, mergedInto: khatlon.id };
    expect(lineWith(formatIncidents([khatlon, merged]), merged.id)).toContain(`merged into ${khatlon.id}`);
    expect(lineWith(formatIncidents([khatlon, merged]), khatlon.id)).not.toContain('merged');
  });
});

describe('formatSummary', () => {
  it('gives the incident table a header with an alerts column', () => {
    const output = formatSummary(aSummary(), context);

    expect(lineWith(output, 'event date')).toMatch(
      /event date\s+border\s+place\s+type\s+toll\s+sources\s+alerts\s+id/,
    );
    expect(lineWith(output, tortKocho.id)).toMatch(/new-incident, toll-threshold/);
    expect(lineWith(output, calm.id)).toMatch(/\snone\s/);
  });

  it('marks an incident stored without an alert because it is older than alerts.maxAgeHours', () => {
    const output = formatSummary(aSummary(), context);

    expect(lineWith(output, shohin.id)).toMatch(/none \(older than 72 h\)/);
    expect(output).toMatch(
      /1 incident was stored without an alert, as history: .*older than alerts\.maxAgeHours/,
    );
  });

  it('lists each alert with its incident, rule and level and the subscribers whose filter policies match', () => {
    const output = formatSummary(aSummary(), context);

    expect(output.split('\n').find((l) => /^\s*incident\s/.test(l)) ?? '').toMatch(
      /incident\s+rule\s+level\s+severity\s+to/,
    );
    expect(output).toMatch(
      /tajik-afghan:2026-01-04:1\s+new-incident\s+new\s+warning\s+desk@example\.org, afghan-border@example\.org, \+992900000000/,
    );
    expect(output).toMatch(/tajik-kyrgyz:2026-01-03:1\s+new-incident\s+new\s+critical\s+desk@example\.org\n/);
    expect(output).toMatch(
      /tajik-kyrgyz:2026-01-03:1\s+toll-threshold\s+casualties>=10\s+critical\s+nobody: none of the 3 subscribers' filter policies match/,
    );
  });

  it('says that no filter policy was evaluated when no subscriber is configured, and how to see one', () => {
    const output = formatSummary(aSummary({ subscribersConfigured: 0 }), context);

    expect(lineWith(output, 'tajik-afghan:2026-01-04:1  new-incident')).toMatch(/the alert topic$/);
    expect(output).toMatch(/No subscribers are configured/);
    expect(output).toMatch(/--config borderwatch\.config\.example\.json/);
  });

  it('shows alerts that were not published: sent by an earlier cycle, or failed', () => {
    const output = formatSummary(
      aSummary({
        alertsSent: 0,
        alertsFailed: 1,
        alerts: [
          alert({ status: 'already-sent', attributes: null }),
          alert({ incidentId: tortKocho.id, status: 'failed' }),
        ],
      }),
      context,
    );

    expect(lineWith(output, `${khatlon.id}  new-incident`)).toMatch(
      /not sent again: an earlier cycle sent it/,
    );
    expect(lineWith(output, `${tortKocho.id}  new-incident`)).toMatch(/FAILED/);
    expect(lineWith(output, khatlon.id)).toMatch(/new-incident \(already-sent\)/);
  });

  it('says that the outbox is appended to', () => {
    const output = formatSummary(aSummary(), context);

    expect(output).toMatch(
      /Alerts: 3 sent, appended to the outbox \/tmp\/borderwatch\/outbox\/alerts\.jsonl/,
    );
    expect(output).toMatch(/keeps the alerts of earlier runs; delete it to start afresh/);
  });
});
