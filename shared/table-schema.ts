/**
 * The single table's key schema: plain constants shared by the DynamoDB adapter and the CDK stack,
 * so the deployed table and the code that reads it cannot drift apart.
 */
export const TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** GSI over incidents by border and event date (`BORDER#tajik-afghan` / `2026-01-04#<id>`). */
  byBorderIndex: 'byBorder',
  byBorderPartitionKey: 'gsi1pk',
  byBorderSortKey: 'gsi1sk',
  /** Epoch seconds; DynamoDB TTL expires seen-article markers. */
  ttlAttribute: 'expiresAt',
  /** Item kind: `feed`, `article`, `fingerprint`, `incident`, `alert`. The alert stream is filtered on it. */
  entityAttribute: 'entity',
} as const;

/** The `entity` value of incident items: the only items whose stream records reach the alert function. */
export const INCIDENT_ENTITY = 'incident';
