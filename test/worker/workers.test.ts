// Four worker processes share one PostgreSQL collection: the same 2,000 articles queued twice end
// up stored once each, grouped exactly as a single worker groups them.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { runCli } from '../cli/run-cli.js';
import { usePostgres } from '../store/postgres-server.js';
import { syntheticCollection } from './collection.js';

const server = usePostgres();
const ARTICLES = Number(process.env.WORKER_TEST_ARTICLES ?? 2000);
const child = fileURLToPath(new URL('./cli-child.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-worker-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runWorker(db: string, concurrency: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', child, 'worker', '--db', db, '--concurrency', String(concurrency), '--drain', '--json'];
    const proc = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    proc.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const safety = setTimeout(() => proc.kill("SIGKILL"), 170_000);
    proc.on('error', reject);
    proc.on('close', (code) => {
      clearTimeout(safety);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The grouping as sets of article ids, independent of story ids and order. */
async function partition(store: Store): Promise<string[]> {
  const groups: string[] = [];
  for (const summary of await store.stories()) {
    const story = await store.story(summary.id);
    groups.push((story?.articles.map((a) => a.id) ?? []).sort().join(' '));
  }
  return groups.sort();
}

describe('corroborate worker', () => {
  it('four workers store each of 2,000 articles once, queued twice, and group them like one worker', async () => {
    const records = syntheticCollection(ARTICLES, 40);
    const file = join(dir, 'collection.jsonl');
    writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n'));
    const shared = await server().createDatabase('shared');
    const single = await server().createDatabase('single');

    // Queued twice before any worker runs: both ingest jobs, and both copies of every article, race.
    for (const db of [shared, shared, single]) {
      const queued = await runCli(['add', file, '--db', db, '--queue']);
      expect(queued.stderr).toBe('');
      expect(queued.code).toBe(0);
      expect(queued.stdout).toMatch(/queued 1 job/);
    }
    const runs = await Promise.all([...[1, 2, 3, 4].map(() => runWorker(shared, 2)), runWorker(single, 1)]);
    for (const run of runs) {
      if (run.code !== 0) console.log(run.stderr.slice(0, 3000));
      expect(run.stderr).toMatch(/worker finished: .* 0 failed, 0 to retry/);
      expect(run.code).toBe(0);
    }
    const reports = runs.slice(0, 4).flatMap((run) => run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>));
    const analyze = reports.filter((r) => r.kind === 'analyze');
    expect(analyze).toHaveLength(2 * ARTICLES);
    expect(analyze.filter((r) => r.status === "added")).toHaveLength(ARTICLES);
    expect(new Set(runs.slice(0, 4).map((r) => r.stdout.length > 0)).size).toBe(1); // every worker took jobs

    const a = await openStore(shared);
    const b = await openStore(single);
    try {
      const articles = await a.articles();
      expect(articles).toHaveLength(ARTICLES);
      expect(new Set(articles.map((s) => s.article.input)).size).toBe(ARTICLES);
      for (const s of articles.slice(0, 50)) expect((await a.versions(s.id)).length).toBe(1);
      expect(await a.integrityCheck()).toBe('ok');
      const groups = await partition(a);
      expect(groups.length).toBeGreaterThanOrEqual(30);
      expect(groups.length).toBeLessThanOrEqual(60);
      expect(groups).toEqual(await partition(b));
    } finally {
      await a.close();
      await b.close();
    }
  }, 180_000);
});
