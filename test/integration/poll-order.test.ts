/**
 * A feed lists its newest items first; a poll records the reports it finds oldest first, so the first report
 * of an event starts its incident and the follow-ups published after it join it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalSite, newsPage, rss, startLocalSite } from '../support/local-site.js';
import { type Rig, startRig } from '../support/rig.js';

let site: LocalSite;
let rig: Rig;

beforeAll(async () => {
  site = await startLocalSite();
  rig = await startRig();
});
afterAll(async () => {
  await rig.close();
  await site.close();
});

describe('a poll of a feed that lists its newest items first', () => {
  it('records the first report before the follow-up, which joins the incident it started', async () => {
    const first = {
      title: 'Two Tajik border guards killed in clash with gunmen',
      link: `${site.origin}/2026/01/03/clash`,
      description: 'Two Tajik border guards were killed on Saturday in a clash with gunmen in Shahritus.',
      published: '2026-01-03T09:00:00Z',
    };
    const followUp = {
      title: 'Funeral held for Tajik border guards',
      link: `${site.origin}/2026/01/05/funeral`,
      description: 'Funerals were held on Monday for the two Tajik border guards killed on Saturday.',
      published: '2026-01-05T09:00:00Z',
    };
    site.routes.set('/feed.xml', { body: rss('Shahritus News', [followUp, first]) });
    site.routes.set('/2026/01/03/clash', {
      body: newsPage(first.title, [
        'Two Tajik border guards were killed on Saturday in a clash with gunmen who crossed the Amu Darya ' +
          'into Shahritus district of Khatlon region, the border troops said.',
      ]),
    });
    site.routes.set('/2026/01/05/funeral', {
      body: newsPage(followUp.title, [
        'Funerals were held in Shahritus district on Monday for the two Tajik border guards killed on ' +
          'Saturday in the clash with gunmen who crossed the Amu Darya from Afghanistan.',
      ]),
    });

    await rig.run([{ url: `${site.origin}/feed.xml`, name: 'Shahritus News' }], {
      now: '2026-01-05T12:00:00Z',
    });

    const incidents = await rig.store.listIncidents();
    expect(incidents).toHaveLength(1);
    const creator = incidents[0]?.sources.find((s) => s.matchReasons.length === 0);
    expect(creator?.url).toBe(first.link);
  });

  it("credits an aggregator's items to the outlets its <source> names, each a source of its own", async () => {
    const item = (n: number, outlet: string, published: string) =>
      `<item><title>Tajik guard killed near Vorukh ${n}</title><link>${site.origin}/agg/${n}</link>` +
      `<pubDate>${new Date(published).toUTCString()}</pubDate><source url="https://${n}.example/rss">${outlet}</source></item>`;
    site.routes.set('/aggregator.xml', {
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Border digest</title><link>${site.origin}/</link>
${item(1, 'Pamir Wire', '2026-02-03T08:00:00Z')}
${item(2, 'Isfara Voices', '2026-02-03T09:00:00Z')}
</channel></rss>`,
    });
    for (const n of [1, 2]) {
      site.routes.set(`/agg/${n}`, {
        body: newsPage(`Tajik guard killed near Vorukh ${n}`, [
          'A Tajik border guard was killed on Tuesday when Kyrgyz and Tajik border guards exchanged fire near ' +
            `the Tajik exclave of Vorukh, the border troops said (report ${n}).`,
        ]),
      });
    }

    await rig.run([{ url: `${site.origin}/aggregator.xml`, name: 'Border digest' }], {
      now: '2026-02-03T12:00:00Z',
    });

    const incident = (await rig.store.listIncidents()).find((i) => i.border === 'tajik-kyrgyz');
    expect(incident?.sources.map((s) => s.outlet).sort()).toEqual(['Isfara Voices', 'Pamir Wire']);
  });
});
