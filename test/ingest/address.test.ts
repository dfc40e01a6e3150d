import { describe, expect, it } from 'vitest';
import { assertPublicTarget, isPublicAddress } from '../../src/ingest/address.js';

describe('isPublicAddress', () => {
  const refused = [
    '127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0',
    '100.64.0.1', '224.0.0.1', '255.255.255.255', '192.0.2.5', '198.18.0.1',
    '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:7f00:1',
    '64:ff9b::a00:1', '2002:c0a8:0101::1', '2001:db8::1', 'fe80::1%eth0', 'not an ip', '1.2.3', '',
  ];
  const allowed = ['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2a00:1450:4001:80b::200e'];
  for (const ip of refused) it(`refuses ${JSON.stringify(ip)}`, () => expect(isPublicAddress(ip)).toBe(false));
  for (const ip of allowed) it(`allows ${ip}`, () => expect(isPublicAddress(ip)).toBe(true));
});

describe('assertPublicTarget', () => {
  const resolver = (table: Record<string, string[]>) => async (host: string) => {
    if (!(host in table)) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    return table[host]!;
  };
  const dns = resolver({ 'news.example': ['93.184.216.34'], 'sneaky.example': ['93.184.216.34', '10.0.0.5'], 'meta.example': ['169.254.169.254'] });

  it('allows hosts that resolve only to public addresses', async () => {
    await expect(assertPublicTarget(new URL('https://news.example/a'), dns)).resolves.toBeUndefined();
    await expect(assertPublicTarget(new URL('http://8.8.8.8/'), dns)).resolves.toBeUndefined();
  });

  it('refuses when any resolved address is private, and literal private IPs', async () => {
    await expect(assertPublicTarget(new URL('http://sneaky.example/'), dns)).rejects.toThrow('refused: sneaky.example resolves to 10.0.0.5, a private, loopback or link-local address');
    await expect(assertPublicTarget(new URL('http://meta.example/latest'), dns)).rejects.toThrow(/169\.254\.169\.254/);
    await expect(assertPublicTarget(new URL('http://[::1]:8080/'), dns)).rejects.toThrow(/::1/);
    await expect(assertPublicTarget(new URL('http://127.0.0.1/'), dns)).rejects.toThrow(/127\.0\.0\.1/);
  });

  it('refuses unresolvable hosts and non-http schemes', async () => {
    await expect(assertPublicTarget(new URL('http://nowhere.example/'), dns)).rejects.toThrow('host nowhere.example could not be resolved (ENOTFOUND)');
    await expect(assertPublicTarget(new URL('file:///etc/passwd'), dns)).rejects.toThrow(/file: URLs are not fetched/);
  });
});
