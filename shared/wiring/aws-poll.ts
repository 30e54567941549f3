/** AWS wiring of the poll function: DynamoDB store, HTTP fetcher, feed-health metrics. */
import { createDynamoDbStore } from '../adapters/dynamodb-store.js';
import { feedHealthEmf } from '../adapters/emf-metrics.js';
import type { PollHandlerDependencies } from '../handlers/poll.js';
import { systemClock } from '../ports/clock.js';
import { createAwsDynamoClient } from './aws-clients.js';
import { configFromEnv, type Env, required } from './aws-env.js';
import { createConfiguredFetcher } from './fetcher.js';
import { type DeferredLogger, lazyLogger } from './lazy-logger.js';

/**
 * Dependencies of the poll function, from its environment (`TABLE_NAME`, `BORDERWATCH_CONFIG`); rejects, naming
 * the field, when the configuration is invalid. The logger loads on its first line: the function awaits
 * `logger.settled()` before it returns.
 */
export async function pollDependencies(
  env: Env,
): Promise<PollHandlerDependencies & { readonly logger: DeferredLogger }> {
  const config = await configFromEnv(env);
  const clock = systemClock;
  return {
    config,
    clock,
    logger: lazyLogger(async () => (await import('./lambda-logger.js')).lambdaLogger()),
    store: createDynamoDbStore(createAwsDynamoClient(env.AWS_REGION), required(env, 'TABLE_NAME')),
    fetcher: createConfiguredFetcher(config, { offline: false }),
    // EMF: one log line per feed becomes the FeedUnhealthy / FeedSilent metrics the stack alarms on.
    onFeedPolled: (result) =>
      process.stdout.write(`${feedHealthEmf(result.url, result.health, clock.now())}\n`),
  };
}
