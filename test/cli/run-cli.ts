// Runs the CLI in-process with captured streams.
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): Writable & { text: string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as Writable & { text: string };
  Object.defineProperty(stream, 'text', { get: () => chunks.join('') });
  return stream;
}

export async function runCli(args: string[], stdin?: string): Promise<CliResult> {
  const stdout = sink();
  const stderr = sink();
  const code = await main(args, {
    stdout,
    stderr,
    readStdin: async () => Buffer.from(stdin ?? ''),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export function jsonLines(text: string): Record<string, unknown>[] {
  return text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}
