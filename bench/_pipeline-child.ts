// Child process for bench/pipeline.ts: one collection size through the whole pipeline in one mode, so its
// peak RSS is its own. Prints one JSON line. Run alone (e.g. under --cpu-prof):
//   node --import tsx bench/_pipeline-child.ts <articles> <single|pool> [workers]
import { readFileSync } from 'node:fs';
import { extract } from '../src/extract/index.js';
import { alignClaims, link } from '../src/link/index.js';
import { buildDossier, type AnalyzedArticle } from '../src/dossier/index.js';
import { analyzeDocumentsAsync, readArticle, toLinkInput } from '../src/pipeline/index.js';
import type { ClaimCluster, SourceDocument } from '../src/types.js';

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

async function main(): Promise<void> {
  const [nArg, mode = 'single', workersArg] = process.argv.slice(2);
  const n = Number(nArg);
  const docs = buildCollection(n, realTexts());
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.content), 0);
  const stages: Record<string, { wallMs: number; cpuMs: number }> = {};
  const time = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const w = performance.now();
    const c = process.cpuUsage();
    const out = await fn();
    stages[name] = { wallMs: ms(w), cpuMs: cpuMs(process.cpuUsage(c)) };
    return out;
  };
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  let analyzed: AnalyzedArticle[];
  let failures = 0;
  if (mode === 'pool') {
    // Extract and read together in the workers; CPU time here is the whole process's (all threads).
    const result = await time('extract+read', () => analyzeDocumentsAsync(docs, { workers: Number(workersArg ?? 2), limits: { stageMs: { extract: null, read: null } } }));
    analyzed = result.analyzed;
    failures = result.problems.length;
  } else {
    const articles = await time('extract', () => docs.map((d) => extract(d)));
    // A reading that throws is counted, not fatal: the pipeline turns it into a problem the same way.
    analyzed = await time('read', () =>
      articles.flatMap((article) => {
        try {
          return [{ article, reading: readArticle(article) }];
        } catch {
          failures++;
          return [];
        }
      }),
    );
  }
  const linkage = await time('link', () => link(analyzed.map(toLinkInput)));
  await time('dossier', () => {
    const index = new Map(analyzed.map((a) => [a.article.input, a]));
    const claims: Record<string, ClaimCluster[]> = {};
    for (const story of linkage.stories) {
      claims[story.id] = alignClaims(story.articles.map((id) => index.get(id)!).map((a) => ({ id: a.article.input, text: a.article.text, sentences: a.reading.sentences })));
    }
    return buildDossier({ articles: analyzed, linkage, claims, problems: [], toolVersion: 'bench' });
  });
  const totalWall = ms(wall0);
  const totalCpu = cpuMs(process.cpuUsage(cpu0));
  console.log(
    JSON.stringify({
      n,
      mode,
      articles: analyzed.length,
      failures,
      stories: linkage.stories.length,
      mb: bytes / 2 ** 20,
      wallMs: totalWall,
      cpuMs: totalCpu,
      stages,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

if (process.argv[1]?.endsWith('_pipeline-child.ts')) await main();
