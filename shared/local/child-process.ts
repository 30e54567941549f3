/** A server started as a child process (dynalite, the bench's web server), tied to this process's life. */
import type { ChildProcess } from 'node:child_process';

/**
 * Ties `child` to this process: if this process exits without closing it (an uncaught error), the child is
 * ended too. Returns the close function: it ends the child and resolves once the child has exited.
 */
export function endWithParent(child: ChildProcess): () => Promise<void> {
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  return () =>
    new Promise<void>((resolve) => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}
