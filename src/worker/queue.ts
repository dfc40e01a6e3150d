// The job queue of a PostgreSQL store: a table in the store's own schema (migration 2), taken
// from with FOR UPDATE SKIP LOCKED so any number of worker processes share it without two taking
// the same job. A running job carries a lease; one whose worker died is taken again once it passes.
import type pg from 'pg';
import type { SourceDocument } from '../types.js';

export type JobPayload =
  | { kind: 'ingest'; path: string; published?: string }
  | { kind: 'ingest'; record: unknown; label: string; published?: string }
  | { kind: 'analyze'; document: SourceDocument; published?: string }
  | { kind: 'link' };

export interface Job {
  id: number;
  attempts: number;
  maxAttempts: number;
  payload: JobPayload;
}

/** Regroups wait this long after being queued, so a burst of adds shares one. */
const LINK_DELAY_MS = 300;

export class JobQueue {
  constructor(private readonly pool: pg.Pool) {}

  /** Queues jobs in one statement (or on `client`, inside its transaction). A queued link job absorbs new ones. */
  async enqueue(jobs: readonly JobPayload[], client: pg.Pool | pg.PoolClient = this.pool): Promise<void> {
    const plain = jobs.filter((job) => job.kind !== 'link');
    if (plain.length > 0) {
      await client.query(`INSERT INTO jobs (kind, payload) SELECT * FROM unnest($1::text[], $2::text[])`, [
        plain.map((job) => job.kind),
        plain.map((job) => JSON.stringify(job)),
      ]);
    }
    if (jobs.some((job) => job.kind === 'link')) {
      await client.query(
        `INSERT INTO jobs (kind, payload, run_after) VALUES ('link', '{"kind":"link"}', now() + $1::int * interval '1 millisecond')
         ON CONFLICT (kind) WHERE kind = 'link' AND state = 'queued' DO NOTHING`,
        [LINK_DELAY_MS],
      );
    }
  }

  /**
   * Takes the oldest ready job for `worker`, or undefined. Regroups come last: they are worth
   * running only once the adds before them are done.
   */
  async claim(worker: string, leaseMs: number): Promise<Job | undefined> {
    const result = await this.pool.query<{ id: string; attempts: number; max_attempts: number; payload: string }>(
      `UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $1,
              locked_until = now() + $2::int * interval '1 millisecond'
       WHERE id = (
         SELECT id FROM jobs
         WHERE (state = 'queued' AND run_after <= now()) OR (state = 'running' AND locked_until < now())
         ORDER BY (kind = 'link'), id
         FOR UPDATE SKIP LOCKED LIMIT 1)
       RETURNING id, attempts, max_attempts, payload`,
      [worker, leaseMs],
    );
    const row = result.rows[0];
    if (!row) return undefined;
    return { id: Number(row.id), attempts: row.attempts, maxAttempts: row.max_attempts, payload: JSON.parse(row.payload) as JobPayload };
  }

  /** Marks a job done and queues what it leads to, atomically: a retried job never queues twice. */
  async complete(job: Job, next: readonly JobPayload[] = []): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await this.enqueue(next, client);
      await client.query(`UPDATE jobs SET state = 'done', finished_at = now(), locked_until = NULL WHERE id = $1`, [job.id]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Records a failure; the job is retried later (backing off) unless `permanent` or out of attempts. */
  async fail(job: Job, message: string, permanent: boolean): Promise<'retry' | 'failed'> {
    const final = permanent || job.attempts >= job.maxAttempts;
    await this.pool.query(
      `UPDATE jobs SET state = $2, last_error = $3, locked_until = NULL,
              run_after = now() + $4::int * interval '1 second', finished_at = CASE WHEN $2 = 'failed' THEN now() END
       WHERE id = $1`,
      [job.id, final ? 'failed' : 'queued', message, 2 ** job.attempts],
    );
    return final ? 'failed' : 'retry';
  }

  /** Jobs not finished yet: queued (ready or waiting) and running. */
  async pending(): Promise<{ queued: number; running: number }> {
    const result = await this.pool.query<{ queued: string; running: string }>(
      `SELECT count(*) FILTER (WHERE state = 'queued') AS queued, count(*) FILTER (WHERE state = 'running') AS running
       FROM jobs WHERE state IN ('queued', 'running')`,
    );
    return { queued: Number(result.rows[0]?.queued ?? 0), running: Number(result.rows[0]?.running ?? 0) };
  }
}
