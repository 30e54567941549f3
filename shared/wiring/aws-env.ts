/**
 * What every Lambda's wiring shares: its environment (set by the CDK stack) and its logger. The per-function
 * wiring modules (`aws-poll.ts`, `aws-alert.ts`, `aws-dispatch.ts`) build on it, so that each bundle
 * carries only its own SDK clients and adapters.
 */
import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import { type Config, parseConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import type { Logger } from '../ports/logger.js';

/** A Lambda's environment variables. */
export type Env = Readonly<Record<string, string | undefined>>;

/** The value of a variable the stack must have set. */
export function required(env: Env, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigError(name, 'environment variable is not set (the stack sets it)');
  return value;
}

/** The config the stack embedded in `BORDERWATCH_CONFIG`. */
export function configFromEnv(env: Env): Config {
  const raw = env.BORDERWATCH_CONFIG;
  if (!raw) return parseConfig({});
  try {
    return parseConfig(JSON.parse(raw));
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError('BORDERWATCH_CONFIG', `is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** Powertools' JSON logger behind the `Logger` port. */
export function lambdaLogger(): Logger {
  const powertools = new PowertoolsLogger({ serviceName: 'borderwatch' });
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') => (message: string, extra?: Record<string, unknown>) =>
      extra ? powertools[level](message, extra) : powertools[level](message);
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
