import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingestAll } from '../../src/ingest/index.js';
import { splitFrontMatter } from '../../src/ingest/metadata.js';
import { decodeBytes } from '../../src/ingest/decode.js';
import iconv from 'iconv-lite';

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
  writeFileSync(at('a.txt'), 'Plain text article.\n');
  writeFileSync(at('b.md'), '---\ntitle: Declared title\npublished: 2022-02-17\noutlet: RT\n---\n# Heading\n\nBody text.\n');
  writeFileSync(at('c.html'), '<html><head><title>T</title></head><body><p>Hello</p></body></html>');
  writeFileSync(at('d.html.gz'), gzipSync(Buffer.from('<html><body><p>Zipped</p></body></html>')));
  writeFileSync(at('e.jsonl'), '{"id":"r1","text":"First record","published":"2022-02-17"}\nnot json\n{"html":"<p>x</p>","outlet":"X"}\n');
  writeFileSync(at('f.json'), JSON.stringify([{ id: 'j1', text: 'One' }, { text: '' }]));
  writeFileSync(at('g.txt'), 'Text with sidecar.');
  writeFileSync(at('g.meta.yaml'), 'outlet: Sidecar Times\npublished: 2022-01-26\n');
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
  writeFileSync(at('latin.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(at('cp1251.html'), Buffer.concat([Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>'), iconv.encode('Привет', 'win1251'), Buffer.from('</p></body></html>')]));
  writeFileSync(at('bad.gz.txt'), 'x');
  writeFileSync(at('truncated.html.gz'), gzipSync(Buffer.from('<p>abc</p>')).subarray(0, 8));
  mkdirSync(at('nested/deeper'), { recursive: true });
  writeFileSync(at('nested/deeper/n.txt'), 'Nested.');
  writeFileSync(at('nested/ignored.pdf'), 'x');
  mkdirSync(at('emptydir'));
  writeFileSync(at('emptydir/readme.pdf'), 'x');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest', () => {
  it('reads each file kind with its declared metadata', async () => {
    const { documents, problems } = await ingestAll([at('a.txt'), at('b.md'), at('c.html'), at('d.html.gz'), at('g.txt')]);
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.format)).toEqual(['text', 'markdown', 'html', 'html', 'text']);
    expect(documents[0]!.input).toBe(at('a.txt'));
    expect(documents[1]!.meta).toMatchObject({ title: 'Declared title', published: '2022-02-17', outlet: 'RT' });
    expect(documents[1]!.content.startsWith('# Heading')).toBe(true);
    expect(documents[3]!.content).toContain('Zipped');
    expect(documents[4]!.meta).toEqual({ outlet: 'Sidecar Times', published: '2022-01-26' });
  });

  it('reads JSONL and JSON records, using record ids as inputs and reporting bad lines', async () => {
    const { documents, problems } = await ingestAll([at('e.jsonl'), at('f.json')]);
    expect(documents.map((d) => d.input)).toEqual(['r1', `${at('e.jsonl')}:3`, 'j1']);
    expect(documents[0]!.meta.published).toBe('2022-02-17');
    expect(documents[1]!.format).toBe('html');
    expect(problems.map((p) => p.input)).toEqual([`${at('e.jsonl')}:2`, `${at('f.json')}[1]`]);
    expect(problems[0]!.message).toMatch(/not valid JSON/);
    expect(problems[1]!.message).toMatch(/empty/);
  });

  it('walks directories recursively and expands globs, in sorted order', async () => {
    const fromDir = await ingestAll([at('nested')]);
    expect(fromDir.documents.map((d) => d.input)).toEqual([at('nested/deeper/n.txt')]);
    const fromGlob = await ingestAll([join(dir, '*.md')]);
    expect(fromGlob.documents.map((d) => d.input)).toEqual([at('b.md')]);
  });

  it('names the input and the reason for each bad input, and goes on', async () => {
    const { documents, problems } = await ingestAll([
      at('missing.txt'), at('emptydir'), at('empty.txt'), at('binary.txt'), at('latin.txt'), at('truncated.html.gz'), at('a.txt'),
    ]);
    expect(documents.map((d) => d.input)).toEqual([at('a.txt')]);
    const byInput = Object.fromEntries(problems.map((p) => [p.input, p.message]));
    expect(byInput[at('missing.txt')]).toMatch(/no such file/);
    expect(byInput[at('emptydir')]).toMatch(/no readable files/);
    expect(byInput[at('empty.txt')]).toMatch(/is empty/);
    expect(byInput[at('binary.txt')]).toMatch(/binary/);
    expect(byInput[at('latin.txt')]).toMatch(/not valid UTF-8/);
    expect(byInput[at('truncated.html.gz')]).toMatch(/gunzip/);
    for (const [input, message] of Object.entries(byInput)) expect(message).toContain(input);
  });

  it('decodes a declared legacy charset in HTML', async () => {
    const { documents } = await ingestAll([at('cp1251.html')]);
    expect(documents[0]!.content).toContain('Привет');
  });

  it('reads stdin as text, HTML or JSON Lines', async () => {
    const stdin = (s: string) => ({ readStdin: async () => Buffer.from(s) });
    expect((await ingestAll(['-'], stdin('Some text.'))).documents[0]).toMatchObject({ input: '-', format: 'text' });
    expect((await ingestAll(['-'], stdin('<!doctype html><p>x</p>'))).documents[0]!.format).toBe('html');
    expect((await ingestAll(['-'], stdin('{"id":"s1","text":"a"}\n{"id":"s2","text":"b"}\n'))).documents.map((d) => d.input)).toEqual(['s1', 's2']);
  });

  it('keeps the seed text byte-identical so offsets index the file as given', async () => {
    const path = 'examples/security-guarantees/000_e65738cb91f1e9d0.txt';
    const { documents } = await ingestAll([path]);
    expect(documents[0]!.content).toBe(readFileSync(path, 'utf8'));
    expect(documents[0]!.meta).toMatchObject({ outlet: 'Scraped aggregator', published: '2022-02-17' });
  });
});

describe('front matter and decoding (properties)', () => {
  it('never throws anything but a MetadataError, and the body is a suffix of the input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const text = `---\n${s}\n---\n${s}`;
        try {
          const { body } = splitFrontMatter(text, 'x');
          expect(text.endsWith(body)).toBe(true);
        } catch (error) {
          expect((error as Error).name).toBe('Error');
          expect((error as Error).message).toMatch(/^x/);
        }
      }),
    );
  });

  it('decodes any valid UTF-8 text unchanged', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme' }), (s) => {
        fc.pre(!/[\u0000-\u0008\u000e-\u001f]/.test(s) && s.charCodeAt(0) !== 0xfeff);
        expect(decodeBytes(Buffer.from(s, 'utf8'), 'text')).toBe(s);
      }),
    );
  });
});
