/**
 * The `FeedQueue` port on SQS: one message per feed, sent in batches of ten (the SendMessageBatch limit).
 * Entries SQS reports as failed are retried once, then the dispatch fails so the schedule's retry runs it.
 */
import {
  SendMessageBatchCommand,
  type SendMessageBatchRequestEntry,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { FeedQueue } from '../ports/feed-queue.js';

const SQS_BATCH_LIMIT = 10;

/** Creates the SQS feed queue adapter. */
export function createSqsFeedQueue(client: SQSClient, queueUrl: string): FeedQueue {
  return {
    async send(feeds) {
      for (let start = 0; start < feeds.length; start += SQS_BATCH_LIMIT) {
        let entries: SendMessageBatchRequestEntry[] = feeds
          .slice(start, start + SQS_BATCH_LIMIT)
          .map((feed, i) => ({ Id: String(start + i), MessageBody: JSON.stringify(feed) }));
        for (let attempt = 0; entries.length > 0; attempt++) {
          const result = await client.send(
            new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }),
          );
          const failed = new Set((result.Failed ?? []).map((f) => f.Id));
          if (failed.size === 0) break;
          if (attempt >= 1) {
            const detail = (result.Failed ?? [])
              .map((f) => `${f.Id}: ${f.Code} ${f.Message ?? ''}`)
              .join('; ');
            throw new Error(`SQS refused ${failed.size} feed message(s): ${detail}`);
          }
          entries = entries.filter((e) => failed.has(e.Id));
        }
      }
    },
  };
}
