/**
 * SDK client construction, in one place (see STYLE.md: adapters receive their clients). Used by
 * `shared/wiring.ts` for both the AWS and the local wiring.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';

/** Retries the SDK makes for throttling and transient errors before a request fails. */
export const SDK_MAX_ATTEMPTS = 4;

/** A DynamoDB client for the deployed table (credentials and region from the environment/role). */
export function createAwsDynamoClient(region?: string): DynamoDBClient {
  return new DynamoDBClient({ region, maxAttempts: SDK_MAX_ATTEMPTS });
}

/**
 * A DynamoDB client for a local DynamoDB-compatible server (dynalite, DynamoDB Local). Static dummy
 * credentials: such servers accept any, and this keeps the SDK from searching the environment for real ones.
 */
export function createLocalDynamoClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: SDK_MAX_ATTEMPTS,
  });
}

/** An SNS client for the alert topic. */
export function createAwsSnsClient(region?: string): SNSClient {
  return new SNSClient({ region, maxAttempts: SDK_MAX_ATTEMPTS });
}
