/**
 * One poll cycle in one process, through the same handlers the Lambdas run (see DESIGN.md, "Data flow"):
 * the dispatcher's messages are handed to the poll handler as an SQS event, and because dynalite has no
 * streams, each incident write (old image, new image) becomes a DynamoDB stream record for the alert handler.
 *
 * That emulated stream lives only in this process, so alert work is also derived from stored state: a sweep
 * at the start of the cycle sends what an earlier run left behind (it was killed, or its outbox could not be
 * written), and one at the end sends what this cycle's stream could not. Claims keep each alert to one send.
 */
import { randomUUID } from 'node:crypto';
import type { DynamoDBRecord, SQSEvent, SQSRecord } from 'aws-lambda';
import { incidentImage } from '../adapters/dynamodb-store.js';
import type { Config, FeedConfig } from '../config.js';
import { isBackfill } from '../domain/alert-rules.js';
import { matchingSubscribers } from '../domain/filter-policy.js';
import type { AlertMessage, AlertRule, Incident, Severity } from '../domain/types.js';
import { type AlertHandlerDependencies, createAlertHandler } from '../handlers/alert.js';
import { createDispatchHandler } from '../handlers/dispatch.js';
import { createPollHandler } from '../handlers/poll.js';
import type { Clock } from '../ports/clock.js';
import type { HttpFetcher } from '../ports/http-fetcher.js';
import type { Logger } from '../ports/logger.js';
import type { Notifier } from '../ports/notifier.js';
import type { SaveIncidentOptions, Store } from '../ports/store.js';
import { TABLE_KEYS } from '../table-schema.js';
import { type CatchUpResult, sweepAlerts } from '../usecases/catch-up-alerts.js';
import type { FeedPollResult } from '../usecases/poll-feed.js';
import type { AlertOutcome } from '../usecases/process-incident-change.js';

/** The local wiring of one cycle. */
export interface LocalCycleDependencies {
  readonly config: Config;
  readonly store: Store;
  readonly fetcher: HttpFetcher;
  readonly notifier: Notifier;
  readonly clock: Clock;
  readonly logger: Logger;
  /**
   * The store the run's two alert sweeps use (default: `store`). The bench gives them a client of their
   * own, so that their requests, which AWS makes in the scheduled sweep, are counted apart from the poll's.
   */
  readonly sweepStore?: Store;
}

/** One alert the rules raised in a cycle, and where it went. */
export interface CycleAlert {
  readonly incidentId: string;
  readonly rule: AlertRule;
  readonly level: string;
  readonly severity: Severity;
  /** `already-sent`: an earlier cycle sent it (its claim is kept), nothing was published now. */
  readonly status: 'sent' | 'already-sent' | 'failed';
  /** The SNS message attributes it was published with; null when nothing was published in this cycle. */
  readonly attributes: AlertMessage['attributes'] | null;
  /**
   * The configured subscribers (email or phone, in config order) whose SNS filter policies accept those
   * attributes, evaluated locally as SNS would; empty unless it was sent.
   */
  readonly subscribers: readonly string[];
}

/** What one cycle did: the `--json` summary of `borderwatch run` (contract: see the README). */
export interface CycleSummary {
  readonly now: string;
  readonly feedsPolled: number;
  readonly feeds: readonly {
    readonly url: string;
    readonly name: string | null;
    readonly status: FeedPollResult['status'] | 'error';
    readonly error: string | null;
    readonly newArticles: number;
    readonly relevantArticles: number;
    readonly health: FeedPollResult['health']['status'] | null;
  }[];
  readonly itemsSeen: number;
  readonly newArticles: number;
  readonly duplicateArticles: number;
  readonly relevantArticles: number;
  readonly pageFallbacks: number;
  readonly offlineSkipped: number;
  readonly incidentsCreated: number;
  readonly incidentsUpdated: number;
  readonly alertsSent: number;
  /**
   * Alerts not sent by the end of the cycle (publish failed, or claimed and never confirmed), plus incidents
   * whose alerting failed before any alert was known (a store error). The next run sends them.
   */
  readonly alertsFailed: number;
  /** Ids of incidents whose alerts are still behind at the end of the cycle (the next run's sweep sends them). */
  readonly incidentsBehind?: readonly string[];
  /**
   * Every alert the rules raised in this cycle (including those an earlier, interrupted run left behind), in
   * the order they were first handled, with where each ended up.
   */
  readonly alerts: readonly CycleAlert[];
  /** How many subscribers the configuration has (each an SNS subscription with its filter policy in AWS). */
  readonly subscribersConfigured: number;
  /** `alerts.maxAgeHours`: incidents whose newest report is older were stored without alerting. */
  readonly maxAgeHours: number;
  /** Ids of the incidents written in this cycle that raised no alert because they are older than that. */
  readonly backfillIncidents: readonly string[];
  /** Incidents written in this cycle, as they stand after it. */
  readonly incidents: readonly Incident[];
  readonly unhealthyFeeds: readonly {
    readonly url: string;
    readonly status: string;
    readonly lastError: string | null;
  }[];
}

/** A stream record as DynamoDB Streams would deliver it for one incident write. */
export function toStreamRecord(
  previous: Incident | null,
  current: Incident,
  sequence: number,
  written: SaveIncidentOptions = {},
): DynamoDBRecord {
  const image = incidentImage(current, written);
  return {
    eventID: randomUUID(),
    eventName: previous ? 'MODIFY' : 'INSERT',
    eventSource: 'aws:dynamodb',
    dynamodb: {
      Keys: {
        [TABLE_KEYS.partitionKey]: image[TABLE_KEYS.partitionKey],
        [TABLE_KEYS.sortKey]: image[TABLE_KEYS.sortKey],
      } as never,
      NewImage: image as never,
      ...(previous ? { OldImage: incidentImage(previous) as never } : {}),
      SequenceNumber: String(sequence).padStart(21, '0'),
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}

/** Runs one cycle over `feeds` (see the module comment). */
export async function runLocalCycle(
  feeds: readonly FeedConfig[],
  deps: LocalCycleDependencies,
): Promise<CycleSummary> {
  const { config, store, fetcher, clock, logger } = deps;
  const results: FeedPollResult[] = [];
  const stream: DynamoDBRecord[] = [];
  const outcomes: AlertOutcome[] = [];
  const touched = new Map<string, Incident>();
  // What each publish carried, by alert key, so the summary can say where each alert went.
  const attempted = new Map<string, AlertMessage>();
  const alertKey = (a: { incidentId: string; rule: string; level: string }) =>
    `${a.incidentId}\u0000${a.rule}\u0000${a.level}`;
  const notifier: Notifier = {
    async publish(message) {
      attempted.set(alertKey(message), message);
      await deps.notifier.publish(message);
    },
  };

  const poll = createPollHandler({
    config,
    store,
    fetcher,
    clock,
    logger,
    onIncidentWritten: (previous, current, written) => {
      stream.push(toStreamRecord(previous, current, stream.length + 1, written));
      touched.set(current.id, current);
    },
    onFeedPolled: (result) => results.push(result),
  });
  // Where each incident's alerting stands: the last catch-up decides (a later sweep may fix a failure).
  const catchUps = new Map<string, CatchUpResult>();
  const alertDeps: AlertHandlerDependencies = {
    config,
    store,
    notifier,
    clock,
    logger,
    onAlertOutcomes: (list) => outcomes.push(...list),
    onCatchUp: (result) => catchUps.set(result.incidentId, result),
  };
  const alert = createAlertHandler(alertDeps);
  const sweep = () =>
    sweepAlerts({ ...alertDeps, store: deps.sweepStore ?? store }, (result) => {
      alertDeps.onAlertOutcomes?.(result.outcomes);
      alertDeps.onCatchUp?.(result);
    });

  // What an earlier run left behind goes out first.
  await sweep();

  // Dispatch: the queue is the poll handler itself.
  const failedMessages = new Map<string, FeedConfig>();
  const dispatch = createDispatchHandler({
    config: { ...config, feeds: [...feeds] },
    logger,
    queue: {
      async send(batch) {
        const records = batch.map(
          (feed, i) => ({ messageId: `local-${i}`, body: JSON.stringify(feed) }) as unknown as SQSRecord,
        );
        const response = await poll({ Records: records } as SQSEvent);
        for (const failure of response.batchItemFailures) {
          const index = Number(failure.itemIdentifier.replace('local-', ''));
          const feed = batch[index];
          if (feed) failedMessages.set(feed.url, feed);
        }
      },
    },
  });
  await dispatch();

  // The stream: records in write order, in batches as Lambda would receive them. A failed record is not
  // retried here: the closing sweep below catches its incident up from the stored state.
  for (let i = 0; i < stream.length; i += 100) {
    await alert({ Records: stream.slice(i, i + 100) });
  }
  await sweep();

  // One line per alert key, the last outcome winning, except that `already-sent` never hides a send made in
  // this cycle (the sweep re-reading an alert the stream sent).
  const finalOutcomes = new Map<string, AlertOutcome>();
  for (const outcome of outcomes) {
    const key = alertKey(outcome.intent);
    const before = finalOutcomes.get(key);
    if (before?.status === 'sent' && outcome.status === 'already-sent') continue;
    finalOutcomes.set(key, outcome);
  }
  const behind = [...catchUps.values()].filter((r) => r.status === 'behind');
  const alertsFailed =
    [...finalOutcomes.values()].filter((o) => o.status === 'failed').length +
    behind.filter((r) => !r.outcomes.some((o) => o.status === 'failed')).length;

  const alerts: CycleAlert[] = [...finalOutcomes.values()].map(({ intent, status }) => {
    const message = status === 'already-sent' ? undefined : attempted.get(alertKey(intent));
    return {
      incidentId: intent.incidentId,
      rule: intent.rule,
      level: intent.level,
      severity: intent.severity,
      status,
      attributes: message?.attributes ?? null,
      subscribers:
        message && status === 'sent' ? matchingSubscribers(config.subscribers, message.attributes) : [],
    };
  });
  const now = clock.now();

  const sum = (key: keyof FeedPollResult) => results.reduce((total, r) => total + (r[key] as number), 0);
  const feedLines: CycleSummary['feeds'][number][] = feeds.map((feed) => {
    const result = results.find((r) => r.url === feed.url);
    if (!result) {
      return {
        url: feed.url,
        name: feed.name ?? null,
        status: 'error',
        error: failedMessages.has(feed.url)
          ? 'poll failed (store or internal error); see the log'
          : 'not polled',
        newArticles: 0,
        relevantArticles: 0,
        health: null,
      };
    }
    return {
      url: result.url,
      name: result.name,
      status: result.status,
      error: result.error,
      newArticles: result.newArticles,
      relevantArticles: result.relevantArticles,
      health: result.health.status,
    };
  });
  return {
    now: now.toISOString(),
    feedsPolled: feeds.length,
    feeds: feedLines,
    itemsSeen: sum('itemsSeen'),
    newArticles: sum('newArticles'),
    duplicateArticles: sum('duplicateArticles'),
    relevantArticles: sum('relevantArticles'),
    pageFallbacks: sum('pageFallbacks'),
    offlineSkipped: sum('offlineSkipped'),
    incidentsCreated: sum('incidentsCreated'),
    incidentsUpdated: sum('incidentsUpdated'),
    alertsSent: [...finalOutcomes.values()].filter((o) => o.status === 'sent').length,
    alertsFailed,
    incidentsBehind: behind.map((r) => r.incidentId),
    alerts,
    subscribersConfigured: config.subscribers.length,
    maxAgeHours: config.alerts.maxAgeHours,
    backfillIncidents: [...touched.values()]
      .filter((i) => isBackfill(i, now, config.alerts.maxAgeHours))
      .map((i) => i.id),
    incidents: [...touched.values()],
    unhealthyFeeds: results
      .filter((r) => r.health.status !== 'healthy')
      .map((r) => ({ url: r.url, status: r.health.status, lastError: r.health.lastError })),
  };
}
