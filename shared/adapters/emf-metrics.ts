/**
 * Feed-health metrics as CloudWatch Embedded Metric Format log lines: no SDK call, no extra latency;
 * CloudWatch extracts the metrics from the function's log. The stack alarms on them.
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */
import type { FeedHealth } from '../domain/feed-health.js';

export const METRICS_NAMESPACE = 'Borderwatch';

/** One EMF document for one feed's health (metrics `FeedUnhealthy` and `FeedSilent`, 0 or 1, no dimensions). */
export function feedHealthEmf(feedUrl: string, health: FeedHealth, now: Date): string {
  return JSON.stringify({
    _aws: {
      Timestamp: now.getTime(),
      CloudWatchMetrics: [
        {
          Namespace: METRICS_NAMESPACE,
          Dimensions: [[]],
          Metrics: [
            { Name: 'FeedUnhealthy', Unit: 'Count' },
            { Name: 'FeedSilent', Unit: 'Count' },
          ],
        },
      ],
    },
    FeedUnhealthy: health.status === 'failing' ? 1 : 0,
    FeedSilent: health.status === 'silent' ? 1 : 0,
    feed: feedUrl,
    consecutiveFailures: health.consecutiveFailures,
    lastError: health.lastError,
  });
}
