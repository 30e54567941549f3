import { describe, expect, it } from 'vitest';
import {
  type AddressClass,
  classifyAddress,
  isPublicAddress,
  parseHostAddress,
} from '../../shared/domain/address-policy.js';

describe('classifyAddress', () => {
  const cases: [string, AddressClass][] = [
    // Cloud metadata endpoints.
    ['169.254.169.254', 'metadata'],
    ['169.254.170.2', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['[fd00:ec2::254]', 'metadata'],
    // Loopback in its many spellings.
    ['127.0.0.1', 'loopback'],
    ['127.0.0.2', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['2130706433', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['0x7f.0.0.1', 'loopback'],
    ['0x7f000001', 'loopback'],
    ['127.1', 'loopback'],
    ['017700000001', 'loopback'],
    ['127.0.0.1.', 'loopback'],
    // Private, link-local, CGNAT.
    ['10.0.0.5', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['3232235777', 'private'],
    ['169.254.1.1', 'link-local'],
    ['100.64.0.1', 'cgnat'],
    ['100.100.100.200', 'cgnat'],
    ['100.127.255.255', 'cgnat'],
    // Special IPv4 blocks.
    ['0.0.0.0', 'unspecified'],
    ['0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.0.170', 'reserved'],
    ['192.0.2.10', 'documentation'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    // IPv6 ranges.
    ['::', 'unspecified'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['fec0::1', 'private'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['2001::1', 'reserved'],
    ['100::1', 'reserved'],
    ['64:ff9b:1::1', 'private'],
    ['4000::1', 'reserved'],
    // IPv6 forms that lead to an IPv4 address are classified by that address.
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::ffff:10.1.2.3', 'private'],
    ['::127.0.0.1', 'loopback'],
    ['::ffff:0:a00:1', 'private'],
    ['64:ff9b::a9fe:a9fe', 'metadata'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['2002:7f00:1::', 'loopback'],
    ['2002:c0a8:101::1', 'private'],
    ['::ffff:8.8.8.8', 'public'],
    ['64:ff9b::8.8.4.4', 'public'],
    // Public addresses.
    ['8.8.8.8', 'public'],
    ['93.184.216.34', 'public'],
    ['100.63.255.255', 'public'],
    ['172.32.0.1', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['2a00:1450:4001:80b::200e', 'public'],
    // Not addresses at all.
    ['example.com', 'invalid'],
    ['localhost', 'invalid'],
    ['1.2.3.4.5', 'invalid'],
    ['256.0.0.1', 'invalid'],
    ['0x100000000', 'invalid'],
    ['09.0.0.1', 'invalid'],
    ['', 'invalid'],
    ['::gggg', 'invalid'],
    ['1::2::3', 'invalid'],
    [':::', 'invalid'],
    ['1:2:3:4:5:6:7:8:9', 'invalid'],
    ['::ffff:999.1.1.1', 'invalid'],
    ['12345::1', 'invalid'],
    // Text that would change the URL the address is checked in must not reach the URL parser.
    ['::1]@example.com/[', 'invalid'],
    ['::1]:80', 'invalid'],
  ];

  it.each(cases)('classifies %s as %s', (ip, expected) => {
    expect(classifyAddress(ip)).toBe(expected);
  });
});

describe('isPublicAddress', () => {
  it('allows only globally routable unicast addresses', () => {
    const allowed = ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'];
    const refused = [
      '127.0.0.1',
      '10.0.0.1',
      '169.254.169.254',
      '100.64.0.1',
      'fd00::1',
      '::ffff:127.0.0.1',
      'x',
    ];

    expect(allowed.filter(isPublicAddress)).toEqual(allowed);
    expect(refused.filter(isPublicAddress)).toEqual([]);
  });
});

describe('parseHostAddress', () => {
  it.each([
    ['2130706433', '127.0.0.1'],
    ['0177.0.0.1', '127.0.0.1'],
    ['0x7f.1', '127.0.0.1'],
    ['0xA9.0xFE.0xA9.0xFE', '169.254.169.254'],
    ['2852039166', '169.254.169.254'],
    ['1.2.3', '1.2.0.3'],
    ['10.1', '10.0.0.1'],
  ])('reads the IPv4 spelling %s as %s, like the WHATWG URL parser', (host, expected) => {
    const parsed = parseHostAddress(host);

    expect(parsed).toEqual({ family: 4, address: expected });
    expect(new URL(`http://${host}/`).hostname).toBe(expected);
  });

  it('normalises IPv6 literals with or without brackets and zone ids', () => {
    expect(parseHostAddress('[0:0:0:0:0:FFFF:7F00:1]')).toEqual({ family: 6, address: '::ffff:7f00:1' });
    expect(parseHostAddress('fe80::1%25eth0')).toEqual({ family: 6, address: 'fe80::1' });
  });

  it('returns null for domain names, even ones that start with digits', () => {
    expect(parseHostAddress('asiaplustj.info')).toBeNull();
    expect(parseHostAddress('123.example')).toBeNull();
    expect(parseHostAddress('0x7f.example')).toBeNull();
  });
});
