/**
 * The one runtime configuration: feeds, schedule, alert thresholds, subscribers and limits. The CLI, the
 * Lambdas (through the `BORDERWATCH_CONFIG` environment variable the stack sets) and the CDK app all parse
 * it with `parseConfig`, which fails fast with a message naming the field and the expected form.
 */
import { z } from 'zod';
import { BORDERS } from './domain/types.js';
import { ConfigError } from './errors.js';

const httpUrl = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'expected an absolute http(s) URL' },
  );

const feedSchema = z.strictObject({
  url: httpUrl,
  name: z.string().trim().min(1).max(100).optional(),
  /** BCP 47 language of the feed, e.g. `en`, `ru`. Informational: classification is multilingual. */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'expected a language tag such as "en" or "ru"' })
    .optional(),
});

const borderSchema = z.enum(BORDERS);

/** E.164: a plus sign and 8 to 15 digits, as SNS requires for SMS. */
const phoneSchema = z
  .string()
  .regex(/^\+[1-9]\d{7,14}$/, { message: 'expected an E.164 phone number such as +992900000000' });

const subscriberSchema = z
  .strictObject({
    email: z.email({ message: 'expected an email address' }).optional(),
    phone: phoneSchema.optional(),
    /** Only alerts about these borders (default: all). */
    borders: z.array(borderSchema).min(1).optional(),
    /** Only alerts whose incident has at least this many killed (default: any). */
    minKilled: z.number().int().min(0).optional(),
    /** Only these rules (default: all). */
    rules: z
      .array(z.enum(['new-incident', 'toll-threshold', 'toll-increase', 'window-total']))
      .min(1)
      .optional(),
  })
  .refine((s) => (s.email === undefined) !== (s.phone === undefined), {
    message: 'expected exactly one of "email" or "phone"',
  });

const thresholdsSchema = z.strictObject({
  /** `new-incident`: minimum classifier score. */
  newIncidentScore: z.number().min(0).max(1).default(0.6),
  /** `toll-threshold`: killed at or above this. */
  killed: z.number().int().min(1).default(5),
  /** `toll-threshold`: killed + wounded at or above this. */
  casualties: z.number().int().min(1).default(10),
  /** `window-total`: days in the rolling window. */
  windowDays: z.number().int().min(1).max(365).default(30),
  /** `window-total`: killed on one border over the window at or above this. */
  windowKilled: z.number().int().min(1).default(10),
});

const alertsSchema = z.strictObject({
  ...thresholdsSchema.shape,
  /** Per-border overrides of any threshold. */
  borders: z.partialRecord(borderSchema, thresholdsSchema.partial()).default({}),
  /**
   * Backfill cut-off: reports published longer ago than this raise no alert (a first run over a feed
   * stores its history quietly).
   */
  maxAgeHours: z
    .number()
    .min(1)
    .max(24 * 365)
    .default(72),
});

const limitsSchema = z.strictObject({
  fetchTimeoutMs: z.number().int().min(100).max(120_000).default(10_000),
  maxFeedBytes: z
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(5 * 1024 * 1024),
  maxPageBytes: z
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(2 * 1024 * 1024),
  maxRedirects: z.number().int().min(0).max(10).default(5),
  /** Article pages fetched at once per feed. */
  pageConcurrency: z.number().int().min(1).max(32).default(4),
  /** Feeds polled at once by the local runner (in AWS: the poll function's concurrency). */
  feedConcurrency: z.number().int().min(1).max(64).default(8),
  maxItemsPerFeed: z.number().int().min(1).max(1000).default(100),
  /** How long seen-article markers are kept. */
  seenTtlDays: z.number().int().min(1).max(3650).default(90),
});

const mergeSchema = z.strictObject({
  /** Reports whose event dates differ by at most this many days may be one incident. */
  windowDays: z.number().int().min(0).max(30).default(2),
});

const healthSchema = z.strictObject({
  /** A feed failing this many cycles in a row is reported unhealthy. */
  failureCycles: z.number().int().min(1).max(1000).default(3),
  /** A feed silent for this many times its usual cadence is reported silent. */
  silenceFactor: z.number().min(1).max(1000).default(6),
});

/** The configuration schema. Every field has a default except the feeds. */
export const configSchema = z.strictObject({
  feeds: z.array(feedSchema).default([]),
  schedule: z.strictObject({ rateMinutes: z.number().int().min(1).max(1440).default(10) }).prefault({}),
  alerts: alertsSchema.prefault({}),
  subscribers: z.array(subscriberSchema).default([]),
  limits: limitsSchema.prefault({}),
  merge: mergeSchema.prefault({}),
  health: healthSchema.prefault({}),
  /** Descriptive User-Agent sent with every request. */
  userAgent: z
    .string()
    .min(1)
    .default('Borderwatch/0.1 (+https://github.com/borderwatch/borderwatch; news monitor)'),
});

export type Config = z.infer<typeof configSchema>;
export type FeedConfig = z.infer<typeof feedSchema>;
export type SubscriberConfig = z.infer<typeof subscriberSchema>;
export type Thresholds = z.infer<typeof thresholdsSchema>;

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/**
 * Validates raw configuration (parsed JSON, CDK context) and fills in defaults.
 * @throws ConfigError naming the first invalid field, e.g. `feeds[1].url: expected an absolute http(s) URL`.
 */
export function parseConfig(raw: unknown): Config {
  const result = configSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  let path: readonly PropertyKey[] = issue?.path ?? [];
  let message = issue?.message ?? 'invalid configuration';
  if (issue?.code === 'unrecognized_keys') {
    // Name the unknown key itself, so a typo ("feed" for "feeds") is obvious.
    path = [...path, issue.keys[0] ?? ''];
    message = 'unknown field (check its spelling against the documented configuration)';
  }
  const field = fieldPath(path) || '(config)';
  const more =
    result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problem(s))` : '';
  throw new ConfigError(field, `${message}${more}`, { cause: result.error });
}

/** The thresholds in force for one border: the global values overridden by that border's entries. */
export function thresholdsFor(config: Config, border: (typeof BORDERS)[number]): Thresholds {
  const { borders, maxAgeHours: _maxAge, ...global } = config.alerts;
  return { ...global, ...(borders[border] ?? {}) };
}
