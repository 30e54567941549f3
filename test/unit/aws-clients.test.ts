import { describe, expect, it } from 'vitest';
import {
  createAwsDynamoClient,
  createAwsSnsClient,
  createAwsSqsClient,
  createLocalDynamoClient,
  SDK_MAX_ATTEMPTS,
} from '../../shared/wiring/aws-clients.js';

describe('SDK clients', () => {
  const clients = {
    'DynamoDB (AWS)': createAwsDynamoClient('eu-central-1'),
    'DynamoDB (local)': createLocalDynamoClient('http://127.0.0.1:8000'),
    SNS: createAwsSnsClient('eu-central-1'),
    SQS: createAwsSqsClient('eu-central-1'),
  };

  it.each(Object.entries(clients))(
    '%s: resolves its middleware once per command and builds no log copies of requests',
    async (_, client) => {
      expect(client.config.cacheMiddleware).toBe(true);
      expect(await client.config.maxAttempts()).toBe(SDK_MAX_ATTEMPTS);
      const middleware = client.middlewareStack.identify();
      expect(middleware.some((name) => name.startsWith('loggerMiddleware'))).toBe(false);
      // The rest of the stack is intact: requests are still signed and retried.
      expect(middleware.some((name) => name.startsWith('retryMiddleware'))).toBe(true);
      expect(middleware.some((name) => /httpSigningMiddleware/.test(name))).toBe(true);
      client.destroy();
    },
  );
});
