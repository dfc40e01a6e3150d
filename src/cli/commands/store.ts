// `corroborate add | stories | show | search`: the collection kept in a SQLite store.
import { groupStories } from '../../link/index.js';
import { analyzeDocuments, dossierFor, toLinkInput } from '../../pipeline/index.js';
import { openStore, StoreError, type Store } from '../../store/index.js';
import { renderTerminal } from '../../render/index.js';
import type { AnalyzedArticle } from '../../dossier/index.js';
import type { Io, RunState } from '../context.js';
import { toolVersion, UsageError, warn, writeJsonLine } from '../context.js';
import { collectInputs, documentsOf } from '../inputs.js';
import { progressReporter, writeOutputs } from './analyze.js';

export const DEFAULT_DB = 'corroborate.db';

function open(path: string, readonly = false): Store {
  try {
    return openStore(path, { readonly });
  } catch (error) {
    if (error instanceof StoreError) throw new UsageError(error.message);
    throw error;
  }
}

/** Story titles: the earliest dated titled article, else the first article's first words. */
function titleFor(articles: AnalyzedArticle[]): string {
  const sorted = [...articles].sort((a, b) => (a.article.published ?? '9999').localeCompare(b.article.published ?? '9999'));
  const titled = sorted.find((a) => a.article.title);
  if (titled?.article.title) return titled.article.title;
  const first = sorted[0]?.article.text.replace(/\s+/g, ' ').trim() ?? '';
  return first.length > 100 ? `${first.slice(0, 99)}…` : first || 'Untitled story';
}

/** Regroup the whole collection and store the grouping (incremental grouping comes with the link stage's index). */
function regroup(store: Store): number {
  const stored = store.articles();
  const analyzed = new Map(stored.map((s) => [s.id, { article: s.article, reading: s.reading }]));
  const groups = groupStories(stored.map((s) => ({ ...toLinkInput({ article: s.article, reading: s.reading }), id: s.id })));
  const titles = Object.fromEntries(groups.map((g) => [g.id, titleFor(g.articles.map((id) => analyzed.get(id)!))]));
  store.replaceStories(groups, titles);
  return groups.length;
}

export async function addCommand(inputs: string[], options: { db: string; published?: string; json?: boolean }, io: Io, state: RunState): Promise<void> {
  const items = await collectInputs(inputs, io, state);
  const documents = documentsOf(items);
  const { analyzed, problems } = analyzeDocuments(documents, { published: options.published, onProgress: progressReporter(io, documents.length) });
  for (const p of problems) {
    warn(io, p.message);
    state.failed = true;
  }
  const store = open(options.db);
  try {
    const counts = { added: 0, unchanged: 0, updated: 0 };
    for (const { article, reading } of analyzed) {
      const result = store.addArticle(article, reading);
      counts[result.status]++;
      if (options.json) writeJsonLine(io, { input: article.input, ...result });
    }
    const stories = regroup(store);
    const summary = `${options.db}: ${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged; ${store.articles().length} articles in ${stories} stories`;
    if (options.json) io.stderr.write(`${summary}\n`);
    else io.stdout.write(`${summary}\n`);
  } finally {
    store.close();
  }
}

export async function storiesCommand(options: { db: string; json?: boolean }, io: Io): Promise<void> {
  const store = open(options.db, true);
  try {
    const stories = store.stories();
    if (options.json) {
      io.stdout.write(`${JSON.stringify({ stories }, null, 2)}\n`);
      return;
    }
    if (stories.length === 0) io.stdout.write(`${options.db}: no stories yet; add articles with \`corroborate add <inputs...>\`\n`);
    for (const s of stories) {
      const dates = s.firstPublished ? ` ${s.firstPublished.slice(0, 10)}${s.lastPublished && s.lastPublished !== s.firstPublished ? `…${s.lastPublished.slice(0, 10)}` : ''}` : '';
      io.stdout.write(`${s.id}\t${s.articles} article(s)\t${s.outlets.join(', ') || '-'}${dates}\t${s.title}\n`);
    }
  } finally {
    store.close();
  }
}

export async function showCommand(id: string, options: { db: string; json?: boolean; out?: string; color?: boolean }, io: Io): Promise<void> {
  const store = open(options.db, true);
  try {
    const story = store.story(id);
    if (!story) throw new UsageError(`${options.db}: no story "${id}"; list them with \`corroborate stories --db ${options.db}\``);
    const analyzed = story.articles.map((s) => ({ article: s.article, reading: s.reading }));
    const inputOf = new Map(story.articles.map((s) => [s.id, s.article.input]));
    const group = { id: story.summary.id, articles: story.articles.map((s) => inputOf.get(s.id)!), reasons: story.reasons };
    const dossier = dossierFor(analyzed, [], { toolVersion: toolVersion() }, [group]);
    const written = options.out ? await writeOutputs(dossier, options.out) : undefined;
    if (options.json) io.stdout.write(`${JSON.stringify(dossier, null, 2)}\n`);
    else io.stdout.write(renderTerminal(dossier, { color: options.color ?? Boolean(io.stdout.isTTY) }));
    if (written && !options.json) io.stdout.write(`\nReport: ${written.html}\n`);
  } finally {
    store.close();
  }
}

export async function searchCommand(
  query: string,
  options: { db: string; since?: string; outlet?: string; limit?: string; json?: boolean },
  io: Io,
): Promise<void> {
  const store = open(options.db, true);
  try {
    const limit = options.limit === undefined ? undefined : Number(options.limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new UsageError(`--limit must be a positive whole number, not "${options.limit}"`);
    let hits;
    try {
      hits = store.search(query, { since: options.since, outlet: options.outlet, limit });
    } catch (error) {
      if (error instanceof StoreError) throw new UsageError(error.message);
      throw error;
    }
    if (options.json) {
      for (const hit of hits) writeJsonLine(io, hit);
      return;
    }
    if (hits.length === 0) io.stdout.write(`no articles match "${query}"\n`);
    for (const hit of hits) io.stdout.write(`${hit.id}\t${hit.title ?? '(untitled)'}\n    ${hit.snippet}\n`);
  } finally {
    store.close();
  }
}
