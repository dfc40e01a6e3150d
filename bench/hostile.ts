// Hostile-input bench: `npm run bench -- hostile [dir]`. Generates the full corpus into dir (default
// .cache/hostile) unless it is there, then runs each class in its own child process (so its peak RSS is
// its own) through ingest, the worker pool (10 s budget per stage and input) and link + dossier.
// Reports per class: inputs, how they ended, wall and CPU time, slowest input, peak memory.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CLASSES, makeHostileCorpus } from '../scripts/make-hostile-corpus.js';

const BUDGET_MS = 10_000;

interface ChildReport {
  documents: number;
  articles: number;
  ingestProblems: number;
  articleProblems: number;
  tooSlow: number;
  tooLarge: number;
  dossierError: string | null;
  slowestIngestMs: number;
  slowestArticleMs: number;
  slowestInput: string;
  linkDossierMs: number;
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  slowest?: { input: string; ms: number; result: string }[];
}

export async function run(dataPath: string): Promise<string> {
  const dir = dataPath || '.cache/hostile';
  if (!existsSync(join(dir, CLASSES[0]!))) makeHostileCorpus(dir);
  const child = fileURLToPath(new URL('./_hostile-child.ts', import.meta.url));
  const rows: string[] = [];
  let total = 0;
  const slowest: { input: string; ms: number; result: string }[] = [];
  for (const kind of CLASSES) {
    const classDir = join(dir, kind);
    const files = readdirSync(classDir).length;
    total += files;
    const started = Date.now();
    const res = spawnSync(process.execPath, ['--import', 'tsx', child, classDir, String(BUDGET_MS)], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      // Generous: every input may use its whole budget in both stages, plus start-up and linking.
      timeout: files * BUDGET_MS * 2 + 120_000,
    });
    const line = res.stdout.trim().split('\n').at(-1) ?? '';
    if (res.status !== 0 || !line.startsWith('{')) {
      const why = res.error ? res.error.message : `exit ${res.status ?? res.signal}: ${res.stderr.trim().split('\n').slice(-3).join(' ')}`;
      rows.push(`| ${kind} | ${files} | **crashed** (${why.replace(/\|/g, '/')}) | | | | | | | ${((Date.now() - started) / 1000).toFixed(1)} | |`);
      continue;
    }
    const r = JSON.parse(line) as ChildReport;
    slowest.push(...(r.slowest ?? []));
    rows.push(
      `| ${kind} | ${files} | ${r.documents} | ${r.articles} | ${r.ingestProblems + r.articleProblems} | ${r.tooSlow} | ${r.tooLarge} | ` +
        `${(r.slowestArticleMs / 1000).toFixed(2)} (${r.slowestInput.split('/').at(-1)}) | ${(r.linkDossierMs / 1000).toFixed(2)}${r.dossierError ? ' **dossier failed**' : ''} | ` +
        `${(r.wallMs / 1000).toFixed(1)} | ${(r.cpuMs / 1000).toFixed(1)} | ${Math.round(r.maxRssMb)} |`,
    );
  }
  return [
    `## Hostile inputs (${total} files in ${dir}; ${BUDGET_MS / 1000} s budget per stage and input, one worker per class)`,
    '',
    '| class | files | documents | articles | problems | too slow | too large | slowest extract+read, s | link+dossier, s | wall, s | CPU, s | peak RSS, MB |',
    '|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|',
    ...rows,
    '',
    '### Slowest inputs (extract + read, wall)',
    '',
    '| input | s | result |',
    '|---|---:|---|',
    ...slowest.sort((a, b) => b.ms - a.ms).slice(0, 12).map((x) => `| ${x.input} | ${(x.ms / 1000).toFixed(2)} | ${x.result.replace(/\|/g, '/')} |`),
    '',
    'Wall time is on a shared machine; CPU time (process.cpuUsage, all threads) is the steadier figure.',
  ].join('\n');
}
