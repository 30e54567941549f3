import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { subscriberFilterPolicy } from '../../infra/constructs/alert-topics.js';
import { parseConfig, type SubscriberConfig } from '../../shared/config.js';
import {
  type FilterPolicy,
  filterPolicyFor,
  type MessageAttributeValues,
  matchesFilterPolicy,
  matchingSubscribers,
  UnsupportedFilterConditionError,
} from '../../shared/domain/filter-policy.js';

/** The attributes the alert function sets on a publish (`AlertMessage.attributes`). */
const kyrgyzClash: MessageAttributeValues = {
  border: 'tajik-kyrgyz',
  rule: 'toll-threshold',
  severity: 'critical',
  killed: 2,
  wounded: 8,
};
const afghanRaid: MessageAttributeValues = {
  border: 'tajik-afghan',
  rule: 'new-incident',
  severity: 'warning',
  killed: 4,
  wounded: 0,
};

describe('matchesFilterPolicy', () => {
  const cases: readonly {
    name: string;
    policy: FilterPolicy | undefined;
    attributes: MessageAttributeValues;
    matches: boolean;
  }[] = [
    { name: 'no policy accepts every message', policy: undefined, attributes: kyrgyzClash, matches: true },
    // Exact string matching, OR within one attribute.
    {
      name: 'a string allowlist accepts a listed value',
      policy: { border: ['tajik-afghan', 'tajik-kyrgyz'] },
      attributes: kyrgyzClash,
      matches: true,
    },
    {
      name: 'a string allowlist refuses an unlisted value',
      policy: { border: ['tajik-afghan'] },
      attributes: kyrgyzClash,
      matches: false,
    },
    {
      name: 'string matching is exact (no case folding, no substring)',
      policy: { border: ['Tajik-Kyrgyz', 'tajik'] },
      attributes: kyrgyzClash,
      matches: false,
    },
    {
      name: 'a string condition never matches a Number attribute',
      policy: { killed: ['2'] },
      attributes: kyrgyzClash,
      matches: false,
    },
    // Numeric matching, as minKilled produces it: [">=", n].
    {
      name: 'numeric >= accepts the bound itself',
      policy: { killed: [{ numeric: ['>=', 2] }] },
      attributes: kyrgyzClash,
      matches: true,
    },
    {
      name: 'numeric >= refuses below the bound',
      policy: { killed: [{ numeric: ['>=', 3] }] },
      attributes: kyrgyzClash,
      matches: false,
    },
    {
      name: 'numeric >= 0 accepts an alert with nobody killed',
      policy: { killed: [{ numeric: ['>=', 0] }] },
      attributes: afghanRaid,
      matches: true,
    },
    {
      name: 'numeric > is strict',
      policy: { killed: [{ numeric: ['>', 2] }] },
      attributes: kyrgyzClash,
      matches: false,
    },
    {
      name: 'numeric = and < compare numbers',
      policy: { killed: [{ numeric: ['=', 2] }], wounded: [{ numeric: ['<', 9] }] },
      attributes: kyrgyzClash,
      matches: true,
    },
    {
      name: 'a numeric range needs both ends',
      policy: { wounded: [{ numeric: ['>', 0, '<=', 5] }] },
      attributes: kyrgyzClash,
      matches: false,
    },
    {
      name: 'a numeric condition never matches a String attribute',
      policy: { severity: [{ numeric: ['>=', 0] }] },
      attributes: kyrgyzClash,
      matches: false,
    },
    // AND across attributes: the example config's SMS subscriber.
    {
      name: 'every policy attribute must match (rule and killed both hold)',
      policy: { rule: ['new-incident', 'toll-threshold'], killed: [{ numeric: ['>=', 3] }] },
      attributes: afghanRaid,
      matches: true,
    },
    {
      name: 'every policy attribute must match (the rule holds, killed does not)',
      policy: { rule: ['new-incident', 'toll-threshold'], killed: [{ numeric: ['>=', 3] }] },
      attributes: kyrgyzClash,
      matches: false,
    },
    // An attribute the message does not carry.
    {
      name: 'a policy attribute the message lacks refuses it',
      policy: { region: ['Khatlon'] },
      attributes: kyrgyzClash,
      matches: false,
    },
    {
      name: 'exists: true needs the attribute',
      policy: { killed: [{ exists: true }] },
      attributes: kyrgyzClash,
      matches: true,
    },
    {
      name: 'exists: false accepts a message without the attribute',
      policy: { region: [{ exists: false }] },
      attributes: kyrgyzClash,
      matches: true,
    },
    // Other operators a hand-written policy may hold.
    {
      name: 'anything-but refuses a listed value',
      policy: { rule: [{ 'anything-but': ['toll-threshold', 'window-total'] }] },
      attributes: kyrgyzClash,
      matches: false,
    },
    {
      name: 'anything-but accepts another value',
      policy: { rule: [{ 'anything-but': 'toll-increase' }] },
      attributes: kyrgyzClash,
      matches: true,
    },
    {
      name: 'anything-but does not accept a message without the attribute',
      policy: { region: [{ 'anything-but': 'Khatlon' }] },
      attributes: kyrgyzClash,
      matches: false,
    },
    {
      name: 'prefix matches the start of a string',
      policy: { border: [{ prefix: 'tajik-k' }] },
      attributes: kyrgyzClash,
      matches: true,
    },
    {
      name: 'conditions of one attribute are ORed across kinds',
      policy: { border: ['tajik-uzbek', { prefix: 'tajik-k' }] },
      attributes: kyrgyzClash,
      matches: true,
    },
  ];

  it.each(cases)('$name', ({ policy, attributes, matches }) => {
    expect(matchesFilterPolicy(policy, attributes)).toBe(matches);
  });

  it.each([
    { name: 'an unknown operator', policy: { border: [{ suffix: 'kyrgyz' }] } },
    { name: 'a numeric condition of odd length', policy: { killed: [{ numeric: ['>=', 1, '<'] }] } },
    { name: 'an unknown numeric operator', policy: { killed: [{ numeric: ['!=', 1] }] } },
  ])('refuses $name rather than guessing', ({ policy }) => {
    expect(() => matchesFilterPolicy(policy as unknown as FilterPolicy, kyrgyzClash)).toThrow(
      UnsupportedFilterConditionError,
    );
  });
});

describe('filterPolicyFor', () => {
  const subscribers: readonly SubscriberConfig[] = [
    { email: 'desk@example.org' },
    { email: 'afghan-border@example.org', borders: ['tajik-afghan'] },
    { phone: '+992900000000', minKilled: 3, rules: ['new-incident', 'toll-threshold'] },
    {
      phone: '+992900000001',
      borders: ['tajik-kyrgyz', 'tajik-uzbek'],
      rules: ['toll-threshold'],
      minKilled: 0,
    },
  ];

  it.each(subscribers)('gives %o the policy the stack gives its subscription', (subscriber) => {
    const stack = subscriberFilterPolicy(subscriber);
    const rendered = stack
      ? Object.fromEntries(Object.entries(stack).map(([name, filter]) => [name, filter.conditions]))
      : undefined;
    expect(filterPolicyFor(subscriber)).toEqual(rendered);
  });
});

describe('matchingSubscribers', () => {
  const example = parseConfig(JSON.parse(readFileSync('borderwatch.config.example.json', 'utf8')));

  it('routes an Afghan-border raid with 4 killed to all three example subscribers', () => {
    expect(matchingSubscribers(example.subscribers, afghanRaid)).toEqual([
      'desk@example.org',
      'afghan-border@example.org',
      '+992900000000',
    ]);
  });

  it('routes a Kyrgyz-border toll alert with 2 killed only to the unfiltered subscriber', () => {
    expect(matchingSubscribers(example.subscribers, kyrgyzClash)).toEqual(['desk@example.org']);
  });

  it('routes nothing when no subscriber is configured', () => {
    expect(matchingSubscribers([], afghanRaid)).toEqual([]);
  });
});

describe('matchesFilterPolicy on one message for one change (rule as a String.Array)', () => {
  /** A new incident that is already over the toll threshold, as the alert function now sends it. */
  const newAndOverThreshold: MessageAttributeValues = {
    border: 'tajik-afghan',
    rule: ['new-incident', 'toll-threshold'],
    severity: 'critical',
    killed: 6,
  };

  it.each<{ name: string; policy: FilterPolicy; matches: boolean }>([
    {
      name: 'a subscriber of toll-threshold only still gets it',
      policy: { rule: ['toll-threshold'] },
      matches: true,
    },
    {
      name: 'a subscriber of new-incident only still gets it',
      policy: { rule: ['new-incident'] },
      matches: true,
    },
    {
      name: 'a subscriber of toll-increase and window-total does not',
      policy: { rule: ['toll-increase', 'window-total'] },
      matches: false,
    },
    {
      name: 'anything-but new-incident accepts it: it is also a toll-threshold alert',
      policy: { rule: [{ 'anything-but': ['new-incident'] }] },
      matches: true,
    },
    {
      name: 'anything-but both of its rules refuses it',
      policy: { rule: [{ 'anything-but': ['new-incident', 'toll-threshold'] }] },
      matches: false,
    },
    { name: 'a prefix matches an element', policy: { rule: [{ prefix: 'toll-' }] }, matches: true },
    { name: 'exists sees the attribute', policy: { rule: [{ exists: true }] }, matches: true },
    {
      name: 'an unknown wounded figure is absent: a numeric condition on it does not match',
      policy: { wounded: [{ numeric: ['>=', 0] }] },
      matches: false,
    },
    {
      name: 'an unknown wounded figure is absent: exists false matches',
      policy: { wounded: [{ exists: false }] },
      matches: true,
    },
  ])('$name', ({ policy, matches }) => {
    expect(matchesFilterPolicy(policy, newAndOverThreshold)).toBe(matches);
  });

  it('routes it to every example subscriber whose rules name either of its rules', () => {
    const example = parseConfig(JSON.parse(readFileSync('borderwatch.config.example.json', 'utf8')));

    expect(matchingSubscribers(example.subscribers, newAndOverThreshold)).toEqual([
      'desk@example.org',
      'afghan-border@example.org',
      '+992900000000',
    ]);
    expect(
      matchingSubscribers(
        [{ email: 'threshold@example.org', rules: ['toll-threshold'] } as SubscriberConfig],
        newAndOverThreshold,
      ),
    ).toEqual(['threshold@example.org']);
  });
});
