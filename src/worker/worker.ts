// A worker process: takes jobs from the store's queue, `concurrency` at a time, until stopped (or,
// with `drain`, until no job is queued or running anywhere).
import { hostname } from 'node:os';
import type { PgStore } from '../store/index.js';
import { runJob, PermanentJobError } from './jobs.js';
import { JobQueue, type Job } from './queue.js';

export interface WorkerOptions {
  concurrency: number;
  /** Exit once the queue is empty and no job runs anywhere. */
  drain?: boolean;
  /** How long a job may run before another worker may take it over (default 5 minutes). */
  leaseMs?: number;
  /** How often an idle worker looks for jobs (default 250 ms). */
  pollMs?: number;
  /** Called after each job. */
  onJob?: (report: JobReport) => void;
  /** Aborting stops taking jobs; running jobs finish. */
  signal?: AbortSignal;
}

export interface JobReport {
  job: number;
  kind: string;
  status: 'done' | 'retry' | 'failed';
  error?: string;
  [detail: string]: unknown;
}

export interface WorkerSummary {
  done: Record<string, number>;
  failed: number;
  retried: number;
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

export async function runWorker(store: PgStore, options: WorkerOptions): Promise<WorkerSummary> {
  const queue = new JobQueue(store.connections);
  const name = `${hostname()}:${process.pid}`;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const pollMs = options.pollMs ?? 250;
  const summary: WorkerSummary = { done: {}, failed: 0, retried: 0 };

  const handle = async (job: Job): Promise<void> => {
    let report: JobReport;
    try {
      const outcome = await runJob(job.payload, store);
      await queue.complete(job, outcome.next);
      summary.done[job.payload.kind] = (summary.done[job.payload.kind] ?? 0) + 1;
      report = { job: job.id, kind: job.payload.kind, status: 'done', ...outcome.detail };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const status = await queue.fail(job, message, error instanceof PermanentJobError);
      if (status === 'failed') summary.failed++;
      else summary.retried++;
      report = { job: job.id, kind: job.payload.kind, status, error: message };
    }
    options.onJob?.(report);
  };

  const lane = async (): Promise<void> => {
    while (!options.signal?.aborted) {
      const job = await queue.claim(name, leaseMs);
      if (job) {
        await handle(job);
        continue;
      }
      if (options.drain) {
        const { queued, running } = await queue.pending();
        if (queued === 0 && running === 0) return;
      }
      await sleep(pollMs, options.signal);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, lane));
  return summary;
}
