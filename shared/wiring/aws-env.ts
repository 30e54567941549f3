/**
 * What every Lambda's wiring shares: its environment (set by the CDK stack) and its configuration. The
 * per-function wiring modules (`aws-poll.ts`, `aws-alert.ts`, `aws-dispatch.ts`) build on it, so that each
 * bundle carries only its own SDK clients and adapters; the logger is in `lambda-logger.ts`.
 */
import type { Config } from '../config.js';
import { CONFIG_SEAL_VARIABLE, configSeal } from '../config-seal.js';
import { ConfigError } from '../errors.js';

/** A Lambda's environment variables. */
export type Env = Readonly<Record<string, string | undefined>>;

/** The value of a variable the stack must have set. */
export function required(env: Env, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigError(name, 'environment variable is not set (the stack sets it)');
  return value;
}

/**
 * The config the stack embedded in `BORDERWATCH_CONFIG`. The stack embeds `parseConfig`'s own output with its
 * seal (`config-seal.ts`), which is taken as it stands; anything else (no seal, a value edited since synth) is
 * validated by `parseConfig`, loaded only then, and rejects naming the field, so the function fails its start.
 */
export async function configFromEnv(env: Env): Promise<Config> {
  const raw = env.BORDERWATCH_CONFIG;
  let json: unknown = {};
  if (raw) {
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw new ConfigError('BORDERWATCH_CONFIG', `is not valid JSON: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (env[CONFIG_SEAL_VARIABLE] === configSeal(raw)) return json as Config;
  }
  const { parseConfig } = await import('../config.js');
  return parseConfig(json);
}
