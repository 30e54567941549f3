/**
 * Where the stack's settings come from: the runtime configuration (`shared/config.ts`, read from a JSON file
 * given with `-c config=FILE` and/or set key by key with context values) and the few settings that only
 * concern the deployment (stack name, operator emails, retention). Both are validated before any construct
 * exists; a bad value fails synth with a message naming the field and the context key that set it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { type Config, parseConfig } from '../shared/config.js';
import { ConfigError } from '../shared/errors.js';

/** Where context values are read: `app.node` of a CDK app. */
export interface ContextSource {
  tryGetContext(key: string): unknown;
  getAllContext(): Record<string, unknown>;
}

/** Context keys that set one runtime-config field, and the field's path in the config. */
export const CONFIG_CONTEXT_KEYS = {
  rateMinutes: ['schedule', 'rateMinutes'],
  newIncidentScore: ['alerts', 'newIncidentScore'],
  killedThreshold: ['alerts', 'killed'],
  casualtiesThreshold: ['alerts', 'casualties'],
  windowDays: ['alerts', 'windowDays'],
  windowKilled: ['alerts', 'windowKilled'],
  maxAgeHours: ['alerts', 'maxAgeHours'],
  failureCycles: ['health', 'failureCycles'],
  silenceFactor: ['health', 'silenceFactor'],
  feedConcurrency: ['limits', 'feedConcurrency'],
  seenTtlDays: ['limits', 'seenTtlDays'],
  userAgent: ['userAgent'],
} as const satisfies Record<string, readonly string[]>;

/** Context keys holding lists: comma-separated on the command line, arrays in cdk.json. */
export const LIST_CONTEXT_KEYS = ['feeds', 'emails', 'phones'] as const;

/** The context key naming the JSON config file. */
export const CONFIG_FILE_CONTEXT_KEY = 'config';

/** CloudWatch Logs' accepted retention periods, in days. */
const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

const settingsSchema = z.strictObject({
  /** CloudFormation stack name; also the prefix of alarm names. */
  stackName: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9-]{0,127}$/, {
      message: 'expected a letter, then up to 127 letters, digits or hyphens',
    })
    .default('Borderwatch'),
  /** Who receives operator alarms (errors, dead letters, late alerts, feed health, SMS spend). */
  operatorEmails: z.array(z.email({ message: 'expected email addresses' })).default([]),
  /** Keep the table (RETAIN, deletion protection). Turn off only for throwaway development stacks. */
  retain: z.boolean().default(true),
  /** Days the functions' logs are kept. */
  logRetentionDays: z
    .number()
    .refine((days) => (LOG_RETENTION_DAYS as readonly number[]).includes(days), {
      message: `expected one of CloudWatch Logs' retention periods: ${LOG_RETENTION_DAYS.join(', ')}`,
    })
    .default(30),
  /** Alarm when SMS spend this month reaches this many USD (the account's default SMS limit is $1). */
  smsSpendAlarmUsd: z.number().positive({ message: 'expected a positive amount of US dollars' }).default(0.8),
});

/** Settings that concern only the deployment, not the running monitor. */
export type DeploySettings = z.infer<typeof settingsSchema>;

/** Context keys of the deployment settings. */
export const SETTINGS_CONTEXT_KEYS = Object.keys(settingsSchema.shape) as ReadonlyArray<keyof DeploySettings>;

export interface DeployConfig {
  /** The validated runtime configuration. */
  readonly config: Config;
  readonly settings: DeploySettings;
  /** The config file read, if any (absolute path). */
  readonly configFile: string | undefined;
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list from the command line ("a, b") or from cdk.json (["a", "b"]). */
function toList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') {
    return value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
  }
  return [value];
}

/** Command-line context values are strings; numbers and booleans are converted, anything else is left for
 * the schema to reject by name. */
function toScalar(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  return value;
}

function readConfigFile(path: string): JsonObject {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(CONFIG_FILE_CONTEXT_KEY, `cannot read the config file: ${reason}`, {
      cause: error,
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(CONFIG_FILE_CONTEXT_KEY, `${path} is not valid JSON: ${reason}`, { cause: error });
  }
  if (!isObject(parsed)) {
    throw new ConfigError(CONFIG_FILE_CONTEXT_KEY, `${path} must hold a JSON object`);
  }
  return parsed;
}

function setPath(target: JsonObject, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    const child = isObject(next) ? { ...next } : {};
    node[key] = child;
    node = child;
  }
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = value;
}

/** Plain camelCase words are ours; CDK's own context keys carry `@`, `:` or `-`. */
function rejectUnknownKeys(context: ContextSource): void {
  const known = new Set<string>([
    CONFIG_FILE_CONTEXT_KEY,
    ...Object.keys(CONFIG_CONTEXT_KEYS),
    ...LIST_CONTEXT_KEYS,
    ...SETTINGS_CONTEXT_KEYS,
  ]);
  for (const key of Object.keys(context.getAllContext())) {
    if (/^[A-Za-z][A-Za-z0-9]*$/.test(key) && !known.has(key)) {
      throw new ConfigError(
        key,
        `unknown context key (check its spelling; known keys: ${[...known].sort().join(', ')})`,
      );
    }
  }
}

/** Merges the config file and the context overrides into the raw runtime config, before validation. */
function mergeRuntimeConfig(context: ContextSource, fileConfig: JsonObject): JsonObject {
  const raw: JsonObject = { ...fileConfig };
  for (const [key, path] of Object.entries(CONFIG_CONTEXT_KEYS)) {
    const value = context.tryGetContext(key);
    if (value !== undefined) setPath(raw, path, toScalar(value));
  }
  const feeds = context.tryGetContext('feeds');
  if (feeds !== undefined) {
    raw.feeds = toList(feeds).map((feed) => (typeof feed === 'string' ? { url: feed } : feed));
  }
  const emails = context.tryGetContext('emails');
  const phones = context.tryGetContext('phones');
  if (emails !== undefined || phones !== undefined) {
    // Subscribers given on the command line replace the file's: one list, one source.
    raw.subscribers = [
      ...(emails === undefined ? [] : toList(emails).map((email) => ({ email }))),
      ...(phones === undefined ? [] : toList(phones).map((phone) => ({ phone }))),
    ];
  }
  return raw;
}

/** Names the context key behind a failing field, so the message points at what the user typed. */
function contextKeyFor(field: string, context: ContextSource): string | undefined {
  for (const [key, path] of Object.entries(CONFIG_CONTEXT_KEYS)) {
    if (path.join('.') === field && context.tryGetContext(key) !== undefined) return key;
  }
  const listKey = /^(feeds|subscribers)\[/.exec(field)?.[1];
  if (listKey === 'feeds' && context.tryGetContext('feeds') !== undefined) return 'feeds';
  if (listKey === 'subscribers') {
    if (field.endsWith('.email') && context.tryGetContext('emails') !== undefined) return 'emails';
    if (field.endsWith('.phone') && context.tryGetContext('phones') !== undefined) return 'phones';
  }
  return undefined;
}

function validateRuntimeConfig(
  raw: JsonObject,
  context: ContextSource,
  configFile: string | undefined,
): Config {
  try {
    return parseConfig(raw);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const key = contextKeyFor(error.field, context);
    const source =
      key !== undefined ? `set with -c ${key}` : configFile !== undefined ? `in ${configFile}` : '';
    if (source === '') throw error;
    const detail = error.message.slice(error.field.length + 2);
    throw new ConfigError(error.field, `${detail} (${source})`, { cause: error });
  }
}

/** One email address or phone number subscribed twice would make two identical subscriptions. */
function rejectDuplicateSubscribers(config: Config): void {
  const seen = new Set<string>();
  config.subscribers.forEach((subscriber, index) => {
    const [kind, endpoint] =
      subscriber.email !== undefined
        ? ['email', subscriber.email.toLowerCase()]
        : ['phone', subscriber.phone];
    const id = `${kind}:${endpoint}`;
    if (seen.has(id)) {
      throw new ConfigError(
        `subscribers[${index}].${kind}`,
        `${endpoint} is subscribed twice; merge the entries`,
      );
    }
    seen.add(id);
  });
}

function parseSettings(context: ContextSource): DeploySettings {
  const raw: JsonObject = {};
  for (const key of SETTINGS_CONTEXT_KEYS) {
    const value = context.tryGetContext(key);
    if (value === undefined) continue;
    raw[key] = key === 'operatorEmails' ? toList(value) : toScalar(value);
  }
  const result = settingsSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = (issue?.path ?? [])
    .map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
    .join('');
  throw new ConfigError(field || '(context)', `${issue?.message ?? 'invalid value'} (set with -c ${field})`, {
    cause: result.error,
  });
}

/**
 * Reads, merges and validates everything the stack needs from CDK context (and the config file it names).
 * @throws ConfigError naming the first invalid field and where it was set.
 */
export function readDeployConfig(context: ContextSource, cwd: string = process.cwd()): DeployConfig {
  rejectUnknownKeys(context);
  const fileValue = context.tryGetContext(CONFIG_FILE_CONTEXT_KEY);
  if (fileValue !== undefined && (typeof fileValue !== 'string' || fileValue.trim() === '')) {
    throw new ConfigError(CONFIG_FILE_CONTEXT_KEY, 'expected the path of a JSON config file');
  }
  const configFile = typeof fileValue === 'string' ? resolve(cwd, fileValue) : undefined;
  const fileConfig = configFile !== undefined ? readConfigFile(configFile) : {};
  const config = validateRuntimeConfig(mergeRuntimeConfig(context, fileConfig), context, configFile);
  rejectDuplicateSubscribers(config);
  return { config, settings: parseSettings(context), configFile };
}

/**
 * The configuration the functions receive in `BORDERWATCH_CONFIG`: the validated config without the
 * subscribers, whom SNS filter policies route to and whose addresses the functions have no need to hold.
 * The text is `parseConfig`'s own output, which is what its seal (`BORDERWATCH_CONFIG_SHA256`, see
 * `shared/config-seal.ts`) vouches for: a function takes a sealed config as it stands.
 */
export function runtimeConfigJson(config: Config): string {
  return JSON.stringify(parseConfig({ ...config, subscribers: [] }));
}
