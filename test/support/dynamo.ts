import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import { createDynamoDbStore } from '../../shared/adapters/dynamodb-store.js';
import { ensureTable } from '../../shared/adapters/dynamodb-table.js';
import { type LocalDynamo, startDynalite } from '../../shared/local/dynalite.js';
import type { Store } from '../../shared/ports/store.js';
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

/**
 * A store on a fresh dynalite table for the test file that calls this at its top level: started before the
 * file's tests, closed after them. The returned function gives the store (in a test, not at load time).
 */
export function useTestStore(): () => Store {
  let table: TestTable | undefined;
  let store: Store | undefined;
  beforeAll(async () => {
    table = await startTestTable();
    store = createDynamoDbStore(table.client, table.tableName);
  });
  afterAll(async () => table?.close());
  return () => {
    if (!store) throw new Error('the test store is started before the tests, not while the file loads');
    return store;
  };
}
