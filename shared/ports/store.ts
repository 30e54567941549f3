import type { Border, Incident } from '../domain/types.js';

/** Per-feed HTTP state and health, kept between cycles. */
export interface FeedState {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly lastPolledAt: string | null;
  readonly lastSuccessAt: string | null;
  /** When the feed last had an item not seen before. */
  readonly lastNewItemAt: string | null;
  /** Typical minutes between new items (exponential moving average), null until known. */
  readonly cadenceMinutes: number | null;
  readonly consecutiveFailures: number;
  readonly lastError: string | null;
}

/** Remembered so a second cycle over the same feeds creates nothing new. */
export interface SeenArticle {
  readonly id: string;
  readonly fingerprint: string;
  readonly feedUrl: string;
  readonly url: string;
  readonly incidentId: string | null;
  readonly seenAt: string;
}

/** Identity of one alert: each (incident, rule, level) is published at most once. */
export interface AlertKey {
  readonly incidentId: string;
  readonly rule: string;
  readonly level: string;
}

/**
 * What was last alerted for an incident: the version whose change was fully processed by the alert rules
 * (every alert it raised sent, or history that raises none), and the incident as it stood then, so that the
 * next change is evaluated against what subscribers were last told, not against a stream record's old image.
 */
export interface AlertedState {
  readonly incidentId: string;
  readonly version: number;
  readonly incident: Incident;
}

/** How an incident write is made (see {@link Store.saveIncident}). */
export interface SaveIncidentOptions {
  /**
   * The change raises no alert whatever subscribers were told before (history: its newest report is older
   * than `alerts.maxAgeHours`), so the write records the incident, at this version, as its own alerted
   * state: no separate alerted-state write follows, and no catch-up has anything to do for it.
   */
  readonly alerted?: boolean;
}

/** An incident's id, version and merge links as the border index holds them, for the alert sweep. */
export interface IncidentVersion {
  readonly id: string;
  readonly version: number;
  /** The incident was written, at this version, with its alerted state ({@link SaveIncidentOptions}). */
  readonly alerted: boolean;
  /** The incident it was merged into, when it is `merged`. */
  readonly mergedInto: string | null;
  /** The incidents it lists as absorbed. */
  readonly absorbed: readonly string[];
}

/** Persistence port. The DynamoDB adapter implements it against a single table. */
export interface Store {
  getFeedState(url: string): Promise<FeedState | null>;
  putFeedState(state: FeedState): Promise<void>;
  /** Every stored feed state (for the CLI's health report; a scan, not for the hot path). */
  listFeedStates(): Promise<FeedState[]>;

  /** Of the given article ids and fingerprints, those already seen. One batched read. */
  findSeen(ids: readonly string[], fingerprints: readonly string[]): Promise<ReadonlySet<string>>;
  /** Remembers articles (idempotent). `expiresAt` in epoch seconds. */
  markSeen(articles: readonly SeenArticle[], expiresAt: number): Promise<void>;

  getIncident(id: string): Promise<Incident | null>;
  /** The incidents with these ids that exist, read strongly consistently (one batched read). */
  getIncidents(ids: readonly string[]): Promise<Incident[]>;
  /** Incidents on a border whose event date is within [from, to] (YYYY-MM-DD, inclusive). */
  queryIncidents(border: Border, from: string, to: string): Promise<Incident[]>;
  /**
   * Like {@link queryIncidents}, reading only each incident's id and killed figure (window totals), and
   * leaving out incidents merged into another (their reports count there).
   */
  queryIncidentTolls(
    border: Border,
    from: string,
    to: string,
  ): Promise<{ readonly id: string; readonly killed: number | null }[]>;
  /** Every stored incident, newest event first. */
  listIncidents(): Promise<Incident[]>;
  /**
   * Every stored incident's id, version and merge links (a projection of the border index; may lag a write
   * briefly).
   */
  listIncidentVersions(): Promise<IncidentVersion[]>;
  /**
   * Writes an incident if the stored version is still `expectedVersion` (null: must not exist yet), with its
   * alerted state when `options.alerted`. Rejects with `ConflictError` when another writer got there first.
   */
  saveIncident(
    incident: Incident,
    expectedVersion: number | null,
    options?: SaveIncidentOptions,
  ): Promise<void>;

  /**
   * Takes a named lease lock (e.g. "create an incident on this border") for `leaseSeconds`. True when this
   * owner holds it now; false when another owner holds an unexpired lease.
   */
  acquireLock(name: string, owner: string, now: Date, leaseSeconds: number): Promise<boolean>;
  /** Gives a lock up, if this owner still holds it. */
  releaseLock(name: string, owner: string): Promise<void>;

  /**
   * What was last alerted for each of these incidents, where anything was (one batched, consistent read):
   * the later of the alerted state written on its own ({@link markAlerted}) and the incident written with
   * its alerted state ({@link SaveIncidentOptions}).
   */
  getAlertedStates(incidentIds: readonly string[]): Promise<ReadonlyMap<string, AlertedState>>;
  /**
   * Records that `incident` (at its version) has been fully alerted. Only moves forward: a call with a
   * version at or below the recorded one changes nothing.
   */
  markAlerted(incident: Incident, now: Date): Promise<void>;
  /** Of these alerts, those claimed but not (yet) marked sent: a publish in progress, or one that died. */
  pendingAlerts(keys: readonly AlertKey[]): Promise<AlertKey[]>;

  /**
   * Claims an alert before publishing. True when this caller owns it now; false when it was already
   * sent, or is claimed by someone else whose lease has not expired.
   */
  claimAlert(key: AlertKey, now: Date, leaseSeconds: number): Promise<boolean>;
  /** Marks a claimed alert as sent, for good. */
  completeAlert(key: AlertKey, now: Date): Promise<void>;
  /** Gives a claim up after a failed publish, so a retry can send it. */
  releaseAlert(key: AlertKey): Promise<void>;
}
