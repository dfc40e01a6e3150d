// `corroborate worker --db postgres://…`: one worker process of a shared collection.
import type { Io } from '../cli/context.js';
import { openCollection, stopSignal, UsageError, writeJsonLine } from '../cli/context.js';
import { isPostgresTarget, redactTarget, type PgStore } from '../store/index.js';
import { runWorker } from './worker.js';

export async function workerCommand(
  options: { db: string; concurrency?: string; drain?: boolean; json?: boolean },
  io: Io,
): Promise<void> {
  if (!isPostgresTarget(options.db)) {
    throw new UsageError(`workers share a PostgreSQL store: give --db postgres://…, not "${options.db}"`);
  }
  const concurrency = options.concurrency === undefined ? 1 : Number(options.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new UsageError(`--concurrency must be a whole number from 1 to 64, not "${options.concurrency}"`);
  }
  // One connection per job in flight, plus one for taking jobs and one for a regroup's lock.
  const store = (await openCollection(options.db, { connections: concurrency + 2 })) as PgStore;
  const { signal, release } = stopSignal();
  try {
    const summary = await runWorker(store, {
      concurrency,
      drain: options.drain,
      signal,
      onJob: (report) => {
        if (options.json) writeJsonLine(io, report);
        else if (report.status !== 'done') io.stderr.write(`corroborate worker: job ${report.job} (${report.kind}) ${report.status}: ${report.error}\n`);
      },
    });
    const done = Object.entries(summary.done).map(([kind, n]) => `${kind} ${n}`).join(', ') || 'none';
    io.stderr.write(`${redactTarget(options.db)}: worker finished: jobs done (${done}), ${summary.failed} failed, ${summary.retried} to retry\n`);
  } finally {
    release();
    await store.close();
  }
}
