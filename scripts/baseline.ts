/**
 * Prints candidate baseline terms derived from the documents in a folder, as JSON.
 * Usage: tsx scripts/baseline.ts DIR [--min-count N]
 * Reads every .txt, .md, .html and .json file in DIR (not recursive); HTML is read as text with tags removed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { deriveBaselineCandidates } from '../shared/domain/baseline-derive.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const minIndex = args.indexOf('--min-count');
const minCount = minIndex >= 0 ? Number(args[minIndex + 1]) : 1;
if (!dir || !Number.isInteger(minCount) || minCount < 1) {
  process.stderr.write('usage: tsx scripts/baseline.ts DIR [--min-count N]\n');
  process.exit(2);
}
let names: string[];
try {
  names = readdirSync(dir).filter(
    (n) => statSync(join(dir, n)).isFile() && /^\.(txt|md|html?|json)$/i.test(extname(n)),
  );
} catch (error) {
  process.stderr.write(`cannot read ${dir}: ${(error as Error).message}\n`);
  process.exit(1);
}
const docs = names.sort().map((name) => {
  const raw = readFileSync(join(dir, name), 'utf8');
  const text = /\.html?$/i.test(name)
    ? raw.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' ')
    : raw;
  return { name, text };
});
process.stdout.write(
  `${JSON.stringify({ documents: names, ...deriveBaselineCandidates(docs, { minCount }) }, null, 2)}\n`,
);
