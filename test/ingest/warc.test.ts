import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestAll } from '../../src/ingest/index.js';
import { readWarcRecords } from '../../src/ingest/warc.js';
import { dechunk } from '../../src/ingest/http-message.js';

const SENTENCE = 'Diplomats also noted that the United States and NATO had a selective approach to the content of the documents sent by Moscow.';

/** One WARC record, as a crawler writes it. */
function record(type: string, uri: string, block: Buffer, contentType: string, date = '2022-02-18T08:00:00Z'): Buffer {
  const head = [
    'WARC/1.0', `WARC-Type: ${type}`, `WARC-Target-URI: ${uri}`, `WARC-Date: ${date}`,
    `WARC-Record-ID: <urn:uuid:${Math.abs(uri.length * 7919 + block.length)}>`, `Content-Type: ${contentType}`, `Content-Length: ${block.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

function httpResponse(status: string, headers: Record<string, string>, body: Buffer): Buffer {
  const lines = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  return Buffer.concat([Buffer.from(`${lines}\r\n\r\n`), body]);
}

const response = (uri: string, status: string, headers: Record<string, string>, body: Buffer) =>
  record('response', uri, httpResponse(status, headers, body), 'application/http; msgtype=response');

const html = (text: string) => Buffer.from(`<html><head><title>t</title></head><body><p>${text}</p></body></html>`);

function chunked(body: Buffer): Buffer {
  const half = Math.floor(body.length / 2);
  return Buffer.concat([Buffer.from(`${half.toString(16)}\r\n`), body.subarray(0, half), Buffer.from(`\r\n${(body.length - half).toString(16)};ext=1\r\n`), body.subarray(half), Buffer.from('\r\n0\r\n\r\n')]);
}

const records = [
  record('warcinfo', '', Buffer.from('software: test\r\n'), 'application/warc-fields'),
  record('request', 'http://news.example/a', Buffer.from('GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n'), 'application/http; msgtype=request'),
  response('http://news.example/a', '200 OK', { 'Content-Type': 'text/html; charset=utf-8' }, html(SENTENCE)),
  response('http://news.example/gz', '200 OK', { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' }, chunked(gzipSync(html('Gzipped and chunked.')))),
  response('http://news.example/ru', '200 OK', { 'Content-Type': 'text/html; charset=windows-1251' }, Buffer.concat([Buffer.from('<p>'), iconv.encode('МИД России', 'win1251'), Buffer.from('</p>')])),
  response('http://news.example/missing', '404 Not Found', { 'Content-Type': 'text/html' }, html('Not here')),
  response('http://news.example/logo.png', '200 OK', { 'Content-Type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  response('http://news.example/a', '200 OK', { 'Content-Type': 'text/html' }, html('Second capture.')),
];

let dir: string;
const at = (name: string) => join(dir, name);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-warc-'));
  writeFileSync(at('crawl.warc'), Buffer.concat(records));
  writeFileSync(at('crawl.warc.gz'), Buffer.concat(records.map((r) => gzipSync(r))));
  // A damaged gzip member in the middle: the records around it still read.
  const members = records.map((r) => gzipSync(r));
  const broken = Buffer.from(members[3]!);
  broken.fill(0xff, 12, 40);
  writeFileSync(at('damaged.warc.gz'), Buffer.concat([...members.slice(0, 3), broken, ...members.slice(4)]));
  // Garbage between records, and a last record cut short.
  writeFileSync(at('garbled.warc'), Buffer.concat([records[2]!, Buffer.from('this is not a record\r\n\r\n'), records[4]!, records[7]!.subarray(0, 300)]));
  writeFileSync(at('headless.warc'), Buffer.concat([records[2]!, records[7]!.subarray(0, 60)]));
  writeFileSync(at('empty.warc'), Buffer.concat([records[0]!, records[5]!]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('WARC', () => {
  for (const name of ['crawl.warc', 'crawl.warc.gz']) {
    it(`reads HTML 200 responses from ${name}, with target URI and crawl date`, async () => {
      const { documents, problems } = await ingestAll([at(name)]);
      expect(problems).toEqual([]);
      expect(documents.map((d) => d.input)).toEqual(['http://news.example/a', 'http://news.example/gz', 'http://news.example/ru', 'http://news.example/a#capture-2']);
      expect(documents[0]).toMatchObject({ format: 'html', meta: { url: 'http://news.example/a', retrieved: '2022-02-18T08:00:00Z' } });
      expect(documents[0]!.meta.published).toBeUndefined();
      expect(documents[0]!.content).toContain(SENTENCE);
      expect(documents[1]!.content).toContain('Gzipped and chunked.');
      expect(documents[2]!.content).toContain('МИД России');
      expect(documents[0]!.origin).toMatch(new RegExp(`^${at(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(record at byte \\d+\\)$`));
    });
  }

  it('reports a damaged gzip member and reads the rest', async () => {
    const { documents, problems } = await ingestAll([at('damaged.warc.gz')]);
    expect(documents.map((d) => d.input)).toEqual(['http://news.example/a', 'http://news.example/ru', 'http://news.example/a#capture-2']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(new RegExp(`^${at('damaged.warc.gz')}: gzip member at byte \\d+ is damaged`));
  });

  it('resynchronises after garbage and reports a record cut short', async () => {
    const { documents, problems } = await ingestAll([at('garbled.warc')]);
    expect(documents.map((d) => d.input)).toEqual(['http://news.example/a', 'http://news.example/ru']);
    expect(problems.map((p) => p.message.replace(at('garbled.warc'), 'F'))).toEqual([
      expect.stringMatching(/^F: no WARC record header at byte \d+$/),
      expect.stringMatching(/^F: WARC record at byte \d+ is cut short \(\d+ of \d+ bytes\)$/),
    ]);
  });

  it('reports a record whose headers are cut off', async () => {
    const { documents, problems } = await ingestAll([at('headless.warc')]);
    expect(documents).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/: WARC record at byte \d+ is cut short \(its headers never end\)$/);
  });

  it('says when a WARC holds no usable page', async () => {
    const { documents, problems } = await ingestAll([at('empty.warc')]);
    expect(documents).toEqual([]);
    expect(problems[0]!.message).toBe(`${at('empty.warc')}: holds no HTML responses with status 200 (2 WARC records read)`);
  });

  it('gives record offsets that point at the record (uncompressed) or its gzip member', () => {
    const plain = Buffer.concat(records);
    const parsed = readWarcRecords(plain, 1e7);
    expect(parsed.damage).toEqual([]);
    for (const r of parsed.records) expect(plain.subarray(r.offset, r.offset + 8).toString()).toBe('WARC/1.0');
    const gz = Buffer.concat(records.map((r) => gzipSync(r)));
    for (const r of readWarcRecords(gz, 1e7).records) expect([gz[r.offset], gz[r.offset + 1]]).toEqual([0x1f, 0x8b]);
  });

  it('directories include WARC files', async () => {
    const { documents } = await ingestAll([dir]);
    expect(documents.length).toBeGreaterThanOrEqual(8);
  });
});

describe('dechunk', () => {
  it('undoes chunked transfer coding, with extensions', () => {
    const body = Buffer.from('hello chunked world');
    expect(dechunk(chunked(body)).toString()).toBe('hello chunked world');
    expect(() => dechunk(Buffer.from('zz\r\nabc'))).toThrow(/bad chunk size/);
  });
});
