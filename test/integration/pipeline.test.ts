import type { IncomingMessage } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedConfig } from '../../shared/config.js';
import { type LocalSite, newsPage, type Route, rss, startLocalSite } from '../support/local-site.js';
import { type Rig, startRig } from '../support/rig.js';

const VORUKH = {
  title: 'Two Tajik border guards wounded in exchange of fire near Vorukh',
  paragraphs: [
    'Tajik and Kyrgyz border guards exchanged fire on Wednesday near the Vorukh exclave in Sughd region, wounding two Tajik servicemen, the Border Troops of Tajikistan said in a statement.',
    'According to the statement, Kyrgyz servicemen opened fire with automatic weapons after a dispute over a water channel near the village of Khoja Alo. The Kyrgyz border service blamed the Tajik side for starting the shooting.',
    'The two wounded guards were taken to a hospital in Isfara and their condition was described as stable.',
    'Clashes along the disputed frontier in 2022 left about 100 people dead on both sides.',
  ],
  published: '2026-03-12T09:00:00Z',
};

const MARKET = {
  title: 'Tajikistan and Afghanistan reopen the Ishkashim border market',
  paragraphs: [
    'Traders from Tajikistan and Afghanistan returned on Saturday to the cross-border market at Ishkashim, which reopened after the winter break, local authorities in Gorno-Badakhshan said.',
    'Residents of both countries may buy and sell flour, fabric and livestock at the market without a visa. Officials expect about 2,000 visitors each trading day.',
  ],
  published: '2026-03-11T15:00:00Z',
};

const PANJ = {
  title: 'Three smugglers killed in shootout with Tajik border guards on the Panj',
  description:
    'Three armed smugglers who crossed the Panj river from Afghanistan were killed in a shootout with Tajik border guards in Shamsiddin Shohin district of Khatlon region overnight, the State Committee for National Security said on Thursday.',
  published: '2026-03-12T07:30:00Z',
};

function conditional(body: string, etag: string) {
  return (req: IncomingMessage): Route =>
    req.headers['if-none-match'] === etag
      ? { status: 304, headers: { etag } }
      : { status: 200, body, headers: { 'content-type': 'application/rss+xml; charset=utf-8', etag } };
}

let site: LocalSite;
let rig: Rig;

beforeEach(async () => {
  site = await startLocalSite();
  rig = await startRig({ limits: { fetchTimeoutMs: 800 } }, '2026-03-12T12:00:00Z');
});
afterEach(async () => {
  await rig.close();
  await site.close();
});

function publishTajikNews(): FeedConfig {
  const items = [
    { ...VORUKH, link: `${site.origin}/news/vorukh`, description: VORUKH.paragraphs[0] as string },
    { ...MARKET, link: `${site.origin}/news/market`, description: MARKET.paragraphs[0] as string },
  ];
  site.routes.set('/rss.xml', conditional(rss('Sughd Today', items), '"v1"'));
  site.routes.set('/news/vorukh', {
    body: newsPage(VORUKH.title, VORUKH.paragraphs),
    headers: { 'content-type': 'text/html' },
  });
  site.routes.set('/news/market', {
    body: newsPage(MARKET.title, MARKET.paragraphs),
    headers: { 'content-type': 'text/html' },
  });
  return { url: `${site.origin}/rss.xml`, name: 'Sughd Today' };
}

describe('one poll cycle end to end (local HTTP server, dynalite, outbox)', () => {
  it('stores the incident with its toll and writes one new-incident alert for it', async () => {
    const feed = publishTajikNews();

    const summary = await rig.run([feed]);

    expect(summary.feeds[0]).toMatchObject({ status: 'ok', newArticles: 2, relevantArticles: 1 });
    expect(summary.incidentsCreated).toBe(1);
    const incidents = await rig.store.listIncidents();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ border: 'tajik-kyrgyz', wounded: 2, eventDate: '2026-03-11' });
    expect(incidents[0]?.killed ?? 0).toBe(0);
    expect(incidents[0]?.sources.map((s) => s.url)).toEqual([`${site.origin}/news/vorukh`]);
    const alerts = await rig.outboxEntries();
    expect(alerts.filter((a) => a.rule === 'new-incident')).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ incidentId: incidents[0]?.id, attributes: { border: 'tajik-kyrgyz' } });
    expect(alerts[0]?.messages.email).toContain(`${site.origin}/news/vorukh`);
  });

  it('makes a second cycle over unchanged feeds a no-op: 304, nothing new, no alert', async () => {
    const feed = publishTajikNews();
    await rig.run([feed]);
    const before = (await rig.outboxEntries()).length;
    const requestsBefore = site.requests.length;

    const second = await rig.run([feed], { now: '2026-03-12T12:10:00Z' });

    expect(second.feeds[0]?.status).toBe('not-modified');
    expect(second.newArticles).toBe(0);
    expect(second.incidentsCreated + second.incidentsUpdated).toBe(0);
    expect((await rig.outboxEntries()).length).toBe(before);
    // Only the feed itself was asked for, conditionally: no page was fetched again.
    expect(site.requests.slice(requestsBefore)).toEqual(['/rss.xml']);
  });

  it('reports a broken feed in the summary while the other feeds complete', async () => {
    const good = publishTajikNews();
    site.routes.set('/broken.xml', {
      body: '<rss><channel><item><title>Unclosed',
      headers: { 'content-type': 'application/rss+xml' },
    });
    site.routes.set('/gone.xml', { status: 500, body: 'internal error' });
    const broken = { url: `${site.origin}/broken.xml`, name: 'Broken' };
    const gone = { url: `${site.origin}/gone.xml`, name: 'Gone' };

    const summary = await rig.run([broken, good, gone]);

    const byName = Object.fromEntries(summary.feeds.map((f) => [f.name, f]));
    expect(byName.Broken).toMatchObject({ status: 'failed' });
    expect(byName.Broken?.error).toMatch(/feed|xml|parse/i);
    expect(byName.Gone).toMatchObject({ status: 'failed' });
    expect(byName.Gone?.error).toMatch(/500/);
    expect(byName['Sughd Today']).toMatchObject({ status: 'ok', relevantArticles: 1 });
    expect(summary.incidentsCreated).toBe(1);
    expect((await rig.store.getFeedState(broken.url))?.consecutiveFailures).toBe(1);
  });

  it('classifies the feed item text when the article page never answers', async () => {
    site.routes.set('/panj.xml', {
      body: rss('Khatlon Herald', [{ ...PANJ, link: `${site.origin}/news/panj` }]),
      headers: { 'content-type': 'application/rss+xml' },
    });
    site.routes.set('/news/panj', { hang: true });

    const summary = await rig.run([{ url: `${site.origin}/panj.xml`, name: 'Khatlon Herald' }]);

    expect(summary.pageFallbacks).toBe(1);
    expect(summary.relevantArticles).toBe(1);
    const [incident] = await rig.store.listIncidents();
    expect(incident).toMatchObject({ border: 'tajik-afghan', killed: 3 });
  });

  it('skips links to other hosts offline, counting them, and classifies the feed text instead', async () => {
    site.routes.set('/offsite.xml', {
      body: rss('Khatlon Herald', [{ ...PANJ, link: 'https://khatlon-herald.example/news/panj' }]),
      headers: { 'content-type': 'application/rss+xml' },
    });

    const summary = await rig.run([{ url: `${site.origin}/offsite.xml`, name: 'Khatlon Herald' }]);

    expect(summary.offlineSkipped).toBe(1);
    expect(summary.relevantArticles).toBe(1);
  });

  it('reports a feed failing three cycles in a row as unhealthy, and recovers by itself when it answers', async () => {
    site.routes.set('/flaky.xml', { status: 503, body: 'maintenance' });
    const flaky = { url: `${site.origin}/flaky.xml`, name: 'Flaky' };
    const at = (minutes: number) =>
      new Date(Date.parse('2026-03-12T12:00:00Z') + minutes * 60_000).toISOString();

    const cycles = [];
    for (let i = 0; i < 3; i++) cycles.push(await rig.run([flaky], { now: at(i * 10) }));
    site.routes.set('/flaky.xml', {
      body: rss('Flaky', [
        { ...MARKET, link: `${site.origin}/news/market`, description: MARKET.paragraphs[0] as string },
      ]),
      headers: { 'content-type': 'application/rss+xml' },
    });
    const recovered = await rig.run([flaky], { now: at(30) });

    expect(cycles.map((c) => c.unhealthyFeeds.length)).toEqual([0, 0, 1]);
    expect(cycles[2]?.unhealthyFeeds[0]).toMatchObject({
      url: flaky.url,
      status: 'failing',
      lastError: expect.stringMatching(/503/),
    });
    expect(recovered.unhealthyFeeds).toEqual([]);
    const [state] = await rig.store.listFeedStates();
    expect(state).toMatchObject({ url: flaky.url, consecutiveFailures: 0, lastError: null });
  });
});
