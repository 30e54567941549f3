/**
 * Local wiring: the same handlers as in AWS, with the store on dynalite (in memory, a directory, or any
 * DynamoDB-compatible endpoint) or the deployed table, alerts to an outbox file, fixtures from a replay server.
 */

import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createDynamoDbStore } from '../adapters/dynamodb-store.js';
import { ensureTable, MissingTableError } from '../adapters/dynamodb-table.js';
import { type Config, parseConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import { checkDatabaseDirectory, startDynalite } from '../local/dynalite.js';
import type { Logger } from '../ports/logger.js';
import type { Store } from '../ports/store.js';
import {
  createAwsDynamoClient,
  createLocalDynamoClient,
  SDK_MAX_ATTEMPTS,
  SDK_TIMEOUTS_MS,
} from './aws-clients.js';

/** The table name used locally unless `--table` or `BORDERWATCH_TABLE` says otherwise. */
export const DEFAULT_LOCAL_TABLE = 'borderwatch';

/** An opened database: the store plus how to close it and a description for summaries. */
export interface OpenedStore {
  readonly store: Store;
  readonly description: string;
  close(): Promise<void>;
}

/** How {@link openStore} opens a database. */
export interface OpenStoreOptions {
  /** `--offline`: only loopback endpoints. */
  readonly offline: boolean;
  /**
   * Create the database directory and the table when missing (`run`); commands that only read (`incidents`,
   * `feeds`) refuse a missing one instead of showing an empty database made from a mistyped path.
   */
  readonly create: boolean;
}

/**
 * Opens the store named by `--db`:
 * - undefined: an in-memory dynalite for this process;
 * - `aws`: the deployed table (`tableName` required; credentials and region from the environment);
 * - `http://…` / `https://…`: any DynamoDB-compatible server; the table is created if missing and `create`;
 * - anything else: a directory for a persistent dynalite database, created if missing and `create`.
 * Failures name `--db` and say what to do: no answer, missing, permission denied, in use.
 */
export async function openStore(
  db: string | undefined,
  tableName: string,
  { offline, create }: OpenStoreOptions,
): Promise<OpenedStore> {
  if (db === 'aws') {
    if (offline) throw new ConfigError('--db', '"aws" reaches the deployed table, which --offline forbids');
    const client = createAwsDynamoClient();
    return {
      store: createDynamoDbStore(client, tableName),
      description: `DynamoDB table ${tableName} (AWS)`,
      close: async () => client.destroy(),
    };
  }
  if (db && /^https?:\/\//i.test(db)) {
    const host = new URL(db).hostname;
    if (offline && !['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host) && !host.startsWith('127.')) {
      throw new ConfigError('--db', `${db} is not on loopback, which --offline forbids`);
    }
    const client = createLocalDynamoClient(db);
    return readyOrClosed(
      {
        store: createDynamoDbStore(client, tableName),
        description: `${db} table ${tableName}`,
        close: async () => client.destroy(),
      },
      async () => {
        try {
          await ensureTable(client, tableName, { create });
        } catch (error) {
          throw endpointError(db, tableName, error);
        }
      },
    );
  }
  if (db) {
    if (create) await mkdir(db, { recursive: true });
    else if (!existsSync(db)) {
      throw new ConfigError('--db', `no database at ${db}; \`run --db ${db}\` creates one`);
    }
    await checkDatabaseDirectory(db);
  }
  const dynamo = await startDynalite(db);
  const client = createLocalDynamoClient(dynamo.endpoint);
  return readyOrClosed(
    {
      store: createDynamoDbStore(client, tableName),
      description: db ? `dynalite database in ${db}` : 'in-memory dynalite database',
      async close() {
        client.destroy();
        await dynamo.close();
      },
    },
    () => ensureTable(client, tableName),
  );
}

/** What went wrong when talking to a `--db http://…` endpoint, told as the user's next step. */
function endpointError(db: string, tableName: string, error: unknown): Error {
  if (error instanceof MissingTableError) {
    return new ConfigError('--db', `${db} has no table ${tableName}; \`run --db ${db}\` creates it`, {
      cause: error,
    });
  }
  const why =
    (error as Error).name === 'TimeoutError'
      ? `no answer within ${SDK_TIMEOUTS_MS.requestTimeout / 1000} s, ${SDK_MAX_ATTEMPTS} attempts`
      : isNetworkError(error)
        ? (error as Error).message
        : undefined;
  if (why === undefined) return error as Error;
  return new ConfigError(
    '--db',
    `${db} did not answer as a DynamoDB endpoint (${why}); check that the server is running there`,
    { cause: error },
  );
}

function isNetworkError(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return typeof code === 'string' && /^(E[A-Z]+|ETIMEDOUT)$/.test(code);
}

/**
 * The opened store once `prepare` has succeeded; when it fails, the store is closed first (an embedded
 * dynalite left listening would keep the process alive after the error is reported).
 */
async function readyOrClosed(opened: OpenedStore, prepare: () => Promise<unknown>): Promise<OpenedStore> {
  try {
    await prepare();
    return opened;
  } catch (error) {
    await opened.close();
    throw error;
  }
}

/** The default config file, read when present in the working directory. */
export const DEFAULT_CONFIG_FILE = 'borderwatch.config.json';

/** Loads and validates the config file (explicit, else the default one if present, else defaults). */
export async function loadConfigFile(path: string | undefined): Promise<Config> {
  const file = path ?? (existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : undefined);
  if (!file) return parseConfig({});
  return parseConfig(await readConfigJson(file, '--config'));
}

/** The JSON a configuration file holds, unvalidated; a file that cannot be read as JSON is a ConfigError on `field`. */
export async function readConfigJson(file: string, field: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(field, `cannot read ${file} as JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** A logger for the CLI: human-readable lines on stderr, from `level` up. */
export function createStderrLogger(level: 'debug' | 'info' | 'warn' | 'error' | 'silent'): Logger {
  const order = ['debug', 'info', 'warn', 'error', 'silent'] as const;
  const min = order.indexOf(level);
  const write = (at: (typeof order)[number]) => (message: string, extra?: Record<string, unknown>) => {
    if (order.indexOf(at) < min) return;
    process.stderr.write(`[${at}] ${message}${extra ? ` ${JSON.stringify(extra)}` : ''}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
