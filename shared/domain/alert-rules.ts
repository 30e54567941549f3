/**
 * Alert rules: what a change of an incident (its previous and current state, as a DynamoDB stream record
 * carries them) should tell people. Pure: the clock and the border's rolling totals come from the caller.
 *
 * Every intent has a deterministic `level`, so that the alert key (incident, rule, level) names one alert
 * ever: a replayed stream record yields the same keys, and the caller's conditional claim drops them.
 */
import type { Thresholds } from '../config.js';
import { correctionLevel, readingChanges } from './corrections.js';
import type {
  AbsorbedIncident,
  AlertIntent,
  AlertRule,
  Incident,
  IncidentSource,
  ReadingChange,
  Severity,
  TollChange,
  TollRevision,
} from './types.js';

/** What the rules need besides the incident. */
export interface AlertContext {
  /** The thresholds in force for the incident's border (`thresholdsFor(config, incident.border)`). */
  readonly thresholds: Thresholds;
  /** The cycle's clock. */
  readonly now: Date;
  /** Incidents whose newest source was published longer ago than this raise nothing (backfill). */
  readonly maxAgeHours: number;
  /**
   * Killed on the incident's border over the last `thresholds.windowDays` days, before and after this
   * change (the caller sums stored incidents). Omitted: the `window-total` rule is not evaluated.
   */
  readonly windowKilled?: {
    readonly before: number;
    readonly after: number;
    /** Last day of the window (YYYY-MM-DD). Default: the UTC date of `now`. */
    readonly end?: string;
  };
}

const HOUR_MS = 3_600_000;

/** When the newest source was published (else seen), epoch ms; null when no source has a usable time. */
function newestReport(incident: Incident): number | null {
  let newest: number | null = null;
  for (const source of incident.sources) {
    const published = source.published ? Date.parse(source.published) : Number.NaN;
    const at = Number.isNaN(published) ? Date.parse(source.seenAt) : published;
    if (!Number.isNaN(at) && (newest === null || at > newest)) newest = at;
  }
  return newest;
}

/** True when the incident's newest report is older than the backfill cut-off: it is history, not news. */
export function isBackfill(incident: Incident, now: Date, maxAgeHours: number): boolean {
  const newest = newestReport(incident);
  return newest !== null && now.getTime() - newest > maxAgeHours * HOUR_MS;
}

/**
 * Severity by toll: `critical` at or above the toll thresholds (killed ≥ K or killed + wounded ≥ C),
 * `warning` with any casualty, `info` otherwise.
 */
export function severityFor(
  incident: Pick<Incident, 'killed' | 'wounded'>,
  thresholds: Thresholds,
): Severity {
  const killed = incident.killed ?? 0;
  const wounded = incident.wounded ?? 0;
  if (killed >= thresholds.killed || killed + wounded >= thresholds.casualties) return 'critical';
  if (killed > 0 || wounded > 0) return 'warning';
  return 'info';
}

/** Which toll threshold an incident meets, as the `toll-threshold` level names it; null for none. */
function tollThresholdLevel(incident: Incident | null, thresholds: Thresholds): string | null {
  if (incident === null) return null;
  const killed = incident.killed ?? 0;
  const casualties = killed + (incident.wounded ?? 0);
  if (killed >= thresholds.killed) return `killed>=${thresholds.killed}`;
  if (casualties >= thresholds.casualties) return `casualties>=${thresholds.casualties}`;
  return null;
}

function sourceOfRevision(
  incident: Incident,
  revision: TollRevision | undefined,
): IncidentSource | undefined {
  return revision ? incident.sources.find((s) => s.articleId === revision.articleId) : undefined;
}

/** "RFE/RL, 2026-01-11 06:10 UTC": who and when, as far as known. */
function byWhomAndWhen(change: Pick<TollChange, 'outlet' | 'at'>): string {
  const who = change.outlet ?? 'a merged report';
  const at = change.at === null ? Number.NaN : Date.parse(change.at);
  return Number.isNaN(at)
    ? who
    : `${who} on ${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * The figures a change raised. A figure no report had given before is raised from "not reported" (null), not
 * from 0; the level keeps its historical form (`wounded:0->2`) because it names the stored alert claim.
 */
function tollIncrease(
  previous: Incident,
  current: Incident,
): { level: string; reason: string; changes: TollChange[] } | null {
  const parts: string[] = [];
  const changes: TollChange[] = [];
  const newRevisions = current.revisions.slice(previous.revisions.length);
  for (const field of ['killed', 'wounded'] as const) {
    const before = previous[field] ?? 0;
    const after = current[field] ?? 0;
    if (after <= before) continue;
    parts.push(`${field}:${before}->${after}`);
    const revision = [...newRevisions].reverse().find((r) => r.field === field && r.to === current[field]);
    const source = sourceOfRevision(current, revision);
    changes.push({
      field,
      from: previous[field],
      to: after,
      outlet: source?.outlet ?? revision?.outlet ?? null,
      title: source?.title ?? null,
      url: source?.url ?? null,
      at: source?.published ?? source?.seenAt ?? revision?.at ?? null,
    });
  }
  if (parts.length === 0) return null;
  const reasons = changes.map((c) =>
    c.from === null
      ? `${c.field} first reported as ${c.to}, by ${byWhomAndWhen(c)}`
      : `${c.field} raised from ${c.from} to ${c.to}, by ${byWhomAndWhen(c)}`,
  );
  return { level: parts.join(','), reason: `Toll raised: ${reasons.join('; ')}.`, changes };
}

function tollPhrase(incident: Pick<Incident, 'killed' | 'wounded'>): string {
  const parts: string[] = [];
  if (incident.killed !== null) parts.push(`${incident.killed} killed`);
  if (incident.wounded !== null) parts.push(`${incident.wounded} wounded`);
  return parts.length > 0 ? parts.join(', ') : 'no toll reported';
}

/** The first report of an incident, for the `new-incident` reason. */
function firstReport(incident: Incident): string {
  const first = incident.sources[0];
  if (!first) return 'New incident.';
  const at = Date.parse(first.published ?? first.seenAt);
  const when = Number.isNaN(at) ? '' : ` on ${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `New incident, first reported by ${first.outlet}${when}.`;
}

/** "now 2026-01-10 (earlier reported as 2026-01-11), by RFE/RL on …": a correction in subscriber words. */
function correctionReason(change: ReadingChange): string {
  const what = change.field === 'date' ? 'Event date' : 'Place';
  const by = change.outlet === null ? ', as the reports now agree' : `, by ${byWhomAndWhen(change)}`;
  return `${what} corrected: now ${change.to} (earlier reported as ${change.from})${by}.`;
}

/** "Same event as the armed clash at Ak-Sai on 2026-01-03 first reported by 24.kg …": in subscriber words. */
function sameEventReason(entry: AbsorbedIncident): string {
  const at = entry.place ? ` at ${entry.place}` : '';
  const first = entry.firstOutlet
    ? `, first reported by ${byWhomAndWhen({ outlet: entry.firstOutlet, at: entry.firstReported })}`
    : '';
  return (
    `Same event as the ${entry.type === 'other' ? 'border incident' : entry.type.replace(/-/g, ' ')}${at} ` +
    `on ${entry.eventDate}${first} ` +
    `(${tollPhrase(entry)}): a later report links the two, and its reports now count here.`
  );
}

/**
 * True when subscribers were told of the incident as `previous` stood: it met the new-incident score and
 * was news (not backfill) when it was last updated. Only then can a later reading correct what they heard.
 */
function wasTold(previous: Incident, thresholds: Thresholds, maxAgeHours: number): boolean {
  if (previous.score < thresholds.newIncidentScore) return false;
  const lastSeen = Date.parse(previous.lastSeen);
  return Number.isNaN(lastSeen) || !isBackfill(previous, new Date(lastSeen), maxAgeHours);
}

/**
 * The alerts a change of an incident raises, in rule order:
 * - `new-incident` (level `new`): the incident reaches the score threshold for the first time (new, or its
 *   previous state was below it).
 * - `toll-threshold` (level `killed>=K` or `casualties>=C`): killed ≥ K or killed + wounded ≥ C, where the
 *   previous state met neither.
 * - `toll-increase` (level e.g. `killed:3->7`, or `killed:3->7,wounded:2->5`): a merge raised the best
 *   killed or wounded figure; the reason names the source that raised it.
 * - `window-total` (level `killed>=T/Nd@YYYY-MM-DD`): killed on the border over the last N days crosses T
 *   with this change (from `context.windowKilled`); the window's end date in the level makes each
 *   crossing one alert.
 * - `same-event` (level `absorbed:<id>`): a later report showed another incident to be the same event and
 *   this one absorbed it (its sources, its toll); said once per absorbed incident. The absorbed incident
 *   itself raises nothing from then on, and no second `new-incident` is raised for the union.
 * - `correction` (level `date:YYYY-MM-DD` or `place:<folded name>`): the event date or the place moved from
 *   one reported value to a different one since subscribers were last told (see `readingChanges`), and they
 *   were told (the earlier state met the score and was news). The level names the new value only, so a
 *   reading that flips between two values tells each value once, ever. A place narrowed down (a region,
 *   then a village in it), broadened, or given by the other side's name for the same stretch of border is
 *   not a correction: what subscribers were told was not wrong, and an alert for it would be noise; a
 *   message sent for another rule still tells it. A correction in a change that meets other rules is one
 *   more rule of that change's one message (no second message), and its key is claimed all the same, so
 *   the value is not told again on its own later.
 * Nothing is raised when the incident's newest source is older than `maxAgeHours` (backfill).
 */
export function evaluateAlertRules(
  previous: Incident | null,
  current: Incident,
  context: AlertContext,
): AlertIntent[] {
  const { thresholds, now, maxAgeHours, windowKilled } = context;
  // A merged incident is told through the incident that absorbed it.
  if (current.status === 'merged') return [];
  if (isBackfill(current, now, maxAgeHours)) return [];
  const severity = severityFor(current, thresholds);
  const intents: AlertIntent[] = [];
  const add = (rule: AlertRule, level: string, reason: string, extra: Partial<AlertIntent> = {}) => {
    intents.push({ rule, level, severity, incidentId: current.id, reason, ...extra });
  };

  const scoreMet = (incident: Incident | null) =>
    incident !== null && incident.score >= thresholds.newIncidentScore;
  if (scoreMet(current) && !scoreMet(previous)) {
    add('new-incident', 'new', firstReport(current));
  }

  const thresholdLevel = tollThresholdLevel(current, thresholds);
  if (thresholdLevel !== null && tollThresholdLevel(previous, thresholds) === null) {
    const which = thresholdLevel.startsWith('killed')
      ? `${current.killed} killed, at or above the alert threshold of ${thresholds.killed} killed`
      : `${(current.killed ?? 0) + (current.wounded ?? 0)} killed and wounded, at or above the alert threshold of ${thresholds.casualties}`;
    add('toll-threshold', thresholdLevel, `Toll threshold reached: ${which} (${tollPhrase(current)}).`);
  }

  if (previous !== null) {
    const increase = tollIncrease(previous, current);
    if (increase) add('toll-increase', increase.level, increase.reason, { tollChanges: increase.changes });
  }

  if (
    windowKilled &&
    windowKilled.before < thresholds.windowKilled &&
    windowKilled.after >= thresholds.windowKilled
  ) {
    const end = windowKilled.end ?? now.toISOString().slice(0, 10);
    const days = thresholds.windowDays;
    intents.push({
      rule: 'window-total',
      level: `killed>=${thresholds.windowKilled}/${days}d@${end}`,
      severity: windowKilled.after >= 2 * thresholds.windowKilled ? 'critical' : 'warning',
      incidentId: current.id,
      reason:
        `${windowKilled.after} killed on this border in the ${days} days to ${end}, ` +
        `reaching the alert threshold of ${thresholds.windowKilled} (${windowKilled.before} before this report).`,
      window: { days, threshold: thresholds.windowKilled, killed: windowKilled.after, end },
    });
  }

  if (previous !== null) {
    const before = new Set((previous.absorbed ?? []).map((a) => a.id));
    for (const entry of current.absorbed ?? []) {
      if (before.has(entry.id)) continue;
      add('same-event', `absorbed:${entry.id}`, sameEventReason(entry), { sameEvent: entry });
    }
  }

  // A date or place moved by a merge is the other incident's, not a correction: the same-event alert tells it.
  const merged = intents.some((i) => i.rule === 'same-event');
  if (previous !== null && !merged && wasTold(previous, thresholds, maxAgeHours)) {
    for (const change of readingChanges(previous, current)) {
      if (change.kind !== 'corrected') continue;
      add('correction', correctionLevel(change), correctionReason(change), { correction: change });
    }
  }
  return intents;
}
