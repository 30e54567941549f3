/**
 * A logger loaded on its first line rather than at start: Powertools' logger is about 5 ms of the poll
 * function's cold start, and a poll whose feeds all answer 304 logs nothing. Lines logged while it loads are
 * kept, in order, and written once it has loaded; the function awaits {@link DeferredLogger.settled} before it
 * returns, so no line is left behind in a frozen container.
 */
import type { Logger } from '../ports/logger.js';

/** A logger whose lines may still be on their way: `settled` resolves once every line so far is written. */
export interface DeferredLogger extends Logger {
  settled(): Promise<void>;
}

type Level = keyof Logger;

/**
 * A logger that loads the real one with `load` on its first line. Should loading fail, the lines go to stderr
 * as JSON (CloudWatch still receives them) with the reason, and the next line tries again.
 */
export function lazyLogger(load: () => Promise<Logger>): DeferredLogger {
  let logger: Logger | undefined;
  let loading: Promise<void> = Promise.resolve();
  let started = false;
  const pending: [Level, string, Record<string, unknown> | undefined][] = [];
  const write = (target: Logger, level: Level, message: string, extra?: Record<string, unknown>) =>
    extra ? target[level](message, extra) : target[level](message);

  const at = (level: Level) => (message: string, extra?: Record<string, unknown>) => {
    if (logger) return write(logger, level, message, extra);
    pending.push([level, message, extra]);
    if (started) return;
    started = true;
    loading = load().then(
      (loaded) => {
        logger = loaded;
        for (const [l, m, e] of pending.splice(0)) write(loaded, l, m, e);
      },
      (error: unknown) => {
        started = false;
        for (const [l, m, e] of pending.splice(0)) {
          process.stderr.write(`${JSON.stringify({ level: l.toUpperCase(), message: m, ...e })}\n`);
        }
        process.stderr.write(
          `${JSON.stringify({ level: 'ERROR', message: 'logger failed to load', error: String(error) })}\n`,
        );
      },
    );
  };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    settled: () => loading,
  };
}
