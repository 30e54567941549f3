/**
 * The project's HTTP GET over node:http/node:https, with the house limits on every response: one deadline for
 * the whole fetch (DNS, connect, headers, body, redirects), a cap on decoded bytes (so gzip and brotli bombs
 * stop early), bounded redirects, http(s) only, no https -> http downgrade, and an address policy for links
 * taken from feeds: a page host is resolved once, every address vetted, and the vetted list handed to Node
 * as the request's own `lookup` (so a DNS answer cannot change between the check and the connect, while
 * Node still tries each vetted address in turn and sets SNI and Host from the name).
 *
 * Bodies are decoded to strings here: BOM, then the Content-Type charset, then the document's own
 * declaration; when header and declaration disagree the decoding that yields plausible text wins.
 */
import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import {
  type ClientRequestArgs,
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type RequestOptions,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { LookupFunction, TcpSocketConnectOpts } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createUnzip } from 'node:zlib';
import { classifyAddress, parseHostAddress } from '../domain/address-policy.js';
import { FetchError } from '../errors.js';
import type { FetchRequest, FetchResponse, HttpFetcher } from '../ports/http-fetcher.js';

/** One address a host name resolves to. */
export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Resolves a host name to all its addresses (the default uses `dns.lookup` with `all: true`). */
export type HostResolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** Where requests for one host go instead, like curl's `--connect-to`. */
export interface ConnectTarget {
  readonly host: string;
  readonly port: number;
}

/** Settings of {@link createHttpFetcher}; the limits come from `config.limits`. */
export interface HttpFetcherOptions {
  /** One deadline per fetch: DNS, connect, headers, body and every redirect hop together. */
  readonly timeoutMs: number;
  /** Most decoded bytes of a feed response. */
  readonly maxFeedBytes: number;
  /** Most decoded bytes of an article page response. */
  readonly maxPageBytes: number;
  /** Most redirects followed per fetch (0: none). */
  readonly maxRedirects: number;
  readonly userAgent: string;
  /**
   * Connect to nothing but loopback literals, `localhost` and `connectTo` hosts; every other host fails
   * at once with FetchError `offline`, before any DNS query.
   */
  readonly offline: boolean;
  /**
   * Requests for these hosts (any scheme and port; keys are host names, or `host:port` for one port) go
   * over plain HTTP to the mapped loopback address, with the original Host header and path. Used to replay
   * recorded fixtures under their original URLs. Mapped hosts are operator configuration and trusted.
   */
  readonly connectTo?: ReadonlyMap<string, ConnectTarget>;
  /** Host name resolution; injectable for tests. */
  readonly lookup?: HostResolver;
}

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const defaultResolver: HostResolver = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

interface Target {
  /** The host name (resolved only through `addresses`), the IP literal, or the mapped host connected to. */
  readonly host: string;
  readonly port: number;
  readonly tls: boolean;
  /**
   * For a host name: every address it resolved to, all vetted, in the order to try. Node connects to these
   * and nothing else; for an IP literal or a mapped host there is nothing to resolve and this is undefined.
   */
  readonly addresses: readonly ResolvedAddress[] | undefined;
}

/**
 * Where a request carries the vetted addresses of its host, for {@link poolKey}. A symbol, so it cannot
 * collide with a request option Node knows; Node copies it along with the other options to `getName`.
 */
const VETTED = Symbol('vetted addresses');

/** Request options with the vetted addresses of the host, and the connect option `@types/node` leaves out. */
type VettedRequestOptions = RequestOptions &
  Pick<TcpSocketConnectOpts, 'autoSelectFamily'> & { readonly [VETTED]?: string };

/**
 * The keep-alive pool key of a request: Node's own (host, port, TLS options) plus the vetted addresses.
 * Node keys sockets by host name, so without this a socket opened to an address vetted for one request
 * could be reused by a later request for the same name whose answer (or trust) no longer includes it.
 */
function poolKey(name: string, options: ClientRequestArgs | undefined): string {
  const vetted = (options as VettedRequestOptions | undefined)?.[VETTED];
  return vetted === undefined ? name : `${name}|${vetted}`;
}

/** An HTTP agent whose pooled sockets are reused only for the same vetted addresses. */
class VettedHttpAgent extends HttpAgent {
  override getName(options?: ClientRequestArgs): string {
    return poolKey(super.getName(options), options);
  }
}

/** An HTTPS agent whose pooled sockets are reused only for the same vetted addresses. */
class VettedHttpsAgent extends HttpsAgent {
  override getName(options?: RequestOptions): string {
    return poolKey(super.getName(options), options);
  }
}

/**
 * A `lookup` for `http(s).request` that answers with the vetted addresses and never asks DNS. With
 * `autoSelectFamily` Node asks for all of them and tries each in turn (alternating families, 250 ms per
 * attempt), so one refusing or unreachable address does not fail the fetch.
 * See https://nodejs.org/docs/latest-v20.x/api/net.html#socketconnectoptions-connectlistener
 */
function vettedLookup(hostname: string, addresses: readonly ResolvedAddress[]): LookupFunction {
  return (name: string, lookupOptions: LookupOptions, callback) => {
    // `family` is 0 (any), 4 or 6 from node:net; dns also accepts 'IPv4' and 'IPv6'.
    const asked = { IPv4: 4, IPv6: 6 }[String(lookupOptions.family)] ?? lookupOptions.family;
    const wanted = addresses.filter(({ family }) => !asked || asked === family);
    const first = wanted[0];
    if (name.toLowerCase() !== hostname || !first) {
      // Node only ever asks for the request's own host; anything else gets no address at all.
      const error: NodeJS.ErrnoException = new Error(`no vetted address for ${name}`);
      error.code = 'ENOTFOUND';
      callback(error, '', 0);
      return;
    }
    if (lookupOptions.all) {
      callback(
        null,
        wanted.map(({ address, family }): LookupAddress => ({ address, family })),
      );
    } else {
      callback(null, first.address, first.family);
    }
  };
}

/** A host a fetch may reach without the address policy, with an optional port restriction. */
interface TrustedHost {
  readonly hostname: string;
  readonly port: string | null;
}

function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

function effectivePort(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

function trustedHostOf(value: string | undefined): TrustedHost | null {
  if (!value) return null;
  try {
    const url = new URL(value.includes('://') ? value : `http://${value}`);
    return { hostname: bareHostname(url), port: url.port || null };
  } catch {
    return null;
  }
}

function isTrusted(url: URL, trusted: TrustedHost | null): boolean {
  if (!trusted || trusted.hostname !== bareHostname(url)) return false;
  return trusted.port === null || trusted.port === effectivePort(url);
}

function isLocalhostName(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost');
}

/** Rejects as soon as the signal aborts; the work itself may run on (a DNS query cannot be cancelled). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Decodes a document body to text. Order of evidence: a byte order mark (UTF-8, UTF-16, UTF-32), the
 * Content-Type charset, the XML declaration or HTML `<meta charset>`, else UTF-8. When the header and the
 * document disagree, or the chosen decoding is not valid text, each candidate is decoded and the most
 * plausible text wins (no U+FFFD, no C1 controls or box drawing, no mixed case inside words), so a Russian
 * feed labelled windows-1251 but written in KOI8-R (or the reverse) still reads as Russian.
 */
export function decodeDocument(bytes: Uint8Array, contentType: string | null): string {
  const sniffed = sniffEncoding(bytes);
  if (sniffed) return decodeWith(sniffed.encoding, bytes.subarray(sniffed.skip));
  const header = knownEncoding(charsetOfContentType(contentType));
  const declared = knownEncoding(declaredCharset(bytes));
  const labelled = [header, declared].filter((label): label is string => label !== null);
  const candidates = [...new Set([...labelled, 'utf-8'])].filter((label) => !label.startsWith('utf-16'));
  const first = candidates[0] ?? 'utf-8';
  const firstText = decodeWith(first, bytes);
  const conflict = header !== null && declared !== null && header !== declared;
  if (!conflict && !firstText.includes('\uFFFD')) return firstText;
  // Multi-byte sequences that happen to form valid UTF-8 are vanishingly rare in legacy encodings.
  if (candidates.includes('utf-8') && isValidUtf8WithMultibyte(bytes)) return decodeWith('utf-8', bytes);
  const pool = [...candidates];
  if (candidates.every((label) => label.startsWith('utf-')))
    pool.push('windows-1251', 'koi8-r', 'windows-1252');
  let best = { text: firstText, penalty: implausibility(firstText) };
  for (const label of pool.slice(1)) {
    const text = decodeWith(label, bytes);
    const penalty = implausibility(text);
    if (penalty < best.penalty) best = { text, penalty };
  }
  return best.text;
}

function isValidUtf8WithMultibyte(bytes: Uint8Array): boolean {
  if (!bytes.some((byte) => byte >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function sniffEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { encoding: 'utf-32le', skip: 4 };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { encoding: 'utf-32be', skip: 4 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', skip: 2 };
  // XML without a BOM: the encoding of "<?" tells itself (XML 1.0, appendix F).
  if (b0 === 0x3c && b1 === 0 && b2 === 0 && b3 === 0) return { encoding: 'utf-32le', skip: 0 };
  if (b0 === 0 && b1 === 0 && b2 === 0 && b3 === 0x3c) return { encoding: 'utf-32be', skip: 0 };
  if (b0 === 0x3c && b1 === 0 && b2 === 0x3f && b3 === 0) return { encoding: 'utf-16le', skip: 0 };
  if (b0 === 0 && b1 === 0x3c && b2 === 0 && b3 === 0x3f) return { encoding: 'utf-16be', skip: 0 };
  return null;
}

function charsetOfContentType(contentType: string | null): string | null {
  return /charset\s*=\s*["']?\s*([^"';\s,]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)/.exec(head);
  if (xml?.[1]) return xml[1];
  return /<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head)?.[1] ?? null;
}

/** The WHATWG name of an encoding label TextDecoder supports, else null. */
function knownEncoding(label: string | null): string | null {
  if (!label) return null;
  if (/^utf-?32/i.test(label)) return null; // declared without a BOM: not trusted
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(bytes, encoding === 'utf-32le');
  return new TextDecoder(encoding).decode(bytes);
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chars: string[] = [];
  for (let offset = 0; offset + 4 <= bytes.byteLength; offset += 4) {
    const code = view.getUint32(offset, littleEndian);
    chars.push(code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD');
  }
  return chars.join('').replace(/^\uFEFF/, '');
}

/** Higher for text that looks mis-decoded. */
function implausibility(text: string): number {
  const count = (pattern: RegExp): number => text.match(pattern)?.length ?? 0;
  return (
    count(/\uFFFD/g) * 100 +
    count(/[\u0080-\u009F]/g) * 50 +
    count(/[\u2500-\u259F]/g) * 20 +
    count(/\p{Ll}\p{Lu}/gu) * 5
  );
}

/** Options with which {@link createHttpFetcher} fails; checked up front so a bad config fails fast. */
function validateOptions(options: HttpFetcherOptions): void {
  const positive: (keyof HttpFetcherOptions)[] = ['timeoutMs', 'maxFeedBytes', 'maxPageBytes'];
  for (const key of positive) {
    const value = options[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new RangeError(`${key}: expected a positive number`);
    }
  }
  if (!Number.isInteger(options.maxRedirects) || options.maxRedirects < 0) {
    throw new RangeError('maxRedirects: expected a non-negative integer');
  }
  if (!options.userAgent.trim()) throw new RangeError('userAgent: expected a non-empty string');
}

/**
 * Creates the HTTP fetcher. Every failure rejects with a {@link FetchError}: `timeout`, `too-large`,
 * `too-many-redirects` (also for loops), `blocked-scheme`, `blocked-downgrade`, `blocked-address`,
 * `offline`, `http-status` (with `status`), `network`, `decode` or `invalid-url`.
 *
 * Address policy: a feed's own host is trusted (operator config); a page's host is trusted when it equals
 * `request.feedHost` (compared with its port when `feedHost` has one: pass `new URL(feedUrl).host`). Any
 * other host, including every redirect target off the trusted host, must resolve only to public addresses.
 * A name is resolved once per hop and connected to through its vetted addresses only, each tried in turn
 * (IPv4 first), so one refusing or unreachable address does not fail the fetch.
 */
export function createHttpFetcher(options: HttpFetcherOptions): HttpFetcher {
  validateOptions(options);
  const resolve = options.lookup ?? defaultResolver;
  const connectTo = new Map(
    [...(options.connectTo ?? [])].map(([host, target]): [string, ConnectTarget] => [
      host.toLowerCase(),
      target,
    ]),
  );
  // Own keep-alive pools: connections are keyed by the name and its vetted addresses together, never by a
  // name alone that DNS could re-point.
  const httpAgent = new VettedHttpAgent({ keepAlive: true, maxSockets: 16 });
  const httpsAgent = new VettedHttpsAgent({ keepAlive: true, maxSockets: 16 });

  async function resolveTarget(url: URL, trusted: TrustedHost | null, signal: AbortSignal): Promise<Target> {
    const hostname = bareHostname(url);
    const mapped = connectTo.get(url.host.toLowerCase()) ?? connectTo.get(hostname);
    if (mapped) return { host: mapped.host, port: mapped.port, tls: false, addresses: undefined };
    // An IP literal in the URL, and its class, once.
    const literal = parseHostAddress(hostname);
    const literalClass = literal ? classifyAddress(literal.address) : null;
    const fail = (code: 'offline' | 'blocked-address', message: string): never => {
      throw new FetchError(code, url.href, message);
    };
    if (options.offline && (literal ? literalClass !== 'loopback' : !isLocalhostName(hostname))) {
      fail('offline', `offline: ${hostname} is not a loopback address or a mapped host`);
    }
    const checked = !isTrusted(url, trusted);
    if (literal && checked && literalClass !== 'public') {
      fail('blocked-address', `blocked: ${hostname} is a ${literalClass} address`);
    }
    let addresses: readonly ResolvedAddress[];
    if (literal) {
      addresses = [{ address: literal.address, family: literal.family }];
    } else {
      try {
        addresses = await untilAborted(resolve(hostname), signal);
      } catch (error) {
        if (signal.aborted) throw error;
        throw new FetchError('network', url.href, `cannot resolve ${hostname}`, { cause: error });
      }
    }
    if (addresses.length === 0) throw new FetchError('network', url.href, `${hostname} has no address`);
    for (const { address } of addresses) {
      const kind = classifyAddress(address);
      if (options.offline && kind !== 'loopback')
        fail('offline', `offline: ${hostname} resolves to ${address}`);
      if (checked && kind !== 'public') {
        fail('blocked-address', `blocked: ${hostname} resolves to ${address}, a ${kind} address`);
      }
    }
    return {
      host: literal ? literal.address : hostname,
      port: Number(effectivePort(url)),
      tls: url.protocol === 'https:',
      // IPv4 first (stable otherwise): where IPv6 has no route, as in most Lambda VPCs, the first attempt
      // should not be the one that has to time out.
      addresses: literal ? undefined : [...addresses].sort((a, b) => a.family - b.family),
    };
  }

  function send(
    url: URL,
    target: Target,
    headers: OutgoingHttpHeaders,
    signal: AbortSignal,
  ): Promise<IncomingMessage> {
    const requestOptions: VettedRequestOptions = {
      host: target.host,
      port: target.port,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      // The URL's host, also for a mapped host; the TLS server name (SNI) is derived from it by Node, and
      // left out for an IP literal.
      headers: { ...headers, host: url.host },
      agent: target.tls ? httpsAgent : httpAgent,
      signal,
      ...(target.addresses
        ? {
            lookup: vettedLookup(target.host, target.addresses),
            autoSelectFamily: true,
            [VETTED]: target.addresses.map(({ address }) => address).join(','),
          }
        : {}),
    };
    return new Promise((resolveResponse, reject) => {
      const request = (target.tls ? httpsRequest : httpRequest)(requestOptions);
      request.once('response', resolveResponse);
      request.once('error', reject);
      request.end();
    });
  }

  async function readBody(response: IncomingMessage, url: URL, cap: number): Promise<Buffer> {
    const tooLarge = (): FetchError => new FetchError('too-large', url.href, `response exceeds ${cap} bytes`);
    const declaredLength = Number(response.headers['content-length']);
    if (Number.isFinite(declaredLength) && declaredLength > cap) {
      response.destroy();
      throw tooLarge();
    }
    const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    let body: Readable = response;
    if (encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate') {
      body = pipeline(response, createUnzip(), () => {});
    } else if (encoding === 'br') {
      body = pipeline(response, createBrotliDecompress(), () => {});
    } else if (encoding !== 'identity' && encoding !== '') {
      response.destroy();
      throw new FetchError('decode', url.href, `unsupported Content-Encoding "${encoding}"`);
    }
    let rawBytes = 0;
    if (body !== response) {
      response.on('data', (chunk: Buffer) => {
        rawBytes += chunk.length;
        if (rawBytes > cap) response.destroy(tooLarge());
      });
    }
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const chunk of body) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
        total += buffer.length;
        if (total > cap) throw tooLarge();
        chunks.push(buffer);
      }
    } catch (error) {
      response.destroy();
      body.destroy();
      if (error instanceof FetchError) throw error;
      if (body !== response && isZlibError(error)) {
        throw new FetchError('decode', url.href, `corrupt ${encoding} body`, { cause: error });
      }
      throw error;
    }
    if (!response.complete)
      throw new FetchError('network', url.href, 'connection closed before the body ended');
    return Buffer.concat(chunks, total);
  }

  async function fetchWithin(request: FetchRequest, signal: AbortSignal): Promise<FetchResponse> {
    const cap = request.purpose === 'feed' ? options.maxFeedBytes : options.maxPageBytes;
    const headers: OutgoingHttpHeaders = {
      'user-agent': options.userAgent,
      accept: request.purpose === 'feed' ? FEED_ACCEPT : PAGE_ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
      ...(request.etag ? { 'if-none-match': request.etag } : {}),
      ...(request.lastModified ? { 'if-modified-since': request.lastModified } : {}),
    };
    let trusted: TrustedHost | null = trustedHostOf(request.feedHost);
    const visited = new Set<string>();
    let current = request.url;
    let previous: URL | null = null;
    for (let hop = 0; ; hop += 1) {
      let url: URL;
      try {
        url = new URL(current);
      } catch (error) {
        throw new FetchError('invalid-url', current, `not a valid URL: ${current.slice(0, 200)}`, {
          cause: error,
        });
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new FetchError(
          'blocked-scheme',
          url.href,
          `only http and https are fetched, not ${url.protocol}`,
        );
      }
      if (previous?.protocol === 'https:' && url.protocol === 'http:') {
        throw new FetchError(
          'blocked-downgrade',
          url.href,
          `refused redirect from https to http (${previous.href})`,
        );
      }
      if (url.username || url.password) {
        throw new FetchError('invalid-url', url.href, 'URLs with credentials are not fetched');
      }
      url.hash = '';
      if (visited.has(url.href)) {
        throw new FetchError('too-many-redirects', url.href, `redirect loop back to ${url.href}`);
      }
      visited.add(url.href);
      // A feed URL is the operator's: its own host is trusted, and stays so for its redirects.
      if (hop === 0 && request.purpose === 'feed')
        trusted = { hostname: bareHostname(url), port: effectivePort(url) };
      const target = await resolveTarget(url, trusted, signal);
      const response = await send(url, target, headers, signal);
      const status = response.statusCode ?? 0;
      if (REDIRECT_STATUSES.has(status) && response.headers.location) {
        response.destroy();
        if (hop >= options.maxRedirects) {
          throw new FetchError('too-many-redirects', url.href, `more than ${options.maxRedirects} redirects`);
        }
        try {
          current = new URL(response.headers.location, url).href;
        } catch (error) {
          throw new FetchError('invalid-url', url.href, 'redirect to an invalid URL', { cause: error });
        }
        previous = url;
        continue;
      }
      const etag = headerValue(response.headers.etag) ?? (status === 304 ? (request.etag ?? null) : null);
      const lastModified =
        headerValue(response.headers['last-modified']) ??
        (status === 304 ? (request.lastModified ?? null) : null);
      const contentType = headerValue(response.headers['content-type']);
      if (status === 304) {
        response.resume();
        return { status: 304, url: url.href, body: '', contentType, etag, lastModified, bytes: 0 };
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw new FetchError('http-status', url.href, `HTTP ${status}`, { status });
      }
      const bytes = await readBody(response, url, cap);
      return {
        status: 200,
        url: url.href,
        body: decodeDocument(bytes, contentType),
        contentType,
        etag,
        lastModified,
        bytes: bytes.length,
      };
    }
  }

  return {
    async fetch(request: FetchRequest): Promise<FetchResponse> {
      const controller = new AbortController();
      const timer = setTimeout(() => {
        controller.abort(
          new FetchError('timeout', request.url, `no complete response within ${options.timeoutMs} ms`),
        );
      }, options.timeoutMs);
      try {
        return await fetchWithin(request, controller.signal);
      } catch (error) {
        if (error instanceof FetchError) throw error;
        if (controller.signal.aborted && controller.signal.reason instanceof FetchError) {
          throw controller.signal.reason;
        }
        throw new FetchError('network', request.url, describeNetworkError(error), { cause: error });
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function headerValue(value: string | string[] | undefined): string | null {
  const text = Array.isArray(value) ? value[0] : value;
  return text?.trim() ? text.trim() : null;
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
    return error.code;
  return '';
}

function isZlibError(error: unknown): boolean {
  return /^Z_|^ERR_BROTLI|^ERR__?ZLIB/.test(errorCode(error));
}

function describeNetworkError(error: unknown): string {
  const code = errorCode(error);
  // When every address of a name fails, Node reports one AggregateError (with an empty message) holding
  // each attempt's error: name them all.
  const message =
    error instanceof AggregateError && error.errors.length > 0
      ? error.errors
          .map((attempt: unknown) => (attempt instanceof Error ? attempt.message : String(attempt)))
          .join('; ')
      : error instanceof Error
        ? error.message
        : String(error);
  return code ? `${code}: ${message}` : message;
}
