// Whole-pipeline throughput: `npm run bench -- pipeline`. Collections of 1k, 10k and 100k articles built
// from real news texts (NewsWCL50, SemEval-2022 en-en; perturbed, mixed, dated), each size and mode in its
// own child process (so peak RSS is its own): single-thread vs a pool of worker threads for extract + read.
// Sizes, modes and the per-run limit: PIPELINE_SIZES=1000,10000 PIPELINE_MODES=single,pool PIPELINE_TIMEOUT_S=1800;
// PIPELINE_HEAP_MB raises the child's V8 heap limit (100k articles in one run pass the default of about 4 GB).
// CPU time (process.cpuUsage, all threads) is reported next to wall time because the machine may be shared.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

interface ChildReport {
  n: number;
  mode: string;
  articles: number;
  failures: number;
  stories: number;
  mb: number;
  wallMs: number;
  cpuMs: number;
  /** CPU of the main thread alone (Linux); the rest of cpuMs is worker threads and V8's helper threads. */
  mainThreadCpuMs: number | null;
  stages: Record<string, { wallMs: number; cpuMs: number }>;
  maxRssMb: number;
}

const list = (value: string | undefined, fallback: string) => (value ?? fallback).split(',').map((s) => s.trim()).filter(Boolean);

export async function run(): Promise<string> {
  const sizes = list(process.env.PIPELINE_SIZES, '1000,10000,100000').map(Number);
  const modes = list(process.env.PIPELINE_MODES, 'single,pool');
  const timeoutS = Number(process.env.PIPELINE_TIMEOUT_S ?? 1800);
  const workers = availableParallelism();
  const child = fileURLToPath(new URL('./_pipeline-child.ts', import.meta.url));
  const rows: string[] = [];
  const stageRows: string[] = [];
  for (const n of sizes) {
    for (const mode of modes) {
      const heap = process.env.PIPELINE_HEAP_MB ? [`--max-old-space-size=${Number(process.env.PIPELINE_HEAP_MB)}`] : [];
      const res = spawnSync(process.execPath, [...heap, '--import', 'tsx', child, String(n), mode, String(workers)], { encoding: 'utf8', timeout: timeoutS * 1000, maxBuffer: 16 * 2 ** 20 });
      const line = res.stdout?.trim().split('\n').at(-1) ?? '';
      if (res.status !== 0 || !line.startsWith('{')) {
        const fatal = /FATAL ERROR: [^\n]*/.exec(res.stderr ?? '')?.[0] ?? '';
        rows.push(`| ${n} | ${mode} | did not finish (${res.error ? `over ${timeoutS} s` : `exit ${res.status ?? res.signal}`}${fatal ? `: ${fatal}` : ''}) | | | | | | |`);
        continue;
      }
      const r = JSON.parse(line) as ChildReport;
      const s = (ms: number) => (ms / 1000).toFixed(1);
      rows.push(
        `| ${n} | ${mode === 'pool' ? `pool (${workers})` : 'single'} | ${r.articles} (${r.failures} failed) | ${r.stories} | ${s(r.wallMs)} | ${s(r.cpuMs)} | ` +
          `${(r.articles / (r.wallMs / 1000)).toFixed(0)} / ${(r.articles / (r.cpuMs / 1000)).toFixed(0)} | ${(r.mb / (r.wallMs / 1000)).toFixed(2)} | ${Math.round(r.maxRssMb)} |`,
      );
      const stage = (name: string) => (r.stages[name] ? `${s(r.stages[name].wallMs)} / ${s(r.stages[name].cpuMs)}` : '—');
      const main = r.mainThreadCpuMs === null ? '—' : s(r.mainThreadCpuMs);
      stageRows.push(`| ${n} | ${mode} | ${stage('extract')} | ${stage('read')} | ${stage('extract+read')} | ${stage('link')} | ${stage('dossier')} | ${main} | ${((r.cpuMs / r.articles) || 0).toFixed(1)} |`);
    }
  }
  return [
    '## Pipeline throughput (input text → dossier)',
    '',
    '| articles | mode | analysed | stories | wall, s | CPU, s | articles/s (wall / per CPU-s) | MB/s (wall) | peak RSS, MB |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    '### Per stage (wall s / CPU s)',
    '',
    '| articles | mode | extract | read | extract+read (pool) | link | dossier | main thread CPU s | CPU ms per article |',
    '|---:|---|---|---|---|---|---|---:|---:|',
    ...stageRows,
    '',
    `CPU time is process-wide (all threads: workers and V8's garbage-collection and compiler helpers; "main thread" is the main thread alone). Wall time on a shared machine overstates cost; articles per CPU-second is the steadier figure.`,
  ].join('\n');
}
