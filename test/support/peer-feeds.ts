/**
 * The peer feed corpus (`../shared/peer-feeds/`: feed-parser test suites' real-world, ill-formed and hostile
 * documents) and the Content-Type each would be served with.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SHARED_MATERIAL_DIR } from './shared-material.js';

/** Where the corpus lives. */
export const PEER_FEEDS_DIR = resolve(SHARED_MATERIAL_DIR, 'peer-feeds');

/** One document of the corpus. */
export interface PeerFeed {
  /** Path below the corpus folder, with forward slashes (also the URL path it is served under). */
  readonly path: string;
  readonly body: Buffer;
  /** From a feedparser `Header: Content-type: ...` line when the document has one, else application/xml. */
  readonly contentType: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return /\.(xml|rss|atom)$/i.test(entry.name) ? [path] : [];
  });
}

/** Every feed document of the corpus (README and licence files are left out). */
export function loadPeerFeeds(): PeerFeed[] {
  return listFiles(PEER_FEEDS_DIR)
    .sort()
    .map((file) => {
      const body = readFileSync(file);
      const header = /^Header:\s*Content-type:\s*(.+?)\s*$/im.exec(body.subarray(0, 4096).toString('latin1'));
      return {
        path: relative(PEER_FEEDS_DIR, file).split('\\').join('/'),
        body,
        contentType: header?.[1] ?? 'application/xml',
      };
    });
}
