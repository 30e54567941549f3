/**
 * Use case: alert work derived from stored state. Each incident has an alerted state (the version last
 * fully alerted, and the incident as it stood then); an incident whose version is ahead of it is behind.
 * Catching an incident up evaluates the alert rules on (what was last alerted, the incident now), so a
 * change whose stream record was lost — a local run killed before its alerts went out, a record that
 * exhausted the stream's retries, an outbox that could not be written — is still alerted, and the claims
 * make it go out once.
 *
 * Catching up one incident:
 * 1. Take the incident's alert lease (one catcher at a time, so the stream and the sweep never evaluate the
 *    same change from two different starting points); a dead holder's lease lapses in seconds.
 * 2. Read the alerted state. At or past this version: nothing to do (a replayed or overtaken record).
 * 3. Process the change (previous = the last alerted incident, or none) through `processIncidentChange`:
 *    claim, publish, mark sent.
 * 4. If every alert was sent now or before, record the version as alerted. An alert that failed, or whose
 *    claim is held but not marked sent (a publish in progress, or a publisher that died), leaves the incident
 *    behind: the stream's retry or the next sweep tries again.
 *
 * The sweep lists incidents and their alerted states, and catches up those behind. It first finishes merges of
 * incidents left half-done (see `finish-merges.ts`), so a merge whose report never comes again is completed
 * and told all the same.
 */
import { randomUUID } from 'node:crypto';
import { isBackfill } from '../domain/alert-rules.js';
import type { Incident } from '../domain/types.js';
import type { AlertKey, IncidentVersion } from '../ports/store.js';
import { findUnfinishedMerges, finishMerges } from './finish-merges.js';
import { acquireLease } from './lease.js';
import {
  type AlertDependencies,
  type AlertOutcome,
  AlertPublishError,
  processIncidentChange,
} from './process-incident-change.js';

/** An incident's alert lease: renewed while held, so a dead holder's lapses within this. */
export const ALERT_LOCK_LEASE_SECONDS = 5;
/** How long a catcher waits for another's lease: past a dead holder's lease, with room to spare. */
const ALERT_LOCK_WAIT_MS = 8_000;

/** What catching one incident up did. */
export interface CatchUpResult {
  readonly incidentId: string;
  /** `alerted`: processed and recorded; `up-to-date`: nothing was behind; `behind`: still behind (see `error`). */
  readonly status: 'alerted' | 'up-to-date' | 'behind';
  /** What happened to each alert the rules raised (pending claims are reported `failed`). */
  readonly outcomes: readonly AlertOutcome[];
  readonly error?: string;
}

/** The name of an incident's alert lease. */
export function alertLockName(incidentId: string): string {
  return `alert-incident#${incidentId}`;
}

/**
 * Catches one incident up to `current` (see the module comment). `current` is the stream record's new
 * image, or the stored incident for a sweep; `written.alerted` when that image was written with its alerted
 * state (history: see `SaveIncidentOptions`). Rejects only on store errors; publish failures are reported.
 */
export async function catchUpIncident(
  current: Incident,
  deps: AlertDependencies,
  written: { readonly alerted?: boolean } = {},
): Promise<CatchUpResult> {
  const { store, clock, logger, config } = deps;
  // Written with its alerted state: the write itself recorded what a catch-up would.
  if (written.alerted) return { incidentId: current.id, status: 'up-to-date', outcomes: [] };
  // History (backfill) raises no alert whatever was told before: it is recorded as alerted without the
  // lease, whose only work is to keep two catchers from sending one change from different starting points.
  // (The record only moves forward, so a catcher holding the lease is never set back.)
  if (isBackfill(current, clock.now(), config.alerts.maxAgeHours)) {
    await store.markAlerted(current, clock.now());
    return { incidentId: current.id, status: 'alerted', outcomes: [] };
  }
  const owner = randomUUID();
  const lease = await acquireLease(
    store,
    alertLockName(current.id),
    owner,
    ALERT_LOCK_LEASE_SECONDS,
    ALERT_LOCK_WAIT_MS,
  );
  if (!lease) {
    return {
      incidentId: current.id,
      status: 'behind',
      outcomes: [],
      error: `another catcher holds the alert lease of incident ${current.id}`,
    };
  }
  try {
    const state = (await store.getAlertedStates([current.id])).get(current.id);
    if (state && state.version >= current.version) {
      return { incidentId: current.id, status: 'up-to-date', outcomes: [] };
    }
    let outcomes: readonly AlertOutcome[];
    try {
      outcomes = await processIncidentChange(state?.incident ?? null, current, deps);
    } catch (error) {
      if (!(error instanceof AlertPublishError)) throw error;
      return { incidentId: current.id, status: 'behind', outcomes: error.outcomes, error: error.message };
    }
    // `already-sent` also covers a claim someone holds without having marked it sent: unconfirmed.
    const claimedBefore: AlertKey[] = outcomes
      .filter((o) => o.status === 'already-sent')
      .map(({ intent }) => ({ incidentId: intent.incidentId, rule: intent.rule, level: intent.level }));
    const pending = await store.pendingAlerts(claimedBefore);
    if (pending.length > 0) {
      const isPending = (o: AlertOutcome) =>
        pending.some((k) => k.rule === o.intent.rule && k.level === o.intent.level);
      const error =
        'claimed but not confirmed sent (a publish in progress, or a run that died while publishing); ' +
        'retried when the claim lapses';
      logger.warn('alert claimed elsewhere and not confirmed; the incident stays behind', {
        incident: current.id,
        alerts: pending.map((k) => `${k.rule}#${k.level}`),
      });
      return {
        incidentId: current.id,
        status: 'behind',
        outcomes: outcomes.map((o) => (isPending(o) ? { ...o, status: 'failed' as const, error } : o)),
        error,
      };
    }
    await store.markAlerted(current, clock.now());
    return { incidentId: current.id, status: 'alerted', outcomes };
  } finally {
    await lease.release();
  }
}

/** The ids of incidents whose version is ahead of their last alerted version (or never alerted), in order. */
export function selectBehind(
  incidents: readonly { readonly id: string; readonly version: number }[],
  alerted: ReadonlyMap<string, { readonly version: number }>,
): string[] {
  return incidents
    .filter((i) => i.version > (alerted.get(i.id)?.version ?? 0))
    .map((i) => i.id)
    .sort();
}

/** What a sweep did. */
export interface SweepResult {
  /** Incidents stored. */
  readonly checked: number;
  /** Incidents that were behind when the sweep started. */
  readonly behind: number;
  readonly results: readonly CatchUpResult[];
}

/** Sends what is behind: every incident whose version is ahead of its alerted state, caught up in turn. */
export async function sweepAlerts(
  deps: AlertDependencies,
  observe?: (result: CatchUpResult) => void,
): Promise<SweepResult> {
  const { store, logger, clock, config } = deps;
  let versions: readonly IncidentVersion[] = await store.listIncidentVersions();
  const unfinished = findUnfinishedMerges(versions);
  if (unfinished.length > 0) {
    const written = await finishMerges(unfinished, {
      store,
      logger,
      now: clock.now(),
      maxAgeHours: config.alerts.maxAgeHours,
    });
    // What was just written, as written (the index may lag it): a finished merge is caught up below.
    const latest = new Map(written.map((i) => [i.id, i]));
    versions = versions.map((v) => {
      const incident = latest.get(v.id);
      return incident ? { ...v, version: incident.version, alerted: false } : v;
    });
  }
  // An incident written with its alerted state is not behind; only the others' states are read.
  const open = versions.filter((v) => !v.alerted);
  const alerted = await store.getAlertedStates(open.map((v) => v.id));
  const behind = selectBehind(open, alerted);
  const results: CatchUpResult[] = [];
  // Strongly consistent reads: the index may lag the latest write.
  const incidents = new Map((await store.getIncidents(behind)).map((i) => [i.id, i]));
  for (const id of behind) {
    const current = incidents.get(id);
    if (!current) continue;
    let result: CatchUpResult;
    try {
      result = await catchUpIncident(current, deps);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.error('alert sweep could not catch up an incident', { incident: id, error: message });
      result = { incidentId: id, status: 'behind', outcomes: [], error: message };
    }
    results.push(result);
    observe?.(result);
  }
  if (behind.length > 0) {
    logger.info('alert sweep', {
      checked: versions.length,
      behind: behind.length,
      stillBehind: results.filter((r) => r.status === 'behind').length,
    });
  }
  return { checked: versions.length, behind: behind.length, results };
}
