// `corroborate analyze`: the whole pipeline over a collection → terminal summary, dossier.json, report.html.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzeAsync, type Stage } from '../../pipeline/index.js';
import { renderCsv, renderHtml, renderMarkdown, renderTerminal, type CsvTable } from '../../render/index.js';
import type { Dossier } from '../../dossier/index.js';
import type { Io, RunState } from '../context.js';
import { pipelineOptionsFrom, type PipelineFlags, toolVersion, useColor, UsageError } from '../context.js';
import { collectInputs, documentsOf, problemsOf } from '../inputs.js';
import { EarlyPool } from '../early-pool.js';
import { writeJson, writeJsonFile } from '../write-json.js';

export const DEFAULT_OUT = 'corroborate-out';

/** Progress on stderr: a live line on a terminal, a line per stage otherwise (only for larger batches). */
export function progressReporter(io: Io, total: number): ((stage: Stage, done: number, all: number) => void) | undefined {
  if (io.stderr.isTTY) {
    return (stage, done, all) => io.stderr.write(`\r${stage} ${done}/${all}${done === all ? '\n' : ''}`);
  }
  if (total < 50) return undefined;
  const announced = new Set<Stage>();
  return (stage) => {
    if (announced.has(stage)) return;
    announced.add(stage);
    io.stderr.write(`corroborate: ${stage} (${total} documents)\n`);
  };
}

/** Besides dossier.json and report.html: the exports for documents and spreadsheets. */
export const EXPORT_FILES = ['dossier.md', 'claims.csv', 'quotes.csv', 'timeline.csv'] as const;

export type DossierFormat = 'json' | 'html' | 'md' | 'csv';

/** A report that must be one string fails on collections too large for one (V8's longest string is ~512 MB). */
function renderWhole(name: string, render: () => string, dossier: Dossier): string {
  try {
    return render();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new UsageError(
      `${name}: the dossier of ${dossier.articles.length} articles is too large for one ${name.split('.').pop()} file (${error.message}); ` +
        'dossier.json was written; use `corroborate add` and `corroborate serve` to browse collections this large',
    );
  }
}

/** Writes a dossier in the given formats: dossier.json, report.html, dossier.md, claims/quotes/timeline.csv. */
export async function writeDossierFiles(dossier: Dossier, dir: string, formats: readonly DossierFormat[]): Promise<string[]> {
  const files: [string, () => string][] = [];
  if (formats.includes('html')) files.push(['report.html', () => renderHtml(dossier)]);
  for (const name of EXPORT_FILES) {
    const table = name.endsWith('.csv') ? (name.slice(0, -4) as CsvTable) : null;
    if (table ? formats.includes('csv') : formats.includes('md')) files.push([name, () => (table ? renderCsv(dossier, table) : renderMarkdown(dossier))]);
  }
  try {
    await mkdir(dir, { recursive: true });
    const written: string[] = [];
    if (formats.includes('json')) {
      const path = join(dir, 'dossier.json');
      await writeJsonFile(path, dossier);
      written.push(path);
    }
    for (const [name, render] of files) {
      const path = join(dir, name);
      await writeFile(path, renderWhole(name, render, dossier));
      written.push(path);
    }
    return written;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--out ${dir}: cannot write the report there (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

export async function writeOutputs(dossier: Dossier, dir: string): Promise<{ json: string; html: string; exports: string[] }> {
  const written = await writeDossierFiles(dossier, dir, ['json', 'html', 'md', 'csv']);
  return { json: written[0]!, html: written[1]!, exports: written.slice(2) };
}

export async function analyzeCommand(
  inputs: string[],
  options: { out?: string; json?: boolean; published?: string; color?: boolean } & PipelineFlags,
  io: Io,
  state: RunState,
): Promise<void> {
  // The worker threads load while the inputs are read.
  const early = new EarlyPool(options);
  let dossier: Dossier;
  let ingestCount: number;
  try {
    const items = await collectInputs(inputs, io, state, (count) => early.seen(count));
    const documents = documentsOf(items);
    ingestCount = problemsOf(items).length;
    const pool = await early.fit(documents.length);
    dossier = await analyzeAsync(documents, problemsOf(items), {
      ...pipelineOptionsFrom(options, documents.length),
      ...(pool ? { pool } : {}),
      toolVersion: toolVersion(),
      published: options.published ?? null,
      onProgress: progressReporter(io, documents.length),
    });
  } finally {
    await early.close();
  }
  // Problems found after ingest (extraction, reading) are reported here; ingest's were reported as read.
  for (const p of dossier.problems.slice(ingestCount)) {
    io.stderr.write(`corroborate: ${p.message}\n`);
    state.failed = true;
  }
  const outDir = options.out ?? (options.json ? undefined : DEFAULT_OUT);
  const written = outDir ? await writeOutputs(dossier, outDir) : undefined;
  if (options.json) {
    await writeJson(io.stdout, dossier);
    return;
  }
  const color = useColor(options.color, io);
  io.stdout.write(renderTerminal(dossier, { color }));
  if (written) io.stdout.write(`\nReport: ${written.html}\nDossier JSON: ${written.json}\nExports: ${written.exports.join(', ')}\n`);
}
