/**
 * SDK client construction, in one place (see STYLE.md: adapters receive their clients). Used by
 * `shared/wiring.ts` for both the AWS and the local wiring.
 */
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';

/** Retries the SDK makes for throttling and transient errors before a request fails. */
export const SDK_MAX_ATTEMPTS = 4;

/** A DynamoDB client for the deployed table (credentials and region from the environment/role). */
export function createAwsDynamoClient(region?: string): DynamoDBClient {
  return new DynamoDBClient({ region, maxAttempts: SDK_MAX_ATTEMPTS });
}

/**
 * A DynamoDB client for a local DynamoDB-compatible server (dynalite, DynamoDB Local). Static dummy
 * credentials: such servers accept any, and this keeps the SDK from searching the environment for real ones.
 * `overrides.requestHandler` lets tests put faults between the client and a real server.
 */
export function createLocalDynamoClient(
  endpoint: string,
  overrides: Pick<DynamoDBClientConfig, 'requestHandler'> = {},
): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: SDK_MAX_ATTEMPTS,
    ...overrides,
  });
}

/** An SNS client for the alert topic. */
export function createAwsSnsClient(region?: string): SNSClient {
  return new SNSClient({ region, maxAttempts: SDK_MAX_ATTEMPTS });
}

/** An SQS client for the feed queue. */
export function createAwsSqsClient(region?: string): SQSClient {
  return new SQSClient({ region, maxAttempts: SDK_MAX_ATTEMPTS });
}
