/**
 * The embedded DynamoDB API for local runs and tests: a real dynalite HTTP server on loopback, in memory or
 * persisted in a LevelDB directory.
 */
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

/** A running dynalite server. */
export interface LocalDynamo {
  /** `http://127.0.0.1:<port>` */
  readonly endpoint: string;
  close(): Promise<void>;
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
