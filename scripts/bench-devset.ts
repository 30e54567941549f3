/** What the benchmarks share: the development set they build their corpora from, and their statistics. */
import { readFileSync } from 'node:fs';

export const DEVSET = 'test/fixtures/devset/articles.jsonl';

export interface DevArticle {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly published: string;
  readonly outlet: string;
  readonly lang?: string;
}

/** The labelled development set (JSON lines), read from the project root. */
export function loadDevset(): DevArticle[] {
  return readFileSync(DEVSET, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as DevArticle);
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
