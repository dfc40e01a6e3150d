import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openStore } from '../../src/store/index.js';
import { FeedSite, type Item } from './feed-site.js';

const item = (path: string, title: string, published: string, paragraphs: string[]): Item => ({ path, title, published, paragraphs });
const ferry = item('/news/ferry', 'Storm closes ferry routes along the Norwegian coast', '2022-02-17T08:00:00Z', [
  'Ferry operators along the western coast of Norway cancelled all crossings on Thursday as a winter storm brought gusts of up to 40 metres per second.',
  'The meteorological institute said the wind would ease by Friday morning.',
]);
const grid = item('/news/grid', 'Thousands without power after the storm', '2022-02-17T09:00:00Z', [
  'Several thousand households in western Norway lost power overnight as the winter storm brought down lines, the grid operator said on Thursday.',
  'Most would be reconnected within a day, it said, once the wind had eased.',
]);
const harvest = item('/digest/harvest', 'Olive harvest falls short in southern Spain', '2022-02-16T09:00:00Z', [
  'Growers in Andalusia said the olive harvest was a third smaller than last year after a dry autumn, and that prices for oil would rise.',
]);

let site: FeedSite;
let dir: string;
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const child = fileURLToPath(new URL('./cli-child.ts', import.meta.url));

beforeAll(async () => {
  site = await FeedSite.start();
  dir = mkdtempSync(join(tmpdir(), 'corroborate-watch-cli-'));
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  site.feed('/rss.xml', 'rss', [grid, ferry]);
  site.feed('/atom.xml', 'atom', [harvest]);
});

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(args, { stdout, stderr });
  return { code, stdout: out, stderr: err };
}

function opmlFile(): string {
  const port = new URL(site.url('/')).port;
  const text = readFileSync(new URL('../fixtures/watch/subscriptions.opml', import.meta.url), 'utf8').replaceAll('PORT', port);
  const path = join(dir, 'subscriptions.opml');
  writeFileSync(path, text);
  return path;
}

describe('corroborate watch', () => {
  it('reads the feeds an OPML file lists, then resumes from the stored validators', async () => {
    const db = join(dir, 'opml.db');
    const first = await run(['watch', opmlFile(), '--db', db, '--once', '--json', '--host-delay', '0']);
    expect(first.code).toBe(0);
    const lines = first.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const polls = lines.filter((l) => 'feed' in l);
    // The OPML lists rss.xml twice: it is polled once.
    expect(polls.map((p) => [p.feed, p.status, p.new])).toEqual([
      [site.url('/rss.xml'), 'ok', 2],
      [site.url('/atom.xml'), 'ok', 1],
    ]);
    expect(lines.filter((l) => 'regrouped' in l)).toHaveLength(1);
    expect(first.stderr).toMatch(/watch finished: 2 poll\(s\), 0 failed, 3 article\(s\) stored/);

    const second = await run(['watch', opmlFile(), '--db', db, '--once', '--host-delay', '0']);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(`${site.url('/rss.xml')}: 304 not modified\n${site.url('/atom.xml')}: 304 not modified\n`);

    const store = await openStore(db, { readonly: true });
    try {
      expect(await store.articles()).toHaveLength(3);
      expect((await store.stories()).length).toBeGreaterThanOrEqual(2);
      expect(await store.integrityCheck()).toBe('ok');
    } finally {
      await store.close();
    }
  });

  it('prints one line per poll and exits 1 when a feed failed', async () => {
    const db = join(dir, 'failing.db');
    site.failing.set('/atom.xml', 500);
    try {
      const result = await run(['watch', site.url('/rss.xml'), site.url('/atom.xml'), '--db', db, '--once', '--host-delay', '0']);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`${site.url('/rss.xml')}: 2 new, 0 known\n`);
      expect(result.stdout).toMatch(/atom\.xml: failed \(HTTP 500 Internal Server Error\); 1 failure\(s\) in a row, next poll at \d{4}-/);
    } finally {
      site.failing.clear();
    }
  });

  it('refuses what is neither a feed URL nor an OPML file', async () => {
    const db = join(dir, 'usage.db');
    const missing = await run(['watch', join(dir, 'nope.opml'), '--db', db, '--once']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    const notOpml = join(dir, 'feed.xml');
    writeFileSync(notOpml, '<rss version="2.0"><channel/></rss>');
    const wrong = await run(['watch', notOpml, '--db', db, '--once']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/not an OPML file \(its root element is <rss>\)/);
    const interval = await run(['watch', site.url('/rss.xml'), '--db', db, '--interval', '0', '--once']);
    expect(interval.code).toBe(2);
    expect(interval.stderr).toMatch(/--interval must be a positive number of minutes/);
  });

  it('keeps polling until SIGTERM, then closes the store and exits 0', async () => {
    const db = join(dir, 'signal.db');
    const args = ['--import', 'tsx', child, 'watch', site.url('/rss.xml'), '--db', db, '--interval', '60', '--host-delay', '0'];
    const proc = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const polled = new Promise<void>((resolve) => {
      proc.stdout.setEncoding('utf8').on('data', (c: string) => {
        stdout += c;
        if (stdout.includes('\n')) resolve();
      });
    });
    const closed = new Promise<number | null>((resolve) => proc.on('close', resolve));
    const safety = setTimeout(() => proc.kill('SIGKILL'), 30_000);
    await polled;
    proc.kill('SIGTERM');
    const code = await closed;
    clearTimeout(safety);
    expect(code).toBe(0);
    expect(stdout).toBe(`${site.url('/rss.xml')}: 2 new, 0 known\n`);
    expect(stderr).toMatch(/watch stopped: 1 poll\(s\), 0 failed, 2 article\(s\) stored/);
    const store = await openStore(db, { readonly: true });
    try {
      expect(await store.articles()).toHaveLength(2);
      expect(await store.integrityCheck()).toBe('ok');
    } finally {
      await store.close();
    }
  }, 40_000);
});
