// What a command needs from the outside world; tests pass their own streams.
import { readFileSync } from 'node:fs';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readStdin?: () => Promise<Uint8Array>;
}

/** Set when any input failed; the command still finishes the others. */
export class RunState {
  failed = false;
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
