import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable } from '../../shared/adapters/dynamodb-table.js';
import { type LocalDynamo, startDynalite } from '../../shared/local/dynalite.js';
import { createLocalDynamoClient } from '../../shared/wiring/aws-clients.js';

/** A dynalite server with a fresh table, for one test file. */
export interface TestTable {
  readonly dynamo: LocalDynamo;
  readonly client: DynamoDBClient;
  readonly tableName: string;
  close(): Promise<void>;
}

export async function startTestTable(): Promise<TestTable> {
  const dynamo = await startDynalite();
  const client = createLocalDynamoClient(dynamo.endpoint);
  const tableName = `borderwatch-test-${randomUUID().slice(0, 8)}`;
  await ensureTable(client, tableName);
  return {
    dynamo,
    client,
    tableName,
    async close() {
      client.destroy();
      await dynamo.close();
    },
  };
}
