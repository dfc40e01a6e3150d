// Whole-collection commands re-run in a child Node with a heap sized to the machine (src/cli/heap.ts).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { heapPlan, outOfHeapMessage, ranOutOfHeap, type HeapContext } from '../../src/cli/heap.js';

const machine = (over: Partial<HeapContext> = {}): HeapContext => ({
  argv: ['analyze', 'in'],
  env: {},
  execArgv: [],
  totalMb: 24_000,
  constrainedMb: 0,
  limitMb: 4_144,
  ...over,
});

describe('heapPlan', () => {
  it('gives whole-collection commands three quarters of the memory', () => {
    expect(heapPlan(machine())).toBe(18_000);
    expect(heapPlan(machine({ argv: ['group', 'x'] }))).toBe(18_000);
    expect(heapPlan(machine({ argv: ['reuse', 'a', 'b'] }))).toBe(18_000);
  });

  it('takes a container limit below the machine memory', () => {
    expect(heapPlan(machine({ constrainedMb: 8_000 }))).toBe(6_000);
  });

  it('runs in place for other commands, a child, a heap set through Node, or a small machine', () => {
    for (const argv of [['read', 'x'], ['serve'], ['watch', 'f'], ['--version'], []]) expect(heapPlan(machine({ argv }))).toBeNull();
    expect(heapPlan(machine({ env: { CORROBORATE_HEAP_SET: '18000' } }))).toBeNull();
    expect(heapPlan(machine({ execArgv: ['--max-old-space-size=9000'] }))).toBeNull();
    expect(heapPlan(machine({ env: { NODE_OPTIONS: '--enable-source-maps --max-old-space-size=9000' } }))).toBeNull();
    // 75 % of 6 GB is 4.5 GB: not a quarter more than the default 4.1 GB.
    expect(heapPlan(machine({ totalMb: 6_000 }))).toBeNull();
  });

  it('follows CORROBORATE_HEAP_MB, and refuses a value that is not a whole number', () => {
    expect(heapPlan(machine({ env: { CORROBORATE_HEAP_MB: '3000' } }))).toBe(3_000);
    expect(heapPlan(machine({ env: { CORROBORATE_HEAP_MB: '0' } }))).toBeNull();
    expect(() => heapPlan(machine({ env: { CORROBORATE_HEAP_MB: '2GB' } }))).toThrow(/CORROBORATE_HEAP_MB must be a whole number.*"2GB"/);
  });

  it('tells a heap abort from other ends', () => {
    expect(ranOutOfHeap(134, null)).toBe(true);
    expect(ranOutOfHeap(null, 'SIGABRT')).toBe(true);
    expect(ranOutOfHeap(1, null)).toBe(false);
    expect(ranOutOfHeap(null, 'SIGTERM')).toBe(false);
    expect(outOfHeapMessage('analyze', 512)).toMatch(/corroborate analyze: ran out of memory with a 512 MB heap.*corroborate add/);
  });
});

describe('bin/corroborate.js with a heap of its own', () => {
  const run = (args: string[], heap: string) =>
    spawnSync(process.execPath, ['bin/corroborate.js', ...args], { encoding: 'utf8', env: { ...process.env, CORROBORATE_HEAP_MB: heap } });

  it('gives the same output and exit status as a run in place', () => {
    const child = run(['group', 'examples/security-guarantees', '--json'], '3000');
    const inPlace = run(['group', 'examples/security-guarantees', '--json'], '0');
    expect(child.status).toBe(0);
    expect(child.stdout).toBe(inPlace.stdout);
    const missing = run(['analyze', 'no/such/input.txt'], '3000');
    expect(missing.status).toBe(run(['analyze', 'no/such/input.txt'], '0').status);
    expect(missing.stderr).toMatch(/no\/such\/input\.txt/);
  });

  it('says what to do when the heap it was given runs out', () => {
    const tiny = run(['analyze', 'examples/security-guarantees', '--out', '-'], '16');
    expect(tiny.status).toBe(134);
    expect(tiny.stderr).toMatch(/corroborate analyze: ran out of memory with a 16 MB heap/);
  });

  it.runIf(process.platform === 'linux')('passes a signal sent to it on to the command and ends the same way', async () => {
    const parent = spawn(process.execPath, ['bin/corroborate.js', 'analyze', '-'], {
      env: { ...process.env, CORROBORATE_HEAP_MB: '3000' },
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    // The command waits on stdin (held open): find the child it runs in, then stop the launcher alone.
    const childrenFile = `/proc/${parent.pid}/task/${parent.pid}/children`;
    let children: number[] = [];
    for (let tries = 0; tries < 100 && children.length === 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      children = readFileSync(childrenFile, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    }
    expect(children).toHaveLength(1);
    const ended = new Promise<[number | null, string | null]>((resolve) => parent.on('exit', (c, s) => resolve([c, s])));
    parent.kill('SIGTERM');
    expect(await ended).toEqual([null, 'SIGTERM']);
    // The launcher ends only after its child did, so the child is gone too.
    expect(() => process.kill(children[0]!, 0)).toThrow(/ESRCH/);
  });
});
