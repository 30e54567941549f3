import { describe, expect, it } from 'vitest';
import { parseConfig, thresholdsFor } from '../../shared/config.js';
import { ConfigError, formatProblems } from '../../shared/errors.js';

describe('configuration', () => {
  it('fills every default from an empty object', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      feeds: [],
      schedule: { rateMinutes: 10 },
      alerts: {
        newIncidentScore: 0.6,
        killed: 5,
        casualties: 10,
        windowDays: 30,
        windowKilled: 10,
        maxAgeHours: 72,
      },
      limits: { fetchTimeoutMs: 10_000, maxRedirects: 5 },
      merge: { windowDays: 2 },
    });
  });

  it.each([
    [{ feeds: [{ url: 'ftp://news.example/rss' }] }, 'feeds[0].url', /http\(s\) URL/],
    [{ feeds: [{ url: 'https://a.example/rss', lang: 'Russian' }] }, 'feeds[0].lang', /language tag/],
    [{ feeds: 'https://a.example/rss' }, 'feeds', /array/],
    [{ subscribers: [{ email: 'analyst-at-example.org' }] }, 'subscribers[0].email', /email address/],
    [{ subscribers: [{ phone: '0992 900 000 000' }] }, 'subscribers[0].phone', /E\.164/],
    [{ subscribers: [{ email: 'a@example.org', phone: '+992900000000' }] }, 'subscribers[0]', /exactly one/],
    [
      { subscribers: [{ email: 'a@example.org', borders: ['tajik-china'] }] },
      'subscribers[0].borders[0]',
      /tajik-afghan/,
    ],
    [{ alerts: { killed: 0 } }, 'alerts.killed', />=1/],
    [{ alerts: { newIncidentScore: 1.5 } }, 'alerts.newIncidentScore', /<=1/],
    [
      { alerts: { borders: { 'tajik-kyrgyz': { windowKilled: 'ten' } } } },
      'alerts.borders.tajik-kyrgyz.windowKilled',
      /number/,
    ],
    [{ schedule: { rateMinutes: 0 } }, 'schedule.rateMinutes', />=1/],
    [{ limits: { fetchTimeoutMs: 10 } }, 'limits.fetchTimeoutMs', />=100/],
    [{ feed: [] }, 'feed', /unknown field/],
  ])('rejects %j naming the field %s', (raw, field, message) => {
    let error: unknown;
    try {
      parseConfig(raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).field).toBe(field);
    expect((error as ConfigError).message).toMatch(message);
    expect((error as ConfigError).message.startsWith(`${field}: `)).toBe(true);
  });

  it('applies per-border threshold overrides over the global ones', () => {
    const config = parseConfig({ alerts: { killed: 5, borders: { 'tajik-kyrgyz': { killed: 1 } } } });
    expect(thresholdsFor(config, 'tajik-kyrgyz').killed).toBe(1);
    expect(thresholdsFor(config, 'tajik-afghan').killed).toBe(5);
  });
});

describe('configuration with several problems', () => {
  it('reports every invalid field, not only the first', () => {
    let error: unknown;
    try {
      parseConfig({
        feeds: [{ url: 'ftp://news.example/rss' }, { url: 'https://b.example/rss', lang: 'Russian' }],
        subscribers: [{ phone: '0992 900 000 000' }],
        alerts: { killed: 0 },
        feed: [],
        sheduel: {},
      });
    } catch (e) {
      error = e;
    }

    expect(error).toBeInstanceOf(ConfigError);
    const { field, message, problems } = error as ConfigError;
    expect(problems.map((p) => p.field)).toEqual([
      'feeds[0].url',
      'feeds[1].lang',
      'alerts.killed',
      'subscribers[0].phone',
      'feed',
      'sheduel',
    ]);
    expect(problems[3]?.message).toMatch(/E\.164/);
    expect(problems[4]?.message).toMatch(/unknown field/);
    // The message still leads with the first problem, as every caller of parseConfig expects.
    expect(field).toBe('feeds[0].url');
    expect(message).toMatch(
      /^feeds\[0\]\.url: expected an absolute http\(s\) URL \(and 5 more problem\(s\)\)$/,
    );
  });

  it('formats one problem on one line and several as a list', () => {
    expect(formatProblems('cfg.json', [{ field: 'alerts.killed', message: 'too small' }])).toBe(
      'cfg.json: alerts.killed: too small',
    );
    expect(
      formatProblems('cfg.json', [
        { field: 'a', message: 'x' },
        { field: 'b', message: 'y' },
      ]),
    ).toBe('cfg.json: 2 problems:\n  a: x\n  b: y');
  });
});
