/**
 * AWS wiring: builds each Lambda's dependencies from its environment (set by the CDK stack):
 * `TABLE_NAME`, `TOPIC_ARN` (alert), `FEED_QUEUE_URL` (dispatch), `BORDERWATCH_CONFIG` (validated config JSON).
 * Clients are built once per execution environment and reused across invocations.
 */
import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import { SQSClient } from '@aws-sdk/client-sqs';
import { createDynamoDbStore } from '../adapters/dynamodb-store.js';
import { feedHealthEmf } from '../adapters/emf-metrics.js';
import { createHttpFetcher } from '../adapters/http-fetcher.js';
import { createSnsNotifier } from '../adapters/sns-notifier.js';
import { createSqsFeedQueue } from '../adapters/sqs-feed-queue.js';
import { type Config, parseConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import type { AlertHandlerDependencies } from '../handlers/alert.js';
import type { PollHandlerDependencies } from '../handlers/poll.js';
import { systemClock } from '../ports/clock.js';
import type { FeedQueue } from '../ports/feed-queue.js';
import type { Logger } from '../ports/logger.js';
import { createAwsDynamoClient, createAwsSnsClient, SDK_MAX_ATTEMPTS } from './aws-clients.js';

type Env = Readonly<Record<string, string | undefined>>;

function required(env: Env, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigError(name, 'environment variable is not set (the stack sets it)');
  return value;
}

/** The config the stack embedded in `BORDERWATCH_CONFIG`. */
export function configFromEnv(env: Env): Config {
  const raw = env.BORDERWATCH_CONFIG;
  if (!raw) return parseConfig({});
  try {
    return parseConfig(JSON.parse(raw));
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError('BORDERWATCH_CONFIG', `is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

function logger(): Logger {
  const powertools = new PowertoolsLogger({ serviceName: 'borderwatch' });
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') => (message: string, extra?: Record<string, unknown>) =>
      extra ? powertools[level](message, extra) : powertools[level](message);
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Dependencies of the poll function. */
export function pollDependencies(env: Env): PollHandlerDependencies {
  const config = configFromEnv(env);
  const clock = systemClock;
  return {
    config,
    clock,
    logger: logger(),
    store: createDynamoDbStore(createAwsDynamoClient(env.AWS_REGION), required(env, 'TABLE_NAME')),
    fetcher: createHttpFetcher({
      timeoutMs: config.limits.fetchTimeoutMs,
      maxFeedBytes: config.limits.maxFeedBytes,
      maxPageBytes: config.limits.maxPageBytes,
      maxRedirects: config.limits.maxRedirects,
      userAgent: config.userAgent,
      offline: false,
    }),
    // EMF: one log line per feed becomes the FeedUnhealthy / FeedSilent metrics the stack alarms on.
    onFeedPolled: (result) =>
      process.stdout.write(`${feedHealthEmf(result.url, result.health, clock.now())}\n`),
  };
}

/** Dependencies of the alert function. */
export function alertDependencies(env: Env): AlertHandlerDependencies {
  return {
    config: configFromEnv(env),
    clock: systemClock,
    logger: logger(),
    store: createDynamoDbStore(createAwsDynamoClient(env.AWS_REGION), required(env, 'TABLE_NAME')),
    notifier: createSnsNotifier(createAwsSnsClient(env.AWS_REGION), required(env, 'TOPIC_ARN')),
  };
}

/** Dependencies of the dispatch function. */
export function dispatchDependencies(env: Env): { config: Config; queue: FeedQueue; logger: Logger } {
  return {
    config: configFromEnv(env),
    logger: logger(),
    queue: createSqsFeedQueue(
      new SQSClient({ region: env.AWS_REGION, maxAttempts: SDK_MAX_ATTEMPTS }),
      required(env, 'FEED_QUEUE_URL'),
    ),
  };
}
