/**
 * The Lambdas' logger: Powertools' JSON logger behind the `Logger` port. A module of its own, so that the
 * poll function can load it on its first line (`lazy-logger.ts`) instead of at start.
 */
import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { Logger } from '../ports/logger.js';

/** Powertools' JSON logger behind the `Logger` port. */
export function lambdaLogger(): Logger {
  const powertools = new PowertoolsLogger({ serviceName: 'borderwatch' });
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') => (message: string, extra?: Record<string, unknown>) =>
      extra ? powertools[level](message, extra) : powertools[level](message);
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
