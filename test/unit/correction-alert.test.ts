import { describe, expect, it } from 'vitest';
import { subscriberFilterPolicy } from '../../infra/constructs/alert-topics.js';
import { parseConfig, type SubscriberConfig, thresholdsFor } from '../../shared/config.js';
import { evaluateAlertRules } from '../../shared/domain/alert-rules.js';
import { correctionLevel, readingChanges } from '../../shared/domain/corrections.js';
import { filterPolicyFor, matchingSubscribers } from '../../shared/domain/filter-policy.js';
import { createIncident, type IncidentReport, mergeReport } from '../../shared/domain/incidents.js';
import { composeAlert } from '../../shared/domain/messages.js';
import { fitsOneSms } from '../../shared/domain/sms.js';
import type { AlertIntent, Incident } from '../../shared/domain/types.js';
import { shohinSevenKilled, shohinThreeKilled, variant, vorukhShootout } from './incident-fixtures.js';

const config = parseConfig({});
const maxAgeHours = config.alerts.maxAgeHours;

/** The rules on one change, with the cycle's clock an hour after `report` was seen. */
function rulesOn(previous: Incident | null, current: Incident, report: IncidentReport): AlertIntent[] {
  return evaluateAlertRules(previous, current, {
    thresholds: thresholdsFor(config, current.border),
    now: new Date(Date.parse(report.seenAt) + 3_600_000),
    maxAgeHours,
  });
}

const keys = (intents: readonly AlertIntent[]) => intents.map((i) => `${i.rule}|${i.level}`);

/** A report of the Shamsiddin Shohin clash by another outlet, some hours after the first. */
function followUp(id: string, hours: number, changes: Omit<Parameters<typeof variant>[1], 'id'>) {
  return variant(shohinThreeKilled, {
    id,
    outlet: `Outlet ${id}`,
    published: new Date(Date.parse('2026-01-10T08:30:00Z') + hours * 3_600_000).toISOString(),
    ...changes,
  });
}

// The first report dates the clash on Saturday the 10th; two later outlets agree it was Friday night.
const fridayOne = followUp('friday-1', 5, { eventDate: '2026-01-09' });
const fridayTwo = followUp('friday-2', 9, {
  eventDate: '2026-01-09',
  title: 'Border Troops: the clash in Shamsiddin Shohin began late on Friday',
});
const saturdayOne = followUp('saturday-1', 12, { eventDate: '2026-01-10' });
const saturdayTwo = followUp('saturday-2', 14, { eventDate: '2026-01-10' });
const fridayThree = followUp('friday-3', 16, { eventDate: '2026-01-09' });
const fridayFour = followUp('friday-4', 18, { eventDate: '2026-01-09' });

const told = createIncident(shohinThreeKilled);
const tie = mergeReport(told, fridayOne);
const redated = mergeReport(tie, fridayTwo);

describe('the correction rule', () => {
  it('keeps the place subscribers were told against one dissenting report, and takes a place within it named as often', () => {
    const atShohin = variant(shohinThreeKilled, { id: 'district', place: 'Shamsiddin Shohin' });
    const first = createIncident(atShohin);
    // Another district, named once, published earlier but recorded later: the told place stays.
    const elsewhere = followUp('elsewhere', -2, { place: 'Hamadoni' });
    const tied = mergeReport(first, elsewhere);
    expect(tied.place).toBe('Shamsiddin Shohin');
    expect(keys(rulesOn(first, tied, elsewhere))).toEqual([]);
    // The province named as often as the district: the district, within it, is the place.
    const province = mergeReport(createIncident(followUp('province', 0, { place: 'Khatlon' })), atShohin);
    expect(province.place).toBe('Shamsiddin Shohin');
  });

  it('keeps the date subscribers were told when a report published earlier but recorded later disagrees', () => {
    // Feeds are polled side by side: an outlet's earlier report may be recorded after the first one.
    const earlierOutlet = followUp('earlier-outlet', -2, { eventDate: '2026-01-09' });
    const tied = mergeReport(told, earlierOutlet);

    expect(tied.eventDate).toBe(told.eventDate);
    expect(keys(rulesOn(told, tied, earlierOutlet))).toEqual([]);
    // A third report for the 10th settles it; nothing was corrected, nothing is told.
    const settled = mergeReport(tied, saturdayOne);
    expect(settled.eventDate).toBe('2026-01-10');
    expect(keys(rulesOn(tied, settled, saturdayOne))).toEqual([]);
  });

  it('raises a correction of its own when two later reports move the event date and no other rule fires', () => {
    expect(keys(rulesOn(told, tie, fridayOne))).toEqual([]);

    const intents = rulesOn(told, redated, fridayTwo);

    expect(redated.eventDate).toBe('2026-01-09');
    expect(keys(intents)).toEqual(['correction|date:2026-01-09']);
    expect(intents[0]?.correction).toMatchObject({
      field: 'date',
      kind: 'corrected',
      from: '2026-01-10',
      to: '2026-01-09',
      outlet: 'Outlet friday-2',
    });
  });

  it('tells the subscriber what changed: subject, email, SMS and default text say old -> new and who corrected it', () => {
    const message = composeAlert(rulesOn(told, redated, fridayTwo), redated, told);

    expect(message.rule).toBe('correction');
    expect(message.rules).toEqual(['correction']);
    expect(message.attributes.rule).toEqual(['correction']);
    expect(message.alerts).toEqual([{ rule: 'correction', level: 'date:2026-01-09', severity: 'warning' }]);
    expect(message.subject).toBe(
      'Tajik–Afghan border, date corrected to 2026-01-09: 3 killed in Shamsiddin Shohin (3 sources)',
    );
    expect(message.messages.email).toContain(
      '- Event date corrected: now 2026-01-09 (earlier reported as 2026-01-10). Corrected by Outlet friday-2 ' +
        '("Border Troops: the clash in Shamsiddin Shohin began late on Friday"), 2026-01-10 17:30 UTC https://',
    );
    expect(message.messages.email).toContain('When: 2026-01-09');
    expect(message.messages.sms).toBe(
      'Date corrected 2026-01-10->2026-01-09: Tajik-Afghan border, 3 killed in Shamsiddin Shohin, 2026-01-09. ' +
        'Source: Outlet friday-2. Armed clash. 3 sources.',
    );
    expect(fitsOneSms(message.messages.sms)).toBe(true);
    expect(message.messages.default).toContain(
      'Event date corrected: now 2026-01-09 (earlier reported as 2026-01-10). Corrected by Outlet friday-2.',
    );
    for (const text of [message.subject, message.messages.email, message.messages.sms]) {
      expect(text).not.toMatch(/correction|level|date:2026/);
    }
  });

  it('names each new value once: a date that flips back and forth raises the key of the value it moves to', () => {
    const back = mergeReport(mergeReport(redated, saturdayOne), saturdayTwo);
    const forth = mergeReport(mergeReport(back, fridayThree), fridayFour);

    const levels = [
      ...rulesOn(told, redated, fridayTwo),
      ...rulesOn(redated, back, saturdayTwo),
      ...rulesOn(back, forth, fridayFour),
    ].map((i) => i.level);

    expect([back.eventDate, forth.eventDate]).toEqual(['2026-01-10', '2026-01-09']);
    // The third is the first key again: its claim is already sent, so nothing goes out for it.
    expect(levels).toEqual(['date:2026-01-09', 'date:2026-01-10', 'date:2026-01-09']);
  });

  it.each<{ name: string; from: string; to: string; alert: boolean; kind: string }>([
    { name: 'a different district', from: 'Panj', to: 'Shamsiddin Shohin', alert: true, kind: 'corrected' },
    { name: 'another village of the district', from: 'Kekh', to: 'Vorukh', alert: true, kind: 'corrected' },
    {
      name: 'a district within the region told',
      from: 'Khatlon',
      to: 'Shamsiddin Shohin',
      alert: false,
      kind: 'narrowed',
    },
    {
      name: 'the region containing the district told',
      from: 'Shamsiddin Shohin',
      to: 'Khatlon',
      alert: false,
      kind: 'broadened',
    },
    {
      name: "the other side's village of one stretch of border",
      from: 'Vorukh',
      to: 'Ak-Sai',
      alert: false,
      kind: 'other-side',
    },
  ])('a place moved to $name: alert $alert ($kind)', ({ from, to, alert, kind }) => {
    const previous: Incident = { ...told, place: from, places: [from] };
    const current: Incident = { ...told, version: 2, place: to, places: [from, to] };

    expect(readingChanges(previous, current).map((c) => c.kind)).toEqual([kind]);
    expect(keys(rulesOn(previous, current, shohinThreeKilled))).toEqual(
      alert ? [`correction|${correctionLevel({ field: 'place', to })}`] : [],
    );
  });

  it.each<{ name: string; previous: Incident; current: Incident }>([
    {
      name: 'a place first named (none before)',
      previous: { ...told, place: null, places: [] },
      current: told,
    },
    {
      name: 'an event date first reported (the first report’s day stood in for it)',
      previous: { ...told, eventDate: '2026-01-11', eventDates: [] },
      current: told,
    },
    {
      name: 'the same place spelled another way',
      previous: { ...told, place: 'Shamsiddin Shokhin' },
      current: told,
    },
  ])('raises nothing for $name', ({ previous, current }) => {
    expect(keys(rulesOn(previous, { ...current, version: previous.version + 1 }, shohinThreeKilled))).toEqual(
      [],
    );
  });

  it('raises nothing for an incident that is history (backfill), or one subscribers were never told of', () => {
    const late = new Date(Date.parse(fridayTwo.seenAt) + (maxAgeHours + 1) * 3_600_000);
    const context = { thresholds: thresholdsFor(config, 'tajik-afghan'), maxAgeHours };

    expect(evaluateAlertRules(told, redated, { ...context, now: late })).toEqual([]);
    const quiet = parseConfig({ alerts: { newIncidentScore: 0.95 } });
    expect(
      evaluateAlertRules(told, redated, {
        thresholds: thresholdsFor(quiet, 'tajik-afghan'),
        maxAgeHours,
        now: new Date(Date.parse(fridayTwo.seenAt) + 3_600_000),
      }),
    ).toEqual([]);
  });

  it('is one more rule of the one message when another rule fires with it', () => {
    const revision = variant(shohinSevenKilled, { id: 'seven-friday', eventDate: '2026-01-09' });
    const current = mergeReport(tie, revision);

    const intents = rulesOn(tie, current, revision);
    const message = composeAlert(intents, current, tie);

    expect(keys(intents)).toEqual([
      'toll-threshold|killed>=5',
      'toll-increase|killed:3->7,wounded:0->2',
      'correction|date:2026-01-09',
    ]);
    expect(message.rules).toEqual(['toll-threshold', 'toll-increase', 'correction']);
    expect(message.subject).toMatch(/^Tajik–Afghan border, toll raised over threshold, date corrected:/);
    expect(message.messages.email.match(/Event date corrected/g)).toHaveLength(1);
  });

  it('tells a narrowed-down place in a message sent for another rule, without a correction of its own', () => {
    const region: Incident = { ...told, place: 'Khatlon', places: ['Khatlon'] };
    const current = mergeReport(told, shohinSevenKilled);

    const intents = rulesOn(region, current, shohinSevenKilled);
    const message = composeAlert(intents, current, region);

    expect(current.place).toBe('Shamsiddin Shohin');
    expect(intents.map((i) => i.rule)).not.toContain('correction');
    expect(message.messages.email).toContain(
      '- Place narrowed down: now Shamsiddin Shohin (within Khatlon, as reported earlier).',
    );
  });

  it('tells no correction in a new-incident message: subscribers had not heard of the incident', () => {
    const below = { ...told, score: 0.3, place: 'Panj' };

    const message = composeAlert(rulesOn(below, told, shohinThreeKilled), told, below);

    expect(message.rules).toEqual(['new-incident']);
    expect(message.messages.email).not.toContain('corrected');
  });
});

describe('subscribers and the correction rule', () => {
  const correctionOnly = {
    border: 'tajik-afghan',
    rule: ['correction'],
    severity: 'warning',
    killed: 3,
  } as const;

  it('accepts correction in a subscriber’s rules, with the policy the stack gives its subscription', () => {
    const [subscriber] = parseConfig({
      subscribers: [{ email: 'corrections@example.org', rules: ['correction', 'new-incident'] }],
    }).subscribers as [SubscriberConfig];
    const stack = subscriberFilterPolicy(subscriber);

    expect(filterPolicyFor(subscriber)).toEqual({ rule: ['correction', 'new-incident'] });
    expect(stack?.rule?.conditions).toEqual(['correction', 'new-incident']);
  });

  it('routes a correction to unfiltered subscribers and those who list it, not to those who list other rules', () => {
    const example = parseConfig({
      subscribers: [
        { email: 'desk@example.org' },
        { email: 'corrections@example.org', rules: ['correction'] },
        { phone: '+992900000000', rules: ['new-incident', 'toll-threshold'] },
      ],
    });

    expect(matchingSubscribers(example.subscribers, correctionOnly)).toEqual([
      'desk@example.org',
      'corrections@example.org',
    ]);
  });

  it('refuses an unknown rule name in the configuration', () => {
    expect(() => parseConfig({ subscribers: [{ email: 'a@example.org', rules: ['corrections'] }] })).toThrow(
      /rules/,
    );
  });

  it('keeps a correction alert of the Kyrgyz border in one SMS', () => {
    const first = createIncident(vorukhShootout);
    const moved = { ...first, version: 2, place: 'Kekh', places: ['Kekh', 'Vorukh'] };

    const message = composeAlert(rulesOn(first, moved, vorukhShootout), moved, first);

    expect(message.messages.sms).toMatch(/^Place corrected Vorukh->Kekh: Tajik-Kyrgyz border/);
    expect(fitsOneSms(message.messages.sms)).toBe(true);
  });
});
