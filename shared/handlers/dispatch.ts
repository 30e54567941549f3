/**
 * The dispatch handler: on each scheduled tick, one queue message per configured feed.
 */
import type { Config } from '../config.js';
import type { FeedQueue } from '../ports/feed-queue.js';
import type { Logger } from '../ports/logger.js';

/** What the dispatch handler returns (logged by Lambda, printed by the CLI). */
export interface DispatchResult {
  readonly feeds: number;
}

/** Builds the dispatch handler over its dependencies. The scheduled event itself carries nothing needed. */
export function createDispatchHandler(deps: { config: Config; queue: FeedQueue; logger: Logger }) {
  return async (_event?: unknown): Promise<DispatchResult> => {
    await deps.queue.send(deps.config.feeds);
    deps.logger.info('feeds dispatched', { feeds: deps.config.feeds.length });
    return { feeds: deps.config.feeds.length };
  };
}
