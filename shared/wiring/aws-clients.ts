/**
 * SDK client construction, in one place (see STYLE.md: adapters receive their clients). Used by
 * `shared/wiring.ts` for both the AWS and the local wiring.
 */
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';

/** Retries the SDK makes for throttling and transient errors before a request fails. */
export const SDK_MAX_ATTEMPTS = 4;

/**
 * How long one attempt may wait for a connection and for the response. The SDK sets neither by default, so
 * a server that accepts and never answers held a request (and the CLI) for ever. DynamoDB, SNS and SQS answer
 * in milliseconds; with {@link SDK_MAX_ATTEMPTS} attempts a silent endpoint fails in well under a minute.
 */
export const SDK_TIMEOUTS_MS = { connectionTimeout: 2_000, requestTimeout: 3_000 } as const;

/** `throwOnRequestTimeout`: without it, a request past `requestTimeout` only logs a warning and waits on. */
const REQUEST_HANDLER = { ...SDK_TIMEOUTS_MS, throwOnRequestTimeout: true } as const;

/**
 * Settings every client shares. `cacheMiddleware`: the middleware stack is resolved once per command class
 * instead of on every request, a large share of the SDK's CPU time per request. Middleware added to a client
 * must therefore be added before its first request (the bench's request counter and the fault tests do so).
 * `requestHandler` given as options: the SDK builds its Node HTTP handler from them.
 */
const COMMON = {
  maxAttempts: SDK_MAX_ATTEMPTS,
  cacheMiddleware: true,
  requestHandler: REQUEST_HANDLER,
} as const;

/**
 * Removes the SDK's logger middleware, which builds a redacted copy of every request and response for the
 * client's logger; Borderwatch gives its clients none (it logs what it does itself), so the copies were
 * thrown away, at a tenth of the SDK's CPU time per DynamoDB request.
 */
function withoutSdkLogging<C extends { middlewareStack: { remove(name: string): boolean } }>(client: C): C {
  client.middlewareStack.remove('loggerMiddleware');
  return client;
}

/** A DynamoDB client for the deployed table (credentials and region from the environment/role). */
export function createAwsDynamoClient(region?: string): DynamoDBClient {
  return withoutSdkLogging(new DynamoDBClient({ region, ...COMMON }));
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
  return withoutSdkLogging(
    new DynamoDBClient({
      endpoint,
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      ...COMMON,
      ...overrides,
    }),
  );
}

/** An SNS client for the alert topic. */
export function createAwsSnsClient(region?: string): SNSClient {
  return withoutSdkLogging(new SNSClient({ region, ...COMMON }));
}

/** An SQS client for the feed queue. */
export function createAwsSqsClient(region?: string): SQSClient {
  return withoutSdkLogging(new SQSClient({ region, ...COMMON }));
}
