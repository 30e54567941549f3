import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  afterSuccess,
  assessFeedHealth,
  estimateCadence,
  initialFeedState,
  needsWrite,
} from '../../shared/domain/feed-health.js';

const options = { failureCycles: 3, silenceFactor: 6 };
const url = 'https://dushanbe-daily.example/rss.xml';

describe('feed health', () => {
  it('estimates the cadence as the median gap between item publication times', () => {
    const published = [
      '2026-01-05T09:00:00Z',
      '2026-01-05T06:00:00Z',
      '2026-01-05T12:00:00Z',
      '2026-01-04T12:00:00Z', // a quiet night does not define the feed
      null,
      'not a date',
    ];
    expect(estimateCadence(published)).toBe(180);
    expect(estimateCadence(['2026-01-05T09:00:00Z', '2026-01-05T10:00:00Z'])).toBeNull();
  });

  it('reports a feed failing after N consecutive failures and recovers on the next success', () => {
    const t = (m: number) => new Date(Date.UTC(2026, 0, 5, 12, m));
    let state = afterSuccess(initialFeedState(url), { now: t(0), newItems: 3, cadenceMinutes: 120 });
    for (let i = 1; i <= 2; i++) state = afterFailure(state, t(i * 10), 'timeout: no answer within 10000 ms');
    expect(assessFeedHealth(state, t(30), options).status).toBe('healthy');
    state = afterFailure(state, t(30), 'timeout: no answer within 10000 ms');
    const failing = assessFeedHealth(state, t(30), options);
    expect(failing).toMatchObject({ status: 'failing', consecutiveFailures: 3, lastError: /timeout/ });
    state = afterSuccess(state, { now: t(40), newItems: 0 });
    expect(assessFeedHealth(state, t(40), options)).toMatchObject({
      status: 'healthy',
      consecutiveFailures: 0,
    });
  });

  it('reports a feed silent when it has had no new item for far longer than its cadence', () => {
    const state = afterSuccess(initialFeedState(url), {
      now: new Date('2026-01-01T00:00:00Z'),
      newItems: 5,
      cadenceMinutes: 120,
    });
    expect(assessFeedHealth(state, new Date('2026-01-01T10:00:00Z'), options).status).toBe('healthy');
    expect(assessFeedHealth(state, new Date('2026-01-01T13:00:00Z'), options).status).toBe('silent');
  });

  it('needs no write for a 304 on a healthy feed within the heartbeat, and one after it', () => {
    const first = afterSuccess(initialFeedState(url), {
      now: new Date('2026-01-05T12:00:00Z'),
      etag: '"v1"',
      newItems: 2,
      cadenceMinutes: 60,
    });
    const tenMinutes = afterSuccess(first, { now: new Date('2026-01-05T12:10:00Z'), newItems: 0 });
    expect(needsWrite(first, tenMinutes, new Date('2026-01-05T12:10:00Z'))).toBe(false);
    const twoHours = afterSuccess(first, { now: new Date('2026-01-05T14:00:00Z'), newItems: 0 });
    expect(needsWrite(first, twoHours, new Date('2026-01-05T14:00:00Z'))).toBe(true);
    const failed = afterFailure(first, new Date('2026-01-05T12:10:00Z'), 'http-status 503');
    expect(needsWrite(first, failed, new Date('2026-01-05T12:10:00Z'))).toBe(true);
  });
});
