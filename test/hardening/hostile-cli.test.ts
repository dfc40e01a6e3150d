// The reduced hostile corpus (one or a few inputs per class, small sizes) through the CLI: `analyze`
// must finish with a valid dossier that accounts for every input, and `add` must keep what a store
// already holds, with the SQLite file intact.
import { mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASSES, classInputs, makeHostileCorpus, type HostileInput } from '../../scripts/make-hostile-corpus.js';
import { runCli, jsonLines } from '../cli/run-cli.js';
import { assertValidDossier } from '../support/validate-dossier.js';
import { dossierSchema } from '../../src/dossier/index.js';

const SEEDS = ['examples/security-guarantees/000_e65738cb91f1e9d0.txt', 'examples/security-guarantees/004_d99e5f2553e52203.txt'];

let dir: string;
let corpus: HostileInput[];
const inputs = () => CLASSES.flatMap((kind) => classInputs(join(dir, kind)));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-hostile-'));
  corpus = makeHostileCorpus(join(dir, 'corpus'), { small: true });
  dir = join(dir, 'corpus');
});
afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

describe('hostile inputs through the CLI', () => {
  it('generates every class', () => {
    expect(new Set(corpus.map((c) => c.kind))).toEqual(new Set(CLASSES));
    expect(corpus.length).toBeGreaterThanOrEqual(50);
    for (const kind of CLASSES) expect(readdirSync(join(dir, kind)).length).toBeGreaterThan(0);
  });

  it('analyze ends with a valid dossier in which every input is an article or a problem', async () => {
    // CPU time, not wall time: the shared CI machine can be many times oversubscribed.
    const cpu0 = process.cpuUsage();
    const r = await runCli(['analyze', ...SEEDS, ...inputs(), '--json']);
    expect(r.code).toBe(1); // some inputs are bad, and the run says so
    const raw = JSON.parse(r.stdout) as unknown;
    assertValidDossier(raw);
    const dossier = dossierSchema.parse(raw);
    // The real articles come through alongside the hostile ones.
    expect(dossier.articles.map((a) => a.input)).toEqual(expect.arrayContaining(SEEDS));
    const accounted = new Set([...dossier.articles.map((a) => a.input), ...dossier.problems.map((p) => p.input)]);
    for (const { path } of corpus) {
      // A JSON(L) file's records are named by their ids, so a file counts when any entry starts with it or names it.
      const named = [...accounted].some((id) => id === path || id.startsWith(`${path}:`)) || dossier.problems.some((p) => p.message.includes(path));
      const isRecords = /\.jsonl?$/.test(path);
      if (!isRecords) expect(named, `${path} is neither an article nor a problem`).toBe(true);
    }
    for (const article of dossier.articles) expect(dossier.stories.filter((s) => s.articles.includes(article.id))).toHaveLength(1);
    const cpu = process.cpuUsage(cpu0);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(30_000);
  }, 180_000);

  it('add keeps the articles stored before a hostile batch, and the store passes its integrity check', async () => {
    const db = join(dir, '..', 'store.sqlite');
    const first = await runCli(['add', ...SEEDS, '--db', db, '--json']);
    expect(first.code).toBe(0);
    const before = jsonLines(first.stdout).map((l) => l.id);
    expect(before).toHaveLength(2);
    const second = await runCli(['add', ...inputs(), '--db', db, '--json']);
    expect([0, 1]).toContain(second.code);
    const sqlite = new Database(db, { readonly: true });
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = (sqlite.prepare('SELECT id FROM articles').all() as { id: string }[]).map((r) => r.id);
      for (const id of before) expect(stored).toContain(id);
    } finally {
      sqlite.close();
    }
    const stories = await runCli(['stories', '--db', db, '--json']);
    expect(stories.code).toBe(0);
  }, 180_000);
});
