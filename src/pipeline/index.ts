// The pipeline stage: runs extract → read → link → dossier over a batch of documents.
// Pure apart from the progress callback and, in the async entry points, the worker threads; the CLI and
// the store call it. A stage that throws or runs over a limit on one input becomes a problem for that
// input; the batch always goes on.
import type { ClaimCluster, InputProblem, Linkage, LinkInput, ReuseLink, SourceDocument, StoryGroup } from '../types.js';
import { extract } from '../extract/index.js';
import { alignClaims, findConflicts, findReuse, link, type Conflict, type ReuseOptions } from '../link/index.js';

/**
 * Passages for a reader: word-level alignment gives passages of a sentence or a paragraph, where the
 * sentence-level default (best on PAN, used by `corroborate reuse`) merges two translations of one
 * statement into a few page-long blocks. Below this similarity a word-level passage is mostly topic overlap.
 */
const DOSSIER_REUSE: ReuseOptions = { method: 'words' };
const MIN_PASSAGE_SIMILARITY = 0.55;

function readablePassages(links: ReuseLink[]): ReuseLink[] {
  return links
    .map((l) => ({ ...l, passages: l.passages.filter((p) => p.similarity >= MIN_PASSAGE_SIMILARITY) }))
    .filter((l) => l.passages.length > 0);
}
import { buildDossier, type AnalyzedArticle, type Dossier } from '../dossier/index.js';
import { budgetFor, resolveLimits, tooSlow, type LimitOptions, type Limits } from '../limits/index.js';
import { OverBudget } from '../common/budget.js';
import { analyzeArticle, errorMessage } from './article.js';
import { ArticlePool, defaultWorkerCount } from './pool.js';

export { readArticle } from './article.js';

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
}

/** The text an offset-reporting command works on: HTML is reduced to its main text, other text is taken as given. */
export function textAsGiven(doc: SourceDocument): string {
  return doc.format === 'html' ? extract(doc).text : doc.content;
}

export function toLinkInput({ article, reading }: AnalyzedArticle): LinkInput {
  return {
    id: article.input,
    text: article.text,
    published: article.published,
    sentences: reading.sentences,
    actors: [...new Set(reading.mentions.map((m) => m.actor))],
  };
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
  const limits = resolveLimits(options.limits);
  const problems: InputProblem[] = [];
  const docs = firstCopies(documents, problems);
  const pool = new ArticlePool(workers, limits);
  let done = 0;
  try {
    const outcomes = await Promise.all(
      docs.map((doc) =>
        pool.run(doc, options.published ?? null).then((outcome) => {
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
  } finally {
    await pool.close();
  }
}

/** Shared passages between every two articles of each given story (stories are small; this is not all-pairs over a collection). */
export function reuseWithin(stories: StoryGroup[], analyzed: AnalyzedArticle[], problems: InputProblem[] = [], limits: Limits = resolveLimits()): ReuseLink[] {
  const text = new Map(analyzed.map((a) => [a.article.input, a.article.text]));
  const links: ReuseLink[] = [];
  for (const story of stories) {
    const ids = story.articles.filter((id) => text.has(id));
    const budget = budgetFor(limits.storyMs.link);
    let left = (ids.length * (ids.length - 1)) / 2;
    pairs: for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        if (budget.expired()) {
          problems.push(skippedPairs(story, left, limits));
          break pairs;
        }
        left--;
        try {
          const passages = findReuse(text.get(ids[i]!)!, text.get(ids[j]!)!, DOSSIER_REUSE);
          if (passages.length > 0) links.push({ a: ids[i]!, b: ids[j]!, passages });
        } catch (error) {
          problems.push({ input: ids[j]!, message: `${ids[j]}: shared passages with ${ids[i]} not found (${errorMessage(error)})` });
        }
      }
    }
  }
  return readablePassages(links);
}

/** The dossier's note for a story whose passage search ran out of time. */
function skippedPairs(story: StoryGroup, pairs: number, limits: Limits): InputProblem {
  const budget = limits.storyMs.link ?? 0;
  return { input: story.articles[0] ?? '', message: `story ${story.id}: shared passages of ${pairs} article pair${pairs === 1 ? '' : 's'} ${tooSlow('link', budget)}` };
}

/** Link the articles; if linking fails, each article stands as its own story and the dossier says why. */
function safeLink(analyzed: AnalyzedArticle[], problems: InputProblem[], limits: Limits): Linkage {
  try {
    const linkage = link(analyzed.map(toLinkInput), { reuse: DOSSIER_REUSE, storyBudget: () => budgetFor(limits.storyMs.link) });
    const byId = new Map(linkage.stories.map((s) => [s.id, s]));
    for (const skip of linkage.skipped) problems.push(skippedPairs(byId.get(skip.story)!, skip.pairs, limits));
    const reuse = readablePassages(linkage.reuse);
    // link counts every passage it found in its reasons; say how many the dossier shows.
    const shown = (ids: Set<string>) => reuse.filter((r) => ids.has(r.a)).reduce((n, r) => n + r.passages.length, 0);
    const stories = linkage.stories.map((story) => {
      const count = shown(new Set(story.articles));
      const reasons = story.reasons.filter((r) => !/^\d+ shared passages?$/.test(r));
      return { ...story, reasons: count > 0 ? [...reasons, `${count} shared passage${count === 1 ? '' : 's'}`] : reasons };
    });
    return { stories, reuse };
  } catch (error) {
    problems.push({ input: '', message: `linking failed (${errorMessage(error)}); each article is shown as its own story` });
    return {
      stories: analyzed.map((a, i) => ({ id: `s${i + 1}`, articles: [a.article.input], reasons: ['not linked: linking failed'] })),
      reuse: [],
    };
  }
}

/**
 * Build the dossier for analysed articles. Without `stories`, link groups them; with stories (from a store),
 * that grouping is kept and only the passages within each story are computed. A failure in linking or
 * claim alignment becomes a problem in the dossier, not a failed run.
 */
export function dossierFor(analyzed: AnalyzedArticle[], problems: InputProblem[], options: AnalyzeOptions, stories?: StoryGroup[]): Dossier {
  options.onProgress?.('link', 0, analyzed.length);
  const found = [...problems];
  const limits = resolveLimits(options.limits);
  const linkage: Linkage = stories ? { stories, reuse: reuseWithin(stories, analyzed, found, limits) } : safeLink(analyzed, found, limits);
  options.onProgress?.('link', analyzed.length, analyzed.length);
  options.onProgress?.('dossier', 0, analyzed.length);
  const index = new Map(analyzed.map((a) => [a.article.input, a]));
  const claims: Record<string, ClaimCluster[]> = {};
  const conflicts: Record<string, Conflict[]> = {};
  for (const story of linkage.stories) {
    // One budget for the story's claims and conflicts: past it the story is shown without them, and says so.
    const budget = budgetFor(limits.storyMs.dossier);
    try {
      const members = story.articles.map((id) => index.get(id)).filter((a) => a !== undefined);
      claims[story.id] = alignClaims(members.map((a) => ({ id: a.article.input, text: a.article.text, sentences: a.reading.sentences })), { budget });
      conflicts[story.id] = findConflicts(claims[story.id]!, members.map((a) => ({ id: a.article.input, text: a.article.text })), budget);
    } catch (error) {
      const what = claims[story.id] ? 'conflicts not compared' : 'claims not aligned';
      if (!claims[story.id]) claims[story.id] = [];
      const why = error instanceof OverBudget ? tooSlow('dossier', limits.storyMs.dossier ?? 0) : `(${errorMessage(error)})`;
      found.push({ input: story.articles[0] ?? '', message: `story ${story.id}: ${what} ${why}` });
    }
  }
  options.onProgress?.('dossier', analyzed.length, analyzed.length);
  return buildDossier({ articles: analyzed, linkage, claims, conflicts, problems: found, toolVersion: options.toolVersion });
}

/** The whole pipeline in this thread: documents (and the problems ingest already found) → dossier. */
export function analyze(documents: SourceDocument[], ingestProblems: InputProblem[], options: AnalyzeOptions): Dossier {
  const { analyzed, problems } = analyzeDocuments(documents, options);
  return dossierFor(analyzed, [...ingestProblems, ...problems], options);
}

/** The whole pipeline with extract + read in worker threads, under the time budgets of `options.limits`. */
export async function analyzeAsync(documents: SourceDocument[], ingestProblems: InputProblem[], options: AnalyzeOptions): Promise<Dossier> {
  const { analyzed, problems } = await analyzeDocumentsAsync(documents, options);
  return dossierFor(analyzed, [...ingestProblems, ...problems], options);
}
