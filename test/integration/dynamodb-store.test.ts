import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../shared/errors.js';
import { anIncident } from '../support/builders.js';
import { useTestStore } from '../support/dynamo.js';

const store = useTestStore();

describe('DynamoDB store against dynalite', () => {
  it('round-trips feed state', async () => {
    const state = {
      url: 'https://dushanbe-daily.example/rss.xml',
      etag: '"dd-rss-1"',
      lastModified: 'Mon, 05 Jan 2026 17:40:00 GMT',
      lastPolledAt: '2026-01-05T18:00:00.000Z',
      lastSuccessAt: '2026-01-05T18:00:00.000Z',
      lastNewItemAt: '2026-01-05T18:00:00.000Z',
      cadenceMinutes: 180,
      consecutiveFailures: 0,
      lastError: null,
    };
    expect(await store().getFeedState(state.url)).toBeNull();
    await store().putFeedState(state);
    expect(await store().getFeedState(state.url)).toEqual(state);
  });

  it('remembers seen articles by id and by fingerprint, across more keys than one batch holds', async () => {
    const articles = Array.from({ length: 130 }, (_, i) => ({
      id: `art-${i}`,
      fingerprint: `fp-${i}`,
      feedUrl: 'https://centralasia-wire.example/atom.xml',
      url: `https://centralasia-wire.example/story/${i}`,
      incidentId: null,
      seenAt: '2026-01-05T18:00:00.000Z',
    }));
    await store().markSeen(articles.slice(0, 120), 1_800_000_000);
    const ids = articles.map((a) => a.id);
    const seen = await store().findSeen(ids, ['fp-125', 'fp-5']);
    expect(seen.size).toBe(121);
    expect(seen.has('art-119')).toBe(true);
    expect(seen.has('art-120')).toBe(false);
    expect(seen.has('fp-5')).toBe(true);
    expect(seen.has('fp-125')).toBe(false);
  });

  it('creates an incident once and rejects a second create with ConflictError', async () => {
    const incident = anIncident({ id: 'inc-create' });
    await store().saveIncident(incident, null);
    await expect(store().saveIncident(incident, null)).rejects.toBeInstanceOf(ConflictError);
    expect(await store().getIncident('inc-create')).toEqual(incident);
  });

  it('updates an incident only at the expected version (optimistic locking)', async () => {
    const v1 = anIncident({ id: 'inc-version' });
    await store().saveIncident(v1, null);
    const v2 = { ...v1, version: 2, killed: 5 };
    await store().saveIncident(v2, 1);
    await expect(store().saveIncident({ ...v1, version: 2, killed: 6 }, 1)).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await store().getIncident('inc-version'))?.killed).toBe(5);
  });

  it('queries incidents by border and inclusive event-date window', async () => {
    await store().saveIncident(anIncident({ id: 'q-1', eventDate: '2025-12-30' }), null);
    await store().saveIncident(anIncident({ id: 'q-2', eventDate: '2026-01-02' }), null);
    await store().saveIncident(
      anIncident({ id: 'q-3', border: 'tajik-kyrgyz', eventDate: '2026-01-02' }),
      null,
    );
    const found = await store().queryIncidents('tajik-afghan', '2026-01-01', '2026-01-02');
    expect(found.map((i) => i.id)).toEqual(['q-2']);
    const all = await store().listIncidents();
    expect(all.map((i) => i.id)).toEqual(expect.arrayContaining(['q-1', 'q-2', 'q-3']));
  });

  it('lets exactly one of two concurrent claimers own an alert, and none after it is sent', async () => {
    const key = { incidentId: 'inc-1', rule: 'new-incident', level: 'new' };
    const now = new Date('2026-01-05T18:00:00Z');
    const claims = await Promise.all([store().claimAlert(key, now, 300), store().claimAlert(key, now, 300)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    await store().completeAlert(key, now);
    const later = new Date('2026-01-06T18:00:00Z');
    expect(await store().claimAlert(key, later, 300)).toBe(false);
  });

  it('frees a released claim for a retry, and takes over a claim whose lease expired', async () => {
    const key = { incidentId: 'inc-2', rule: 'toll-threshold', level: 'killed>=5' };
    const now = new Date('2026-01-05T18:00:00Z');
    expect(await store().claimAlert(key, now, 300)).toBe(true);
    await store().releaseAlert(key);
    expect(await store().claimAlert(key, now, 300)).toBe(true);
    // The claimer crashed: within the lease nobody else may publish, after it someone must.
    expect(await store().claimAlert(key, new Date('2026-01-05T18:04:00Z'), 300)).toBe(false);
    expect(await store().claimAlert(key, new Date('2026-01-05T18:06:00Z'), 300)).toBe(true);
  });
});

describe('lease locks', () => {
  it('gives a lock to one owner at a time, frees it on release, and lets a lease expire', async () => {
    const now = new Date('2026-01-05T18:00:00Z');
    const [a, b] = await Promise.all([
      store().acquireLock('create-incident#tajik-afghan', 'poll-a', now, 30),
      store().acquireLock('create-incident#tajik-afghan', 'poll-b', now, 30),
    ]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    const holder = a ? 'poll-a' : 'poll-b';
    const other = a ? 'poll-b' : 'poll-a';
    await store().releaseLock('create-incident#tajik-afghan', other); // not the holder's: no effect
    expect(await store().acquireLock('create-incident#tajik-afghan', other, now, 30)).toBe(false);
    await store().releaseLock('create-incident#tajik-afghan', holder);
    expect(await store().acquireLock('create-incident#tajik-afghan', other, now, 30)).toBe(true);
    // The holder crashed: after its lease, another owner may take the lock.
    expect(
      await store().acquireLock(
        'create-incident#tajik-afghan',
        'poll-c',
        new Date(now.getTime() + 31_000),
        30,
      ),
    ).toBe(true);
  });

  it('reads incidents by id strongly consistently, ignoring ids that do not exist', async () => {
    await store().saveIncident(anIncident({ id: 'tajik-afghan:2026-01-04:1' }), null);
    const found = await store().getIncidents(['tajik-afghan:2026-01-04:1', 'tajik-afghan:2026-01-04:2']);
    expect(found.map((i) => i.id)).toEqual(['tajik-afghan:2026-01-04:1']);
  });
});
