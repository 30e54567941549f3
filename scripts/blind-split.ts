/**
 * Splits the blind evaluation set by event into a tuning part (about 60 %) and a sealed part (about 40 %).
 * Usage: tsx scripts/blind-split.ts FILE.jsonl...   (writes test/fixtures/blind/{tuning,sealed}.jsonl)
 *
 * The unit is the event (`label.event`; an article without one is its own unit), so no event has reports on
 * both sides. The side is decided by a hash of the unit's key, not by anyone's choice, and the split prints
 * only counts: whoever runs it never sees the sealed articles.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/** Share of units sealed. */
const SEALED_SHARE = 0.4;
const OUT = 'test/fixtures/blind';

interface Line {
  readonly id: string;
  readonly lang: string;
  readonly label: { readonly relevant: boolean; readonly event: string | null };
}

/** True when the unit goes to the sealed part: the first 32 bits of its SHA-256, as a share of 2^32. */
export function isSealed(unit: string): boolean {
  return createHash('sha256').update(unit).digest().readUInt32BE(0) / 2 ** 32 < SEALED_SHARE;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: tsx scripts/blind-split.ts FILE.jsonl...\n');
  process.exit(2);
}
const parts = { tuning: [] as string[], sealed: [] as string[] };
const counts = {
  tuning: { articles: 0, ru: 0, negatives: 0, events: new Set<string>() },
  sealed: { articles: 0, ru: 0, negatives: 0, events: new Set<string>() },
};
const ids = new Set<string>();
for (const file of files) {
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (raw.trim() === '') continue;
    const line = JSON.parse(raw) as Line;
    if (ids.has(line.id)) throw new Error(`${file}: duplicate id ${line.id}`);
    ids.add(line.id);
    const side = isSealed(line.label.event ?? line.id) ? 'sealed' : 'tuning';
    parts[side].push(raw.trim());
    const c = counts[side];
    c.articles++;
    if (line.lang === 'ru') c.ru++;
    if (!line.label.relevant) c.negatives++;
    if (line.label.event) c.events.add(line.label.event);
  }
}
for (const side of ['tuning', 'sealed'] as const) {
  writeFileSync(`${OUT}/${side}.jsonl`, `${parts[side].join('\n')}\n`);
  const c = counts[side];
  process.stdout.write(
    `${side}: ${c.articles} articles, ${c.ru} in Russian, ${c.negatives} not relevant, ${c.events.size} events\n`,
  );
}
