/**
 * Identity of articles. The same story reaches Borderwatch under many spellings of one URL (tracking
 * parameters, `www.`/mobile/AMP hosts, http and https, fragments) and, for wire copy, under other outlets'
 * URLs and headlines. `canonicalizeUrl` folds the first kind, `contentFingerprint` the second.
 *
 * Pure: string work and hashing only.
 */
import { createHash } from 'node:crypto';

/** Host prefixes that serve the same article as the bare host. */
const MIRROR_HOST_PREFIX = /^(?:www\d?|m|mobile|amp)\./;

/** Query parameters that only track the reader or the campaign. Matched case-insensitively. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'yclid',
  'msclkid',
  'twclid',
  'ttclid',
  'igshid',
  'mkt_tok',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  '_openstat',
  'ref',
  'ref_src',
  'ref_url',
  'cmpid',
  'icid',
  'ocid',
  'ito',
  'spm',
  'xtor',
  'wt.mc_id',
  'rss',
  'amp',
]);

/** Parameter name prefixes of tracking families: utm_*, mc_* (Mailchimp), ns_* (comScore), at_* (AT Internet). */
const TRACKING_PREFIXES = ['utm_', 'mc_', 'ns_', 'at_', 'oly_', 'pk_', 'hsa_'];

function isTrackingParam(name: string, value: string): boolean {
  const key = name.toLowerCase();
  if (TRACKING_PARAMS.has(key)) return true;
  if (key === 'outputtype' && value.toLowerCase() === 'amp') return true;
  return TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

function canonicalPath(pathname: string): string {
  let path = pathname
    .replace(/\.amp\.html$/i, '.html')
    .replace(/\/amp\/?$/i, '')
    .replace(/^\/amp(?=\/)/i, '');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  return path || '/';
}

/**
 * The canonical form of an article URL: https scheme, lower-case host without `www.`/`m.`/`mobile.`/`amp.`,
 * no fragment, no tracking parameters (utm_*, fbclid, gclid, yclid, mc_*, ...), the remaining parameters
 * sorted, no AMP forms (`/amp`, `?amp=1`, `.amp.html`, `outputType=amp`) and no trailing slash.
 * A string that is not an absolute http(s) URL is returned trimmed and otherwise unchanged.
 */
export function canonicalizeUrl(url: string): string {
  const trimmed = url.trim();
  const parsed = parseHttpUrl(trimmed);
  if (!parsed) return trimmed;
  let host = parsed.hostname.replace(/\.$/, '');
  const bare = host.replace(MIRROR_HOST_PREFIX, '');
  if (bare.includes('.')) host = bare;
  const defaultPort = parsed.port === '' || parsed.port === '80' || parsed.port === '443';
  const params = [...parsed.searchParams]
    .filter(([name, value]) => !isTrackingParam(name, value))
    .sort(([a, av], [b, bv]) => (a === b ? compare(av, bv) : compare(a, b)));
  const query = new URLSearchParams(params).toString();
  return `https://${host}${defaultPort ? '' : `:${parsed.port}`}${canonicalPath(parsed.pathname)}${query ? `?${query}` : ''}`;
}

/**
 * The link to show people: the URL as published, less its tracking parameters and fragment. Unlike
 * {@link canonicalizeUrl} it keeps the scheme, host and path, so it still opens on sites that serve
 * only http or only `www.`. A string that is not an absolute http(s) URL is returned trimmed.
 */
export function withoutTracking(url: string): string {
  const trimmed = url.trim();
  const parsed = parseHttpUrl(trimmed);
  if (!parsed) return trimmed;
  const kept = [...parsed.searchParams].filter(([name, value]) => !isTrackingParam(name, value));
  parsed.search = kept.length ? new URLSearchParams(kept).toString() : '';
  parsed.hash = '';
  return parsed.toString();
}

/** An absolute http(s) URL parsed, or null for anything else. */
function parseHttpUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

function compare(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** The stable article id: 16 hex digits of the SHA-256 of the canonical URL. */
export function articleIdFor(canonicalUrl: string): string {
  return shortHash(canonicalUrl);
}

/** Below this many words a body is too generic ("Read more on our site") to identify a story. */
export const MIN_FINGERPRINT_WORDS = 25;

/**
 * A wire-copy dateline such as `DUSHANBE, June 3 (Reuters) -` or `Dushanbe, 3 June (Asia-Plus) —`: each
 * outlet re-publishing agency copy rewrites it, so it is left out of the fingerprint.
 */
const DATELINE =
  /^\s*[\p{Lu}][\p{L}\p{N} ,.'’/-]{0,60}?(?:\([^()]{1,40}\)|\p{Lu}{3,}[\p{L}\p{N} ,.]{0,40})\s*[-–—:]{1,2}\s+/u;

/**
 * A fingerprint of an article body, so syndicated wire copy published under a new URL and a new headline is
 * recognised as one article. Hashes the body's words after Unicode normalisation, case folding and removal
 * of punctuation, whitespace differences and a leading dateline; pass the body only, never the title.
 * @returns 16 hex digits, or null when the body has fewer than {@link MIN_FINGERPRINT_WORDS} words.
 */
export function contentFingerprint(text: string): string | null {
  const body = text.normalize('NFKC').replace(DATELINE, '');
  const words = body
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  if (words.length < MIN_FINGERPRINT_WORDS) return null;
  return shortHash(words.join(' '));
}
