/** The snippet and near-miss sets' evaluation: what it counts, and a clear error for a line that is not one. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { failureKind } from '../eval/classification-eval.js';
import { evaluateNearMisses, evaluateSnippets } from '../eval/snippet-eval.js';

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

const nearMiss = (id: string, kind: string, title: string, text: string) =>
  JSON.stringify({ id, lang: 'en', published: '2024-05-15T08:00:00Z', title, text, kind });

describe('evaluateNearMisses', () => {
  it('counts the leads turned down per kind, and one read as relevant as a miss with its kind', () => {
    const path = join(dir, 'near.jsonl');
    writeFileSync(
      path,
      [
        nearMiss(
          'N-1',
          'border-news',
          'Tajikistan and Kyrgyzstan sign border delimitation protocol',
          'The two governments signed a protocol on the delimitation of another stretch of their border on Monday.',
        ),
        // Written as an incident report: the evaluation must count it as a lead that was not turned down.
        nearMiss(
          'N-2',
          'recap',
          'Two Tajik border guards killed in clash with smugglers on the Panj',
          'Two Tajik border guards were killed on Tuesday in a shootout with Afghan drug smugglers on the Panj river near Shurobod, the border troops said.',
        ),
      ].join('\n'),
    );
    const m = evaluateNearMisses(path);
    expect([m.leads, m.turnedDown.correct, m.byKind['border-news'].correct, m.byKind.recap.correct]).toEqual([
      2, 1, 1, 0,
    ]);
    expect(m.misses.map((miss) => [miss.id, failureKind(miss, 'snippet')])).toEqual([
      [
        'N-2',
        'relevance: non-incident passed (recap; read as smuggling-shootout, dated within 3 days of publication, with a toll, a place)',
      ],
    ]);
  });

  it('names the file and line of a lead whose kind is not one of the codebook’s near misses', () => {
    const path = join(dir, 'near-bad.jsonl');
    writeFileSync(path, nearMiss('N-1', 'gossip', 'Market reopens', 'The market reopened on Monday.'));
    expect(() => evaluateNearMisses(path)).toThrow(`${path}:1: not a near-miss lead`);
  });
});
