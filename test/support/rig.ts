import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDynamoDbStore } from '../../shared/adapters/dynamodb-store.js';
import { createOutboxNotifier, type OutboxEntry } from '../../shared/adapters/outbox-notifier.js';
import { type Config, type FeedConfig, parseConfig } from '../../shared/config.js';
import { type CycleSummary, runLocalCycle } from '../../shared/local/run-cycle.js';
import { fixedClock } from '../../shared/ports/clock.js';
import { silentLogger } from '../../shared/ports/logger.js';
import type { Notifier } from '../../shared/ports/notifier.js';
import type { Store } from '../../shared/ports/store.js';
import { createConfiguredFetcher } from '../../shared/wiring/fetcher.js';
import { startTestTable, type TestTable } from './dynamo.js';

/** A local wiring for pipeline tests: dynalite table, offline fetcher, outbox in a temp dir. */
export interface Rig {
  readonly table: TestTable;
  readonly store: Store;
  readonly config: Config;
  readonly outbox: string;
  run(
    feeds: readonly FeedConfig[],
    options?: {
      now?: string;
      store?: Store;
      notifier?: Notifier;
      connectTo?: ReadonlyMap<string, { host: string; port: number }>;
    },
  ): Promise<CycleSummary>;
  outboxEntries(): Promise<OutboxEntry[]>;
  close(): Promise<void>;
}

export async function startRig(rawConfig: unknown = {}, defaultNow = '2026-01-05T18:00:00Z'): Promise<Rig> {
  const table = await startTestTable();
  const store = createDynamoDbStore(table.client, table.tableName);
  const config = parseConfig(rawConfig);
  const dir = await mkdtemp(join(tmpdir(), 'borderwatch-'));
  const outbox = join(dir, 'alerts.jsonl');
  return {
    table,
    store,
    config,
    outbox,
    async run(feeds, options = {}) {
      const clock = fixedClock(options.now ?? defaultNow);
      return runLocalCycle(feeds, {
        config,
        store: options.store ?? store,
        fetcher: createConfiguredFetcher(config, {
          offline: true,
          ...(options.connectTo ? { connectTo: options.connectTo } : {}),
        }),
        notifier: options.notifier ?? createOutboxNotifier(outbox, () => clock.now()),
        clock,
        logger: silentLogger,
      });
    },
    async outboxEntries() {
      try {
        const text = await readFile(outbox, 'utf8');
        return text
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as OutboxEntry);
      } catch {
        return [];
      }
    },
    async close() {
      await table.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
