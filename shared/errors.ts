/**
 * Typed errors. Every error Borderwatch raises on bad input or a failing dependency is one of these,
 * with a `code` a caller can switch on and the original error kept as `cause`.
 */

/** Base class: a specific, user-facing message plus a machine-readable code. */
export class BorderwatchError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** One invalid field: its path (`feeds[0].url`) and what is wrong with it. */
export interface ConfigProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * Invalid configuration; the message names the (first) field and the expected form, and `problems` holds
 * every invalid field, so a user can fix them all in one go.
 */
export class ConfigError extends BorderwatchError {
  readonly field: string;
  readonly problems: readonly ConfigProblem[];
  constructor(
    field: string,
    message: string,
    options?: { cause?: unknown; problems?: readonly ConfigProblem[] },
  ) {
    super('config', `${field}: ${message}`, options);
    this.field = field;
    this.problems = options?.problems?.length ? options.problems : [{ field, message }];
  }
}

/** A command-line value the command cannot use; the CLI exits 2. The message names the option. */
export class UsageError extends BorderwatchError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('usage', message, options);
  }
}

/**
 * Problems as a person reads them: `subject: field: message` for one, else the count and one indented
 * `field: message` line each.
 */
export function formatProblems(subject: string, problems: readonly ConfigProblem[]): string {
  if (problems.length === 1) return `${subject}: ${problems[0]?.field}: ${problems[0]?.message}`;
  return `${subject}: ${problems.length} problems:\n${problems.map((p) => `  ${p.field}: ${p.message}`).join('\n')}`;
}

export const FETCH_ERROR_CODES = [
  'timeout',
  'too-large',
  'too-many-redirects',
  'blocked-address',
  'blocked-scheme',
  'blocked-downgrade',
  'offline',
  'http-status',
  'network',
  'decode',
  'invalid-url',
] as const;
export type FetchErrorCode = (typeof FETCH_ERROR_CODES)[number];

/** A fetch that did not produce a usable response. */
export class FetchError extends BorderwatchError {
  override readonly code: FetchErrorCode;
  readonly url: string;
  /** HTTP status for `http-status`. */
  readonly status: number | undefined;
  constructor(
    code: FetchErrorCode,
    url: string,
    message: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super(code, message, options);
    this.code = code;
    this.url = url;
    this.status = options?.status;
  }
}

/** A feed document that could not be parsed as RSS or Atom. */
export class FeedParseError extends BorderwatchError {
  readonly url: string;
  constructor(url: string, message: string, options?: { cause?: unknown }) {
    super('feed-parse', message, options);
    this.url = url;
  }
}

/** A DynamoDB conditional write lost a race; the caller re-reads and retries. */
export class ConflictError extends BorderwatchError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('conflict', message, options);
  }
}
