/**
 * Structured logging port. In AWS it is Powertools' Logger (JSON lines to CloudWatch); the CLI passes a
 * quiet stderr logger so that stdout stays the command's output.
 */
export interface Logger {
  debug(message: string, extra?: Record<string, unknown>): void;
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

/** A logger that drops everything: for tests that assert on results, not logs. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
