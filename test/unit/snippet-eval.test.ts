/** The snippet sets' evaluation: what it counts, and a clear error for a line that is no snippet. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { failureKind } from '../eval/classification-eval.js';
import { evaluateSnippets } from '../eval/snippet-eval.js';

const dir = mkdtempSync(join(tmpdir(), 'borderwatch-snippets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const snippet = (id: string, killed: number | null) =>
  JSON.stringify({
    id,
    lang: 'en',
    published: '2024-05-15T08:00:00Z',
    title: 'Two Tajik border guards killed in clash with smugglers on the Panj',
    text: 'Two Tajik border guards were killed on Tuesday in a shootout with Afghan drug smugglers on the Panj river near Shurobod, the border troops said.',
    label: { type: 'smuggling-shootout', eventDate: '2024-05-14', killed, wounded: null },
  });

describe('evaluateSnippets', () => {
  it('counts each field of each snippet, and a miss with its kind', () => {
    const path = join(dir, 'two.jsonl');
    writeFileSync(path, `${snippet('T-1', 2)}\n${snippet('T-2', 3)}\n`);
    const m = evaluateSnippets(path);
    expect([m.snippets, m.relevant.correct, m.type.correct, m.eventDate.correct, m.killed.correct]).toEqual([
      2, 2, 2, 2, 1,
    ]);
    expect(m.misses.map((miss) => [miss.id, failureKind(miss, 'snippet')])).toEqual([
      ['T-2', 'killed: too low'],
    ]);
  });

  it('names the file and line of a snippet whose label is not the codebook’s', () => {
    const path = join(dir, 'bad.jsonl');
    writeFileSync(
      path,
      `${snippet('T-1', 2)}\n${snippet('T-2', 2).replace('smuggling-shootout', 'skirmish')}\n`,
    );
    expect(() => evaluateSnippets(path)).toThrow(`${path}:2: not a snippet`);
  });
});
