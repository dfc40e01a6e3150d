// Heap size for whole-collection commands. `analyze`, `group` and `reuse` hold every article, its reading
// and the results in one heap (about 100 MB per 1,000 articles at peak), so V8's default limit (about
// 4 GB on 64-bit Node 20) ends a run of some 40,000 articles in a fatal out-of-memory abort, long after
// it started. The launcher (bin/corroborate.js) therefore re-runs these commands in a child Node whose
// heap is sized to the machine, and says plainly what to do when even that runs out.

/** Commands that keep a whole collection in memory. */
export const WHOLE_COLLECTION_COMMANDS: ReadonlySet<string> = new Set(['analyze', 'group', 'reuse']);

/** Set in the child's environment (to its heap in MB), so it does not re-run itself. */
export const HEAP_SET_VARIABLE = 'CORROBORATE_HEAP_SET';

/** A user's choice of heap in MB; 0 keeps V8's default. */
export const HEAP_VARIABLE = 'CORROBORATE_HEAP_MB';

/** Share of the machine's (or the container's) memory given to the heap. */
const MEMORY_SHARE = 0.75;

export interface HeapContext {
  /** Arguments after the script: the command first, as the CLI takes them. */
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** Node's own flags for this process (`process.execArgv`). */
  execArgv: readonly string[];
  /** Physical memory, MB (`os.totalmem()`). */
  totalMb: number;
  /** A cgroup memory limit, MB, or 0 when none (`process.constrainedMemory()`). */
  constrainedMb: number;
  /** This process's heap limit, MB (`v8.getHeapStatistics().heap_size_limit`). */
  limitMb: number;
}

/**
 * The heap (MB) to re-run this invocation with, or null to run it in this process: other commands, a
 * child already re-run, a heap the user set through Node's own flags, or a machine too small to gain.
 * Throws when CORROBORATE_HEAP_MB is not a whole number.
 */
export function heapPlan(c: HeapContext): number | null {
  if (c.env[HEAP_SET_VARIABLE]) return null;
  const command = c.argv[0];
  if (command === undefined || !WHOLE_COLLECTION_COMMANDS.has(command)) return null;
  const ownFlag = (flags: string): boolean => /(^|\s)--max-old-space-size\b/.test(flags);
  if (c.execArgv.some(ownFlag) || ownFlag(c.env['NODE_OPTIONS'] ?? '')) return null;
  const asked = c.env[HEAP_VARIABLE];
  if (asked !== undefined && asked.trim() !== '') {
    const mb = Number(asked);
    if (!Number.isInteger(mb) || mb < 0) {
      throw new Error(`${HEAP_VARIABLE} must be a whole number of megabytes (0 keeps Node's default heap), not ${JSON.stringify(asked)}`);
    }
    return mb === 0 ? null : mb;
  }
  const memory = c.constrainedMb > 0 ? Math.min(c.totalMb, c.constrainedMb) : c.totalMb;
  const target = Math.floor(memory * MEMORY_SHARE);
  // Not worth a second process unless the heap grows by a quarter or more.
  return target >= 1.25 * c.limitMb ? target : null;
}

/** Whether a child ended the way V8 ends a process whose heap is full (an abort). */
export function ranOutOfHeap(code: number | null, signal: string | null): boolean {
  return signal === 'SIGABRT' || code === 134;
}

/** What a user reads after the child's own fatal message when its heap ran out. */
export function outOfHeapMessage(command: string, heapMb: number): string {
  return (
    `corroborate ${command}: ran out of memory with a ${heapMb} MB heap. The collection is too large to ${command} ` +
    `in one run on this machine: add it to a store (\`corroborate add … --db news.db\`, which groups it without holding it all in memory), or give Node more heap ` +
    `with ${HEAP_VARIABLE}=<MB> if the machine has the memory.\n`
  );
}
