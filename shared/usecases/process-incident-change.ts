/**
 * Use case: turn one incident change (old image, new image) into alerts, each sent exactly once.
 *
 * 1. If a `window-total` threshold could be crossed, sum the killed on the incident's border over the
 *    window from the stored incidents, before and after this change.
 * 2. Evaluate the pure alert rules on (old, new).
 * 3. For each alert: claim it with a conditional write; skip it if it was sent or is being sent; format and
 *    publish; mark it sent. A failed publish releases the claim and the change is reported failed, so the
 *    stream retries it and the alert goes out later; alerts already sent are not sent again.
 */
import { type Config, thresholdsFor } from '../config.js';
import { evaluateAlertRules, isBackfill } from '../domain/alert-rules.js';
import { addDays } from '../domain/days.js';
import { formatAlert } from '../domain/messages.js';
import type { AlertIntent, Incident } from '../domain/types.js';
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

/** What happened to each alert the rules asked for. */
export interface AlertOutcome {
  readonly intent: AlertIntent;
  readonly status: 'sent' | 'already-sent' | 'failed';
  readonly error?: string;
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
  const others = (await store.queryIncidentTolls(current.border, from, to)).filter(
    (i) => i.id !== current.id,
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

  // 3. Claim, publish, complete.
  const outcomes: AlertOutcome[] = [];
  let firstError: unknown;
  for (const intent of intents) {
    const key = { incidentId: intent.incidentId, rule: intent.rule, level: intent.level };
    if (!(await store.claimAlert(key, now, ALERT_LEASE_SECONDS))) {
      outcomes.push({ intent, status: 'already-sent' });
      continue;
    }
    try {
      await notifier.publish(formatAlert(intent, current));
    } catch (error) {
      await store.releaseAlert(key);
      firstError ??= error;
      const message = error instanceof Error ? error.message : String(error);
      logger.error('alert publish failed; released for retry', { ...key, error: message });
      outcomes.push({ intent, status: 'failed', error: message });
      continue;
    }
    await store.completeAlert(key, now);
    logger.info('alert sent', { ...key });
    outcomes.push({ intent, status: 'sent' });
  }
  if (firstError !== undefined) {
    throw new AlertPublishError(`alert publish failed for incident ${current.id}`, outcomes, {
      cause: firstError,
    });
  }
  return outcomes;
}
