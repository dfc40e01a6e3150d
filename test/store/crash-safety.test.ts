import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { runAddLoop } from './child.js';
import { storeBackends } from './backends.js';


describe.each(storeBackends())('crash safety ($name)', (backend) => {
  it('keeps every committed article when the writer is killed at random points, twenty times over', async () => {
    const path = await backend.fresh();
    let total = 0;
    // Different delays land the kill at different points of the add loop; the store is reused,
    // so each round also starts from a store recovered after the previous kill.
    // Kill points drawn from a fixed-seed generator, so a failure can be replayed.
    let seed = 20221217;
    const nextDelay = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 300;
    };
    for (const [round, delayMs] of Array.from({ length: 20 }, nextDelay).entries()) {
      const result = await runAddLoop(path, `r${round}`, { kill: { afterAdds: 3, delayMs } });
      expect(result.stderr).toBe('');
      expect(result.signal).toBe('SIGKILL');
      expect(result.committed.length).toBeGreaterThanOrEqual(3);
      total += result.committed.length;

      const store = await openStore(path);
      try {
        expect(await store.integrityCheck()).toBe('ok');
        for (const { id, version } of result.committed) {
          const stored = await store.article(id);
          expect(stored, `article ${id} reported committed in round ${round}`).toBeDefined();
          expect(stored?.version).toBeGreaterThanOrEqual(version);
          expect((await store.versions(id)).map((v) => v.version)).toContain(version);
        }
        // The recovered store is searchable and its stories point at stored articles.
        expect((await store.search(`"Round r${round}"`)).length).toBeGreaterThan(0);
        for (const story of await store.stories()) expect(story.articles).toBeGreaterThan(0);
      } finally {
        await store.close();
      }
    }
    expect(total).toBeGreaterThan(60);
  }, 180_000);
});
