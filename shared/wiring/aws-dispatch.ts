/** AWS wiring of the dispatch function: the SQS feed queue. */
import { createSqsFeedQueue } from '../adapters/sqs-feed-queue.js';
import type { Config } from '../config.js';
import type { FeedQueue } from '../ports/feed-queue.js';
import type { Logger } from '../ports/logger.js';
import { createAwsSqsClient } from './aws-clients.js';
import { configFromEnv, type Env, required } from './aws-env.js';
import { lambdaLogger } from './lambda-logger.js';

/** Dependencies of the dispatch function, from its environment (`FEED_QUEUE_URL`, `BORDERWATCH_CONFIG`). */
export async function dispatchDependencies(
  env: Env,
): Promise<{ config: Config; queue: FeedQueue; logger: Logger }> {
  return {
    config: await configFromEnv(env),
    logger: lambdaLogger(),
    queue: createSqsFeedQueue(createAwsSqsClient(env.AWS_REGION), required(env, 'FEED_QUEUE_URL')),
  };
}
