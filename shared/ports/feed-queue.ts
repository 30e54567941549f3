import type { FeedConfig } from '../config.js';

/** Where the dispatcher sends one message per feed: SQS in AWS, the poll handler directly when local. */
export interface FeedQueue {
  send(feeds: readonly FeedConfig[]): Promise<void>;
}
