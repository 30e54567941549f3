/**
 * The one runtime configuration: feeds, schedule, alert thresholds, subscribers and limits. The CLI, the
 * Lambdas (through the `BORDERWATCH_CONFIG` environment variable the stack sets) and the CDK app all parse
 * it with `parseConfig`, which fails fast with a message naming the field and the expected form.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { ALERT_RULES, BORDERS } from './domain/types.js';
import { ConfigError, type ConfigProblem } from './errors.js';

// zod/mini keeps the Lambda bundles lean (about 20 KB instead of about 400 KB for the full API); it ships
// no messages until a locale is configured. https://zod.dev/packages/mini
z.config(en());

const httpUrl = z.string().check(
  z.trim(),
  z.refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'expected an absolute http(s) URL' },
  ),
);

const int = (min: number, max?: number) =>
  max === undefined ? z.int().check(z.minimum(min)) : z.int().check(z.minimum(min), z.maximum(max));

/** One feed: the operator's URL (trusted), an optional display name and language. */
export const feedSchema = z.strictObject({
  url: httpUrl,
  name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  /** BCP 47 language of the feed, e.g. `en`, `ru`. Informational: classification is multilingual. */
  lang: z.optional(
    z.string().check(
      z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
        message: 'expected a language tag such as "en" or "ru"',
      }),
    ),
  ),
});

const borderSchema = z.enum(BORDERS);

/** E.164: a plus sign and 8 to 15 digits, as SNS requires for SMS. */
const phoneSchema = z
  .string()
  .check(z.regex(/^\+[1-9]\d{7,14}$/, { message: 'expected an E.164 phone number such as +992900000000' }));

const subscriberSchema = z
  .strictObject({
    email: z.optional(z.email({ message: 'expected an email address' })),
    phone: z.optional(phoneSchema),
    /** Only alerts about these borders (default: all). */
    borders: z.optional(z.array(borderSchema).check(z.minLength(1))),
    /** Only alerts whose incident has at least this many killed (default: any). */
    minKilled: z.optional(int(0)),
    /** Only these rules (default: all). */
    rules: z.optional(z.array(z.enum(ALERT_RULES)).check(z.minLength(1))),
  })
  .check(
    z.refine((s) => (s.email === undefined) !== (s.phone === undefined), {
      message: 'expected exactly one of "email" or "phone"',
    }),
  );

const thresholdFields = {
  /** `new-incident`: minimum classifier score. */
  newIncidentScore: z.number().check(z.minimum(0), z.maximum(1)),
  /** `toll-threshold`: killed at or above this. */
  killed: int(1),
  /** `toll-threshold`: killed + wounded at or above this. */
  casualties: int(1),
  /** `window-total`: days in the rolling window. */
  windowDays: int(1, 365),
  /** `window-total`: killed on one border over the window at or above this. */
  windowKilled: int(1),
};

const thresholdsSchema = z.strictObject({
  newIncidentScore: z._default(thresholdFields.newIncidentScore, 0.6),
  killed: z._default(thresholdFields.killed, 5),
  casualties: z._default(thresholdFields.casualties, 10),
  windowDays: z._default(thresholdFields.windowDays, 30),
  windowKilled: z._default(thresholdFields.windowKilled, 10),
});

const thresholdOverridesSchema = z.strictObject({
  newIncidentScore: z.optional(thresholdFields.newIncidentScore),
  killed: z.optional(thresholdFields.killed),
  casualties: z.optional(thresholdFields.casualties),
  windowDays: z.optional(thresholdFields.windowDays),
  windowKilled: z.optional(thresholdFields.windowKilled),
});

const alertsSchema = z.strictObject({
  ...thresholdsSchema.shape,
  /** Per-border overrides of any threshold. */
  borders: z._default(z.partialRecord(borderSchema, thresholdOverridesSchema), {}),
  /**
   * Backfill cut-off: reports published longer ago than this raise no alert (a first run over a feed
   * stores its history quietly).
   */
  maxAgeHours: z._default(z.number().check(z.minimum(1), z.maximum(24 * 365)), 72),
});

const MiB = 1024 * 1024;
const limitsSchema = z.strictObject({
  fetchTimeoutMs: z._default(int(100, 120_000), 10_000),
  maxFeedBytes: z._default(int(1024, 50 * MiB), 5 * MiB),
  maxPageBytes: z._default(int(1024, 50 * MiB), 2 * MiB),
  maxRedirects: z._default(int(0, 10), 5),
  /** Article pages fetched at once per feed. */
  pageConcurrency: z._default(int(1, 32), 4),
  /** Feeds polled at once by the local runner (in AWS: the poll function's concurrency). */
  feedConcurrency: z._default(int(1, 64), 8),
  maxItemsPerFeed: z._default(int(1, 1000), 100),
  /** How long seen-article markers are kept. */
  seenTtlDays: z._default(int(1, 3650), 90),
});

const mergeSchema = z.strictObject({
  /** Reports whose event dates differ by at most this many days may be one incident. */
  windowDays: z._default(int(0, 30), 2),
});

const healthSchema = z.strictObject({
  /** A feed failing this many cycles in a row is reported unhealthy. */
  failureCycles: z._default(int(1, 1000), 3),
  /** A feed silent for this many times its usual cadence is reported silent. */
  silenceFactor: z._default(z.number().check(z.minimum(1), z.maximum(1000)), 6),
});

/** The configuration schema. Every field has a default except the feeds. */
export const configSchema = z.strictObject({
  feeds: z._default(z.array(feedSchema), []),
  schedule: z.prefault(z.strictObject({ rateMinutes: z._default(int(1, 1440), 10) }), {}),
  alerts: z.prefault(alertsSchema, {}),
  subscribers: z._default(z.array(subscriberSchema), []),
  limits: z.prefault(limitsSchema, {}),
  merge: z.prefault(mergeSchema, {}),
  health: z.prefault(healthSchema, {}),
  /** Descriptive User-Agent sent with every request. */
  userAgent: z._default(
    z.string().check(z.minLength(1)),
    'Borderwatch/0.1 (+https://github.com/borderwatch/borderwatch; news monitor)',
  ),
});

/** A list of feeds, as `--feeds` files and fixture manifests give them. */
export const feedListSchema = z.array(feedSchema);

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
 * Every problem zod found, each naming its field as users write it (`feeds[0].url`); `root` is prefixed to
 * each path (a feeds file is checked as `feeds`). An unknown key is named itself, one problem per key, so a
 * typo ("feed" for "feeds") is obvious.
 */
export function configProblems(
  issues: readonly z.core.$ZodIssue[],
  root: readonly PropertyKey[] = [],
): ConfigProblem[] {
  const problems = issues.flatMap((issue): ConfigProblem[] => {
    const path = [...root, ...issue.path];
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        field: fieldPath([...path, key]),
        message: 'unknown field (check its spelling against the documented configuration)',
      }));
    return [{ field: fieldPath(path) || '(config)', message: issue.message }];
  });
  return problems.length
    ? problems
    : [{ field: fieldPath(root) || '(config)', message: 'invalid configuration' }];
}

/**
 * Validates raw configuration (parsed JSON, CDK context) and fills in defaults.
 * @throws ConfigError naming the first invalid field, e.g. `feeds[1].url: expected an absolute http(s) URL`,
 * with every invalid field in its `problems`.
 */
export function parseConfig(raw: unknown): Config {
  const result = configSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const problems = configProblems(result.error.issues);
  const [first] = problems as [ConfigProblem, ...ConfigProblem[]];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : '';
  throw new ConfigError(first.field, `${first.message}${more}`, { cause: result.error, problems });
}

/** The thresholds in force for one border: the global values overridden by that border's entries. */
export function thresholdsFor(config: Config, border: (typeof BORDERS)[number]): Thresholds {
  const { borders, maxAgeHours: _maxAge, ...global } = config.alerts;
  return { ...global, ...(borders[border] ?? {}) };
}
