import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../shared/errors.js';
import {
  classifyDocument,
  classifyJsonLines,
  decodeArticle,
  readFeedsOption,
  timestampProblem,
} from '../../shared/local/commands.js';

describe('timestampProblem', () => {
  it.each([
    '2026-01-03',
    '2026-01-03T09:00Z',
    '2026-01-03T09:00:00Z',
    '2026-01-03T09:00:00.123Z',
    '2026-01-03T09:00:00+05:00',
    '2026-01-03T09:00:00+0500',
    '2024-02-29',
    'Sat, 03 Jan 2026 09:00:00 GMT',
    '03 Jan 2026 09:00 +0500',
  ])('accepts %s', (value) => {
    expect(timestampProblem(value)).toBeNull();
  });

  it.each([
    ['2026-02-30', /February 2026 has 28 days/],
    ['2025-02-29T00:00:00Z', /February 2025 has 28 days/],
    ['2026-04-31', /April 2026 has 30 days/],
    ['2026-13-01T00:00:00Z', /month 13 does not exist/],
    ['2026-00-10', /month 0 does not exist/],
    ['2026-01-03T24:30:00Z', /hour 24/],
    ['2026-01-03T09:60:00Z', /minute 60/],
    ['2026-01-03T09:00:00+25:00', /UTC offset/],
    ['31 Apr 2026 09:00:00 GMT', /April 2026 has 30 days/],
    ['last Friday', /expected an ISO 8601 date or time .*"last Friday"/],
    ['1', /expected an ISO 8601/],
  ])('rejects %s saying why', (value, reason) => {
    expect(timestampProblem(value)).toMatch(reason);
  });
});

describe('classify input', () => {
  it('decodes bytes declared windows-1251 by a meta tag as the fetcher does', () => {
    // "Граница" in windows-1251.
    const bytes = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>'),
      Buffer.from([0xc3, 0xf0, 0xe0, 0xed, 0xe8, 0xf6, 0xe0]),
      Buffer.from('</p></body></html>'),
    ]);

    expect(decodeArticle(bytes)).toContain('Граница');
  });

  it.each([
    ['', /is empty/],
    ['   \n\t', /is empty/],
    ['\u0000\u0001PK\u0003\u0004 binary', /looks binary/],
    ['<html><body><script>x()</script></body></html>', /no text to assess/],
  ])('warns about %j and still assesses it as not relevant', (input, warning) => {
    const warnings: string[] = [];

    const assessment = classifyDocument(input, { published: null, url: null }, (m) => warnings.push(m));

    expect(assessment.relevant).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(warning);
  });

  it('says which line failed and which field, and classifies the others', () => {
    const text = 'Tajik border guards killed two armed smugglers near Ishkashim on Friday.';
    const input = [
      JSON.stringify({ id: 1, text, published: '2026-01-03T09:00:00Z' }),
      JSON.stringify({ id: 2, text, published: 'yesterday' }),
      JSON.stringify({ id: 3, text, published: 20260103 }),
      '{"id": 4, "text": ',
      JSON.stringify({ id: 5, body: text }),
      'null',
      JSON.stringify({ id: 7, text, published: '' }),
    ].join('\n');

    const result = classifyJsonLines(input);

    const out = result.output
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(result.lines).toBe(7);
    expect(result.failures).toEqual([
      { line: 2, field: 'published' },
      { line: 3, field: 'published' },
      { line: 4, field: null },
      { line: 5, field: 'text' },
      { line: 6, field: null },
    ]);
    expect(out[0]).toMatchObject({ id: 1, relevant: true });
    expect(out[1]).toMatchObject({
      id: 2,
      line: 2,
      field: 'published',
      error: expect.stringMatching(/yesterday/),
    });
    expect(out[2].error).toMatch(/^published: .*20260103/);
    expect(out[3]).toMatchObject({ id: null, line: 4, error: expect.stringMatching(/^not JSON/) });
    expect(out[4]).toMatchObject({ id: 5, line: 5, field: 'text' });
    expect(out[5].error).toMatch(/expected a JSON object/);
    // An empty string is an absent date, not a wrong one.
    expect(out[6]).toMatchObject({ id: 7, relevant: true });
  });

  it('warns about an empty text line, naming it', () => {
    const warnings: string[] = [];

    classifyJsonLines(JSON.stringify({ id: 'x', text: '' }), (m) => warnings.push(m));

    expect(warnings).toEqual(['line 1 (id "x") is empty: there is nothing to assess']);
  });
});

describe('readFeedsOption', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'borderwatch-feeds-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  async function usageError(values: string[]): Promise<UsageError> {
    const error = await readFeedsOption(values).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }

  it('reads URLs, JSON files and text files of one URL a line', async () => {
    const json = join(dir, 'feeds.json');
    const text = join(dir, 'feeds.list');
    await writeFile(
      json,
      JSON.stringify(['https://a.example/rss', { url: 'https://b.example/atom', lang: 'ru' }]),
    );
    await writeFile(text, '\uFEFF# ours\r\nhttps://c.example/rss\r\n\r\n#https://off.example/rss\r\n');

    const feeds = await readFeedsOption(['https://z.example/rss', json, text]);

    expect(feeds.map((f) => f.url)).toEqual([
      'https://z.example/rss',
      'https://a.example/rss',
      'https://b.example/atom',
      'https://c.example/rss',
    ]);
  });

  it('names every invalid entry of a JSON file by its path', async () => {
    const file = join(dir, 'bad.json');
    await writeFile(
      file,
      JSON.stringify(['https://a.example/rss', 'ftp://b.example/', { url: 'https://c.example', x: 1 }]),
    );

    const error = await usageError([file]);

    expect(error.message).toBe(
      `--feeds ${file}: 2 problems:\n  feeds[1].url: expected an absolute http(s) URL\n  feeds[2].x: unknown field (check its spelling against the documented configuration)`,
    );
  });

  it.each([
    [['ftp://a.example/rss'], /^--feeds ftp:\/\/a\.example\/rss: expected an absolute http\(s\) URL$/],
    [['feeds-typo.json'], /^--feeds feeds-typo\.json: no such file, and not an http\(s\) URL$/],
  ])('rejects %j saying what is wrong', async (values, message) => {
    expect((await usageError(values)).message).toMatch(message);
  });

  it('points a configuration file given to --feeds at --config', async () => {
    const file = join(dir, 'borderwatch.config.json');
    await writeFile(file, JSON.stringify({ feeds: ['https://a.example/rss'] }));

    expect((await usageError([file])).message).toMatch(/JSON array .*goes to --config/);
  });

  it('refuses a file that lists no feeds', async () => {
    const file = join(dir, 'only-comments.txt');
    await writeFile(file, '# nothing yet\n\n');

    expect((await usageError([file])).message).toMatch(/lists no feeds/);
  });
});
