import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import { storeBackends } from './backends.js';
import { runAddLoop, type ChildRun } from './child.js';
import { tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

describe.each(storeBackends())('concurrent writers ($name)', (backend) => {
  it('two processes adding the same articles at once add each exactly once', async () => {
    const path = await backend.fresh();
    const steps = backend.name === 'postgres' ? 60 : 240; // steps 0,1,3,4,6,… add an article; every third step revises one
    // Both children open the store, then wait for the barrier file, so their loops run together.
    const barrier = join(dir, `go-${backend.name}`);
    let ready = 0;
    const onReady = (): void => {
      if (++ready === 2) writeFileSync(barrier, '');
    };
    const runs = await Promise.all([
      runAddLoop(path, 'same', { count: steps, barrier, onReady }),
      runAddLoop(path, 'same', { count: steps, barrier, onReady }),
    ]);
    const [a, b] = runs as [ChildRun, ChildRun];
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.committed).toHaveLength(steps);
    }
    expect(a.firstAddAt < b.lastAddAt && b.firstAddAt < a.lastAddAt, 'the two writers overlapped').toBe(true);
    const distinct = Math.ceil((steps * 2) / 3);
    const added = runs.flatMap((run) => run.committed).filter((c) => c.status === 'added');
    expect(added).toHaveLength(distinct);
    expect(new Set(added.map((c) => c.id)).size).toBe(distinct);

    const store = await openStore(path);
    try {
      expect(await store.integrityCheck()).toBe('ok');
      const articles = await store.articles();
      expect(articles).toHaveLength(distinct);
      for (const { id } of articles) {
        const versions = await store.versions(id);
        expect(versions.map((v) => v.version)).toEqual(versions.map((_, i) => i + 1));
        // A version is only ever made by content that differs from the one before it.
        for (let i = 1; i < versions.length; i++) {
          expect(versions[i]?.contentHash).not.toBe(versions[i - 1]?.contentHash);
        }
      }
    } finally {
      await store.close();
    }
  }, 60_000);
});
