// What each kind of job does. ingest: read a path or a record into documents → one analyze job
// each. analyze: extract + read one document and add it to the store → a link job if it changed.
// link: regroup the whole collection.
import { ingestAll, isProblem } from '../ingest/index.js';
import { jsonToDocuments } from '../ingest/records.js';
import { extract } from '../extract/index.js';
import { analyzeDocuments } from '../pipeline/index.js';
import type { AddResult, PgStore } from '../store/index.js';
import type { InputProblem, SourceDocument } from '../types.js';
import type { JobPayload } from './queue.js';
import { Regrouper } from './regroup.js';

/** A failure that retrying cannot fix (a bad input): the job fails at once. */
export class PermanentJobError extends Error {}

export interface JobOutcome {
  /** Jobs this one leads to. */
  next: JobPayload[];
  /** What happened, for the worker's log. */
  detail: Record<string, unknown>;
}

/** pg_advisory_lock key: one regroup at a time, so a later grouping is never overwritten by an older one. */
const REGROUP_LOCK = 0x43524f4203;

/** One regrouper per store for the life of the worker, so its story index stays in memory between link jobs. */
const regroupers = new WeakMap<PgStore, Regrouper>();
function regrouperFor(store: PgStore): Regrouper {
  let regrouper = regroupers.get(store);
  if (!regrouper) regroupers.set(store, (regrouper = new Regrouper(store)));
  return regrouper;
}

export async function runJob(payload: JobPayload, store: PgStore): Promise<JobOutcome> {
  switch (payload.kind) {
    case 'ingest': {
      const { documents, problems } =
        'path' in payload
          ? await ingestAll([payload.path])
          : split(jsonToDocuments(JSON.stringify(payload.record), payload.label));
      if (documents.length === 0 && problems.length > 0) throw new PermanentJobError(problems.map((p) => p.message).join('; '));
      return {
        next: documents.map((document) => ({ kind: 'analyze', document, published: payload.published })),
        detail: { documents: documents.length, problems: problems.map((p) => p.message) },
      };
    }
    case 'analyze': {
      const { document, published } = payload;
      // Re-ingesting a collection is common: skip reading an article whose stored content is the same.
      let known: AddResult | undefined;
      try {
        const article = extract(document);
        known = await store.unchanged(article.published || !published ? article : { ...article, published });
      } catch {
        known = undefined; // analyzeDocuments below reports the problem properly
      }
      if (known) return { next: [], detail: { input: document.input, ...known } };
      const { analyzed, problems } = analyzeDocuments([document], { published });
      const first = analyzed[0];
      if (!first) throw new PermanentJobError(problems.map((p) => p.message).join('; ') || `${document.origin}: nothing to add`);
      const result = await store.addArticle(first.article, first.reading);
      return { next: result.status === 'unchanged' ? [] : [{ kind: 'link' }], detail: { input: document.input, ...result } };
    }
    case 'link': {
      const client = await store.connections.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [REGROUP_LOCK]);
        try {
          return { next: [], detail: { stories: (await regrouperFor(store).place()).stories } };
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [REGROUP_LOCK]);
        }
      } finally {
        client.release();
      }
    }
  }
}

function split(items: (SourceDocument | InputProblem)[]): { documents: SourceDocument[]; problems: InputProblem[] } {
  const documents: SourceDocument[] = [];
  const problems: InputProblem[] = [];
  for (const item of items) {
    if (isProblem(item)) problems.push(item);
    else documents.push(item);
  }
  return { documents, problems };
}
