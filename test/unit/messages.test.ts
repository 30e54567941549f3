import { describe, expect, it } from 'vitest';
import { parseConfig, thresholdsFor } from '../../shared/config.js';
import { evaluateAlertRules } from '../../shared/domain/alert-rules.js';
import { createIncident, type IncidentReport, mergeReport } from '../../shared/domain/incidents.js';
import { cleanLink, formatAlert, MAX_SUBJECT_LENGTH, plainLine } from '../../shared/domain/messages.js';
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

/** Runs the rules over one change and formats every alert, as the alert handler does. */
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

    expect(alert.subject).toBe('Tajik–Afghan border: 4 killed in Khatlon (2 sources)');
    expect(alert).toMatchObject({
      incidentId: khatlon.id,
      rule: 'new-incident',
      level: 'new',
      severity: 'warning',
    });
  });

  it('says what, where, when, the toll, every source with a clean link, and why it was flagged', () => {
    const { email } = only(alertsFor(null, khatlon, apFourGunmenKilled)).messages;

    expect(email).toContain('What: armed infiltration on the Tajik–Afghan border.');
    expect(email).toContain('Where: Khatlon.');
    expect(email).toContain('When: 2026-01-04');
    expect(email).toContain('Toll: killed: 4; wounded: not reported.');
    expect(email).toContain('Why flagged: New incident with classifier score 0.91 (threshold 0.6).');
    expect(email).toContain('1. Daily Sabah, 2026-01-04 15:42 UTC');
    expect(email).toContain('2. AP News, 2026-01-05 09:15 UTC');
    expect(email).toContain(
      'https://www.dailysabah.com/world/asia-pacific/tajikistan-says-4-terrorists-from-afghanistan-neutralised\n',
    );
    expect(email).toContain(
      'https://apnews.com/article/tajikistan-afghanistan-border-gunmen-killed-3c9f0e1b2a\n',
    );
    expect(email).not.toMatch(/utm_|fbclid/);
  });

  it('shows a revised toll with its range, the revision and the outlet that made it', () => {
    const increase = alertsFor(shohin, shohinRevised, shohinSevenKilled).find(
      (a) => a.rule === 'toll-increase',
    );

    expect(increase?.subject).toBe(
      'Tajik–Afghan border: toll rises to 7 killed, 2 wounded in Shamsiddin Shohin (2 sources)',
    );
    expect(increase?.messages.email).toContain('Toll: killed: 7 (reports range from 3 to 7); wounded: 2.');
    expect(increase?.messages.email).toContain('- killed 3 -> 7, reported by RFE/RL (2026-01-11 06:10 UTC)');
    expect(increase?.messages.email).toContain(
      'Why flagged: Toll revised upward: killed rose from 3 to 7, reported by RFE/RL',
    );
    expect(increase?.attributes).toEqual({
      border: 'tajik-afghan',
      rule: 'toll-increase',
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

    expect(email).toContain('Toll: killed: 1 (reports range from 1 to 3); wounded: not reported.');
    expect(email).toContain('The sources disagree on the figures: the toll is disputed.');
  });

  it('heads a rolling-total alert with the window’s total', () => {
    const alert = alertsFor(shohin, shohinRevised, shohinSevenKilled, {
      before: 8,
      after: 12,
      end: '2026-01-11',
    }).find((a) => a.rule === 'window-total');

    expect(alert?.subject).toBe(
      'Tajik–Afghan border: 12 killed in 30 days (latest: 7 killed, 2 wounded in Shamsiddin Shohin)',
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
    expect(alert.subject).toMatch(/^Tajik–Afghan border: 3 killed in the mountain pass .*…$/);
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
      name: 'a threshold crossed and a toll revised',
      alerts: () => alertsFor(shohin, shohinRevised, shohinSevenKilled),
      expected: [
        'Toll alert: Tajik-Afghan border, 7 killed, 2 wounded in Shamsiddin Shohin, 2026-01-10. Armed clash. 2 sources.',
        'Toll up killed 3->7, wounded 0->2: Tajik-Afghan border, 7 killed, 2 wounded in Shamsiddin Shohin, ' +
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

    const alert = alertsFor(null, longPlace, shohinThreeKilled).find((a) => a.rule === 'toll-threshold');
    const sms = alert?.messages.sms ?? '';

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
    expect(alert.subject).toBe('Tajik–Afghan border: 4 killed in Khatlon (1 source)');
    expect(alert.messages.email).toContain('1. Daily News, 2026-01-04 15:42 UTC');
    expect(alert.messages.email).toContain('"Clash in Khatlon"');
  });

  it('withholds a link that is not http(s)', () => {
    expect(alert.messages.email).toContain('(link withheld: not an http(s) address)');
  });

  it('gives 0 for unknown figures in the message attributes', () => {
    expect(alert.attributes).toEqual({
      border: 'tajik-afghan',
      rule: 'new-incident',
      severity: 'warning',
      killed: 4,
      wounded: 0,
    });
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
