// Child process for bench/pipeline.ts: one collection size through the whole pipeline in one mode, so its
// peak RSS is its own. Prints one JSON line. Run alone (e.g. under --cpu-prof):
//   node --import tsx bench/_pipeline-child.ts <articles> <single|pool> [workers]
// PIPELINE_DIST=<compiled tree> runs that build instead of ./dist (PIPELINE_SOURCE=1: the TypeScript sources).
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { SourceDocument } from '../src/types.js';

const DATA = '/work/shared/data/clustering';

/** Real news texts: NewsWCL50 articles and both sides of the SemEval-2022 English pairs. */
function realTexts(): string[] {
  const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  const texts: string[] = [];
  for (const r of lines(`${DATA}/newswcl50/newswcl50_articles.jsonl`)) texts.push(String(r.text ?? ''));
  for (const r of lines(`${DATA}/semeval2022-en/en_en_train_219_fulltext.jsonl`)) texts.push(String(r.text1 ?? ''), String(r.text2 ?? ''));
  return texts.filter((t) => t.length > 300);
}

const OUTLETS = ['Reuters', 'AP', 'BBC', 'RT', 'TASS', 'Guardian', 'NYT', 'Le Monde', 'Interfax', 'Al Jazeera', 'DW', 'CNN'];

/**
 * n articles from the real texts: each is a base text with paragraphs dropped and a paragraph from another
 * text mixed in (so copies are near, not exact), capped near typical article length, with a date and an outlet.
 * Deterministic in n.
 */
export function buildCollection(n: number, texts: string[]): SourceDocument[] {
  const docs: SourceDocument[] = [];
  for (let i = 0; i < n; i++) {
    const base = texts[i % texts.length]!.split(/\n\s*\n/);
    const other = texts[(i * 7 + 3) % texts.length]!.split(/\n\s*\n/);
    const round = Math.floor(i / texts.length);
    const kept = base.filter((_, k) => round === 0 || (k + round) % 5 !== 0);
    kept.splice(Math.min(kept.length, 1 + (i % 3)), 0, other[i % other.length]!);
    let text = '';
    for (const p of kept) {
      if (text.length > 6000) break;
      text += `${p}\n\n`;
    }
    const day = 1 + ((i * 13) % 90);
    const published = new Date(Date.UTC(2022, 0, day)).toISOString().slice(0, 10);
    docs.push({ input: `a${i}.txt`, origin: `a${i}.txt`, format: 'text', content: text.trim(), meta: { published, outlet: OUTLETS[i % OUTLETS.length]! } });
  }
  return docs;
}

const ms = (t0: number) => performance.now() - t0;
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

/**
 * CPU time of the calling thread alone (Linux: /proc/thread-self; null elsewhere), at 10 ms resolution.
 * process.cpuUsage counts every thread: the worker threads, and V8's own helper threads (parallel and
 * concurrent garbage collection, background compilation), which this separates from the main thread.
 */
function threadCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * The stages are the package's own entry points (analyzeDocuments / analyzeDocumentsAsync, then dossierFor,
 * exactly what `corroborate analyze` runs), loaded from the compiled dist/ when it exists, so worker threads
 * run compiled JavaScript as they do for users; PIPELINE_SOURCE=1 loads the TypeScript sources instead.
 */
async function loadPipeline(): Promise<typeof import('../src/pipeline/index.js')> {
  // PIPELINE_DIST: another compiled tree (say, a build of the previous version), for paired old/new runs.
  const dist = process.env.PIPELINE_DIST ? pathToFileURL(`${process.env.PIPELINE_DIST}/pipeline/index.js`) : new URL('../dist/pipeline/index.js', import.meta.url);
  if (process.env.PIPELINE_SOURCE !== '1' && existsSync(dist)) return (await import(dist.href)) as typeof import('../src/pipeline/index.js');
  return import('../src/pipeline/index.js');
}

async function main(): Promise<void> {
  const [nArg, mode = 'single', workersArg] = process.argv.slice(2);
  const n = Number(nArg);
  const { analyzeDocuments, analyzeAsync, dossierFor } = await loadPipeline();
  const docs = buildCollection(n, realTexts());
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.content), 0);
  const stages: Record<string, { wallMs: number; cpuMs: number }> = {};
  // Stage times come from the pipeline's own progress calls. In one thread they arrive per article
  // ("extract" when an article's extraction ends, "read" when its reading ends), so the time since the
  // previous call is added to that stage; the pool only says when an article is done with both.
  const sum = (name: string, wall: number, cpu: number) => {
    const s = (stages[name] ??= { wallMs: 0, cpuMs: 0 });
    s.wallMs += wall;
    s.cpuMs += cpu;
  };
  let mark = { wall: performance.now(), cpu: process.cpuUsage() };
  const close = (name: string) => {
    sum(name, ms(mark.wall), cpuMs(process.cpuUsage(mark.cpu)));
    mark = { wall: performance.now(), cpu: process.cpuUsage() };
  };
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  const mainCpu0 = threadCpuMs();
  const limits = { stageMs: { extract: null, read: null } };
  const onProgress = (stage: string, done: number, total: number) => {
    if (mode === 'single' && (stage === 'extract' || stage === 'read')) close(stage);
    else if (mode === 'pool' && stage === 'read' && done === total) close('extract+read');
    else if (stage === 'link' && done === total && total > 0) close('link');
  };
  // The pool mode is `analyzeAsync`, what `corroborate analyze` runs: extract + read, then each story's
  // passages, claims and conflicts, in the worker threads.
  let result: { analyzed: unknown[]; problems: unknown[] };
  let dossier: { stories: unknown[]; problems: unknown[]; articles: unknown[] };
  if (mode === 'pool') {
    dossier = await analyzeAsync(docs, [], { toolVersion: 'bench', workers: Number(workersArg ?? 2), limits, onProgress });
    result = { analyzed: dossier.articles, problems: dossier.problems };
  } else {
    const analyzed = analyzeDocuments(docs, { limits, onProgress });
    close('read');
    dossier = dossierFor(analyzed.analyzed, analyzed.problems, { toolVersion: 'bench', onProgress });
    result = analyzed;
  }
  close('dossier');
  const totalWall = ms(wall0);
  const totalCpu = cpuMs(process.cpuUsage(cpu0));
  const mainCpu1 = threadCpuMs();
  console.log(
    JSON.stringify({
      n,
      mode,
      articles: result.analyzed.length,
      failures: result.problems.length,
      stories: dossier.stories.length,
      mb: bytes / 2 ** 20,
      wallMs: totalWall,
      cpuMs: totalCpu,
      mainThreadCpuMs: mainCpu0 === null || mainCpu1 === null ? null : mainCpu1 - mainCpu0,
      stages,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

if (process.argv[1]?.endsWith('_pipeline-child.ts')) await main();
