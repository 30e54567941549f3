/**
 * Use case: turn one incident change (old image, new image) into alerts, each sent exactly once.
 *
 * 1. If a `window-total` threshold could be crossed, sum the killed on the incident's border over the
 *    window from the stored incidents, before and after this change.
 * 2. Evaluate the pure alert rules on (old, new): every rule the change meets.
 * 3. Claim each alert (incident, rule, level) with a conditional write; skip those sent or being sent.
 * 4. Compose ONE message for the change from the alerts claimed now (it names every rule they met), publish
 *    it, and mark each of them sent. A failed publish releases every claim it held and the change is
 *    reported failed, so the stream (or a sweep) retries it and the message goes out later; alerts already
 *    sent are not sent again.
 */
import { type Config, thresholdsFor } from '../config.js';
import { evaluateAlertRules, isBackfill } from '../domain/alert-rules.js';
import { addDays } from '../domain/days.js';
import { composeAlert } from '../domain/messages.js';
import type { AlertIntent, AlertMessage, Incident } from '../domain/types.js';
import type { Clock } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import type { Notifier } from '../ports/notifier.js';
import type { Store } from '../ports/store.js';

/** What `processIncidentChange` needs. */
export interface AlertDependencies {
  readonly store: Store;
  readonly notifier: Notifier;
  readonly clock: Clock;
  readonly config: Config;
  readonly logger: Logger;
}

/**
 * What happened to the alerts the rules asked for: one outcome per message published (or that failed), and
 * one per alert that was already sent. A message's outcome names its leading alert as `intent` (with the
 * message's severity, the highest of its alerts), every alert it carried as `intents`, and the message.
 */
export interface AlertOutcome {
  readonly intent: AlertIntent;
  readonly status: 'sent' | 'already-sent' | 'failed';
  readonly error?: string;
  /** Every alert the message carried, leading one first (absent for `already-sent`). */
  readonly intents?: readonly AlertIntent[];
  /** The message published or attempted (absent for `already-sent`). */
  readonly message?: AlertMessage;
}

/** A publish failed: the change must be retried. Carries the outcomes so far. */
export class AlertPublishError extends Error {
  readonly outcomes: readonly AlertOutcome[];
  constructor(message: string, outcomes: readonly AlertOutcome[], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AlertPublishError';
    this.outcomes = outcomes;
  }
}

/** Seconds a claim protects a publish in progress; a crashed publisher's claim is taken over after it. */
export const ALERT_LEASE_SECONDS = 120;

/** Killed on the incident's border within the window, from the store, before and after this change. */
async function windowKilled(
  previous: Incident | null,
  current: Incident,
  now: Date,
  windowDays: number,
  store: Store,
): Promise<{ before: number; after: number }> {
  const to = now.toISOString().slice(0, 10);
  const from = addDays(to, -windowDays);
  const inWindow = (i: Incident | null) => i !== null && i.eventDate >= from && i.eventDate <= to;
  // An incident this one absorbed counts here, even before it is marked merged.
  const absorbed = new Set((current.absorbed ?? []).map((a) => a.id));
  const others = (await store.queryIncidentTolls(current.border, from, to)).filter(
    (i) => i.id !== current.id && !absorbed.has(i.id),
  );
  const base = others.reduce((sum, i) => sum + (i.killed ?? 0), 0);
  return {
    before: base + (inWindow(previous) ? (previous?.killed ?? 0) : 0),
    after: base + (inWindow(current) ? (current.killed ?? 0) : 0),
  };
}

/** Processes one incident change (see the module comment). */
export async function processIncidentChange(
  previous: Incident | null,
  current: Incident,
  deps: AlertDependencies,
): Promise<AlertOutcome[]> {
  const { store, notifier, clock, config, logger } = deps;
  const now = clock.now();
  const thresholds = thresholdsFor(config, current.border);

  // 1. Window sums, only when the killed figure changed (nothing else moves them) and the incident is news:
  // the rules raise nothing for history (backfill), so its sums would be read for nothing.
  const killedChanged = (previous?.killed ?? 0) !== (current.killed ?? 0) || previous === null;
  const window =
    killedChanged && (current.killed ?? 0) > 0 && !isBackfill(current, now, config.alerts.maxAgeHours)
      ? await windowKilled(previous, current, now, thresholds.windowDays, store)
      : undefined;

  // 2. Rules.
  const intents = evaluateAlertRules(previous, current, {
    thresholds,
    now,
    maxAgeHours: config.alerts.maxAgeHours,
    ...(window ? { windowKilled: window } : {}),
  });

  // 3. Claim each alert. A store error mid-way releases the claims taken so far, so nothing is held back.
  const outcomes: AlertOutcome[] = [];
  const claimed: AlertIntent[] = [];
  const keyOf = (intent: AlertIntent) => ({
    incidentId: intent.incidentId,
    rule: intent.rule,
    level: intent.level,
  });
  try {
    for (const intent of intents) {
      if (await store.claimAlert(keyOf(intent), now, ALERT_LEASE_SECONDS)) claimed.push(intent);
      else outcomes.push({ intent, status: 'already-sent' });
    }
  } catch (error) {
    await Promise.allSettled(claimed.map((intent) => store.releaseAlert(keyOf(intent))));
    throw error;
  }
  if (claimed.length === 0) return outcomes;

  // 4. One message for the change, naming every rule claimed now; all its claims stand or fall together.
  const message = composeAlert(claimed, current, previous);
  const lead = claimed.find((i) => i.rule === message.rule && i.level === message.level) ?? claimed[0];
  const combined = {
    intent: { ...(lead as AlertIntent), severity: message.severity },
    intents: [lead as AlertIntent, ...claimed.filter((i) => i !== lead)],
    message,
  };
  const keys = message.alerts.map((a) => `${a.rule}#${a.level}`);
  try {
    await notifier.publish(message);
  } catch (error) {
    await Promise.allSettled(claimed.map((intent) => store.releaseAlert(keyOf(intent))));
    const text = error instanceof Error ? error.message : String(error);
    logger.error('alert publish failed; released for retry', {
      incidentId: current.id,
      alerts: keys,
      error: text,
    });
    outcomes.push({ ...combined, status: 'failed', error: text });
    throw new AlertPublishError(`alert publish failed for incident ${current.id}`, outcomes, {
      cause: error,
    });
  }
  for (const intent of claimed) await store.completeAlert(keyOf(intent), now);
  logger.info('alert sent', { incidentId: current.id, alerts: keys });
  outcomes.push({ ...combined, status: 'sent' });
  return outcomes;
}
