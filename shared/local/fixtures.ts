/**
 * Recorded fixtures: feeds and article pages saved by `borderwatch record` and replayed by a real local
 * HTTP server under their original URLs (the fetcher's `connectTo` sends each recorded host there).
 *
 * Layout: `<dir>/manifest.json` plus one body file per URL, at `<dir>/<host>/<path>`.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import { z } from 'zod';
import { feedListSchema } from '../config.js';
import { ConfigError } from '../errors.js';

const responseSchema = z.strictObject({
  url: z.string().url(),
  file: z.string().min(1),
  status: z.number().int().min(200).max(599).default(200),
  contentType: z.string().nullable().default(null),
  etag: z.string().nullable().optional(),
  lastModified: z.string().nullable().optional(),
});

/** The manifest schema: what was recorded, when, and which body file answers which URL. */
export const manifestSchema = z.strictObject({
  recordedAt: z.iso.datetime({ offset: true }),
  feeds: feedListSchema,
  responses: z.array(responseSchema),
});

export type FixtureManifest = z.infer<typeof manifestSchema>;
export type RecordedResponse = z.infer<typeof responseSchema>;

/** A loaded fixture set. */
export interface FixtureSet {
  readonly dir: string;
  readonly manifest: FixtureManifest;
}

/** Loads and validates `<dir>/manifest.json`; every body file must exist inside `dir`. */
export async function loadFixtures(dir: string): Promise<FixtureSet> {
  const root = resolve(dir);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  } catch (error) {
    throw new ConfigError(
      'fixtures',
      `cannot read ${join(root, 'manifest.json')}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `fixtures manifest ${issue?.path.join('.') ?? ''}`,
      issue?.message ?? 'invalid manifest',
    );
  }
  for (const response of parsed.data.responses) {
    const path = resolve(root, response.file);
    if (!path.startsWith(root + sep)) {
      throw new ConfigError('fixtures manifest responses.file', `${response.file} points outside ${root}`);
    }
  }
  return { dir: root, manifest: parsed.data };
}

/** The lookup key of a URL: host (with port) and path with query, as an HTTP request line carries them. */
export function fixtureKey(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname}${u.search}`;
}

/** A running replay server. */
export interface ReplayServer {
  /** `host` -> the loopback address to connect to instead, for the fetcher's `connectTo`. */
  readonly connectTo: ReadonlyMap<string, { host: string; port: number }>;
  /** Requests served so far, by status. */
  readonly requests: { total: number; notModified: number; notFound: number };
  close(): Promise<void>;
}

function weakEtag(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
}

/**
 * Serves a fixture set on 127.0.0.1 (free port), routing by the Host header. Honours If-None-Match and
 * If-Modified-Since with 304, so a second cycle over the same recording is a no-op. URLs missing from the
 * recording answer 404.
 */
export async function startReplayServer(fixtures: FixtureSet): Promise<ReplayServer> {
  const byKey = new Map(fixtures.manifest.responses.map((r) => [fixtureKey(r.url), r]));
  const requests = { total: 0, notModified: 0, notFound: 0 };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    requests.total++;
    const recorded = byKey.get(`${req.headers.host ?? ''}${req.url ?? '/'}`);
    if (!recorded) {
      requests.notFound++;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not in the recording');
      return;
    }
    const body = await readFile(resolve(fixtures.dir, recorded.file));
    const etag = recorded.etag ?? weakEtag(body);
    const headers: Record<string, string> = { etag };
    if (recorded.contentType) headers['content-type'] = recorded.contentType;
    if (recorded.lastModified) headers['last-modified'] = recorded.lastModified;
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const notModified =
      (inm !== undefined && inm === etag) ||
      (inm === undefined &&
        ims !== undefined &&
        recorded.lastModified !== null &&
        recorded.lastModified !== undefined &&
        ims === recorded.lastModified);
    if (notModified && recorded.status === 200) {
      requests.notModified++;
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(recorded.status, headers).end(body);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const connectTo = new Map<string, { host: string; port: number }>();
  for (const response of fixtures.manifest.responses) {
    connectTo.set(new URL(response.url).host, { host: '127.0.0.1', port });
  }
  return {
    connectTo,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
