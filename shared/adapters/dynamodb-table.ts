/**
 * Creates the single table where none exists: for local runs and tests (in AWS the CDK stack owns it).
 * The definition mirrors the stack's: same keys, same GSI, on-demand.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { TABLE_KEYS } from '../table-schema.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Thrown by {@link ensureTable} when the table is missing and it was told not to create one. */
export class MissingTableError extends Error {}

/**
 * Creates the table if missing (unless `create` is false: then a missing table is a
 * {@link MissingTableError}) and waits until it is ACTIVE. Safe to call on every start.
 */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
  { create = true, timeoutMs = 30_000 }: { readonly create?: boolean; readonly timeoutMs?: number } = {},
): Promise<void> {
  try {
    const described = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (described.Table?.TableStatus === 'ACTIVE') return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
    if (!create) throw new MissingTableError(`no table ${tableName}`, { cause: error });
    try {
      await client.send(
        new CreateTableCommand({
          TableName: tableName,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [
            { AttributeName: TABLE_KEYS.partitionKey, AttributeType: 'S' },
            { AttributeName: TABLE_KEYS.sortKey, AttributeType: 'S' },
            { AttributeName: TABLE_KEYS.byBorderPartitionKey, AttributeType: 'S' },
            { AttributeName: TABLE_KEYS.byBorderSortKey, AttributeType: 'S' },
          ],
          KeySchema: [
            { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
            { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
          ],
          GlobalSecondaryIndexes: [
            {
              IndexName: TABLE_KEYS.byBorderIndex,
              KeySchema: [
                { AttributeName: TABLE_KEYS.byBorderPartitionKey, KeyType: 'HASH' },
                { AttributeName: TABLE_KEYS.byBorderSortKey, KeyType: 'RANGE' },
              ],
              Projection: { ProjectionType: 'ALL' },
            },
          ],
        }),
      );
    } catch (createError) {
      // Another process created it between our describe and create: fine, wait for it below.
      if (!(createError instanceof ResourceInUseException)) throw createError;
    }
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const described = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (described.Table?.TableStatus === 'ACTIVE') return;
    await sleep(50);
  }
  throw new Error(`table ${tableName} did not become ACTIVE within ${timeoutMs} ms`);
}
