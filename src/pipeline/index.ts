// The pipeline stage: runs extract → read → link → dossier over a batch of documents.
// Pure apart from the progress callback and, in the async entry points, the worker threads; the CLI and
// the store call it. A stage that throws or runs over a limit on one input becomes a problem for that
// input; the batch always goes on.
import type { InputProblem, SourceDocument, StoryGroup } from '../types.js';
import { extract } from '../extract/index.js';
import { groupStories } from '../link/index.js';
import { assembleDossier, buildStory, dossierArticles, type AnalyzedArticle, type Dossier, type DossierArticle, type DossierStory } from '../dossier/build.js';
import { resolveLimits, type LimitOptions, type Limits } from '../limits/index.js';
import { analyzeArticle } from './article.js';
import { OrderedGrouping, separateStories } from './grouping.js';
import { toLinkInput } from './link-input.js';
import { ArticlePool, defaultWorkerCount } from './pool.js';
import { storyWork, type StoryMember, type StoryWork } from './story.js';
import { workStories } from './story-schedule.js';

export { readArticle } from './article.js';
export { toLinkInput } from './link-input.js';
export type { ArticlePool } from './pool.js';

export type Stage = 'extract' | 'read' | 'link' | 'dossier';

export interface AnalyzeOptions {
  toolVersion: string;
  /** Publication date for documents that declare none and whose page states none. */
  published?: string | null;
  onProgress?: (stage: Stage, done: number, total: number) => void;
  /** Size caps and per-stage time budgets (see src/limits); defaults from DEFAULT_LIMITS. */
  limits?: LimitOptions;
  /** Worker threads for extract + read in the async entry points (default: available parallelism; 0 = this thread). */
  workers?: number;
  /**
   * Worker threads already started (startWorkers, with the same limits), used by analyzeAsync instead of
   * starting its own: `workers` is then the pool's size, and the caller closes the pool.
   */
  pool?: ArticlePool;
}

/**
 * Starts analyzeAsync's worker threads ahead of its documents, say before the inputs are read: each thread
 * loads the pipeline's modules and warms up (some 0.7 s of CPU) meanwhile instead of after. Pass it as
 * `pool` and close it when done; an idle pool does not keep the process alive.
 */
export function startWorkers(workers: number, limits?: LimitOptions): ArticlePool {
  return new ArticlePool(workers, resolveLimits(limits));
}

/** The text an offset-reporting command works on: HTML is reduced to its main text, other text is taken as given. */
export function textAsGiven(doc: SourceDocument): string {
  return doc.format === 'html' ? extract(doc).text : doc.content;
}

/** Inputs given twice are read once; the later copies become problems. */
function firstCopies(documents: SourceDocument[], problems: InputProblem[]): SourceDocument[] {
  const seen = new Set<string>();
  return documents.filter((doc) => {
    if (seen.has(doc.input)) {
      problems.push({ input: doc.input, message: `${doc.origin}: given more than once; read the first copy only` });
      return false;
    }
    seen.add(doc.input);
    return true;
  });
}

/**
 * Extract and read every document in this thread; a document that fails or is over a size limit becomes
 * a problem and the rest go on. Time budgets need worker threads: see analyzeDocumentsAsync.
 */
export function analyzeDocuments(
  documents: SourceDocument[],
  options: Pick<AnalyzeOptions, 'published' | 'onProgress' | 'limits'> = {},
): { analyzed: AnalyzedArticle[]; problems: InputProblem[] } {
  const limits = resolveLimits(options.limits);
  const analyzed: AnalyzedArticle[] = [];
  const problems: InputProblem[] = [];
  const docs = firstCopies(documents, problems);
  docs.forEach((doc, i) => {
    const outcome = analyzeArticle(doc, options.published, limits, (stage) => {
      if (stage === 'read') options.onProgress?.('extract', i + 1, docs.length);
    });
    if (outcome.ok) analyzed.push({ article: outcome.article, reading: outcome.reading });
    else problems.push({ input: doc.input, message: outcome.message });
    options.onProgress?.('read', i + 1, docs.length);
  });
  return { analyzed, problems };
}

/**
 * Extract and read every document in a pool of worker threads: all cores are used, and each input is held
 * to the per-stage time budgets and the worker heap cap (an input over one is skipped with a problem).
 * Results and problems come back in input order. `workers: 0` runs in this thread (no time budgets).
 */
export async function analyzeDocumentsAsync(
  documents: SourceDocument[],
  options: Pick<AnalyzeOptions, 'published' | 'onProgress' | 'limits' | 'workers'> = {},
): Promise<{ analyzed: AnalyzedArticle[]; problems: InputProblem[] }> {
  const workers = Math.min(options.workers ?? defaultWorkerCount(), documents.length);
  if (workers <= 0) return analyzeDocuments(documents, options);
  const pool = new ArticlePool(workers, resolveLimits(options.limits));
  try {
    return await analyzeInPool(documents, options, pool);
  } finally {
    await pool.close();
  }
}

async function analyzeInPool(
  documents: SourceDocument[],
  options: Pick<AnalyzeOptions, 'published' | 'onProgress'>,
  pool: ArticlePool,
  grouping?: OrderedGrouping,
): Promise<{ analyzed: AnalyzedArticle[]; problems: InputProblem[] }> {
  const problems: InputProblem[] = [];
  const docs = firstCopies(documents, problems);
  let done = 0;
  const outcomes = await Promise.all(
    docs.map((doc, i) =>
      pool.run(doc, options.published ?? null).then((outcome) => {
        grouping?.arrive(i, outcome.ok ? { article: outcome.article, reading: outcome.reading } : null);
        done++;
        options.onProgress?.('extract', done, docs.length);
        options.onProgress?.('read', done, docs.length);
        return outcome;
      }),
    ),
  );
  const analyzed: AnalyzedArticle[] = [];
  outcomes.forEach((outcome, i) => {
    if (outcome.ok) analyzed.push({ article: outcome.article, reading: outcome.reading });
    else problems.push({ input: docs[i]!.input, message: outcome.message });
  });
  return { analyzed, problems };
}

/** Group the articles; if grouping fails, each article stands as its own story and the dossier says why. */
function safeGroup(analyzed: AnalyzedArticle[], problems: InputProblem[]): StoryGroup[] {
  try {
    return groupStories(analyzed.map(toLinkInput));
  } catch (error) {
    return separateStories(analyzed, problems, error);
  }
}

function membersOf(story: StoryGroup, index: Map<string, AnalyzedArticle>): StoryMember[] {
  return story.articles
    .map((id) => index.get(id))
    .filter((a) => a !== undefined)
    .map((a) => ({ id: a.article.input, text: a.article.text, sentences: a.reading.sentences }));
}

/** What finishing a story needs: the articles by id, and the dossier's article records. */
interface StoryContext {
  index: Map<string, AnalyzedArticle>;
  records: Map<string, DossierArticle>;
  /** Stories grouped here say how many passages their articles share; stories from a store keep their reasons. */
  grouped: boolean;
}

/** A story's dossier entry from its story-stage results. */
function finishStory(story: StoryGroup, w: StoryWork, ctx: StoryContext): DossierStory {
  const count = w.reuse.reduce((n, r) => n + r.passages.length, 0);
  const group = !ctx.grouped || count === 0 ? story : { ...story, reasons: [...story.reasons, `${count} shared passage${count === 1 ? '' : 's'}`] };
  return buildStory(group, { index: ctx.index, articles: ctx.records, claims: w.claims, conflicts: w.conflicts, reuse: w.reuse });
}

/** Builds stories as their results come in, and the dossier once all are in (problems in story order). */
class DossierAssembly {
  readonly ctx: StoryContext;
  private readonly records: DossierArticle[];
  private readonly stories: DossierStory[] = [];
  private readonly storyProblems: InputProblem[][] = [];
  private articlesDone = 0;

  constructor(
    private readonly analyzed: AnalyzedArticle[],
    private readonly groups: StoryGroup[],
    private readonly options: AnalyzeOptions,
    grouped: boolean,
  ) {
    this.records = dossierArticles(analyzed);
    this.ctx = { index: new Map(analyzed.map((a) => [a.article.input, a])), records: new Map(this.records.map((r) => [r.id, r])), grouped };
  }

  members(i: number): StoryMember[] {
    return membersOf(this.groups[i]!, this.ctx.index);
  }

  finish(i: number, work: StoryWork): void {
    const story = this.groups[i]!;
    this.stories[i] = finishStory(story, work, this.ctx);
    this.storyProblems[i] = work.problems;
    this.articlesDone += story.articles.length;
    this.options.onProgress?.('dossier', Math.min(this.articlesDone, this.analyzed.length), this.analyzed.length);
  }

  dossier(found: InputProblem[]): Dossier {
    const n = this.analyzed.length;
    if (this.articlesDone < n) this.options.onProgress?.('dossier', n, n);
    const problems = [...found, ...this.storyProblems.flat()];
    return assembleDossier(this.records, this.stories, problems, this.options.toolVersion);
  }
}

/**
 * Grouping, reported to onProgress as the link stage: the stories a store gave, those of a grouping that
 * ran while the articles were analysed, or a grouping of them now.
 */
function storiesFor(analyzed: AnalyzedArticle[], found: InputProblem[], options: AnalyzeOptions, given?: StoryGroup[] | OrderedGrouping): StoryGroup[] {
  options.onProgress?.('link', 0, analyzed.length);
  const out = given instanceof OrderedGrouping ? given.stories(analyzed, found) : (given ?? safeGroup(analyzed, found));
  options.onProgress?.('link', analyzed.length, analyzed.length);
  options.onProgress?.('dossier', 0, analyzed.length);
  return out;
}

/**
 * Build the dossier for analysed articles. Without `stories`, link groups them; with stories (from a store),
 * that grouping is kept. Each story's passages, claims and conflicts are found under the story budgets of
 * `options.limits`; a failure or an overrun becomes a problem in the dossier, not a failed run.
 */
export function dossierFor(analyzed: AnalyzedArticle[], problems: InputProblem[], options: AnalyzeOptions, stories?: StoryGroup[]): Dossier {
  const found = [...problems];
  const limits = resolveLimits(options.limits);
  const grouped = storiesFor(analyzed, found, options, stories);
  const assembly = new DossierAssembly(analyzed, grouped, options, !stories);
  grouped.forEach((story, i) => assembly.finish(i, storyWork(story, assembly.members(i), limits)));
  return assembly.dossier(found);
}

/**
 * As dossierFor, with the stories of two or more articles worked on in the pool's threads and in this
 * thread (see workStories), while this thread builds the dossier entries of the stories whose results are in.
 */
async function dossierInPool(
  analyzed: AnalyzedArticle[],
  problems: InputProblem[],
  options: AnalyzeOptions,
  pool: ArticlePool,
  limits: Limits,
  grouping: OrderedGrouping,
): Promise<Dossier> {
  const found = [...problems];
  const grouped = storiesFor(analyzed, found, options, grouping);
  const assembly = new DossierAssembly(analyzed, grouped, options, true);
  const members = grouped.map((_, i) => assembly.members(i));
  // This thread works as one of the story threads, so the pool uses one thread fewer for them.
  pool.storyThreads = Math.max(1, pool.size - 1);
  try {
    await workStories(members, pool, (i) => grouped[i]!, (i, work) => assembly.finish(i, work), limits);
  } finally {
    pool.storyThreads = null;
  }
  return assembly.dossier(found);
}

/** The whole pipeline in this thread: documents (and the problems ingest already found) → dossier. */
export function analyze(documents: SourceDocument[], ingestProblems: InputProblem[], options: AnalyzeOptions): Dossier {
  const { analyzed, problems } = analyzeDocuments(documents, options);
  return dossierFor(analyzed, [...ingestProblems, ...problems], options);
}

/**
 * The whole pipeline with extract + read, and each story's passages, claims and conflicts, in worker
 * threads; extract and read under the time budgets of `options.limits`.
 */
export async function analyzeAsync(documents: SourceDocument[], ingestProblems: InputProblem[], options: AnalyzeOptions): Promise<Dossier> {
  const given = options.pool;
  const workers = given ? given.size : Math.min(options.workers ?? defaultWorkerCount(), documents.length);
  if (workers <= 0) return analyze(documents, ingestProblems, options);
  const limits = resolveLimits(options.limits);
  const pool = given ?? new ArticlePool(workers, limits);
  try {
    // Grouped on this thread while the workers extract and read.
    const grouping = new OrderedGrouping();
    const { analyzed, problems } = await analyzeInPool(documents, options, pool, grouping);
    return await dossierInPool(analyzed, [...ingestProblems, ...problems], options, pool, limits, grouping);
  } finally {
    if (!given) await pool.close();
  }
}
