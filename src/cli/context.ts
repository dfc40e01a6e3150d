// What a command needs from the outside world; tests pass their own streams.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { IngestOptions } from '../ingest/index.js';
import type { LimitOptions } from '../limits/index.js';
import { openStore, StoreError, type OpenOptions, type Store } from '../store/index.js';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readStdin?: () => Promise<Uint8Array>;
}

/** Set when any input failed; the command still finishes the others. Carries the input options of the command. */
export class RunState {
  failed = false;
  ingest: IngestOptions = {};
}

export class UsageError extends Error {}

export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function warn(io: Io, text: string): void {
  io.stderr.write(`corroborate: ${text}\n`);
}

export function writeJsonLine(io: Io, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value)}\n`);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

export function checkDate(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) throw new UsageError(`${option} must be a date like 2022-02-17, not "${value}"`);
  return value;
}

export interface InputFlags {
  robots?: boolean;
  timeout?: string;
  maxBytes?: string;
  hostDelay?: string;
  maxLinks?: string;
}

function positive(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${option} must be a positive number, not "${value}"`);
  return n;
}

/** The ingest options the input flags of a command ask for. */
export function ingestOptionsFrom(flags: InputFlags): IngestOptions {
  const timeout = positive(flags.timeout, '--timeout');
  const maxBytes = positive(flags.maxBytes, '--max-bytes');
  const hostDelay = flags.hostDelay === '0' ? 0 : positive(flags.hostDelay, '--host-delay');
  const maxLinks = positive(flags.maxLinks, '--max-links');
  return {
    ...(maxBytes !== undefined ? { maxBytes: Math.floor(maxBytes) } : {}),
    web: {
      robots: flags.robots !== false,
      ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
      ...(hostDelay !== undefined ? { hostDelayMs: hostDelay } : {}),
      ...(maxLinks !== undefined ? { maxLinks: Math.floor(maxLinks) } : {}),
    },
  };
}

export interface PipelineFlags {
  workers?: string;
  stageTimeout?: string;
  maxArticleChars?: string;
  workerMemory?: string;
}

/** --stage-timeout: the same budget per input for extract and read and per story for link and dossier. */
function budgets(ms: number | null): Pick<LimitOptions, 'stageMs' | 'storyMs'> {
  return { stageMs: { extract: ms, read: ms }, storyMs: { link: ms, dossier: ms } };
}

/** Below this many documents, worker threads cost more to start than they save. */
const POOL_FROM = 8;

/**
 * Worker count and limits for the per-article stages. Time budgets are enforced only in worker threads,
 * so an explicit --stage-timeout always gets at least one worker.
 */
export function pipelineOptionsFrom(flags: PipelineFlags, documents: number): { workers: number; limits: LimitOptions } {
  const stageSeconds = flags.stageTimeout === undefined ? undefined : Number(flags.stageTimeout);
  if (stageSeconds !== undefined && (!Number.isFinite(stageSeconds) || stageSeconds < 0)) {
    throw new UsageError(`--stage-timeout must be a number of seconds (0 for none), not "${flags.stageTimeout}"`);
  }
  let workers: number;
  if (flags.workers !== undefined) {
    workers = Number(flags.workers);
    if (!Number.isInteger(workers) || workers < 0) throw new UsageError(`--workers must be a whole number (0 = this thread), not "${flags.workers}"`);
  } else {
    workers = documents >= POOL_FROM || (stageSeconds !== undefined && stageSeconds > 0) ? availableParallelism() : 0;
  }
  const maxArticleChars = positive(flags.maxArticleChars, '--max-article-chars');
  const workerHeapMb = positive(flags.workerMemory, '--worker-memory');
  const limits: LimitOptions = {
    ...(maxArticleChars !== undefined ? { maxArticleChars: Math.floor(maxArticleChars) } : {}),
    ...(workerHeapMb !== undefined ? { workerHeapMb: Math.floor(workerHeapMb) } : {}),
    ...(stageSeconds !== undefined ? budgets(stageSeconds ? stageSeconds * 1000 : null) : {}),
  };
  return { workers, limits };
}

/**
 * Colour only on a terminal, never with --no-color or NO_COLOR set. Commander gives `--no-color` options a
 * default of true, so `true` means "not turned off", not "forced on".
 */
export function useColor(flag: boolean | undefined, io: Io): boolean {
  if (flag === false || process.env.NO_COLOR) return false;
  return Boolean(io.stdout.isTTY);
}

/** Open a collection for a command: a store error (bad path, not a store, newer schema) is a usage error. */
export async function openCollection(target: string, options?: OpenOptions & { connections?: number }): Promise<Store> {
  try {
    return await openStore(target, options);
  } catch (error) {
    if (error instanceof StoreError) throw new UsageError(error.message);
    throw error;
  }
}

/** An abort signal raised by the first SIGINT or SIGTERM, for commands that run until stopped; `release` unhooks it. */
export function stopSignal(): { signal: AbortSignal; release: () => void } {
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    signal: stop.signal,
    release: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
