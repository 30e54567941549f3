import { describe, expect, it } from 'vitest';
import { parseConfig, thresholdsFor } from '../../shared/config.js';
import { ConfigError } from '../../shared/errors.js';

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
