import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestAll, type IngestOptions } from '../../src/ingest/index.js';
import { fetchUrl, USER_AGENT } from '../../src/ingest/fetch.js';
import { HostThrottle } from '../../src/ingest/politeness.js';
import { page, redirect, send, startServer, type TestServer } from './server.js';

const SENTENCE = 'The Russian Foreign Ministry handed over to the American side a written reaction to the US response on security guarantees.';
const html = page('Foreign Ministry reaction', SENTENCE);
const fast: IngestOptions = { web: { hostDelayMs: 0, timeoutMs: 3000 } };

let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    '/plain': send(html),
    '/gzip': send(gzipSync(html), { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }),
    '/brotli': send(brotliCompressSync(html), { 'content-type': 'text/html', 'content-encoding': 'br' }),
    '/deflate': send(deflateSync(html), { 'content-type': 'text/html', 'content-encoding': 'deflate' }),
    '/raw-deflate': send(deflateRawSync(html), { 'content-type': 'text/html', 'content-encoding': 'deflate' }),
    '/text': send(SENTENCE, { 'content-type': 'text/plain; charset=utf-8' }),
    '/pdf': send('%PDF-1.4', { 'content-type': 'application/pdf' }),
    '/gone': send('gone', { 'content-type': 'text/plain' }, 410),
    '/r1': redirect('/r2', 301),
    '/r2': redirect('/r3', 307),
    '/r3': redirect('/plain'),
    '/loop-a': redirect('/loop-b'),
    '/loop-b': redirect('/loop-a'),
    '/to-private': redirect('http://10.0.0.1/secret'),
    '/slow': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html>');
      setTimeout(() => res.end('</html>'), 5000).unref();
    },
    '/big-declared': send('x'.repeat(5000), { 'content-type': 'text/html', 'content-length': '5000' }),
    '/big-streamed': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }); // no Content-Length: chunked, so the cap applies while reading
      for (let i = 0; i < 50; i++) res.write('x'.repeat(1000));
      res.end();
    },
    '/bomb': send(gzipSync(Buffer.alloc(2_000_000, 0x20)), { 'content-type': 'text/html', 'content-encoding': 'gzip' }),
    '/robots.txt': send('User-agent: *\nDisallow: /private/\n\nUser-agent: corroborate\nDisallow: /no-corroborate\nAllow: /private/ok\n', { 'content-type': 'text/plain' }),
    '/private/page': send(html),
    '/private/ok': send(html),
    '/no-corroborate': send(html),
  });
});
afterAll(() => server.close());

describe('fetching URLs', () => {
  it('reads a plain page, with the final URL and a retrieval time but no invented publication date', async () => {
    const { documents, problems } = await ingestAll([server.url('/plain')], fast);
    expect(problems).toEqual([]);
    expect(documents[0]).toMatchObject({ input: server.url('/plain'), format: 'html', meta: { url: server.url('/plain') } });
    expect(documents[0]!.content).toContain(SENTENCE);
    expect(Date.parse(documents[0]!.meta.retrieved!)).not.toBeNaN();
    expect(documents[0]!.meta.published).toBeUndefined();
  });

  it('sends a clear User-Agent', async () => {
    await ingestAll([server.url('/plain')], fast);
    const seen = server.log.filter((l) => l.path === '/plain').at(-1)!;
    expect(seen.userAgent).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^corroborate\/\d+\.\d+\.\d+ \(\+offline news analysis\)$/);
  });

  it('decodes gzip, brotli and both kinds of deflate', async () => {
    const urls = ['/gzip', '/brotli', '/deflate', '/raw-deflate'].map((p) => server.url(p));
    const { documents, problems } = await ingestAll(urls, fast);
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(4);
    for (const doc of documents) expect(doc.content).toBe(html);
  });

  it('reads text/plain as a text document and refuses other media types by name', async () => {
    const { documents, problems } = await ingestAll([server.url('/text'), server.url('/pdf'), server.url('/gone')], fast);
    expect(documents.map((d) => d.format)).toEqual(['text']);
    expect(problems[0]!.message).toBe(`${server.url('/pdf')}: serves application/pdf, not HTML, text, a feed or a sitemap`);
    expect(problems[1]!.message).toBe(`${server.url('/gone')}: HTTP 410 Gone`);
  });

  it('follows a redirect chain and records the final URL', async () => {
    const res = await fetchUrl(server.url('/r1'));
    expect(res.url).toBe(server.url('/plain'));
    expect(res.redirects).toEqual(['/r1', '/r2', '/r3'].map((p) => server.url(p)));
    const { documents } = await ingestAll([server.url('/r1')], fast);
    expect(documents[0]).toMatchObject({ input: server.url('/r1'), origin: server.url('/plain'), meta: { url: server.url('/plain') } });
  });

  it('stops on redirect loops and past the redirect cap', async () => {
    await expect(fetchUrl(server.url('/loop-a'))).rejects.toThrow(/redirect loop: .*loop-a → .*loop-b → .*loop-a/);
    await expect(fetchUrl(server.url('/r1'), { maxRedirects: 1 })).rejects.toThrow(/more than 1 redirects/);
    const { problems } = await ingestAll([server.url('/loop-a')], fast);
    expect(problems[0]!.message).toMatch(new RegExp(`^${server.url('/loop-a')}: redirect loop`));
  });

  it('checks every redirect hop with checkTarget', async () => {
    const checked: string[] = [];
    const checkTarget = (url: URL) => {
      checked.push(url.href);
      if (url.hostname === '10.0.0.1') throw new Error('refused by policy');
    };
    await expect(fetchUrl(server.url('/to-private'), { checkTarget })).rejects.toThrow('refused by policy');
    expect(checked).toEqual([server.url('/to-private'), 'http://10.0.0.1/secret']);
  });

  it('refuses loopback targets when publicOnly is set', async () => {
    const { problems } = await ingestAll([server.url('/plain')], { web: { ...fast.web, publicOnly: true } });
    expect(problems[0]!.message).toMatch(/127\.0\.0\.1, a private, loopback or link-local address/);
  });

  it('times out a slow response with a clear problem', async () => {
    const started = Date.now();
    const { problems } = await ingestAll([server.url('/slow')], { web: { hostDelayMs: 0, timeoutMs: 300 } });
    expect(Date.now() - started).toBeLessThan(2500);
    expect(problems[0]!.message).toBe(`${server.url('/slow')}: timed out after 0.3 s`);
  });

  it('caps the body size: declared, streamed and decompressed', async () => {
    const opts: IngestOptions = { web: { hostDelayMs: 0, maxBytes: 4000 } };
    const { problems } = await ingestAll([server.url('/big-declared'), server.url('/big-streamed'), server.url('/bomb')], opts);
    expect(problems.map((p) => p.message)).toEqual([
      `${server.url('/big-declared')}: is 5000 bytes, over the 4000-byte limit`,
      `${server.url('/big-streamed')}: is over the 4000-byte limit (stopped reading)`,
      `${server.url('/bomb')}: decompresses to over the 4000-byte limit`,
    ]);
  });

  it('rejects URLs it must not fetch', async () => {
    await expect(fetchUrl('ftp://example.org/x')).rejects.toThrow(/ftp: URLs are not fetched/);
    await expect(fetchUrl('http://user:pw@127.0.0.1/')).rejects.toThrow(/credentials/);
  });
});

describe('robots.txt', () => {
  it('refuses disallowed paths naming robots.txt, honours our agent group over *', async () => {
    const urls = ['/private/page', '/private/ok', '/no-corroborate', '/plain'].map((p) => server.url(p));
    const { documents, problems } = await ingestAll(urls, fast);
    // Our group replaces "*": /private/ is open to corroborate, /no-corroborate is not.
    expect(documents.map((d) => d.input)).toEqual([urls[0], urls[1], urls[3]]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(new RegExp(`^${urls[2]}: disallowed by http://127\\.0\\.0\\.1:\\d+/robots\\.txt \\(line 5\\) for corroborate; pass --no-robots`));
  });

  it('can be ignored', async () => {
    const { documents, problems } = await ingestAll([server.url('/no-corroborate')], { web: { hostDelayMs: 0, robots: false } });
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(1);
  });

  it('fetches robots.txt once per host and treats a failing one as disallow-all', async () => {
    const other = await startServer({
      '/robots.txt': send('oops', { 'content-type': 'text/plain' }, 503),
      '/a': send(html),
      '/b': send(html),
    });
    try {
      const { problems } = await ingestAll([other.url('/a'), other.url('/b')], fast);
      expect(problems.map((p) => p.message)).toEqual(['/a', '/b'].map((p) => `${other.url(p)}: ${other.url('/robots.txt')} could not be fetched (HTTP 503), so the site is treated as disallowed; pass --no-robots to fetch anyway`));
      expect(other.log.filter((l) => l.path === '/robots.txt')).toHaveLength(1);
      expect(other.log.filter((l) => l.path !== '/robots.txt')).toHaveLength(0);
    } finally {
      await other.close();
    }
  });
});

describe('HostThrottle', () => {
  it('lets callers of one host through at least the delay apart, and other hosts at once', async () => {
    const throttle = new HostThrottle(60);
    const passed: [string, number][] = [];
    const t0 = Date.now();
    await Promise.all(
      ['a', 'a', 'b', 'a'].map(async (host) => {
        await throttle.wait(host);
        passed.push([host, Date.now() - t0]);
      }),
    );
    const a = passed.filter(([h]) => h === 'a').map(([, t]) => t);
    // The k-th caller of a host gets through no sooner than k delays after the first asked.
    a.forEach((t, k) => expect(t).toBeGreaterThanOrEqual(60 * k));
    // Host b had no one before it: it gets through before the second caller of a, not after.
    const order = passed.map(([h]) => h);
    expect(order.indexOf('b')).toBeLessThan(order.indexOf('a', order.indexOf('a') + 1));
  });
});

describe('politeness', () => {
  it('spaces requests to one host by the minimum delay', async () => {
    const other = await startServer({ '/a': send(html), '/b': send(html), '/c': send(html) });
    try {
      await ingestAll(['/a', '/b', '/c'].map((p) => other.url(p)), { web: { hostDelayMs: 150, robots: false } });
      const times = other.log.map((l) => l.at);
      expect(times).toHaveLength(3);
      // Seen from the server, a gap also holds each request's own connection and parsing time, which
      // varies: the margin keeps a slow first request from failing a correct throttle (HostThrottle's own
      // spacing is checked exactly below).
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(100);
      expect(times[2]! - times[0]!).toBeGreaterThanOrEqual(250);
    } finally {
      await other.close();
    }
  });
});
