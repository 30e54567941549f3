/**
 * SNS subscription filter policies, evaluated locally: which configured subscribers an alert would reach.
 * The policy for a subscriber is the one the stack gives its subscription (`infra/constructs/alert-topics.ts`,
 * `subscriberFilterPolicy`; a test holds the two equal), and it is matched against the message attributes
 * the alert carries (`AlertMessage.attributes`, which the SNS notifier sends as `String`, `String.Array` and
 * `Number` attributes) the way SNS matches them. A `String.Array` attribute (the alert's `rule`: every rule
 * one message reports) matches a condition when any of its elements does, `anything-but` included.
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-subscription-filter-policies.html
 * @see https://docs.aws.amazon.com/sns/latest/dg/string-value-matching.html
 */
import type { SubscriberConfig } from '../config.js';

/** Comparison operators of an SNS `numeric` condition. */
export type NumericOperator = '=' | '<' | '<=' | '>' | '>=';

/**
 * One condition of a filter policy attribute: an exact string, a `numeric` comparison or range
 * (`[">=", 3]`, `[">", 0, "<=", 10]`), `exists`, `anything-but` (a string, a number or a list of them) or a
 * string `prefix`. The config produces exact strings and `numeric [">=", n]`; the rest are here so a
 * hand-written policy is not silently misread.
 */
export type FilterCondition =
  | string
  | { readonly numeric: readonly (NumericOperator | number)[] }
  | { readonly exists: boolean }
  | { readonly 'anything-but': string | number | readonly (string | number)[] }
  | { readonly prefix: string };

/** A filter policy on message attributes: every attribute named must match one of its conditions. */
export type FilterPolicy = Readonly<Record<string, readonly FilterCondition[]>>;

/**
 * Message attributes by name: a `string` is an SNS `String` attribute, a `number` a `Number` attribute, an
 * array of strings a `String.Array` attribute; `undefined` is an attribute the message does not carry.
 */
export type MessageAttributeValues = Readonly<
  Record<string, string | number | readonly string[] | undefined>
>;

/** A filter policy holds a condition this evaluator does not know; SNS would have rejected or read it. */
export class UnsupportedFilterConditionError extends Error {
  constructor(attribute: string, condition: unknown) {
    super(`filter policy attribute "${attribute}": unsupported condition ${JSON.stringify(condition)}`);
    this.name = 'UnsupportedFilterConditionError';
  }
}

const COMPARE: Record<NumericOperator, (a: number, b: number) => boolean> = {
  '=': (a, b) => a === b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

function isOperator(value: unknown): value is NumericOperator {
  return typeof value === 'string' && Object.hasOwn(COMPARE, value);
}

/** `[op, n]` or `[op, n, op, n]`: every comparison must hold. */
function numericMatches(
  attribute: string,
  terms: readonly (NumericOperator | number)[],
  value: number,
): boolean {
  if (terms.length !== 2 && terms.length !== 4) throw new UnsupportedFilterConditionError(attribute, terms);
  for (let i = 0; i < terms.length; i += 2) {
    const operator = terms[i];
    const operand = terms[i + 1];
    if (!isOperator(operator) || typeof operand !== 'number')
      throw new UnsupportedFilterConditionError(attribute, terms);
    if (!COMPARE[operator](value, operand)) return false;
  }
  return true;
}

/** One condition against a present attribute value (an absent one matches only `exists: false`). */
function conditionMatches(
  attribute: string,
  condition: FilterCondition,
  value: string | number | undefined,
): boolean {
  if (typeof condition === 'string') return typeof value === 'string' && value === condition;
  if (typeof condition !== 'object' || condition === null)
    throw new UnsupportedFilterConditionError(attribute, condition);
  const keys = Object.keys(condition);
  if (keys.length !== 1) throw new UnsupportedFilterConditionError(attribute, condition);
  if ('exists' in condition) return condition.exists === (value !== undefined);
  if (value === undefined) return false;
  if ('numeric' in condition)
    return typeof value === 'number' && numericMatches(attribute, condition.numeric, value);
  if ('prefix' in condition) return typeof value === 'string' && value.startsWith(condition.prefix);
  if ('anything-but' in condition) {
    const excluded = condition['anything-but'];
    const list: readonly unknown[] = Array.isArray(excluded) ? excluded : [excluded];
    if (!list.every((x) => typeof x === 'string' || typeof x === 'number'))
      throw new UnsupportedFilterConditionError(attribute, condition);
    // A string list excludes String values, a number list Number values; the other type is not excluded.
    return !list.some((x) => typeof x === typeof value && x === value);
  }
  throw new UnsupportedFilterConditionError(attribute, condition);
}

/**
 * True when SNS would deliver a message with these attributes to a subscription with this policy: no
 * policy accepts everything; otherwise every policy attribute (AND) must match one of its conditions (OR).
 */
export function matchesFilterPolicy(
  policy: FilterPolicy | undefined,
  attributes: MessageAttributeValues,
): boolean {
  if (policy === undefined) return true;
  return Object.entries(policy).every(([name, conditions]) => {
    const value = Object.hasOwn(attributes, name) ? attributes[name] : undefined;
    return conditions.some((condition) => {
      if (!Array.isArray(value))
        return conditionMatches(name, condition, value as string | number | undefined);
      // String.Array: each element is matched on its own; `exists` asks about the attribute.
      if (typeof condition === 'object' && condition !== null && 'exists' in condition) {
        return conditionMatches(name, condition, value.length > 0 ? '' : undefined);
      }
      return value.some((element: string) => conditionMatches(name, condition, element));
    });
  });
}

/**
 * The filter policy a configured subscriber's subscription gets, as SNS stores it; undefined when the
 * subscriber sets no filter (every alert). The same policy as the stack's `subscriberFilterPolicy`.
 */
export function filterPolicyFor(subscriber: SubscriberConfig): FilterPolicy | undefined {
  const policy: Record<string, readonly FilterCondition[]> = {};
  if (subscriber.borders) policy.border = [...subscriber.borders];
  if (subscriber.rules) policy.rule = [...subscriber.rules];
  if (subscriber.minKilled !== undefined) policy.killed = [{ numeric: ['>=', subscriber.minKilled] }];
  return Object.keys(policy).length > 0 ? policy : undefined;
}

/** How a subscriber is named in output: its email address or phone number. */
export function subscriberLabel(subscriber: SubscriberConfig): string {
  return subscriber.email ?? subscriber.phone ?? '(subscriber)';
}

/** The configured subscribers (by label, in config order) whose filter policies accept these attributes. */
export function matchingSubscribers(
  subscribers: readonly SubscriberConfig[],
  attributes: MessageAttributeValues,
): string[] {
  return subscribers.filter((s) => matchesFilterPolicy(filterPolicyFor(s), attributes)).map(subscriberLabel);
}
