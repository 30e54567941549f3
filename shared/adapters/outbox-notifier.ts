/**
 * The `Notifier` port for local runs: each publish (one message per incident change, naming every rule it
 * met in `rules`) appends one JSON object as a line to a file (the "outbox"), with the same per-protocol
 * messages and attributes SNS would get.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AlertMessage } from '../domain/types.js';
import type { Notifier } from '../ports/notifier.js';

/** One outbox line. `publishedAt` is the cycle's clock. */
export type OutboxEntry = AlertMessage & { readonly publishedAt: string };

/** Creates a notifier appending to `path` (created with its folder on first publish). */
export function createOutboxNotifier(path: string, now: () => Date): Notifier {
  let ready: Promise<unknown> | undefined;
  return {
    async publish(message) {
      ready ??= mkdir(dirname(path), { recursive: true });
      await ready;
      const entry: OutboxEntry = { ...message, publishedAt: now().toISOString() };
      // One appendFile call per line: a line is written whole or not at all by one process.
      await appendFile(path, `${JSON.stringify(entry)}\n`, 'utf8');
    },
  };
}
