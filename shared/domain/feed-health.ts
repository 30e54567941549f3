/**
 * Feed health: how a feed's state changes after a poll, and whether it is failing or silent. Pure.
 */
import type { FeedState } from '../ports/store.js';

/** A feed's health as reported in the run summary, the CLI and the operator metrics. */
export interface FeedHealth {
  readonly status: 'healthy' | 'failing' | 'silent';
  readonly consecutiveFailures: number;
  readonly lastSuccessAt: string | null;
  readonly lastNewItemAt: string | null;
  readonly cadenceMinutes: number | null;
  readonly lastError: string | null;
}

/** Health thresholds (config `health`). */
export interface HealthOptions {
  readonly failureCycles: number;
  readonly silenceFactor: number;
}

/** The last success is refreshed at most this often when nothing else changed, so steady state writes nothing. */
export const SUCCESS_HEARTBEAT_MINUTES = 60;
/** A feed is never called silent before this long without new items, whatever its cadence. */
const MIN_SILENCE_MINUTES = 6 * 60;

const minutesBetween = (from: string, to: Date) => (to.getTime() - new Date(from).getTime()) / 60_000;

/** The state of a feed that was never polled. */
export function initialFeedState(url: string): FeedState {
  return {
    url,
    etag: null,
    lastModified: null,
    lastPolledAt: null,
    lastSuccessAt: null,
    lastNewItemAt: null,
    cadenceMinutes: null,
    consecutiveFailures: 0,
    lastError: null,
  };
}

/**
 * The typical minutes between items, from their publication times: the median gap, so one burst or one
 * quiet weekend does not define the feed. Null with fewer than three dated items.
 */
export function estimateCadence(published: readonly (string | null)[]): number | null {
  const times = published
    .map((p) => (p ? Date.parse(p) : Number.NaN))
    .filter((t) => Number.isFinite(t))
    .sort((a, b) => a - b);
  if (times.length < 3) return null;
  const gaps: number[] = [];
  for (let i = 1; i < times.length; i++)
    gaps.push(((times[i] as number) - (times[i - 1] as number)) / 60_000);
  gaps.sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)] as number;
  return Math.max(1, Math.round(median));
}

/** The state after a successful poll (200 or 304). */
export function afterSuccess(
  state: FeedState,
  update: {
    now: Date;
    etag?: string | null;
    lastModified?: string | null;
    newItems: number;
    cadenceMinutes?: number | null;
  },
): FeedState {
  const now = update.now.toISOString();
  return {
    ...state,
    etag: update.etag === undefined ? state.etag : update.etag,
    lastModified: update.lastModified === undefined ? state.lastModified : update.lastModified,
    lastPolledAt: now,
    lastSuccessAt: now,
    lastNewItemAt: update.newItems > 0 || state.lastNewItemAt === null ? now : state.lastNewItemAt,
    cadenceMinutes: update.cadenceMinutes ?? state.cadenceMinutes,
    consecutiveFailures: 0,
    lastError: null,
  };
}

/** The state after a failed poll. */
export function afterFailure(state: FeedState, now: Date, error: string): FeedState {
  return {
    ...state,
    lastPolledAt: now.toISOString(),
    consecutiveFailures: state.consecutiveFailures + 1,
    lastError: error,
  };
}

/**
 * Whether a state change is worth a write. Steady state (a 304 on a healthy feed whose last success was
 * recorded within the heartbeat) is not: that keeps a quiet cycle at zero DynamoDB writes.
 */
export function needsWrite(before: FeedState | null, after: FeedState, now: Date): boolean {
  if (!before) return true;
  if (
    before.etag !== after.etag ||
    before.lastModified !== after.lastModified ||
    before.consecutiveFailures !== after.consecutiveFailures ||
    before.lastError !== after.lastError ||
    before.lastNewItemAt !== after.lastNewItemAt ||
    before.cadenceMinutes !== after.cadenceMinutes
  ) {
    return true;
  }
  return (
    before.lastSuccessAt === null || minutesBetween(before.lastSuccessAt, now) >= SUCCESS_HEARTBEAT_MINUTES
  );
}

/** Health of a feed as of `now`. */
export function assessFeedHealth(state: FeedState, now: Date, options: HealthOptions): FeedHealth {
  const base = {
    consecutiveFailures: state.consecutiveFailures,
    lastSuccessAt: state.lastSuccessAt,
    lastNewItemAt: state.lastNewItemAt,
    cadenceMinutes: state.cadenceMinutes,
    lastError: state.lastError,
  };
  if (state.consecutiveFailures >= options.failureCycles) return { status: 'failing', ...base };
  if (state.lastNewItemAt && state.cadenceMinutes) {
    const quiet = minutesBetween(state.lastNewItemAt, now);
    if (quiet > Math.max(MIN_SILENCE_MINUTES, options.silenceFactor * state.cadenceMinutes)) {
      return { status: 'silent', ...base };
    }
  }
  return { status: 'healthy', ...base };
}
