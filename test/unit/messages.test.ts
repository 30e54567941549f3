import { describe, expect, it } from 'vitest';
import { parseConfig, thresholdsFor } from '../../shared/config.js';
import { evaluateAlertRules } from '../../shared/domain/alert-rules.js';
import { createIncident, type IncidentReport, mergeReport } from '../../shared/domain/incidents.js';
import {
  cleanLink,
  composeAlert,
  formatAlert,
  MAX_SUBJECT_LENGTH,
  plainLine,
} from '../../shared/domain/messages.js';
import { gsm7Length, isGsm7, SMS_GSM7_LIMIT } from '../../shared/domain/sms.js';
import type { AlertIntent, AlertMessage, Incident } from '../../shared/domain/types.js';
import {
  apFourGunmenKilled,
  khatlonFourNeutralised,
  kokTashKyrgyzFigure,
  kokTashTajikFigure,
  shohinSevenKilled,
  shohinThreeKilled,
  variant,
  vorukhShootout,
} from './incident-fixtures.js';

const config = parseConfig({});
const maxAgeHours = config.alerts.maxAgeHours;

/** Runs the rules over one change and composes its one message, as the alert handler does. */
function messageFor(
  previous: Incident | null,
  current: Incident,
  report: IncidentReport,
  windowKilled?: { before: number; after: number; end: string },
): AlertMessage {
  const intents = evaluateAlertRules(previous, current, {
    thresholds: thresholdsFor(config, current.border),
    now: new Date(Date.parse(report.seenAt) + 3_600_000),
    maxAgeHours,
    ...(windowKilled ? { windowKilled } : {}),
  });
  return composeAlert(intents, current, previous);
}

/** Runs the rules over one change and formats each alert alone (the single-intent form). */
function alertsFor(
  previous: Incident | null,
  current: Incident,
  report: IncidentReport,
  windowKilled?: { before: number; after: number; end: string },
): AlertMessage[] {
  const intents = evaluateAlertRules(previous, current, {
    thresholds: thresholdsFor(config, current.border),
    now: new Date(Date.parse(report.seenAt) + 3_600_000),
    maxAgeHours,
    ...(windowKilled ? { windowKilled } : {}),
  });
  return intents.map((intent) => formatAlert(intent, current));
}

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

const khatlon = mergeReport(createIncident(khatlonFourNeutralised), apFourGunmenKilled);
const shohin = createIncident(shohinThreeKilled);
const shohinRevised = mergeReport(shohin, shohinSevenKilled);

describe('formatAlert: email', () => {
  it('heads a new incident with border, toll, place and independent sources', () => {
    const alert = only(alertsFor(null, khatlon, apFourGunmenKilled));

    expect(alert.subject).toBe('Tajik–Afghan border, new incident: 4 killed in Khatlon (2 sources)');
    expect(alert).toMatchObject({
      incidentId: khatlon.id,
      rule: 'new-incident',
      level: 'new',
      severity: 'warning',
    });
  });

  it('says what changed, what, where, when, the toll, every source with a clean link', () => {
    const { email } = only(alertsFor(null, khatlon, apFourGunmenKilled)).messages;

    expect(email).toContain('What: armed infiltration on the Tajik–Afghan border.');
    expect(email).toContain('Where: Khatlon.');
    expect(email).toContain('When: 2026-01-04');
    expect(email).toContain('Killed: 4.\nWounded: not reported.');
    expect(email).toContain(
      'What changed:\n- New incident, first reported by Daily Sabah on 2026-01-04 15:42 UTC.',
    );
    expect(email).toContain('1. Daily Sabah, 2026-01-04 15:42 UTC');
    expect(email).toContain('2. AP News, 2026-01-05 09:15 UTC');
    expect(email).toContain(
      'https://www.dailysabah.com/world/asia-pacific/tajikistan-says-4-terrorists-from-afghanistan-neutralised\n',
    );
    expect(
      email.endsWith('https://apnews.com/article/tajikistan-afghanistan-border-gunmen-killed-3c9f0e1b2a'),
    ).toBe(true);
    expect(email).not.toMatch(/utm_|fbclid/);
  });

  it('shows a revised toll with its range, the revision and the outlet that made it', () => {
    const message = messageFor(shohin, shohinRevised, shohinSevenKilled);

    expect(message.subject).toBe(
      'Tajik–Afghan border, toll raised over threshold: 7 killed, 2 wounded in Shamsiddin Shohin',
    );
    expect(message.messages.email).toContain('Killed: 7 (reports range from 3 to 7).\nWounded: 2.');
    expect(message.messages.email).toContain(
      '- Toll raised: killed from 3 to 7; wounded first reported as 2. Reported by RFE/RL ' +
        '("Death toll in Tajik-Afghan border clash rises to seven"), 2026-01-11 06:10 UTC https://',
    );
    expect(message.messages.email).toContain('- killed from 3 to 7: RFE/RL, 2026-01-11 06:10 UTC');
    expect(message.attributes).toEqual({
      border: 'tajik-afghan',
      rule: ['toll-threshold', 'toll-increase'],
      severity: 'critical',
      killed: 7,
      wounded: 2,
    });
  });

  it('says when the sources dispute the toll', () => {
    const kokTash = mergeReport(createIncident(kokTashTajikFigure), kokTashKyrgyzFigure);
    const intent: AlertIntent = {
      rule: 'new-incident',
      level: 'new',
      severity: 'warning',
      incidentId: kokTash.id,
      reason: 'New incident with classifier score 0.85 (threshold 0.6).',
    };

    const { email } = formatAlert(intent, kokTash).messages;

    expect(email).toContain('Killed: 1 (reports range from 1 to 3).\nWounded: not reported.');
    expect(email).toContain(
      'The reports disagree on the figures (Khovar: 1 killed, wounded not reported; 24.kg: 3 killed, wounded not reported).',
    );
  });

  it('heads a rolling-total alert with the window’s total', () => {
    const alert = alertsFor(shohin, shohinRevised, shohinSevenKilled, {
      before: 8,
      after: 12,
      end: '2026-01-11',
    }).find((a) => a.rule === 'window-total');

    // 101 characters with the source count: it is dropped before anything that says what happened.
    expect(alert?.subject).toBe(
      'Tajik–Afghan border, 12 killed in 30 days: latest 7 killed, 2 wounded in Shamsiddin Shohin',
    );
    expect(alert?.level).toBe('killed>=10/30d@2026-01-11');
  });

  it('keeps subjects under 100 characters, cut at a word', () => {
    const longPlace = createIncident(
      variant(shohinThreeKilled, {
        id: 'long-place',
        place: 'the mountain pass above the village of Khumdon in Darvoz district of Gorno-Badakhshan',
      }),
    );

    const alert = only(alertsFor(null, longPlace, shohinThreeKilled));

    expect(alert.subject.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
    expect(alert.subject).toMatch(/^Tajik–Afghan border, new incident: 3 killed in the mountain pass .*…$/);
    expect(alert.subject).not.toMatch(/\s…$/);
  });
});

describe('formatAlert: SMS', () => {
  const cases: { name: string; alerts: () => AlertMessage[]; expected: string[] }[] = [
    {
      name: 'a new incident',
      alerts: () => alertsFor(null, khatlon, apFourGunmenKilled),
      expected: [
        'New incident: Tajik-Afghan border, 4 killed in Khatlon, 2026-01-04. Armed infiltration. 2 sources.',
      ],
    },
    {
      name: 'a threshold crossed and a toll revised, in one message',
      alerts: () => [messageFor(shohin, shohinRevised, shohinSevenKilled)],
      expected: [
        'Toll up over threshold (killed 3->7, wounded first reported 2): Tajik-Afghan border in Shamsiddin Shohin, ' +
          '2026-01-10. Source: RFE/RL. Armed clash. 2 sources.',
      ],
    },
  ];

  it.each(cases)('sends $name as one GSM-7 segment with the essentials', ({ alerts, expected }) => {
    const sms = alerts().map((a) => a.messages.sms);

    expect(sms).toEqual(expected);
    for (const text of sms) {
      expect(isGsm7(text)).toBe(true);
      expect(gsm7Length(text)).toBeLessThanOrEqual(SMS_GSM7_LIMIT);
    }
  });

  it('spells a Cyrillic place in Latin so the SMS keeps 160 GSM-7 characters', () => {
    const vorukh = createIncident(
      variant(vorukhShootout, { id: 'vorukh-ru', place: 'Ворух', killed: 1, wounded: 3 }),
    );

    const alert = alertsFor(null, vorukh, vorukhShootout)[0];

    expect(alert?.messages.sms).toMatch(
      /^New incident: Tajik-Kyrgyz border, 1 killed, 3 wounded in Vorukh, 2026-01-31\./,
    );
    expect(isGsm7(alert?.messages.sms ?? '')).toBe(true);
  });

  it('drops the least essential parts, never a word, when the place name is long', () => {
    const longPlace = createIncident(
      variant(shohinThreeKilled, {
        id: 'long-sms',
        place: 'the Khumdon pass above the Vishkharv village in Darvoz district of Gorno-Badakhshan region',
        killed: 12,
        wounded: 31,
      }),
    );

    const sms = messageFor(null, longPlace, shohinThreeKilled).messages.sms;

    expect(gsm7Length(sms)).toBeLessThanOrEqual(SMS_GSM7_LIMIT);
    expect(sms).toContain('12 killed, 31 wounded');
    expect(sms).toContain('2026-01-10');
    expect(sms).not.toContain('sources');
  });
});

describe('formatAlert: untrusted content', () => {
  const hostile = createIncident(
    variant(khatlonFourNeutralised, {
      id: 'hostile-1',
      outlet: '<b>Daily</b> News<script>alert(1)</script>',
      title: 'Clash <img src=x onerror=alert(1)> in Khatlon\u202E\u0007',
      url: 'javascript:alert(document.cookie)',
      place: 'Khatlon<script>fetch("https://evil.example")</script>',
    }),
  );
  const alert = only(alertsFor(null, hostile, khatlonFourNeutralised));
  const texts = [alert.subject, alert.messages.email, alert.messages.sms, alert.messages.default];

  it('lets no markup, script or control character through to any text', () => {
    for (const text of texts) {
      expect(text).not.toMatch(/<|>|script|onerror|javascript:/i);
      // Line breaks are the email's own; any other control or format character came from the feed.
      expect(text.replace(/\n/g, '')).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    }
    expect(alert.subject).toBe('Tajik–Afghan border, new incident: 4 killed in Khatlon (1 source)');
    expect(alert.messages.email).toContain('1. Daily News, 2026-01-04 15:42 UTC');
    expect(alert.messages.email).toContain('"Clash in Khatlon"');
  });

  it('withholds a link that is not http(s)', () => {
    expect(alert.messages.email).toContain('(link withheld: not an http(s) address)');
  });

  it('leaves an unknown figure out of the message attributes instead of giving 0', () => {
    expect(alert.attributes).toEqual({
      border: 'tajik-afghan',
      rule: ['new-incident'],
      severity: 'warning',
      killed: 4,
    });
    expect(alert.attributes).not.toHaveProperty('wounded');
  });
});

describe('cleanLink and plainLine', () => {
  it.each([
    [
      'https://www.rferl.org/a/tajik-border/33650012.html?utm_source=rss&utm_campaign=feed#comments',
      'https://www.rferl.org/a/tajik-border/33650012.html',
    ],
    ['https://24.kg/english/301144/?fbclid=IwAR0&page=2', 'https://24.kg/english/301144/?page=2'],
    [
      'http://avesta.tj/2026/01/11/three-killed/?utm_source=telegram',
      'http://avesta.tj/2026/01/11/three-killed/',
    ],
    ['https://user:secret@asiaplustj.info/en/news', null],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['not a link', null],
  ])('cleans %j to %j', (input, expected) => {
    expect(cleanLink(input)).toBe(expected);
  });

  it('reduces markup to one plain line and cuts long text at a word', () => {
    expect(plainLine('<p>Four&nbsp;gunmen</p>\n<p>killed &amp; <em>two</em> wounded</p>')).toBe(
      'Four gunmen killed & two wounded',
    );
    expect(plainLine('Tajik border guards repelled an attack near Shurobod', 30)).toBe(
      'Tajik border guards repelled…',
    );
  });
});

describe('composeAlert: one message per incident change', () => {
  const bigFirstReport = createIncident(
    variant(shohinThreeKilled, { id: 'big-first', killed: 6, wounded: null }),
  );
  const cases: {
    name: string;
    message: () => AlertMessage;
    rules: string[];
    subject: string;
    sms: RegExp;
  }[] = [
    {
      name: 'a new incident that is already over the toll threshold',
      message: () => messageFor(null, bigFirstReport, shohinThreeKilled),
      rules: ['new-incident', 'toll-threshold'],
      subject:
        'Tajik–Afghan border, new incident, toll over threshold: 6 killed in Shamsiddin Shohin (1 source)',
      sms: /^New incident, toll alert: Tajik-Afghan border, 6 killed in Shamsiddin Shohin, 2026-01-10\./,
    },
    {
      name: 'a raised toll that crosses the threshold',
      message: () => messageFor(shohin, shohinRevised, shohinSevenKilled),
      rules: ['toll-threshold', 'toll-increase'],
      subject: 'Tajik–Afghan border, toll raised over threshold: 7 killed, 2 wounded in Shamsiddin Shohin',
      sms: /^Toll up over threshold \(killed 3->7, wounded first reported 2\): /,
    },
    {
      name: 'a raised toll that also crosses the border’s rolling total',
      message: () =>
        messageFor(shohin, shohinRevised, shohinSevenKilled, { before: 8, after: 12, end: '2026-01-11' }),
      rules: ['toll-threshold', 'toll-increase', 'window-total'],
      subject:
        'Tajik–Afghan border, toll raised over threshold, 12 killed in 30 days: 7 killed, 2 wounded in…',
      sms: /2026-01-10\. Border total 12 killed in 30 days\./,
    },
  ];

  it.each(cases)(
    'sends $name as one message naming every rule it met',
    ({ message, rules, subject, sms }) => {
      const alert = message();

      expect(alert.rules).toEqual(rules);
      expect(alert.attributes.rule).toEqual(rules);
      expect(alert.alerts.map((a) => a.rule)).toEqual(rules);
      expect(alert.rule).toBe(rules[0]);
      expect(alert.level).toBe(alert.alerts[0]?.level);
      expect(alert.subject).toBe(subject);
      expect(alert.subject.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
      expect(alert.messages.sms).toMatch(sms);
      expect(gsm7Length(alert.messages.sms)).toBeLessThanOrEqual(SMS_GSM7_LIMIT);
      // Each rule is told in the email's "What changed" list.
      const changed = alert.messages.email.split('\n\n')[1]?.split('\n').slice(1) ?? [];
      expect(changed.length).toBeGreaterThanOrEqual(rules.length);
    },
  );

  it('gives the message the highest severity of its rules', () => {
    const alert = messageFor(shohin, shohinRevised, shohinSevenKilled, {
      before: 8,
      after: 12,
      end: '2026-01-11',
    });

    expect(alert.alerts.map((a) => a.severity)).toEqual(['critical', 'critical', 'warning']);
    expect(alert.severity).toBe('critical');
    expect(alert.attributes.severity).toBe('critical');
  });

  it('refuses to compose a message about nothing', () => {
    expect(() => composeAlert([], shohin)).toThrow(/at least one/);
  });
});

describe('composeAlert: what a subscriber can act on', () => {
  const withArrowTitle = createIncident(
    variant(khatlonFourNeutralised, {
      id: 'arrow-title',
      title: 'Toll rises 3 -> 4 in Khatlon; "fewer than <5" km from the river',
    }),
  );
  const redated: Incident = { ...shohinRevised, eventDate: '2026-01-10' };
  const earlierDate: Incident = { ...shohin, eventDate: '2026-01-11', place: 'Panj' };
  const texts = (alert: AlertMessage) => [
    alert.subject,
    alert.messages.email,
    alert.messages.sms,
    alert.messages.default,
  ];

  it.each<{ name: string; alert: () => AlertMessage; email: string[]; sms: string[] }>([
    {
      name: 'an unknown wounded figure is "not reported", never 0',
      alert: () => messageFor(null, khatlon, apFourGunmenKilled),
      email: ['Wounded: not reported.', 'Reported: 4 killed, wounded not reported'],
      sms: ['4 killed in Khatlon'],
    },
    {
      name: 'a figure first given by a later report says who gave it and when',
      alert: () => messageFor(shohin, shohinRevised, shohinSevenKilled),
      email: [
        'wounded first reported as 2. Reported by RFE/RL',
        '- wounded first reported as 2: RFE/RL, 2026-01-11 06:10 UTC',
      ],
      sms: ['wounded first reported 2', 'Source: RFE/RL.'],
    },
    {
      name: 'a corrected event date and place are told',
      alert: () => messageFor(earlierDate, redated, shohinSevenKilled),
      email: [
        '- Event date corrected: now 2026-01-10 (earlier reported as 2026-01-11).',
        '- Place corrected: now Shamsiddin Shohin (earlier reported as Panj).',
      ],
      sms: ['Date corrected, was 2026-01-11.'],
    },
    {
      name: 'a killed figure no report broke down says so, inventing no sides or roles',
      alert: () => messageFor(null, khatlon, apFourGunmenKilled),
      email: ['Killed: 4.\nWounded: not reported.\nWho they were is not broken down in the reports.'],
      sms: [],
    },
    {
      name: '`>` and `<` in a title reach the email as they are',
      alert: () => messageFor(null, withArrowTitle, khatlonFourNeutralised),
      email: ['"Toll rises 3 -> 4 in Khatlon; "fewer than <5" km from the river"'],
      sms: [],
    },
  ])('$name', ({ alert, email, sms }) => {
    const message = alert();

    for (const part of email) expect(message.messages.email).toContain(part);
    for (const part of sms) expect(message.messages.sms).toContain(part);
    for (const text of texts(message)) expect(text).not.toMatch(/\b0 ?->|0 to \d|from 0\b/);
  });

  it('says whose dead the figure counts, by side and role, from the report that broke it down', () => {
    const broken: IncidentReport = {
      ...apFourGunmenKilled,
      assessment: {
        ...apFourGunmenKilled.assessment,
        evidence: {
          ...apFourGunmenKilled.assessment.evidence,
          killedBy: [
            { who: 'forces', side: 'TJ', count: 1 },
            { who: 'attackers', side: null, count: 3 },
          ],
        },
      },
    };

    const email = messageFor(null, createIncident(broken), broken).messages.email;

    expect(email).toContain(
      `Who: killed: 1 Tajik member of the security forces, 3 attackers (as ${broken.article.outlet} reported).`,
    );
  });

  it('tells the correction in the subject too', () => {
    expect(messageFor(earlierDate, redated, shohinSevenKilled).subject).toMatch(
      /^Tajik–Afghan border, toll raised over threshold, date corrected, place corrected:/,
    );
  });

  it('keeps internal names out of every human text: no score, level, rule id, incident id or version', () => {
    const messages = [
      messageFor(null, khatlon, apFourGunmenKilled),
      messageFor(shohin, shohinRevised, shohinSevenKilled, { before: 8, after: 12, end: '2026-01-11' }),
      messageFor(
        null,
        mergeReport(createIncident(kokTashTajikFigure), kokTashKyrgyzFigure),
        kokTashKyrgyzFigure,
      ),
    ];

    for (const message of messages) {
      for (const text of texts(message)) {
        expect(text).not.toMatch(
          /score|version|severity|level|[<>]=|casualties|new-incident|toll-(threshold|increase)/i,
        );
        expect(text).not.toContain(message.incidentId);
      }
    }
  });
});
