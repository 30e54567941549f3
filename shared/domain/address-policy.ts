/**
 * Which IP addresses an untrusted link may reach. Article links come from the internet: a link (or a
 * redirect, or a DNS answer) pointing at a loopback, private, link-local or cloud metadata address would let
 * a feed make Borderwatch request internal services (SSRF). The fetcher resolves a host, classifies every
 * address with {@link classifyAddress} and connects only when {@link isPublicAddress} holds.
 *
 * Pure: parsing and table look-ups only, no DNS.
 */
import { isIPv4 } from 'node:net';

/** The class of an IP address; everything except `public` is refused for untrusted links. */
export const ADDRESS_CLASSES = [
  'public',
  'unspecified',
  'loopback',
  'private',
  'link-local',
  'metadata',
  'cgnat',
  'multicast',
  'broadcast',
  'benchmarking',
  'documentation',
  'unique-local',
  'reserved',
  'invalid',
] as const;
export type AddressClass = (typeof ADDRESS_CLASSES)[number];

/** An IP address in canonical text form. */
export interface HostAddress {
  readonly family: 4 | 6;
  /** Dotted quad for IPv4; lower-case, compressed form without brackets or zone for IPv6. */
  readonly address: string;
}

interface Range {
  readonly bytes: readonly number[];
  readonly prefix: number;
  readonly kind: AddressClass | 'embedded-v4';
  /** For `embedded-v4`: byte offset of the IPv4 address inside the IPv6 one. */
  readonly v4At?: number;
}

function cidr(text: string, kind: Range['kind'], v4At?: number): Range {
  const [address = '', prefix = ''] = text.split('/');
  const bytes = isIPv4(address) ? ipv4Bytes(address) : ipv6Bytes(canonicalIpv6(address) ?? '');
  if (!bytes) throw new Error(`bad range ${text}`);
  return v4At === undefined
    ? { bytes, prefix: Number(prefix), kind }
    : { bytes, prefix: Number(prefix), kind, v4At };
}

// First match wins, so specific ranges come before the blocks that contain them.
// Sources: IANA IPv4/IPv6 Special-Purpose Address Registries (RFC 6890 and updates).
const IPV4_RANGES: readonly Range[] = [
  // EC2/most clouds instance metadata, ECS task metadata and the Amazon DNS resolver.
  cidr('169.254.169.254/32', 'metadata'),
  cidr('169.254.170.2/32', 'metadata'),
  cidr('169.254.169.253/32', 'metadata'),
  cidr('0.0.0.0/8', 'unspecified'), // 0.0.0.0 reaches the local host on Linux
  cidr('10.0.0.0/8', 'private'),
  cidr('100.64.0.0/10', 'cgnat'), // also Alibaba's metadata 100.100.100.200
  cidr('127.0.0.0/8', 'loopback'),
  cidr('169.254.0.0/16', 'link-local'),
  cidr('172.16.0.0/12', 'private'),
  cidr('192.0.0.0/24', 'reserved'),
  cidr('192.0.2.0/24', 'documentation'),
  cidr('192.88.99.0/24', 'reserved'),
  cidr('192.168.0.0/16', 'private'),
  cidr('198.18.0.0/15', 'benchmarking'),
  cidr('198.51.100.0/24', 'documentation'),
  cidr('203.0.113.0/24', 'documentation'),
  cidr('224.0.0.0/4', 'multicast'),
  cidr('255.255.255.255/32', 'broadcast'),
  cidr('240.0.0.0/4', 'reserved'),
];

const IPV6_RANGES: readonly Range[] = [
  cidr('::/128', 'unspecified'),
  cidr('::1/128', 'loopback'),
  cidr('fd00:ec2::254/128', 'metadata'), // EC2 instance metadata over IPv6
  cidr('::ffff:0:0/96', 'embedded-v4', 12), // IPv4-mapped
  cidr('::ffff:0:0:0/96', 'embedded-v4', 12), // IPv4-translated (RFC 6145)
  cidr('::/96', 'embedded-v4', 12), // IPv4-compatible (deprecated)
  cidr('64:ff9b::/96', 'embedded-v4', 12), // NAT64 well-known prefix: reaches the embedded IPv4 address
  cidr('64:ff9b:1::/48', 'private'), // local-use NAT64 (RFC 8215)
  cidr('100::/64', 'reserved'), // discard-only
  cidr('2001:2::/48', 'benchmarking'),
  cidr('2001:db8::/32', 'documentation'),
  cidr('2001::/23', 'reserved'), // IETF protocol assignments, including Teredo 2001::/32
  cidr('2002::/16', 'embedded-v4', 2), // 6to4: the relay forwards to the embedded IPv4 address
  cidr('3fff::/20', 'documentation'),
  cidr('fc00::/7', 'unique-local'),
  cidr('fe80::/10', 'link-local'),
  cidr('fec0::/10', 'private'), // site-local (deprecated)
  cidr('ff00::/8', 'multicast'),
];

/** Only 2000::/3 is allocated as global unicast; anything outside it that no range names is reserved. */
const IPV6_GLOBAL_UNICAST = cidr('2000::/3', 'public');

function matches(bytes: readonly number[], range: Range): boolean {
  let bits = range.prefix;
  for (let i = 0; bits > 0; i += 1, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((bytes[i] ?? 0) & mask) !== ((range.bytes[i] ?? 0) & mask)) return false;
  }
  return true;
}

function classifyBytes(bytes: readonly number[]): AddressClass {
  if (bytes.length === 4) {
    const kind = IPV4_RANGES.find((range) => matches(bytes, range))?.kind ?? 'public';
    return kind === 'embedded-v4' ? 'reserved' : kind; // no IPv4 range embeds another address
  }
  const range = IPV6_RANGES.find((candidate) => matches(bytes, candidate));
  if (range?.kind === 'embedded-v4') {
    const at = range.v4At ?? 12;
    return classifyBytes(bytes.slice(at, at + 4));
  }
  if (range) return range.kind;
  return matches(bytes, IPV6_GLOBAL_UNICAST) ? 'public' : 'reserved';
}

function ipv4Bytes(address: string): number[] | null {
  if (!isIPv4(address)) return null;
  return address.split('.').map(Number);
}

/**
 * IPv6 text in any valid spelling (zone id allowed) in canonical form, or null when it is not an IPv6
 * address. The WHATWG URL parser validates it and writes it canonically (lower case, the longest run of zero
 * groups compressed as RFC 5952 says, an embedded IPv4 address as two hex groups); node:net's `isIPv6` would
 * validate too, but its first call compiles a RegExp that costs a cold start several milliseconds.
 */
function canonicalIpv6(input: string): string | null {
  const address = input.replace(/%.*$/, ''); // zone id: fe80::1%eth0
  // Only address characters reach the URL parser, so nothing else in the text can become part of the URL.
  if (!address.includes(':') || !/^[0-9a-f:.]+$/i.test(address)) return null;
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return null;
  }
}

/** The 16 bytes of a canonical IPv6 address (see {@link canonicalIpv6}). */
function ipv6Bytes(canonical: string): number[] | null {
  const [head = '', rest] = canonical.split('::');
  const headGroups = head ? head.split(':') : [];
  const restGroups = rest ? rest.split(':') : [];
  const missing = rest === undefined ? 0 : 8 - headGroups.length - restGroups.length;
  const groups = [...headGroups, ...Array<string>(missing).fill('0'), ...restGroups].map((g) =>
    Number.parseInt(g, 16),
  );
  if (groups.length !== 8) return null;
  return groups.flatMap((group) => [group >> 8, group & 0xff]);
}

/**
 * Parses an IPv4 host the way the WHATWG URL parser does (so `2130706433`, `0177.0.0.1`, `0x7f.1` and `127.1`
 * all mean 127.0.0.1). Returns null when the host does not end in a number (a domain name) and undefined
 * when it does but is no valid IPv4 address (the URL parser rejects those hosts).
 */
function parseWhatwgIpv4(host: string): number[] | null | undefined {
  const parts = host.split('.');
  if (parts.at(-1) === '' && parts.length > 1) parts.pop();
  const last = parts.at(-1) ?? '';
  // "Ends in a number": only then is the host an IPv4 address rather than a domain name.
  if (!/^(\d+|0x[0-9a-f]*)$/i.test(last)) return null;
  if (parts.length > 4) return undefined;
  const numbers: number[] = [];
  for (const part of parts) {
    let value: number;
    if (/^0x[0-9a-f]*$/i.test(part)) value = part.length === 2 ? 0 : Number.parseInt(part.slice(2), 16);
    else if (/^0[0-7]+$/.test(part)) value = Number.parseInt(part.slice(1), 8);
    else if (/^(0|[1-9]\d*)$/.test(part)) value = Number(part);
    else return undefined;
    numbers.push(value);
  }
  const lastNumber = numbers.pop() ?? 0;
  if (numbers.some((n) => n > 255) || lastNumber >= 256 ** (4 - numbers.length)) return undefined;
  let value = lastNumber;
  numbers.forEach((n, i) => {
    value += n * 256 ** (3 - i);
  });
  return [value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

/**
 * Recognises an IP literal in a URL host: IPv4 in any spelling the WHATWG URL parser normalises
 * (decimal `2130706433`, octal `0177.0.0.1`, hex `0x7f000001`, short `127.1`, trailing dot) and IPv6 with or
 * without brackets (zone ids are dropped).
 * @returns the canonical address, or null when the host is a domain name or not a valid address.
 */
export function parseHostAddress(host: string): HostAddress | null {
  const trimmed = host.trim().toLowerCase();
  const unbracketed = trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : trimmed;
  const v6 = canonicalIpv6(unbracketed);
  if (v6) return { family: 6, address: v6 };
  const v4 = parseWhatwgIpv4(unbracketed);
  if (!v4) return null;
  return { family: 4, address: v4.join('.') };
}

/**
 * Classifies an IP address (any spelling {@link parseHostAddress} accepts). IPv4-mapped, IPv4-compatible,
 * NAT64 (64:ff9b::/96) and 6to4 addresses are classified by the IPv4 address they lead to.
 * @returns `invalid` for anything that is not an IP address.
 */
export function classifyAddress(ip: string): AddressClass {
  const parsed = parseHostAddress(ip);
  if (!parsed) return 'invalid';
  const bytes = parsed.family === 4 ? ipv4Bytes(parsed.address) : ipv6Bytes(parsed.address);
  return bytes ? classifyBytes(bytes) : 'invalid';
}

/** True only for a globally routable unicast address: what an untrusted link may reach. */
export function isPublicAddress(ip: string): boolean {
  return classifyAddress(ip) === 'public';
}

/** True for 127.0.0.0/8, ::1 and their mapped forms. */
export function isLoopbackAddress(ip: string): boolean {
  return classifyAddress(ip) === 'loopback';
}
