import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../fixtures/store/add-loop.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface Committed {
  id: string;
  version: number;
  status: string;
}

export interface ChildRun {
  /** Every add the child reported, each printed only after its transaction committed. */
  committed: Committed[];
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** Date.now() when the first and the last add was reported. */
  firstAddAt: number;
  lastAddAt: number;
}

/**
 * Runs test/fixtures/store/add-loop.ts against `path`. With `kill`, SIGKILLs it `delayMs` after it
 * has reported `afterAdds` commits; with `count`, lets it add that many and exit.
 */
export function runAddLoop(
  path: string,
  round: string,
  how: { count: number; barrier?: string; onReady?: () => void } | { kill: { afterAdds: number; delayMs: number } },
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', script, path, round, ...('count' in how ? [String(how.count)] : [])];
    const env = 'count' in how && how.barrier ? { ...process.env, STORE_TEST_BARRIER: how.barrier } : process.env;
    const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let firstAddAt = 0;
    let lastAddAt = 0;
    let stderr = '';
    let armed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (chunk.startsWith('ready\n') && 'count' in how) how.onReady?.();
      if (/^[0-9a-f]/m.test(chunk)) {
        lastAddAt = Date.now();
        firstAddAt ||= lastAddAt;
      }
      if ('kill' in how && !armed && stdout.split('\n').length > how.kill.afterAdds) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), how.kill.delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const safety = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(safety);
      // A line without its newline may have been cut by the kill: count only complete lines.
      const committed = stdout
        .split('\n')
        .slice(0, -1)
        .filter((line) => line !== 'ready')
        .map((line) => {
          const [id = '', version = '', status = ''] = line.split(' ');
          return { id, version: Number(version), status };
        });
      resolve({ committed, code, signal, stderr, firstAddAt, lastAddAt });
    });
  });
}
