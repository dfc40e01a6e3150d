// The public command interfaces (README: "Stable command interfaces"): shapes scripts depend on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from './run-cli.js';

const EX = 'examples/security-guarantees';
const A = `${EX}/000_e65738cb91f1e9d0.txt`;
const B = `${EX}/004_d99e5f2553e52203.txt`;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
  writeFileSync(join(dir, 'records.jsonl'), [
    JSON.stringify({ id: 'r1', text: 'On Thursday, NATO said it would meet. "We are ready," the alliance said.', published: '2022-02-17', outlet: 'Wire' }),
    '{broken',
    JSON.stringify({ id: 'r2', html: '<html><head><title>Page | Site</title></head><body><article><p>The ministry said on Monday that talks would go on.</p></article></body></html>' }),
  ].join('\n'));
  writeFileSync(join(dir, 'pairs.txt'), `${A} ${B}\n${A}\t${A}\n`);
  writeFileSync(join(dir, 'empty.txt'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract --json', () => {
  it('prints one object per input in input order, with null for unknown values', async () => {
    const r = await runCli(['extract', A, B, '--json']);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.input)).toEqual([A, B]);
    for (const l of lines) {
      for (const key of ['input', 'title', 'authors', 'published', 'site', 'language', 'text']) expect(l).toHaveProperty(key);
      expect(Array.isArray(l.authors)).toBe(true);
    }
    expect(lines[0]!.published).toMatch(/^2022-02-17/);
    const text = String(lines[0]!.text);
    for (const chrome of ['Home »', 'by alex', 'Photo: Alexey Kudenko', 'You may also like', 'Leave a Comment']) expect(text).not.toContain(chrome);
    expect(String(lines[1]!.text)).not.toContain('Also on russian.rt.com');
  });

  it('reports a bad input in its place and exits 1, still processing the rest', async () => {
    const r = await runCli(['extract', join(dir, 'empty.txt'), join(dir, 'records.jsonl'), '--json']);
    expect(r.code).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.input)).toEqual([join(dir, 'empty.txt'), 'r1', `${join(dir, 'records.jsonl')}:2`, 'r2']);
    expect(lines[0]!.error).toMatch(/empty/);
    expect(lines[2]!.error).toMatch(/not valid JSON/);
    expect(r.stderr).toContain(join(dir, 'empty.txt'));
  });
});

describe('read --json', () => {
  it('has the documented fields, with spans that index the input as given', async () => {
    const r = await runCli(['read', B, '--published', '2022-02-17', '--json']);
    expect(r.code).toBe(0);
    const [line] = jsonLines(r.stdout);
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(B, 'utf8');
    for (const key of ['input', 'sentences', 'actors', 'mentions', 'quotes', 'times', 'statements']) expect(line).toHaveProperty(key);
    const times = line!.times as { start: number; end: number; text: string; type: string; value: string }[];
    for (const t of times) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(times.find((t) => t.text.includes('December 17'))?.value).toBe('2021-12-17');
    const actors = line!.actors as { id: string; type: string }[];
    for (const a of actors) expect(['person', 'organization', 'location', 'other']).toContain(a.type);
    const quotes = line!.quotes as { speaker: string | null; content: { start: number; end: number } }[];
    expect(quotes.some((q) => q.speaker === 'russian-foreign-ministry')).toBe(true);
  });

  it("lets a JSONL record's own date override --published", async () => {
    const r = await runCli(['read', join(dir, 'records.jsonl'), '--published', '2020-01-01', '--json']);
    const lines = jsonLines(r.stdout);
    const r1 = lines.find((l) => l.input === 'r1')!;
    const thursday = (r1.times as { text: string; value: string }[]).find((t) => /Thursday/.test(t.text));
    expect(thursday?.value).toBe('2022-02-17');
  });
});

describe('group --json', () => {
  it('puts both example articles in one story', async () => {
    const r = await runCli(['group', EX, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { stories: { id: string; articles: string[] }[] };
    expect(out.stories).toHaveLength(1);
    expect(out.stories[0]!.articles).toEqual([A, B]);
  });
});

describe('reuse and similarity --json', () => {
  it('finds shared passages with offsets into both files', async () => {
    const r = await runCli(['reuse', A, B, '--json']);
    expect(r.code).toBe(0);
    const [pair] = jsonLines(r.stdout) as { a: string; b: string; passages: { a: { start: number; end: number }; b: { start: number; end: number }; similarity: number }[] }[];
    expect(pair!.a).toBe(A);
    const { readFileSync } = await import('node:fs');
    const ta = readFileSync(A, 'utf8');
    const tb = readFileSync(B, 'utf8');
    const contact = pair!.passages.find((p) => ta.slice(p.a.start, p.a.end).includes('Contact Group'));
    expect(contact).toBeDefined();
    expect(tb.slice(contact!.b.start, contact!.b.end)).toContain('Contact Group');
    for (const p of pair!.passages) expect(p.similarity).toBeGreaterThan(0);
  });

  it('takes a pairs file and answers each pair in order', async () => {
    const r = await runCli(['similarity', '--pairs', join(dir, 'pairs.txt'), '--json']);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout) as { a: string; b: string; score: number }[];
    expect(lines.map((l) => [l.a, l.b])).toEqual([[A, B], [A, A]]);
    expect(lines[1]!.score).toBeCloseTo(1, 5);
    expect(lines[0]!.score).toBeGreaterThan(0.3);
    expect(lines[0]!.score).toBeLessThan(1);
  });

  it('rejects a malformed pairs file with its line number', async () => {
    writeFileSync(join(dir, 'bad-pairs.txt'), `${A}\n`);
    const r = await runCli(['reuse', '--pairs', join(dir, 'bad-pairs.txt'), '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad-pairs.txt:1');
  });
});

describe('usage errors', () => {
  it('names the bad option value', async () => {
    const r = await runCli(['read', A, '--published', 'yesterday']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--published must be a date/);
  });

  it('prints help with examples for every command', async () => {
    for (const command of ['analyze', 'extract', 'read', 'group', 'reuse', 'similarity', 'add', 'stories', 'show', 'search']) {
      const r = await runCli([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Examples:');
    }
  });
});

describe('input options', () => {
  it('applies --max-bytes to files and rejects a bad --timeout', async () => {
    const small = await runCli(['extract', A, '--max-bytes', '100', '--json']);
    expect(small.code).toBe(1);
    expect(String(jsonLines(small.stdout)[0]!.error)).toMatch(/over the 100-byte limit/);
    const bad = await runCli(['analyze', A, '--timeout', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--timeout must be a positive number/);
  });
});

describe('pipeline options', () => {
  it('runs extract + read in worker threads when asked, with the same dossier as in-thread', async () => {
    const inThread = await runCli(['analyze', 'examples/security-guarantees', '--json', '--workers', '0']);
    const pooled = await runCli(['analyze', 'examples/security-guarantees', '--json', '--workers', '2', '--stage-timeout', '60']);
    expect(pooled.code).toBe(0);
    expect(JSON.parse(pooled.stdout)).toEqual(JSON.parse(inThread.stdout));
  });

  it('skips an article over --max-article-chars with a problem naming the limit', async () => {
    const r = await runCli(['analyze', A, B, '--json', '--max-article-chars', '7000', '--workers', '0']);
    expect(r.code).toBe(1);
    const dossier = JSON.parse(r.stdout) as { articles: unknown[]; problems: { input: string; message: string }[] };
    expect(dossier.articles).toHaveLength(1);
    expect(dossier.problems[0]!.message).toMatch(/too large.*7000/);
    const bad = await runCli(['analyze', A, '--workers', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--workers must be a whole number/);
  });
});
