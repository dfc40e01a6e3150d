// `analyze` writes its outputs; `add`, `stories`, `show`, `search` keep and query a collection.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { StoryIndex } from '../../src/link/index.js';
import { openStore } from '../../src/store/index.js';
import { dossierSchema } from '../../src/dossier/index.js';
import { jsonLines, runCli } from './run-cli.js';
import { assertValidDossier } from '../support/validate-dossier.js';

const EX = 'examples/security-guarantees';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-analyze-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('analyze', () => {
  it('prints a summary and writes dossier.json and a self-contained report.html', async () => {
    const out = join(dir, 'report');
    const r = await runCli(['analyze', EX, '--out', out, '--no-color']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toContain(join(out, 'report.html'));
    const written = JSON.parse(readFileSync(join(out, 'dossier.json'), 'utf8'));
    assertValidDossier(written);
    const dossier = dossierSchema.parse(written);
    expect(dossier.stories).toHaveLength(1);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/i);
  });

  it('prints plain text when stdout is not a terminal, even without --no-color', async () => {
    const r = await runCli(['analyze', EX, '--out', join(dir, 'plain')]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('prints the dossier with --json and still exits 1 when one input is bad', async () => {
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
    const r = await runCli(['analyze', EX, join(dir, 'binary.txt'), '--json']);
    expect(r.code).toBe(1);
    assertValidDossier(JSON.parse(r.stdout));
    const dossier = dossierSchema.parse(JSON.parse(r.stdout));
    expect(dossier.articles).toHaveLength(2);
    expect(dossier.problems.map((p) => p.input)).toEqual([join(dir, 'binary.txt')]);
    expect(r.stderr).toMatch(/binary\.txt: looks like a binary file/);
  });

  it('exits 1 with a clear message when nothing can be read', async () => {
    const r = await runCli(['analyze', join(dir, 'nope'), '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'nope')}: no such file or directory`);
  });
});

describe('collection commands', () => {
  it('adds idempotently, lists stories, shows one and searches', async () => {
    const db = join(dir, 'news.db');
    const first = await runCli(['add', EX, '--db', db]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/2 added, 0 updated, 0 unchanged; 2 articles in 1 stories/);
    const again = await runCli(['add', EX, '--db', db, '--json']);
    expect(jsonLines(again.stdout).map((l) => l.status)).toEqual(['unchanged', 'unchanged']);
    // Each added article's line names the story it is in now (both examples tell one story).
    expect(jsonLines(again.stdout).map((l) => l.story)).toEqual(['s1', 's1']);

    const stories = await runCli(['stories', '--db', db, '--json']);
    const list = JSON.parse(stories.stdout) as { stories: { id: string; articles: number; outlets: string[] }[] };
    expect(list.stories).toHaveLength(1);
    expect(list.stories[0]!.articles).toBe(2);

    const show = await runCli(['show', list.stories[0]!.id, '--db', db, '--json']);
    expect(show.code).toBe(0);
    assertValidDossier(JSON.parse(show.stdout));
    const dossier = dossierSchema.parse(JSON.parse(show.stdout));
    expect(dossier.stories[0]!.articles).toHaveLength(2);

    const search = await runCli(['search', 'Normandy', '--db', db, '--json']);
    expect(search.code).toBe(0);
    expect(jsonLines(search.stdout).length).toBe(2);
  });

  it('searches by actor, with or without words, and exports stories in the chosen formats', async () => {
    const db = join(dir, 'news.db');
    const byActor = await runCli(['search', '--actor', 'andrey-kortunov', '--db', db, '--json']);
    expect(byActor.code).toBe(0);
    const hits = jsonLines(byActor.stdout);
    expect(hits).toHaveLength(1);
    expect(String(hits[0]!.snippet)).toContain('Kortunov');
    const both = await runCli(['search', 'Normandy', '--actor', 'andrey-kortunov', '--db', db, '--json']);
    expect(jsonLines(both.stdout)).toHaveLength(1);
    const none = await runCli(['search', '--db', db]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--actor/);

    const out = join(dir, 'exports');
    const exported = await runCli(['export', '--all', '--db', db, '--out', out, '--format', 'json,csv']);
    expect(exported.code).toBe(0);
    const story = JSON.parse((await runCli(['stories', '--db', db, '--json'])).stdout).stories[0].id as string;
    assertValidDossier(JSON.parse(readFileSync(join(out, story, 'dossier.json'), 'utf8')));
    expect(readFileSync(join(out, story, 'claims.csv'), 'utf8').split('\n')[0]).toMatch(/claim/);
    expect(existsSync(join(out, story, 'report.html'))).toBe(false);
    const bad = await runCli(['export', '--all', '--db', db, '--out', out, '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format takes json, html, md, csv/);
  });

  it('refuses a file that is not a store and leaves it untouched', async () => {
    const notDb = join(dir, 'notes.txt');
    writeFileSync(notDb, 'my notes\n');
    const r = await runCli(['add', EX, '--db', notDb]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(notDb);
    expect(readFileSync(notDb, 'utf8')).toBe('my notes\n');
  });

  it('names an unknown story', async () => {
    const db = join(dir, 'news.db');
    const r = await runCli(['show', 'nope', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no story "nope"/);
    expect(existsSync(db)).toBe(true);
  });
});

describe('add to a grouped collection', () => {
  interface Doc {
    id: string;
    published: string;
    text: string;
  }
  const docs = (JSON.parse(readFileSync('test/fixtures/link/collection.json', 'utf8')) as Doc[]).sort((a, b) => a.published.localeCompare(b.published));
  const records = (name: string, batch: Doc[]): string => {
    const file = join(dir, name);
    writeFileSync(file, batch.map((d) => JSON.stringify({ id: d.id, title: d.id, text: d.text, published: d.published })).join('\n'));
    return file;
  };
  const storiesOf = async (db: string): Promise<unknown> => JSON.parse((await runCli(['stories', '--db', db, '--json'])).stdout);

  it('places only the new batch and stores what one add of everything stores', async () => {
    const whole = join(dir, 'whole.db');
    expect((await runCli(['add', records('all.jsonl', docs), '--db', whole])).code).toBe(0);

    const grown = join(dir, 'grown.db');
    const cut = 6;
    expect((await runCli(['add', records('first.jsonl', docs.slice(0, cut)), '--db', grown])).code).toBe(0);
    const adds = vi.spyOn(StoryIndex.prototype, 'add');
    try {
      const second = await runCli(['add', records('second.jsonl', docs.slice(cut)), '--db', grown]);
      expect(second.code).toBe(0);
      // The link stage saw the second batch only, not the whole collection again.
      expect(adds).toHaveBeenCalledTimes(docs.length - cut);
    } finally {
      adds.mockRestore();
    }
    const store = await openStore(grown, { readonly: true });
    try {
      expect((JSON.parse((await store.loadLinkState())!) as { covered: unknown[] }).covered).toHaveLength(docs.length);
    } finally {
      await store.close();
    }
    const stories = (await storiesOf(grown)) as { stories: unknown[] };
    expect(stories.stories.length).toBeGreaterThan(1);
    expect(stories).toEqual(await storiesOf(whole));
  });
});
