// Child process for bench/hostile.ts: one class folder of the hostile corpus through ingest, the worker
// pool (extract + read under time budgets) and link + dossier. Prints one JSON line with the figures.
// Run alone: npx tsx bench/_hostile-child.ts <classDir> [budgetMs]
import { ingest, isProblem } from '../src/ingest/index.js';
import type { InputProblem, SourceDocument } from '../src/types.js';
import { ArticlePool } from '../src/pipeline/pool.js';
import { dossierFor } from '../src/pipeline/index.js';
import { resolveLimits } from '../src/limits/index.js';
import type { AnalyzedArticle } from '../src/dossier/index.js';
import { classInputs } from '../scripts/make-hostile-corpus.js';

const [classDir, budgetArg] = process.argv.slice(2);
if (!classDir) throw new Error('usage: _hostile-child.ts <classDir> [budgetMs]');
const budget = Number(budgetArg ?? 10_000);
const limits = resolveLimits({ stageMs: { extract: budget, read: budget } });

const wall0 = performance.now();
const cpu0 = process.cpuUsage();
const problems: InputProblem[] = [];
const documents: SourceDocument[] = [];
let slowestIngestMs = 0;
let t = performance.now();
for await (const item of ingest(classInputs(classDir))) {
  slowestIngestMs = Math.max(slowestIngestMs, performance.now() - t);
  if (isProblem(item)) problems.push(item);
  else documents.push(item);
  t = performance.now();
}
const ingestMs = performance.now() - wall0;

// One worker, inputs one after another, so each input's time is its own.
const pool = new ArticlePool(1, limits);
// Warm-up, so the worker's start (loading the NLP model) is not charged to the first input.
await pool.run({ input: 'warm-up', origin: 'warm-up', format: 'text', content: 'The minister said on Monday that talks would go on.', meta: {} }, null);
const analyzed: AnalyzedArticle[] = [];
let slowestArticleMs = 0;
let slowestInput = '';
const articleProblems: InputProblem[] = [];
const timings: { input: string; ms: number; result: string }[] = [];
for (const doc of documents) {
  const started = performance.now();
  const outcome = await pool.run(doc, null);
  const ms = performance.now() - started;
  if (ms > slowestArticleMs) [slowestArticleMs, slowestInput] = [ms, doc.origin];
  timings.push({ input: doc.origin, ms: Math.round(ms), result: outcome.ok ? `${outcome.article.text.length} chars` : outcome.message.slice(doc.origin.length + 2) });
  process.stderr.write(`${doc.origin}\t${Math.round(ms)} ms\t${timings.at(-1)!.result}\n`);
  if (outcome.ok) analyzed.push({ article: outcome.article, reading: outcome.reading });
  else articleProblems.push({ input: doc.input, message: outcome.message });
}
await pool.close();
const articlesMs = performance.now() - wall0 - ingestMs;

const l0 = performance.now();
let dossierError: string | null = null;
try {
  dossierFor(analyzed, [...problems, ...articleProblems], { toolVersion: 'bench' });
} catch (error) {
  dossierError = (error as Error).message;
}
const linkDossierMs = performance.now() - l0;
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    classDir,
    documents: documents.length,
    articles: analyzed.length,
    ingestProblems: problems.length,
    articleProblems: articleProblems.length,
    tooSlow: articleProblems.filter((p) => p.message.includes('too slow')).length,
    tooLarge: [...problems, ...articleProblems].filter((p) => /too large|over the \d+-byte limit/.test(p.message)).length,
    dossierError,
    ingestMs,
    slowestIngestMs,
    articlesMs,
    slowestArticleMs,
    slowestInput,
    linkDossierMs,
    wallMs: performance.now() - wall0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    slowest: [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5),
    problems: articleProblems.filter((p) => p.message.includes('skipped')).map((p) => p.message),
  }),
);
