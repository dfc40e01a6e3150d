// A regroup killed at any point leaves the stored grouping and the saved index of one moment: the
// stories are exactly what a batch regroup of the articles the saved index covers gives, and the next
// regroup (from that snapshot and log) stores what a batch regroup of the whole collection gives.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { StoryIndex } from '../../src/link/index.js';
import { toLinkInput } from '../../src/pipeline/index.js';
import { openStore, type Store, type StoredArticle } from '../../src/store/index.js';
import { canonicalOrder, placeStories, titleFor } from '../../src/worker/regroup.js';
import { tempDir } from './helpers.js';

const script = fileURLToPath(new URL('../fixtures/store/regroup-loop.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const { dir, cleanup } = tempDir();
afterAll(cleanup);

/** Runs the loop until it has reported `after` regroups, then SIGKILLs it `delayMs` later. */
function runUntilKilled(path: string, after: number, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, path], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      lines += chunk.split('\n').length - 1;
      if (lines >= after) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const safety = setTimeout(() => child.kill('SIGKILL'), 40_000);
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(safety);
      if (signal !== 'SIGKILL') reject(new Error(`the loop ended by itself: ${stderr}`));
      else resolve(lines);
    });
  });
}

async function stored(store: Store): Promise<unknown> {
  return Promise.all(
    (await store.stories()).map(async (s) => {
      const story = (await store.story(s.id))!;
      return { id: s.id, title: s.title, articles: story.articles.map((a) => a.id), reasons: story.reasons };
    }),
  );
}

function batch(articles: StoredArticle[]): unknown {
  const all = canonicalOrder(articles);
  const index = new StoryIndex();
  for (const s of all) index.add({ ...toLinkInput({ article: s.article, reading: s.reading }), id: s.id });
  const byId = new Map(all.map((s) => [s.id, s]));
  return index.stories().map((g) => ({ id: g.id, title: titleFor(g.articles.map((id) => byId.get(id)!)), articles: g.articles, reasons: g.reasons }));
}

describe('a killed regroup', () => {
  it('never leaves a grouping that does not match its saved index', async () => {
    const path = join(dir, 'collection.db');
    for (const [round, delayMs] of [5, 23, 41].entries()) {
      await runUntilKilled(path, 2 + (round % 3), delayMs);
      const store = await openStore(path);
      try {
        expect(await store.integrityCheck()).toBe('ok');
        const { snapshot, log } = await store.loadLinkLog();
        const covered = [...(JSON.parse(snapshot!) as { covered: [string, number][] }).covered, ...log].map(([id]) => id);
        const all = await store.articles();
        const inIndex = new Set(covered);
        expect(await stored(store)).toEqual(batch(all.filter((s) => inIndex.has(s.id))));
        await placeStories(store);
        expect(await stored(store)).toEqual(batch(all));
      } finally {
        await store.close();
      }
    }
  }, 120_000);
});
