/**
 * The alert handler: a DynamoDB stream batch of incident changes. Each record is processed on its own; a
 * record that fails (a publish or store error, a malformed image) is reported by sequence number so only
 * it is retried, and the claims make the retry send nothing twice.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { itemToIncident } from '../adapters/dynamodb-store.js';
import type { Incident } from '../domain/types.js';
import { INCIDENT_ENTITY, TABLE_KEYS } from '../table-schema.js';
import {
  type AlertDependencies,
  type AlertOutcome,
  processIncidentChange,
} from '../usecases/process-incident-change.js';

type StreamImage = NonNullable<NonNullable<DynamoDBRecord['dynamodb']>['NewImage']>;

function toIncident(image: StreamImage | undefined): Incident | null {
  if (!image) return null;
  const item = unmarshall(image as Record<string, AttributeValue>);
  if (item[TABLE_KEYS.entityAttribute] !== INCIDENT_ENTITY) return null;
  const incident = itemToIncident(item);
  if (typeof incident.id !== 'string' || typeof incident.border !== 'string') {
    throw new Error('stream image is not a valid incident');
  }
  return incident;
}

/** Alert dependencies plus an observer of outcomes (the CLI's summary). */
export interface AlertHandlerDependencies extends AlertDependencies {
  readonly onAlertOutcomes?: (outcomes: readonly AlertOutcome[]) => void;
}

/** Builds the alert handler over its dependencies. */
export function createAlertHandler(deps: AlertHandlerDependencies) {
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const failures: string[] = [];
    for (const record of event.Records) {
      const id = record.dynamodb?.SequenceNumber ?? record.eventID ?? '';
      try {
        if (record.eventName === 'REMOVE') continue;
        const current = toIncident(record.dynamodb?.NewImage);
        if (!current) continue;
        const previous = toIncident(record.dynamodb?.OldImage);
        const outcomes = await processIncidentChange(previous, current, deps);
        deps.onAlertOutcomes?.(outcomes);
      } catch (error) {
        failures.push(id);
        const outcomes = (error as { outcomes?: readonly AlertOutcome[] }).outcomes;
        if (outcomes) deps.onAlertOutcomes?.(outcomes);
        deps.logger.error('stream record failed; it will be retried', {
          sequenceNumber: id,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    return { batchItemFailures: failures.map((itemIdentifier) => ({ itemIdentifier })) };
  };
}
