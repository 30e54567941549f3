/**
 * The poll handler: an SQS batch, one message per feed. Each feed is polled independently; a message whose
 * poll threw (a store failure, a malformed message) is reported in `batchItemFailures`, so only it is
 * retried and, after the queue's receive limit, lands in the dead-letter queue.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
 */
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { FeedConfig } from '../config.js';
import { mapWithConcurrency } from '../usecases/concurrency.js';
import { type FeedPollResult, type PollDependencies, pollFeed } from '../usecases/poll-feed.js';

/**
 * Parses one queue message body into a feed. A message the dispatcher wrote from the configuration (the feed's
 * JSON as configured) is that configured, validated feed; any other is checked by `feedSchema`, which is
 * loaded only then, so a poll of configured feeds never builds the config schema.
 */
export async function parseFeedMessage(
  body: string,
  configured: ReadonlyMap<string, FeedConfig> = new Map(),
): Promise<FeedConfig> {
  const known = configured.get(body);
  if (known) return known;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new Error(`feed message is not JSON: ${body.slice(0, 80)}`, { cause: error });
  }
  const { feedSchema } = await import('../config.js');
  const parsed = feedSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(`feed message is not a feed: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** Poll dependencies plus observers of each feed's result (summary, metrics). */
export interface PollHandlerDependencies extends PollDependencies {
  readonly onFeedPolled?: (result: FeedPollResult) => void;
}

/** Builds the poll handler over its dependencies. */
export function createPollHandler(deps: PollHandlerDependencies) {
  // The dispatcher's message for each configured feed is the feed's JSON (see `sqs-feed-queue.ts`).
  const configured = new Map(deps.config.feeds.map((feed) => [JSON.stringify(feed), feed]));
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const failures: string[] = [];
    await mapWithConcurrency(event.Records, deps.config.limits.feedConcurrency, async (record) => {
      try {
        const feed = await parseFeedMessage(record.body, configured);
        const result = await pollFeed(feed, deps);
        deps.onFeedPolled?.(result);
      } catch (error) {
        failures.push(record.messageId);
        deps.logger.error('feed message failed; it will be retried', {
          messageId: record.messageId,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    });
    return { batchItemFailures: failures.map((itemIdentifier) => ({ itemIdentifier })) };
  };
}
