// What a command needs from the outside world; tests pass their own streams.
import { readFileSync } from 'node:fs';
import type { IngestOptions } from '../ingest/index.js';

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
