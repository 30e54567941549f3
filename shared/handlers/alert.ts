/**
 * The alert handler: a DynamoDB stream batch of incident changes, or a scheduled sweep. Each stream record
 * catches its incident up from the stored alerted state to the record's new image (see
 * `usecases/catch-up-alerts.ts`); a record that fails (a publish or store error, a malformed image) is
 * reported by sequence number so only it is retried, and the claims make the retry send nothing twice.
 * The sweep catches up every incident that is behind: what the stream could not deliver, it sends later.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { itemRecordsAlerted, itemToIncident } from '../adapters/dynamodb-store.js';
import type { Incident } from '../domain/types.js';
import { INCIDENT_ENTITY, TABLE_KEYS } from '../table-schema.js';
import {
  type CatchUpResult,
  catchUpIncident,
  type SweepResult,
  sweepAlerts,
} from '../usecases/catch-up-alerts.js';
import type { AlertDependencies, AlertOutcome } from '../usecases/process-incident-change.js';

type StreamImage = NonNullable<NonNullable<DynamoDBRecord['dynamodb']>['NewImage']>;

/** The incident of a stream image, and whether it was written with its alerted state; null for other items. */
function toIncident(image: StreamImage | undefined): { incident: Incident; alerted: boolean } | null {
  if (!image) return null;
  const item = unmarshall(image as Record<string, AttributeValue>);
  if (item[TABLE_KEYS.entityAttribute] !== INCIDENT_ENTITY) return null;
  const incident = itemToIncident(item);
  if (typeof incident.id !== 'string' || typeof incident.border !== 'string') {
    throw new Error('stream image is not a valid incident');
  }
  return { incident, alerted: itemRecordsAlerted(item) };
}

/** Alert dependencies plus observers (the CLI's summary). */
export interface AlertHandlerDependencies extends AlertDependencies {
  readonly onAlertOutcomes?: (outcomes: readonly AlertOutcome[]) => void;
  /** Told how each incident's catch-up ended (stream record or sweep). */
  readonly onCatchUp?: (result: CatchUpResult) => void;
}

/** The event the schedule sends to run a sweep (`{"borderwatch": "alert-sweep"}`). */
export const SWEEP_EVENT = { borderwatch: 'alert-sweep' } as const;

/** True for the scheduled sweep's event (anything else is treated as a stream batch). */
export function isSweepEvent(event: unknown): event is typeof SWEEP_EVENT {
  return (
    typeof event === 'object' &&
    event !== null &&
    (event as Record<string, unknown>).borderwatch === SWEEP_EVENT.borderwatch
  );
}

/** Thrown by the sweep handler when incidents are still behind, so the invocation counts as an error. */
export class AlertSweepError extends Error {
  constructor(
    message: string,
    readonly result: SweepResult,
  ) {
    super(message);
    this.name = 'AlertSweepError';
  }
}

/**
 * Builds the sweep handler: catches up every incident behind its alerted state. Rejects when some are still
 * behind afterwards (the function's error metric is alarmed; the next sweep tries again).
 */
export function createSweepHandler(deps: AlertHandlerDependencies) {
  return async (): Promise<{ checked: number; behind: number; alerted: number }> => {
    const result = await sweepAlerts(deps, (r) => {
      deps.onAlertOutcomes?.(r.outcomes);
      deps.onCatchUp?.(r);
    });
    const stillBehind = result.results.filter((r) => r.status === 'behind');
    if (stillBehind.length > 0) {
      throw new AlertSweepError(
        `alert sweep: ${stillBehind.length} of ${result.behind} incident(s) still behind: ` +
          stillBehind.map((r) => `${r.incidentId} (${r.error ?? 'unknown'})`).join('; '),
        result,
      );
    }
    return {
      checked: result.checked,
      behind: result.behind,
      alerted: result.results.filter((r) => r.status === 'alerted').length,
    };
  };
}

/** Builds the alert handler over its dependencies. */
export function createAlertHandler(deps: AlertHandlerDependencies) {
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const failures: string[] = [];
    for (const record of event.Records) {
      const id = record.dynamodb?.SequenceNumber ?? record.eventID ?? '';
      try {
        if (record.eventName === 'REMOVE') continue;
        const image = toIncident(record.dynamodb?.NewImage);
        if (!image) continue;
        // The old image is not used: the change is evaluated from what was last alerted (stored), which
        // is the old image unless a change was never alerted (then it catches up on that one too).
        const result = await catchUpIncident(image.incident, deps, { alerted: image.alerted });
        deps.onAlertOutcomes?.(result.outcomes);
        deps.onCatchUp?.(result);
        if (result.status === 'behind') throw new Error(result.error ?? 'incident still behind');
      } catch (error) {
        failures.push(id);
        deps.logger.error('stream record failed; it will be retried', {
          sequenceNumber: id,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    return { batchItemFailures: failures.map((itemIdentifier) => ({ itemIdentifier })) };
  };
}
