// The server's view of a store: stories with their dossiers (cached per article versions),
// articles, actors across the whole collection, search, and adding. Adds run one at a time so two
// uploads cannot interleave their regroups.
import type { Dossier, DossierStory } from '../dossier/index.js';
import type { Conflict } from '../link/index.js';
import { analyzeDocuments, dossierFor } from '../pipeline/index.js';
import { searchCollection, type CollectionQuery, type SearchHit, type Store, type StoredArticle, type StorySummary } from '../store/index.js';
import type { InputProblem, SourceDocument } from '../types.js';
import { Regrouper } from '../worker/regroup.js';
import { compareContest, contestOf, type Contest } from './contested.js';

export type StorySort = 'newest' | 'largest' | 'contested';
export const STORY_SORTS: readonly StorySort[] = ['newest', 'largest', 'contested'];

export interface StoryAnalysis {
  summary: StorySummary;
  dossier: Dossier;
  story: DossierStory;
  conflicts: Conflict[];
  contest: Contest;
  /** Stored articles of the story, in story order. */
  members: StoredArticle[];
  /** Dossier article id (the article's input) → store id. */
  storeId: Map<string, string>;
}

export interface ListedStory extends StorySummary {
  contest: Contest;
}

export interface ActorPosition {
  story: string;
  storyTitle: string;
  type: string;
  target: string | null;
  negated: boolean;
  modality: string;
  trigger: string;
  /** Stated date of the position, else its article's publication date; null when neither. */
  date: string | null;
  evidence: { article: string; text: string }[];
}

export interface ActorView {
  id: string;
  name: string;
  type: string;
  kind: string;
  aliases: string[];
  roles: string[];
  code: string | null;
  partOf: string | null;
  mentions: number;
  articles: { id: string; title: string | null; outlet: string | null; published: string | null; mentions: number }[];
  stories: { id: string; title: string }[];
  positions: ActorPosition[];
}

export type SearchQuery = CollectionQuery;

export interface AddOutcome {
  articles: { id: string; input: string; title: string | null; status: 'added' | 'unchanged' | 'updated'; version: number; story: string | null }[];
  problems: InputProblem[];
  stories: number;
}

const byDateDesc = (a: string | null, b: string | null): number => (b ?? '').localeCompare(a ?? '');

function mentionCount(stored: StoredArticle, actor: string): number {
  return stored.reading.mentions.filter((m) => m.actor === actor).length;
}

export class Collection {
  private readonly cache = new Map<string, { key: string; analysis: StoryAnalysis }>();
  private writes: Promise<unknown> = Promise.resolve();
  /** Keeps the story index in memory between adds: a regroup places only the new articles. */
  private readonly regrouper: Regrouper;

  constructor(
    readonly store: Store,
    private readonly toolVersion: string,
  ) {
    this.regrouper = new Regrouper(store);
  }

  /** A story's dossier, conflicts and contest figures; recomputed only when its articles change. */
  async story(id: string): Promise<StoryAnalysis | undefined> {
    const found = await this.store.story(id);
    if (!found) return undefined;
    const key = JSON.stringify([found.summary.title, found.reasons, found.articles.map((a) => [a.id, a.version])]);
    const cached = this.cache.get(id);
    if (cached?.key === key) return cached.analysis;
    const analyzed = found.articles.map((s) => ({ article: s.article, reading: s.reading }));
    const group = { id: found.summary.id, articles: found.articles.map((s) => s.article.input), reasons: found.reasons };
    const dossier = dossierFor(analyzed, [], { toolVersion: this.toolVersion }, [group]);
    const story = dossier.stories[0]!;
    // The story title is the store's (stable across regroups), not the dossier's own choice.
    story.title = found.summary.title;
    // The dossier already found them; the pages want link's shape (sentence references).
    const conflicts: Conflict[] = story.conflicts.map((c) => ({
      kind: c.kind,
      values: c.values,
      members: c.evidence.map((e) => ({ article: e.article, sentence: e.sentence })),
    }));
    const analysis: StoryAnalysis = {
      summary: found.summary,
      dossier,
      story,
      conflicts,
      contest: contestOf(story, conflicts.length),
      members: found.articles,
      storeId: new Map(found.articles.map((s) => [s.article.input, s.id])),
    };
    this.cache.set(id, { key, analysis });
    return analysis;
  }

  async stories(sort: StorySort = 'newest'): Promise<ListedStory[]> {
    const summaries = await this.store.stories();
    const listed: ListedStory[] = [];
    for (const s of summaries) {
      const analysis = await this.story(s.id);
      if (analysis) listed.push({ ...s, contest: analysis.contest });
    }
    // Drop cache entries of stories a regroup removed.
    const ids = new Set(summaries.map((s) => s.id));
    for (const id of this.cache.keys()) if (!ids.has(id)) this.cache.delete(id);
    const tie = (a: ListedStory, b: ListedStory) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    if (sort === 'largest') return listed.sort((a, b) => b.articles - a.articles || b.outlets.length - a.outlets.length || tie(a, b));
    if (sort === 'contested') return listed.sort((a, b) => compareContest({ ...a.contest, articles: a.articles, id: a.id }, { ...b.contest, articles: b.articles, id: b.id }));
    // Undated stories sort after dated ones.
    return listed.sort((a, b) => byDateDesc(a.lastPublished, b.lastPublished) || tie(a, b));
  }

  /** The stories an article belongs to (one, unless the grouping changed under us). */
  async storiesOf(articleId: string): Promise<StorySummary[]> {
    const out: StorySummary[] = [];
    for (const s of await this.store.stories()) {
      const story = await this.store.story(s.id);
      if (story?.articles.some((a) => a.id === articleId)) out.push(s);
    }
    return out;
  }

  async actor(id: string): Promise<ActorView | undefined> {
    const articles = (await this.store.articles()).filter((s) => s.reading.actors.some((a) => a.id === id));
    if (articles.length === 0) return undefined;
    const records = articles.flatMap((s) => s.reading.actors.filter((a) => a.id === id));
    const first = records[0]!;
    const aliases = new Set<string>();
    const roles = new Set<string>();
    for (const r of records) {
      aliases.add(r.name);
      r.aliases.forEach((a) => aliases.add(a));
      r.roles.forEach((a) => roles.add(a));
    }
    aliases.delete(first.name);
    const holding = new Set(articles.map((a) => a.id));
    const stories: { id: string; title: string }[] = [];
    const positions: ActorPosition[] = [];
    for (const s of await this.store.stories()) {
      const analysis = await this.story(s.id);
      if (!analysis || !analysis.members.some((m) => holding.has(m.id))) continue;
      stories.push({ id: s.id, title: s.title });
      const actor = analysis.story.actors.find((a) => a.id === id);
      for (const p of actor?.positions ?? []) {
        positions.push({
          story: s.id,
          storyTitle: s.title,
          type: p.type,
          target: p.target,
          negated: p.negated,
          modality: p.modality,
          trigger: p.trigger,
          date: p.date,
          evidence: [{ article: analysis.storeId.get(p.evidence.article) ?? p.evidence.article, text: p.evidence.text }],
        });
      }
    }
    // Oldest first: positions "over time"; undated ones last.
    positions.sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff'));
    return {
      id,
      name: first.name,
      type: first.type,
      kind: first.kind,
      aliases: [...aliases].sort(),
      roles: [...roles].sort(),
      code: first.code,
      partOf: first.partOf,
      mentions: articles.reduce((n, s) => n + mentionCount(s, id), 0),
      articles: articles
        .map((s) => ({ id: s.id, title: s.article.title, outlet: s.article.site, published: s.article.published, mentions: mentionCount(s, id) }))
        .sort((a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff')),
      stories,
      positions,
    };
  }

  /** Full-text search, optionally narrowed to an actor (see store's searchCollection). */
  search(query: SearchQuery): Promise<SearchHit[]> {
    return searchCollection(this.store, query);
  }

  /** Runs the pipeline over documents, stores the articles and regroups the collection. */
  add(documents: SourceDocument[], problems: InputProblem[] = []): Promise<AddOutcome> {
    const run = this.writes.then(async () => {
      const { analyzed, problems: failed } = analyzeDocuments(documents);
      const results: AddOutcome['articles'] = [];
      for (const { article, reading } of analyzed) {
        const r = await this.store.addArticle(article, reading);
        results.push({ id: r.id, input: article.input, title: article.title, status: r.status, version: r.version, story: null });
      }
      const placed = results.length > 0 ? await this.regrouper.place() : null;
      const stories = placed ? placed.stories : (await this.store.stories()).length;
      // The regroup says where each article went: no need to read every story back.
      if (placed) for (const r of results) r.story = placed.storyOf(r.id);
      return { articles: results, problems: [...problems, ...failed], stories };
    });
    // A failed add must not block the ones after it.
    this.writes = run.catch(() => undefined);
    return run;
  }
}
