/**
 * The embedded DynamoDB API for local runs and tests: a real dynalite HTTP server on loopback, in memory or
 * persisted in a LevelDB directory.
 */
import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import dynalite from 'dynalite';
import { Level } from 'level';
import { ConfigError } from '../errors.js';
import { endWithParent } from './child-process.js';

/** A running dynalite server. */
export interface LocalDynamo {
  /** `http://127.0.0.1:<port>` */
  readonly endpoint: string;
  close(): Promise<void>;
}

/**
 * Opens the LevelDB database in `path` once and closes it, so that what would stop dynalite is told as such:
 * dynalite opens its database in the background and answers every request after a failed open with "Database
 * is closed", whatever the cause. Creates the database when the directory has none.
 * @throws ConfigError naming `--db`: permission denied, or in use by another process (LevelDB's lock).
 */
export async function checkDatabaseDirectory(path: string): Promise<void> {
  const denied = (detail: string, cause?: unknown) =>
    new ConfigError(
      '--db',
      `${path}: permission denied (${detail}); give a directory this user can write, or fix its permissions`,
      { cause },
    );
  try {
    await access(path, constants.R_OK | constants.W_OK);
  } catch (error) {
    throw denied((error as NodeJS.ErrnoException).code ?? 'no access', error);
  }
  const db = new Level(path);
  try {
    await db.open();
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code === 'LEVEL_LOCKED') {
      throw new ConfigError(
        '--db',
        `${path}: the database is in use by another process (another borderwatch run?); wait for it to end or give another directory`,
        { cause: error },
      );
    }
    const detail = cause?.message ?? (error as Error).message;
    if (/permission denied|read-only file system/i.test(detail)) throw denied(detail, error);
    throw new ConfigError('--db', `${path}: cannot open the database: ${detail}`, { cause: error });
  }
  await db.close();
}

/**
 * Starts dynalite on 127.0.0.1 with a free port.
 * @param path a directory for a persistent database; in memory when omitted.
 */
export async function startDynalite(path?: string): Promise<LocalDynamo> {
  // Tables become ACTIVE at once: the CREATING delay only slows local runs down.
  const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error?: Error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Starts dynalite in a child process on 127.0.0.1 (in memory, or persisted in `path`): the database then
 * has a core of its own, as DynamoDB does, instead of sharing the caller's event loop. Used to measure poll
 * cycles without the database's work counted on the poller's thread.
 */
export async function startDynaliteProcess(path?: string): Promise<LocalDynamo> {
  const port = await new Promise<number>((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
  const cli = createRequire(import.meta.url).resolve('dynalite/cli.js');
  const args = [
    cli,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--createTableMs',
    '0',
    '--deleteTableMs',
    '0',
  ];
  if (path) args.push('--path', path);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`dynalite exited with code ${code} before listening`)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve();
    });
  });
  child.removeAllListeners('exit');
  return { endpoint: `http://127.0.0.1:${port}`, close: endWithParent(child) };
}
