// analyze starts its worker threads while the inputs are read: as soon as the documents read so far ask for
// them, then fitted to the final count (or closed when the documents are few enough for this thread).
import { describe, expect, it } from 'vitest';
import { EarlyPool } from '../../src/cli/early-pool.js';
import type { ArticlePool } from '../../src/pipeline/index.js';

/** A stand-in pool that records what was asked of it (no threads). */
function fakeStart() {
  const log: string[] = [];
  const start = (workers: number) => {
    log.push(`start ${workers}`);
    let size = workers;
    return {
      get size() {
        return size;
      },
      resize: (n: number) => {
        log.push(`resize ${n}`);
        size = n;
      },
      close: async () => {
        log.push('close');
      },
    } as unknown as ArticlePool;
  };
  return { log, start };
}

describe('EarlyPool', () => {
  it('starts the threads once enough documents are read, not before', async () => {
    const { log, start } = fakeStart();
    const early = new EarlyPool({ workers: undefined }, start);
    for (let n = 1; n < 8; n++) early.seen(n);
    expect(log).toEqual([]);
    early.seen(8);
    early.seen(9);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/^start [1-9]/);
    const pool = await early.fit(20);
    expect(pool).toBeDefined();
    await early.close();
    expect(log.at(-1)).toBe('close');
  });

  it('starts at the first document when the worker count is given, and shrinks to the documents read', async () => {
    const { log, start } = fakeStart();
    const early = new EarlyPool({ workers: '4' }, start);
    early.seen(1);
    expect(log).toEqual(['start 4']);
    const pool = await early.fit(3);
    expect(pool?.size).toBe(3);
    expect(log).toEqual(['start 4', 'resize 3']);
    await early.close();
  });

  it('closes threads it started when no document is left for them, and runs few documents in this thread', async () => {
    const { log, start } = fakeStart();
    const early = new EarlyPool({ workers: '2' }, start);
    early.seen(1);
    expect(await early.fit(0)).toBeUndefined();
    expect(log).toEqual(['start 2', 'close']);
    const few = new EarlyPool({}, start);
    for (let n = 1; n <= 3; n++) few.seen(n);
    expect(await few.fit(3)).toBeUndefined();
    expect(log).toEqual(['start 2', 'close']);
  });

  it('refuses bad flags before any input is read', () => {
    expect(() => new EarlyPool({ workers: 'many' })).toThrow(/--workers must be a whole number/);
  });
});
