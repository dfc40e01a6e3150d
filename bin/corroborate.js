#!/usr/bin/env node
// Runs the compiled CLI; `npm install` builds dist/ through the prepare script.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('corroborate: dist/ is missing; run `npm install` (or `npm run build`) in the package folder first.\n');
  process.exit(2);
}
// A reader that stops early (`| head`) closes the pipe: stop quietly instead of failing on the next write.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
const args = process.argv.slice(2);
const heap = await import(new URL('../dist/cli/heap.js', import.meta.url).href);
let plan = null;
try {
  plan = heap.heapPlan({
    argv: args,
    env: process.env,
    execArgv: process.execArgv,
    totalMb: totalmem() / 2 ** 20,
    constrainedMb: (process.constrainedMemory?.() ?? 0) / 2 ** 20,
    limitMb: getHeapStatistics().heap_size_limit / 2 ** 20,
  });
} catch (error) {
  process.stderr.write(`corroborate: ${error.message}\n`);
  process.exit(2);
}

if (plan === null) {
  const { main } = await import(entry.href);
  process.exitCode = await main(args);
} else {
  // Whole-collection commands run in a child with a heap sized to the machine (see src/cli/heap.ts).
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${plan}`, fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
    env: { ...process.env, [heap.HEAP_SET_VARIABLE]: String(plan) },
  });
  // A terminal's Ctrl-C reaches both processes; a signal sent to this one alone is passed on.
  const forward = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
  child.on('error', (error) => {
    process.stderr.write(`corroborate: could not start Node for ${args[0]}: ${error.message}\n`);
    process.exit(2);
  });
  child.on('exit', (code, signal) => {
    if (heap.ranOutOfHeap(code, signal)) process.stderr.write(heap.outOfHeapMessage(args[0], plan));
    if (signal && signal !== 'SIGABRT') {
      process.off(signal, forward);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 134);
  });
}
