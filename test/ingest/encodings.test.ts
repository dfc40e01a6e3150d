import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestAll, type IngestOptions } from '../../src/ingest/index.js';
import { parseContentType } from '../../src/ingest/content-type.js';
import { declaredXmlEncoding } from '../../src/ingest/xml-text.js';
import { send, startServer, type TestServer } from './server.js';

const fast: IngestOptions = { web: { hostDelayMs: 0 } };

const wrap = (head: string, body: string) => `<!doctype html><html><head>${head}<title>x</title></head><body><p>${body}</p></body></html>`;
const encoded = (text: string, charset: string) => iconv.encode(text, charset);

const CASES: { path: string; text: string; charset: string; header: string; meta: string }[] = [
  { path: '/cp1251-header', text: 'Министерство иностранных дел России', charset: 'windows-1251', header: 'text/html; charset=windows-1251', meta: '' },
  { path: '/latin2-header', text: 'Zażółć gęślą jaźń', charset: 'iso-8859-2', header: 'text/html; charset="ISO-8859-2"', meta: '' },
  { path: '/greek-meta', text: 'Υπουργείο Εξωτερικών', charset: 'iso-8859-7', header: 'text/html', meta: '<meta charset="iso-8859-7">' },
  { path: '/sjis-meta', text: 'ロシア外務省は声明を発表した', charset: 'shift_jis', header: 'text/html', meta: '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">' },
  { path: '/gb18030-header', text: '俄罗斯外交部发表声明 𠀀', charset: 'gb18030', header: 'text/html;charset=GB18030', meta: '' },
  // The HTTP header outranks a wrong <meta charset>.
  { path: '/header-beats-meta', text: 'Лавров заявил', charset: 'koi8-r', header: 'text/html; charset=koi8-r', meta: '<meta charset="windows-1251">' },
];

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  for (const c of CASES) server.route(c.path, send(encoded(wrap(c.meta, c.text), c.charset), { 'content-type': c.header }));
  // A BOM outranks the header.
  server.route('/bom', send(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(wrap('', 'Москва'))]), { 'content-type': 'text/html; charset=iso-8859-1' }));
  server.route('/utf16', send(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(wrap('', 'Киев'), 'utf-16le')]), { 'content-type': 'text/html' }));
  server.route('/unknown', send(Buffer.from(wrap('', 'x')), { 'content-type': 'text/html; charset=x-no-such' }));
  server.route('/bad-utf8', send(Buffer.from([0x3c, 0x70, 0x3e, 0xc3, 0x28]), { 'content-type': 'text/html; charset=utf-8' }));
  const base = server.url('').replace(/\/$/, '');
  server.route('/a', send(Buffer.from(wrap('', 'ok')), { 'content-type': 'text/html' }));
  server.route('/feed-1251', send(encoded(`<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>РИА Новости</title><item><title>Заявление МИД</title><link>${base}/a</link></item></channel></rss>`, 'win1251'), { 'content-type': 'application/rss+xml' }));
});
afterAll(() => server.close());

describe('character encodings of fetched pages', () => {
  for (const c of CASES) {
    it(`decodes ${c.charset} declared in ${c.meta ? 'a meta tag' : 'the HTTP header'} (${c.path})`, async () => {
      const { documents, problems } = await ingestAll([server.url(c.path)], fast);
      expect(problems).toEqual([]);
      expect(documents[0]!.content).toContain(c.text);
    });
  }

  it('lets a byte order mark outrank the HTTP charset, and reads UTF-16', async () => {
    const { documents } = await ingestAll([server.url('/bom'), server.url('/utf16')], fast);
    expect(documents[0]!.content).toContain('Москва');
    expect(documents[1]!.content).toContain('Киев');
  });

  it('names unknown charsets and invalid UTF-8 as problems', async () => {
    const { problems } = await ingestAll([server.url('/unknown'), server.url('/bad-utf8')], fast);
    expect(problems.map((p) => p.message)).toEqual([
      `${server.url('/unknown')}: declares an unknown charset "x-no-such"`,
      expect.stringMatching(new RegExp(`^${server.url('/bad-utf8')}: is not valid UTF-8`)),
    ]);
  });

  it('decodes a feed by its XML declaration', async () => {
    const { documents } = await ingestAll([server.url('/feed-1251')], fast);
    expect(documents[0]!.meta).toMatchObject({ outlet: 'РИА Новости', title: 'Заявление МИД' });
  });
});

describe('header parsing', () => {
  it('reads media type and charset from Content-Type', () => {
    expect(parseContentType('Text/HTML; Charset="Windows-1251"; foo=bar')).toEqual({ mime: 'text/html', charset: 'windows-1251' });
    expect(parseContentType('application/rss+xml')).toEqual({ mime: 'application/rss+xml', charset: null });
    expect(parseContentType(undefined)).toEqual({ mime: null, charset: null });
    expect(parseContentType('garbage')).toEqual({ mime: null, charset: null });
    expect(declaredXmlEncoding(Buffer.from(`<?xml version='1.0' encoding='GB18030'?><rss/>`))).toBe('gb18030');
    expect(declaredXmlEncoding(Buffer.from('<rss/>'))).toBeNull();
  });
});
