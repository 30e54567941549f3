/**
 * What the CLI does with awkward input (issue 11, items 5 and 7), run as users run it: a separate process,
 * exit codes, stdout/stderr. Nothing here opens a connection.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const cli = runCli;

/** windows-1251 for ASCII and the Russian alphabet: enough to write a legacy-encoded Russian page. */
function windows1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((char) => {
      const code = char.codePointAt(0) ?? 0x3f;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (char === 'Ё') return 0xa8;
      if (char === 'ё') return 0xb8;
      if (char === '—') return 0x97;
      return 0x3f;
    }),
  );
}

const RUSSIAN_REPORT =
  'Таджикские пограничники убили двух вооружённых контрабандистов, которые в ночь на пятницу пересекли ' +
  'реку Пяндж со стороны Афганистана у Ишкашима в Горно-Бадахшанской области, сообщил в субботу ' +
  'Государственный комитет национальной безопасности.';

function russianPage(head: string): string {
  return (
    `<!doctype html>\n<html><head>${head}<title>Перестрелка на таджикско-афганской границе</title></head>\n` +
    `<body><article><h1>Перестрелка на таджикско-афганской границе</h1>\n<p>${RUSSIAN_REPORT}</p>\n` +
    '<p>По данным ведомства, нарушители открыли огонь по пограничному наряду.</p></article></body></html>\n'
  );
}

const ENGLISH_REPORT =
  'Tajik border guards killed two armed smugglers who crossed the Panj river from Afghanistan on Friday night near Ishkashim in Gorno-Badakhshan, the State Committee for National Security said on Saturday.';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'borderwatch-cli-input-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('borderwatch classify: files in other encodings', () => {
  it.each([
    ['<meta charset="windows-1251">', 'meta charset'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', 'meta http-equiv'],
  ])('reads a windows-1251 page declared by %s as Russian, as the fetcher would', async (head, label) => {
    const file = join(dir, `cp1251-${label.replace(/\W/g, '-')}.html`);
    await writeFile(file, windows1251(russianPage(head)));

    const run = await cli(['classify', file, '--json', '--published', '2026-01-03T09:00:00Z']);

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ relevant: true, border: 'tajik-afghan', killed: 2 });
  });

  it('reads a UTF-16 file by its byte order mark', async () => {
    const file = join(dir, 'utf16.txt');
    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ENGLISH_REPORT, 'utf16le')]));

    const run = await cli(['classify', file, '--json', '--published', '2026-01-03T09:00:00Z']);

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ relevant: true, killed: 2 });
  });

  it('decodes a windows-1251 page piped on stdin the same way', async () => {
    const run = await cli(['classify', '--json', '--published', '2026-01-03T09:00:00Z'], {
      stdin: windows1251(russianPage('<meta charset="windows-1251">')),
    });

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ relevant: true, border: 'tajik-afghan' });
  });
});

describe('borderwatch classify: input with nothing to assess', () => {
  it('warns on stderr that an empty file holds nothing to assess, and still prints the Assessment', async () => {
    const file = join(dir, 'empty.html');
    await writeFile(file, '');

    const run = await cli(['classify', file, '--json']);

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ relevant: false });
    expect(run.stderr).toMatch(/warning: .*empty\.html.*empty/);
  });

  it('warns on stderr that a binary file is no article', async () => {
    const file = join(dir, 'picture.png');
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44,
    ]);
    await writeFile(file, Buffer.concat([png, Buffer.alloc(200, 0), Buffer.from([1, 2, 3, 0xff, 0xfe])]));

    const run = await cli(['classify', file]);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/not relevant/);
    expect(run.stderr).toMatch(/warning: .*picture\.png.*binary/);
  });

  it('warns when an HTML page has no text to read', async () => {
    const run = await cli(['classify'], { stdin: '<html><head><title></title></head><body></body></html>' });

    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: .*no text/);
  });

  it('prints no warning for an ordinary article', async () => {
    const run = await cli(['classify', '--published', '2026-01-03T09:00:00Z'], { stdin: ENGLISH_REPORT });

    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});

describe('borderwatch classify: dates', () => {
  it.each([
    ['--published', '2026-02-30', /February 2026 has 28 days/],
    ['--published', '2026-13-01T00:00:00Z', /month 13/],
    ['--published', '2026-01-03T25:00:00Z', /hour 25/],
  ])('rejects %s %s as bad usage, naming the flag', async (flag, value, reason) => {
    const run = await cli(['classify', flag, value], { stdin: ENGLISH_REPORT });

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${flag}: `);
    expect(run.stderr).toMatch(reason);
    expect(run.stdout).toBe('');
  });

  it('rejects an impossible --now for run and feeds, naming the flag', async () => {
    const runCycle = await cli(['run', '--fixtures', '--offline', '--now', '2026-02-30T10:00:00Z']);
    const feeds = await cli(['feeds', '--now', '2025-02-29']);

    for (const run of [runCycle, feeds]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--now: .*February 202[56] has 28 days/);
    }
  });

  it('makes a JSON line whose published is not a date an error naming its line and field; the others classify', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: ENGLISH_REPORT, published: '2026-01-03T09:00:00Z' }),
      JSON.stringify({ id: 'b', text: ENGLISH_REPORT, published: 'last Friday' }),
      JSON.stringify({ id: 'c', text: ENGLISH_REPORT, published: '2026-02-30T09:00:00Z' }),
      JSON.stringify({ id: 'd', text: ENGLISH_REPORT }),
    ].join('\n');

    const run = await cli(['classify', '--jsonl'], { stdin: lines });

    expect(run.code).toBe(1);
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(out[0]).toMatchObject({ relevant: true, killed: 2 });
    expect(out[1]).toMatchObject({ line: 2, field: 'published' });
    expect(out[1].error).toMatch(/published: .*"last Friday"/);
    expect(out[1]).not.toHaveProperty('relevant');
    expect(out[2]).toMatchObject({ line: 3, field: 'published' });
    expect(out[2].error).toMatch(/February 2026 has 28 days/);
    expect(out[3]).toMatchObject({ relevant: true });
    expect(run.stderr).toMatch(/2 of 4 lines failed/);
    expect(run.stderr).toMatch(/line 2 \(published\)/);
  });

  it('exits 0 when every JSON line classifies', async () => {
    const run = await cli(['classify', '--jsonl'], {
      stdin: `${JSON.stringify({ id: 'a', text: ENGLISH_REPORT, published: '2026-01-03' })}\n`,
    });

    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});

describe('borderwatch config', () => {
  it('lists every problem of an invalid file, each naming its field', async () => {
    const file = join(dir, 'bad.config.json');
    await writeFile(
      file,
      JSON.stringify({
        feeds: [{ url: 'ftp://news.example/rss' }],
        subscribers: [{ phone: '0992 900 000 000' }],
        alerts: { killed: 0 },
        feed: [],
      }),
    );

    const run = await cli(['config', file]);

    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/4 problems/);
    for (const field of ['feeds[0].url', 'subscribers[0].phone', 'alerts.killed', 'feed'])
      expect(run.stderr).toContain(`  ${field}: `);
    expect(run.stderr).toContain('bad.config.json');
  });

  it('says on stderr that the defaults are shown because no file was found', async () => {
    const empty = join(dir, 'no-config-here');
    await mkdir(empty, { recursive: true });

    const run = await cli(['config'], { cwd: empty });

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ feeds: [], schedule: { rateMinutes: 10 } });
    expect(run.stderr).toMatch(/no borderwatch\.config\.json .*defaults/);
  });
});

describe('borderwatch run --feeds FILE', () => {
  it('exits 2 on a feeds file that fails validation, naming each entry by its path', async () => {
    const file = join(dir, 'bad-feeds.json');
    await writeFile(file, JSON.stringify(['https://a.example/rss', { url: 'ftp://b.example/rss' }]));

    const run = await cli(['run', '--offline', '--feeds', file]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad-feeds.json');
    expect(run.stderr).toMatch(/feeds\[1\]\.url: expected an absolute http\(s\) URL/);
  });

  it('lists every invalid entry of a feeds file', async () => {
    const file = join(dir, 'two-bad-feeds.json');
    await writeFile(
      file,
      JSON.stringify([{ url: 'ftp://a.example/rss' }, { url: 'https://b.example/', lang: 'Russian' }]),
    );

    const run = await cli(['run', '--offline', '--feeds', file]);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/2 problems/);
    expect(run.stderr).toContain('feeds[0].url: ');
    expect(run.stderr).toContain('feeds[1].lang: ');
  });

  it('reads a plain text file of one URL a line, skipping blank lines and # comments', async () => {
    const file = join(dir, 'feeds.txt');
    // Nothing listens on port 9 of loopback: both feeds fail fast, and the cycle still completes.
    await writeFile(
      file,
      '# Tajik borders\n\nhttp://127.0.0.1:9/a.xml\n   \n  # the second one\nhttp://127.0.0.1:9/b.xml  \n',
    );

    const run = await cli(['run', '--offline', '--json', '--feeds', file, '--outbox', join(dir, 'o.jsonl')]);

    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.feeds.map((f: { url: string }) => f.url)).toEqual([
      'http://127.0.0.1:9/a.xml',
      'http://127.0.0.1:9/b.xml',
    ]);
  });

  it('names the line of a plain text feeds file that holds no URL', async () => {
    const file = join(dir, 'feeds-typo.txt');
    await writeFile(file, 'https://a.example/rss\nhttps//b.example/rss\n');

    const run = await cli(['run', '--offline', '--feeds', file]);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/feeds-typo\.txt: line 2: expected an absolute http\(s\) URL/);
  });
});
