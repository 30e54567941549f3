/**
 * The CLI contract (README, "The CLI"), run as users run it: a separate process, exit codes, stdout/stderr.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Level } from 'level';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, runCli } from '../support/cli.js';
import { startSilentServer } from '../support/http-test-server.js';
import { type LocalSite, newsPage, rss, startLocalSite } from '../support/local-site.js';
import { sharedMaterial } from '../support/shared-material.js';

const cli = (args: readonly string[], stdin?: string): Promise<CliRun> => runCli(args, { stdin });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'borderwatch-cli-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const SEED_001 = sharedMaterial('seeds/001_80e181004521bd21.txt');

describe('borderwatch classify', () => {
  const article =
    'Tajik border guards killed two armed smugglers who crossed the Panj river from Afghanistan on Friday night near Ishkashim in Gorno-Badakhshan, the State Committee for National Security said on Saturday.';

  it('prints one Assessment object with --json', async () => {
    const run = await cli(['classify', '--json', '--published', '2026-01-03T09:00:00Z'], article);

    expect(run.code).toBe(0);
    const assessment = JSON.parse(run.stdout);
    expect(assessment).toMatchObject({
      relevant: true,
      border: 'tajik-afghan',
      killed: 2,
      eventDate: '2026-01-02',
    });
    expect(assessment.evidence.killedSentence).toMatch(/two armed smugglers/);
  });

  it.skipIf(!SEED_001)(
    'assesses a seed document given as a file (skipped without ../shared/seeds)',
    async () => {
      const run = await cli(['classify', SEED_001 ?? '', '--json', '--published', '2026-01-05T10:00:00Z']);

      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ relevant: true, border: 'tajik-afghan', killed: 4 });
    },
  );

  it('answers JSON lines with one Assessment a line carrying the same id', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: article, published: '2026-01-03T09:00:00Z' }),
      JSON.stringify({
        id: 'b',
        html: newsPage('Kazakhstan protests', [
          'Riots in Almaty left at least 225 people dead, officials in Kazakhstan said.',
        ]),
        published: '2022-01-16T09:00:00Z',
      }),
    ].join('\n');

    const run = await cli(['classify', '--jsonl'], lines);

    expect(run.code).toBe(0);
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => [o.id, o.relevant])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });

  it('exits 2 on bad usage with a message', async () => {
    const badDate = await cli(['classify', '--published', 'last tuesday'], article);
    const unknown = await cli(['classify', '--frobnicate'], article);
    const noCommand = await cli(['explode']);

    for (const run of [badDate, unknown, noCommand]) {
      expect(run.code).toBe(2);
      expect(run.stderr.length).toBeGreaterThan(0);
    }
    expect(badDate.stderr).toMatch(/--published/);
  });

  it('exits 1 with the reason on stderr when the input cannot be read', async () => {
    const run = await cli(['classify', join(dir, 'missing.html')]);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/missing\.html/);
  });
});

describe('borderwatch run, incidents', () => {
  it('replays the bundled recording offline into a persistent database, then finds nothing new', async () => {
    const db = join(dir, 'db');
    const outbox = join(dir, 'alerts.jsonl');

    const first = await cli(['run', '--fixtures', '--offline', '--json', '--db', db, '--outbox', outbox]);
    const second = await cli(['run', '--fixtures', '--offline', '--json', '--db', db, '--outbox', outbox]);
    const listed = await cli(['incidents', '--json', '--db', db]);

    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary).toMatchObject({ feedsPolled: 5, incidentsCreated: 5 });
    expect(summary.feeds.every((f: { status: string }) => f.status === 'ok')).toBe(true);
    expect(summary.alertsSent).toBeGreaterThanOrEqual(4);
    const lines = readFileSync(outbox, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(summary.alertsSent);
    for (const line of lines) {
      expect(Object.keys(JSON.parse(line))).toEqual(
        expect.arrayContaining(['incidentId', 'rule', 'subject', 'messages', 'attributes']),
      );
    }
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ newArticles: 0, incidentsCreated: 0, alertsSent: 0 });
    expect(listed.code).toBe(0);
    const incidents = JSON.parse(listed.stdout);
    expect(incidents).toHaveLength(5);
    for (const incident of incidents) {
      expect(Object.keys(incident)).toEqual(
        expect.arrayContaining([
          'id',
          'border',
          'type',
          'place',
          'eventDate',
          'killed',
          'wounded',
          'sources',
        ]),
      );
      expect(Object.keys(incident.sources[0])).toEqual(
        expect.arrayContaining(['url', 'outlet', 'published']),
      );
    }
  });

  it('prints a readable summary naming the outbox', async () => {
    const outbox = join(dir, 'readable.jsonl');

    const run = await cli(['run', '--fixtures', '--offline', '--outbox', outbox]);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Feeds: 5 polled/);
    expect(run.stdout).toMatch(/Incidents: 5 created/);
    expect(run.stdout).toContain(outbox);
  });

  it('exits 1 with the reason, not hanging on its replay server, when the database cannot be opened', async () => {
    const run = await cli(['run', '--offline', '--fixtures', '--db', 'aws']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--db: "aws" reaches the deployed table, which --offline forbids/);
  });

  it('exits 2, naming the rule, on a table name DynamoDB would refuse', async () => {
    const runs = [
      await cli(['incidents', '--table', 'x']),
      await cli(['run', '--offline', '--table', 'a b c']),
    ];
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--table: ".+" is no DynamoDB table name/);
    }
  });

  it('exits 1 when the cycle cannot run at all, and 0 when only some feeds fail', async () => {
    const badConfig = await cli(['run', '--offline', '--config', join(dir, 'nope.json')]);
    const unreachable = await cli([
      'run',
      '--offline',
      '--json',
      '--feeds',
      'https://no-such-outlet.example/rss.xml',
      '--outbox',
      join(dir, 'x.jsonl'),
    ]);

    expect(badConfig.code).toBe(1);
    expect(badConfig.stderr).toMatch(/--config/);
    expect(unreachable.code).toBe(0);
    expect(JSON.parse(unreachable.stdout).feeds[0]).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/offline/i),
    });
  });
});

describe('borderwatch --db that cannot be used', () => {
  it('fails naming --db, within seconds, when the endpoint accepts and never answers', async () => {
    const silent = await startSilentServer('127.0.0.1');
    try {
      const run = await cli(['incidents', '--db', silent.origin]);

      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /--db: http:\/\/127\.0\.0\.1:\d+ did not answer as a DynamoDB endpoint \(no answer within/,
      );
      expect(silent.accepted()).toBeGreaterThan(0);
    } finally {
      await silent.close();
    }
  });

  it('refuses a directory that holds no database for commands that only read, creating nothing', async () => {
    const missing = join(dir, 'no-such-db');
    for (const command of ['incidents', 'feeds']) {
      const run = await cli([command, '--db', missing]);

      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`--db: no database at ${missing}; \`run --db ${missing}\` creates one`);
      expect(existsSync(missing)).toBe(false);
    }
  });

  it('says the database is in use by another process instead of a stack trace', async () => {
    const db = join(dir, 'db-in-use');
    const holder = new Level(db);
    await holder.open();
    try {
      const run = await cli(['incidents', '--db', db]);

      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`--db: ${db}: the database is in use by another process`);
      expect(run.stderr).not.toMatch(/Database is closed|\n\s+at /);
    } finally {
      await holder.close();
    }
  });

  // root may write anywhere, so the denial cannot be produced for it.
  it.skipIf(process.getuid?.() === 0)('says permission denied for a directory it may not write', async () => {
    const db = join(dir, 'db-read-only');
    await mkdir(db);
    await chmod(db, 0o555);
    const run = await cli(['run', '--offline', '--fixtures', '--db', db]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`--db: ${db}: permission denied`);
  });
});

describe('borderwatch record', () => {
  let site: LocalSite;
  beforeAll(async () => {
    site = await startLocalSite();
    const paragraphs = [
      'Kyrgyz and Tajik border guards exchanged fire on Tuesday near the village of Tort-Kocho in Batken region, wounding three Kyrgyz servicemen, the Kyrgyz border service said.',
      'The shooting stopped after the commanders of both border services spoke by telephone.',
    ];
    site.routes.set('/rss.xml', {
      body: rss('Batken Voice', [
        {
          title: 'Three Kyrgyz guards wounded',
          link: `${site.origin}/news/1`,
          description: paragraphs[0] as string,
          published: '2026-02-03T10:00:00Z',
        },
      ]),
      headers: { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"r1"' },
    });
    site.routes.set('/news/1', {
      body: newsPage('Three Kyrgyz guards wounded', paragraphs),
      headers: { 'content-type': 'text/html' },
    });
  });
  afterAll(async () => site.close());

  it('records feeds and pages into a fixture directory that run replays', async () => {
    const out = join(dir, 'recording');

    const recorded = await cli(['record', '--offline', '--out', out, '--feeds', `${site.origin}/rss.xml`]);
    await site.close();
    const replayed = await cli([
      'run',
      '--fixtures',
      out,
      '--offline',
      '--json',
      '--now',
      '2026-02-03T12:00:00Z',
      '--outbox',
      join(dir, 'r.jsonl'),
    ]);

    expect(recorded.code).toBe(0);
    expect(recorded.stdout).toMatch(/1 feed\(s\) and 1 page\(s\)/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.responses).toHaveLength(2);
    expect(replayed.code).toBe(0);
    expect(JSON.parse(replayed.stdout)).toMatchObject({
      relevantArticles: 1,
      incidentsCreated: 1,
      pageFallbacks: 0,
    });
  });
});

describe('borderwatch baseline, feeds', () => {
  it('derives candidate terms from a folder of documents, saying which are already in the baseline', async () => {
    const docs = join(dir, 'docs');
    await mkdir(docs, { recursive: true });
    await writeFile(
      join(docs, 'a.txt'),
      'Border guards of the Murghab detachment exchanged fire with smugglers near Markansu pass on Friday. The Markansu crossing was closed.',
    );
    await writeFile(
      join(docs, 'b.txt'),
      'Smugglers fired on a patrol near Markansu in Gorno-Badakhshan. Markansu lies on the road to Kyrgyzstan.',
    );

    const run = await cli(['baseline', docs]);

    expect(run.code).toBe(0);
    const { entities } = JSON.parse(run.stdout);
    const markansu = entities.find((e: { text: string }) => e.text === 'Markansu');
    expect(markansu).toMatchObject({ known: false, documents: ['a.txt', 'b.txt'] });
    expect(entities.find((e: { text: string }) => e.text === 'Gorno-Badakhshan')).toMatchObject({
      known: true,
    });
  });

  it("reports each polled feed's health from the database", async () => {
    const db = join(dir, 'health-db');
    await cli(['run', '--fixtures', '--offline', '--db', db, '--outbox', join(dir, 'h.jsonl')]);

    const run = await cli(['feeds', '--db', db, '--json', '--now', '2026-01-05T18:10:00Z']);

    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toHaveLength(5);
    expect(report.every((f: { health: { status: string } }) => f.health.status === 'healthy')).toBe(true);
  });
});
