// `corroborate add | stories | show | search`: the collection kept in a store (a SQLite file or a
// PostgreSQL database); `add --queue` leaves the work to `corroborate worker` processes.
import { analyzeDocumentsAsync, dossierFor } from '../../pipeline/index.js';
import { join, resolve } from 'node:path';
import { isPostgresTarget, searchCollection, StoreError, type PgStore, type Store } from '../../store/index.js';
import { JobQueue, type JobPayload } from '../../worker/queue.js';
import { renderTerminal } from '../../render/index.js';
import type { Io, RunState } from '../context.js';
import { openCollection, pipelineOptionsFrom, type PipelineFlags, toolVersion, useColor, UsageError, warn, writeJsonLine } from '../context.js';
import { collectInputs, documentsOf } from '../inputs.js';
import { progressReporter, writeDossierFiles, writeOutputs } from './analyze.js';
import { placeStories } from '../../worker/regroup.js';
import { writeJson } from '../write-json.js';

export const DEFAULT_DB = 'corroborate.db';

function open(path: string, readonly = false): Promise<Store> {
  return openCollection(path, { readonly });
}


/** `add --queue`: one ingest job per input for the workers; stdin is read here, since workers cannot. */
async function enqueueAdd(inputs: string[], options: { db: string; published?: string; json?: boolean }, io: Io, state: RunState): Promise<void> {
  if (!isPostgresTarget(options.db)) throw new UsageError(`--queue needs a PostgreSQL store shared with workers (--db postgres://…), not "${options.db}"`);
  const store = (await open(options.db)) as PgStore;
  try {
    const jobs: JobPayload[] = [];
    for (const input of inputs) {
      if (input === '-') {
        const items = await collectInputs(['-'], io, state);
        for (const document of documentsOf(items)) jobs.push({ kind: 'analyze', document, published: options.published });
      } else {
        // Workers may run elsewhere: give them the path from the filesystem root.
        jobs.push({ kind: 'ingest', path: resolve(input), published: options.published });
      }
    }
    await new JobQueue(store.connections).enqueue(jobs);
    if (options.json) for (const job of jobs) writeJsonLine(io, { queued: job.kind, input: 'path' in job ? job.path : 'document' in job ? job.document.input : null });
    const summary = `${store.path}: queued ${jobs.length} job(s) for \`corroborate worker --db …\``;
    if (options.json) io.stderr.write(`${summary}\n`);
    else io.stdout.write(`${summary}\n`);
  } finally {
    await store.close();
  }
}

export async function addCommand(inputs: string[], options: { db: string; published?: string; json?: boolean; queue?: boolean } & PipelineFlags, io: Io, state: RunState): Promise<void> {
  if (options.queue) return enqueueAdd(inputs, options, io, state);
  const items = await collectInputs(inputs, io, state);
  const documents = documentsOf(items);
  const { analyzed, problems } = await analyzeDocumentsAsync(documents, {
    ...pipelineOptionsFrom(options, documents.length),
    published: options.published,
    onProgress: progressReporter(io, documents.length),
  });
  for (const p of problems) {
    warn(io, p.message);
    state.failed = true;
  }
  const store = await open(options.db);
  try {
    const counts = { added: 0, unchanged: 0, updated: 0 };
    const results: { input: string; id: string; status: string; version: number }[] = [];
    for (const { article, reading } of analyzed) {
      const result = await store.addArticle(article, reading);
      counts[result.status]++;
      results.push({ input: article.input, ...result });
    }
    // The regroup already read the collection: its count, not a second read of every article.
    const { stories, articles, storyOf } = await placeStories(store);
    // Each line says which story the article is in now, so a script adding one article learns where it went.
    if (options.json) for (const r of results) writeJsonLine(io, { ...r, story: storyOf(r.id) });
    const summary = `${store.path}: ${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged; ${articles} articles in ${stories} stories`;
    if (options.json) io.stderr.write(`${summary}\n`);
    else io.stdout.write(`${summary}\n`);
  } finally {
    await store.close();
  }
}

export async function storiesCommand(options: { db: string; json?: boolean }, io: Io): Promise<void> {
  const store = await open(options.db, true);
  try {
    const stories = await store.stories();
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
    await store.close();
  }
}

export async function showCommand(id: string, options: { db: string; json?: boolean; out?: string; color?: boolean }, io: Io): Promise<void> {
  const store = await open(options.db, true);
  try {
    const story = await store.story(id);
    if (!story) throw new UsageError(`${options.db}: no story "${id}"; list them with \`corroborate stories --db ${options.db}\``);
    const analyzed = story.articles.map((s) => ({ article: s.article, reading: s.reading }));
    const inputOf = new Map(story.articles.map((s) => [s.id, s.article.input]));
    const group = { id: story.summary.id, articles: story.articles.map((s) => inputOf.get(s.id)!), reasons: story.reasons };
    const dossier = dossierFor(analyzed, [], { toolVersion: toolVersion() }, [group]);
    const written = options.out ? await writeOutputs(dossier, options.out) : undefined;
    if (options.json) await writeJson(io.stdout, dossier);
    else io.stdout.write(renderTerminal(dossier, { color: useColor(options.color, io) }));
    if (written && !options.json) io.stdout.write(`\nReport: ${written.html}\n`);
  } finally {
    await store.close();
  }
}

export async function searchCommand(
  query: string | undefined,
  options: { db: string; since?: string; outlet?: string; actor?: string; limit?: string; json?: boolean },
  io: Io,
): Promise<void> {
  if (!query?.trim() && !options.actor) throw new UsageError('give words to search for, --actor ID, or both');
  const store = await open(options.db, true);
  try {
    const limit = options.limit === undefined ? undefined : Number(options.limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new UsageError(`--limit must be a positive whole number, not "${options.limit}"`);
    let hits;
    try {
      hits = await searchCollection(store, { q: query, since: options.since, outlet: options.outlet, actor: options.actor, limit });
    } catch (error) {
      if (error instanceof StoreError) throw new UsageError(error.message);
      throw error;
    }
    if (options.json) {
      for (const hit of hits) writeJsonLine(io, hit);
      return;
    }
    if (hits.length === 0) io.stdout.write(`no articles match${query ? ` "${query}"` : ''}${options.actor ? ` mentioning ${options.actor}` : ''}\n`);
    for (const hit of hits) io.stdout.write(`${hit.id}\t${hit.title ?? '(untitled)'}\n    ${hit.snippet}\n`);
  } finally {
    await store.close();
  }
}

export type ExportFormat = 'json' | 'html' | 'md' | 'csv';
const EXPORT_FORMATS: ExportFormat[] = ['json', 'html', 'md', 'csv'];

/** Dossiers of chosen stories (or all) written to a folder in the chosen formats. */
export async function exportCommand(
  ids: string[],
  options: { db: string; out: string; format?: string; all?: boolean },
  io: Io,
): Promise<void> {
  const formats = (options.format ?? 'json,html,md,csv').split(',').map((f) => f.trim()) as ExportFormat[];
  for (const f of formats) if (!EXPORT_FORMATS.includes(f)) throw new UsageError(`--format takes ${EXPORT_FORMATS.join(', ')} (comma-separated), not "${f}"`);
  if (ids.length === 0 && !options.all) throw new UsageError('name the stories to export, or --all');
  const store = await open(options.db, true);
  try {
    const chosen = options.all ? (await store.stories()).map((s) => s.id) : ids;
    for (const id of chosen) {
      const story = await store.story(id);
      if (!story) throw new UsageError(`${store.path}: no story "${id}"; list them with \`corroborate stories --db ${options.db}\``);
      const analyzed = story.articles.map((s) => ({ article: s.article, reading: s.reading }));
      const group = { id: story.summary.id, articles: story.articles.map((s) => s.article.input), reasons: story.reasons };
      const dossier = dossierFor(analyzed, [], { toolVersion: toolVersion() }, [group]);
      const written = await writeDossierFiles(dossier, join(options.out, id), formats);
      io.stdout.write(`${id}: ${written.join(', ')}\n`);
    }
  } finally {
    await store.close();
  }
}
