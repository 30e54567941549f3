/**
 * The HTTP fetcher with the configured limits: the one construction the poll function, the CLI and the
 * tests share, so a limit added to the config reaches every wiring.
 */
import { createHttpFetcher } from '../adapters/http-fetcher.js';
import type { Config } from '../config.js';
import type { HttpFetcher } from '../ports/http-fetcher.js';

/** A fetcher honouring `config.limits` and `config.userAgent`; offline and replay mapping as given. */
export function createConfiguredFetcher(
  config: Config,
  options: { offline: boolean; connectTo?: ReadonlyMap<string, { host: string; port: number }> },
): HttpFetcher {
  return createHttpFetcher({
    timeoutMs: config.limits.fetchTimeoutMs,
    maxFeedBytes: config.limits.maxFeedBytes,
    maxPageBytes: config.limits.maxPageBytes,
    maxRedirects: config.limits.maxRedirects,
    userAgent: config.userAgent,
    offline: options.offline,
    ...(options.connectTo ? { connectTo: options.connectTo } : {}),
  });
}
