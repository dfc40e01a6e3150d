// Worker threads for `analyze`, started while the inputs are still being read: each thread loads the
// pipeline's modules and warms up (some 0.7 s of CPU) meanwhile, instead of after the last input.
// The worker count depends on how many documents there are (none below a few), so the threads start as soon
// as the count read so far asks for them, and the pool is fitted to the final count afterwards.
import { startWorkers, type ArticlePool } from '../pipeline/index.js';
import type { LimitOptions } from '../limits/index.js';
import { pipelineOptionsFrom, type PipelineFlags } from './context.js';

type Start = (workers: number, limits: LimitOptions) => ArticlePool;

export class EarlyPool {
  private pool: ArticlePool | undefined;

  /** Checks the flags at once (a bad one is a usage error before any input is read). */
  constructor(
    private readonly flags: PipelineFlags,
    private readonly start: Start = startWorkers,
  ) {
    pipelineOptionsFrom(flags, 0);
  }

  /** Another document was read (`count` so far): starts the threads once that many documents need them. */
  seen(count: number): void {
    if (this.pool) return;
    const { workers, limits } = pipelineOptionsFrom(this.flags, count);
    if (workers > 0) this.pool = this.start(workers, limits);
  }

  /**
   * The pool for `documents` documents, as analyzeAsync would size its own (never more threads than
   * documents), or undefined when they are to be analysed in this thread.
   */
  async fit(documents: number): Promise<ArticlePool | undefined> {
    const workers = Math.min(pipelineOptionsFrom(this.flags, documents).workers, documents);
    if (workers <= 0) {
      await this.close();
      return undefined;
    }
    this.seen(documents);
    this.pool?.resize(workers);
    return this.pool;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.close();
  }
}
