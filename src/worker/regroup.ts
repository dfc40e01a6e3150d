// Regrouping a collection into stories: the whole collection, in an order that does not depend
// on which process added which article first, so every run over the same articles (one process
// or many workers) stores the same grouping. The store keeps the index behind the grouping (a
// snapshot plus a log of the articles added since), so a regroup reads and writes only what changed.
import { createHash } from 'node:crypto';
import type { AnalyzedArticle } from '../dossier/index.js';
import { StoryIndex, type SavedStoryIndex, type StoryChanges } from '../link/index.js';
import { toLinkInput } from '../pipeline/index.js';
import { StaleGroupingError, type ManifestEntry, type ManifestSlice, type Store, type StoredArticle, type StoryWrite, type SeenPosition, type TitleFields } from '../store/index.js';
import type { LinkInput, StoryGroup } from '../types.js';

/** What a title needs of an article. */
interface Titled {
  title: string | null;
  published: string | null;
}

/** Earliest published first (undated last); equal dates keep their order. */
function byPublished<T extends Titled>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));
}

/** A title from an article's first words. */
function titleFromText(text: string): string {
  const first = text.replace(/\s+/g, ' ').trim();
  return first.length > 100 ? `${first.slice(0, 99)}…` : first || 'Untitled story';
}

/** Story titles: the earliest dated titled article, else the first article's first words. */
export function titleFor(articles: AnalyzedArticle[]): string {
  const sorted = byPublished(articles.map((a) => ({ title: a.article.title, published: a.article.published, text: a.article.text })));
  const titled = sorted.find((a) => a.title);
  if (titled?.title) return titled.title;
  return titleFromText(sorted[0]?.text ?? '');
}

/** Canonical sort key of an article: publication date (undated last), then id. */
const orderKey = (published: string | null): string => published ?? '\uffff';
function compareCanonical(a: ManifestEntry, b: ManifestEntry): number {
  return orderKey(a.published).localeCompare(orderKey(b.published)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Grouping is incremental (each article joins the best earlier story), so its input order matters.
 * Store order is first-add order, which differs between concurrent workers: order by publication
 * date (undated last), then by id (derived from the identity alone), instead.
 */
export function canonicalOrder(stored: readonly StoredArticle[]): StoredArticle[] {
  // The same order as compareCanonical, without an object per comparison (a rebuild sorts every article).
  const key = (s: StoredArticle): string => orderKey(s.article.published);
  return [...stored].sort((a, b) => key(a).localeCompare(key(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The snapshot a regroup saves: the index and, in its entry order, which article version each entry is. */
interface LinkState {
  covered: [id: string, version: number][];
  index: SavedStoryIndex;
}

/** How a regroup went: stories stored, articles in the collection and added to the index, and whether it was rebuilt from all articles. */
export interface RegroupResult {
  stories: number;
  articles: number;
  placed: number;
  rebuilt: boolean;
  /** The id of the story a stored article is in after this regroup (null: not placed). */
  storyOf: (id: string) => string | null;
}

/** A digest of what a stored story row holds besides its title: its member ids and reasons. */
export function storyDigest(story: StoryGroup): string {
  return createHash('sha1').update(JSON.stringify([story.articles, story.reasons])).digest('base64');
}

/** The log is folded into a new snapshot once it holds more than this many articles (amortised: a snapshot per 10 % growth). */
export const logLimit = (articles: number): number => Math.max(500, Math.ceil(articles / 10));

/**
 * Whether a regroup that placed `placed` articles (the log holding `logged` before it, the index `articles`
 * after it) saves a new snapshot instead of appending to the log: when the log passes `logLimit`, or when
 * the batch alone is over a tenth of the collection (every restore would re-add it; a snapshot is cheaper).
 */
export function snapshotDue(logged: number, placed: number, articles: number): boolean {
  return logged + placed > logLimit(articles) || placed * 10 > articles;
}

/** What a regrouper knows of the store as of `generation`: the index and what it covers, and the stored stories. */
interface LinkedState {
  generation: number;
  index: StoryIndex;
  /** Covered articles in index order, and their versions by id. */
  covered: [string, number][];
  versions: Map<string, number>;
  /** The last covered article (the canonical order's position the index has reached). */
  last: ManifestEntry | null;
  /** Articles in the log since the snapshot (0 when there is no snapshot either). */
  logged: number;
  hasSnapshot: boolean;
  /** The generation that wrote the snapshot this state grew from. */
  snapshotGeneration: number;
  /** Stored stories by id. */
  stories: Map<string, { position: number; digest: string | null; title: string }>;
  /**
   * Whether the stored stories are exactly what the index last reported (`StoryIndex.storyChanges`), so
   * only the stories it reports changed need comparing; false after a load, catch-up or rebuild.
   */
  synced: boolean;
  /**
   * Title fields of covered articles read so far: they cannot change while this state lives (an updated
   * article means a rebuild, another process's rebuild a reload), so a story that grows by one article
   * reads that article's title, not all of its members' again.
   */
  titleFields: Map<string, TitleFields>;
  /**
   * The store as this state last read it whole: the highest first-add position covered and the sum of
   * current versions. While the store's totals match these plus what was added past that position, only
   * those articles need reading (a long-lived process then pays for the new articles, not the collection).
   * Null when covered articles came from elsewhere (a rebuild, the log): the next regroup reads it all.
   */
  seen: SeenPosition | null;
}

const linkInput = (s: StoredArticle): LinkInput => ({ ...toLinkInput({ article: s.article, reading: s.reading }), id: s.id });

/** How many times a regroup starts again when another process wrote meanwhile. */
const ATTEMPTS = 5;

/**
 * Regroups one store. Kept by a long-lived process (serve, watch, worker), it keeps the index in
 * memory between regroups and reloads it only when another process wrote the grouping meanwhile;
 * used once (`corroborate add`), it loads the saved snapshot and log. Either way only articles that
 * are not yet placed are read, only stories that changed are written, and the index is saved by
 * appending to its log (a new snapshot when `snapshotDue` says so), all in one transaction.
 */
export class Regrouper {
  private state: LinkedState | null = null;
  /** Regroups of one regrouper run one at a time (a worker may run two link jobs in one process). */
  private queue: Promise<unknown> = Promise.resolve();

  /** `due`: when the index is saved as a new snapshot rather than logged (default `snapshotDue`; tests change it). */
  constructor(
    private readonly store: Store,
    private readonly due: (logged: number, placed: number, articles: number) => boolean = snapshotDue,
  ) {}

  /** Groups the collection and stores the grouping (see the class). */
  place(): Promise<RegroupResult> {
    const run = this.queue.then(() => this.placeNow());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async placeNow(): Promise<RegroupResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt();
      } catch (error) {
        // Whatever failed, the index in memory may be ahead of the store: load it again next time.
        this.state = null;
        if (!(error instanceof StaleGroupingError) || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  private async attempt(): Promise<RegroupResult> {
    const store = this.store;
    const now = await store.linkGeneration();
    // Nobody wrote since: the index in memory is the store's. Only the log grew: re-add what it gained.
    if (this.state !== null && this.state.generation !== now.generation) this.state = await this.catchUp(this.state, now.snapshotGeneration);
    if (this.state === null || this.state.generation !== now.generation) this.state = await this.load();
    let state = this.state;
    const { slice, partial } = await this.manifestFor(state);
    let fresh = state ? await this.freshArticles(state, slice.entries, partial) : null;
    let rebuilt = false;
    let all: StoredArticle[] | null = null;
    if (state === null || fresh === null) {
      // No usable saved index, or the collection no longer extends it: group every article again.
      all = canonicalOrder(await store.articles());
      state = {
        generation: state?.generation ?? now.generation,
        index: new StoryIndex(),
        covered: [],
        versions: new Map(),
        last: null,
        logged: 0,
        hasSnapshot: false,
        snapshotGeneration: 0,
        stories: state?.stories ?? (await this.storedStories()),
        seen: null,
        synced: false,
        titleFields: new Map(),
      };
      fresh = all;
      rebuilt = true;
    }
    for (const s of fresh) {
      state.index.add(linkInput(s));
      state.covered.push([s.id, s.version]);
      state.versions.set(s.id, s.version);
      state.last = { id: s.id, version: s.version, published: s.article.published };
    }

    const report = state.index.storyChanges(!state.synced);
    const { write, remove } = await this.changedStories(state, report, all);
    const placed = fresh.length;
    let snapshot: { json: string; articles: number } | undefined;
    let append: [string, number][] | undefined;
    if (rebuilt || !state.hasSnapshot || (placed > 0 && this.due(state.logged, placed, state.covered.length))) {
      const saved: LinkState = { covered: state.covered, index: state.index.toJSON() };
      snapshot = { json: JSON.stringify(saved), articles: state.covered.length };
    } else if (placed > 0) {
      append = fresh.map((s): [string, number] => [s.id, s.version]);
    }
    // Without a rebuild, the covered articles are now exactly the slice's and those seen before it (saved
    // with the grouping, so a fresh process that loads this index reads only what was added after it).
    // (A rebuild replaced the state whose position the partial read started from: nothing is known then.)
    let seen: SeenPosition | null = null;
    if (!rebuilt) {
      let seq = partial ? state.seen!.seq : 0;
      for (const e of slice.entries) seq = Math.max(seq, e.seq);
      seen = { seq, versions: slice.versions };
    }
    if (write.length > 0 || remove.length > 0 || snapshot || append) {
      state.generation = await store.applyGrouping({ generation: state.generation, write, remove, snapshot, append, seen });
      if (snapshot) {
        state.hasSnapshot = true;
        state.logged = 0;
        state.snapshotGeneration = state.generation;
      } else if (append) state.logged += append.length;
      for (const id of remove) state.stories.delete(id);
      for (const w of write) state.stories.set(w.story.id, { position: w.position, digest: w.digest, title: w.title.trim() });
    }
    state.synced = true;
    state.seen = seen;
    this.state = state;

    // Looked up when asked: a map of every article would cost more than the add at 100k articles.
    const index = state.index;
    return { stories: report.total, articles: state.covered.length, placed, rebuilt, storyOf: (id) => index.storyOf(id) };
  }

  /**
   * The saved index, with the logged articles re-added in order, if it still describes the collection (same
   * articles, same versions); null when there is none, it is unreadable or of an older format, or a logged
   * article has changed since. The caller then rebuilds.
   */
  private async load(): Promise<LinkedState | null> {
    const saved = await this.store.loadLinkLog();
    if (saved.snapshot === null) return null;
    let state: LinkedState;
    try {
      const parsed = JSON.parse(saved.snapshot) as LinkState;
      if (!Array.isArray(parsed.covered)) return null;
      const index = StoryIndex.fromJSON(parsed.index);
      if (index.size !== parsed.covered.length) return null;
      state = {
        generation: saved.generation,
        index,
        covered: parsed.covered,
        versions: new Map(parsed.covered),
        last: null,
        logged: 0,
        hasSnapshot: true,
        snapshotGeneration: saved.snapshotGeneration,
        stories: new Map(),
        seen: null,
        synced: false,
        titleFields: new Map(),
      };
    } catch {
      return null;
    }
    if (state.versions.size !== state.covered.length) return null;
    const lastId = state.covered.at(-1)?.[0];
    if (lastId !== undefined) {
      const last = (await this.store.titleFields([lastId]))[0];
      if (!last) return null;
      state.last = { id: last.id, version: state.versions.get(lastId)!, published: last.published };
    }
    if (!(await this.replay(state, saved.log))) return null;
    // What the writer covered is what was just restored: snapshot and whole log.
    state.seen = saved.seen;
    state.stories = await this.storedStories();
    return state;
  }

  /**
   * A warm state brought up to the store's when another process only appended to the log since (the
   * snapshot is the one this state grew from): the articles logged since are re-added; null otherwise.
   */
  private async catchUp(state: LinkedState, snapshotGeneration: number): Promise<LinkedState | null> {
    if (!state.hasSnapshot || state.snapshotGeneration !== snapshotGeneration) return null;
    const saved = await this.store.loadLinkLog(state.logged, false);
    if (saved.snapshotGeneration !== state.snapshotGeneration) return null;
    if (!(await this.replay(state, saved.log))) return null;
    state.seen = saved.seen;
    state.synced = false;
    state.titleFields.clear();
    state.generation = saved.generation;
    state.stories = await this.storedStories();
    return state;
  }

  /** Re-adds logged articles in order; false when one is no longer the version logged (a stale log) or is placed already. */
  private async replay(state: LinkedState, log: readonly [string, number][]): Promise<boolean> {
    const articles = await this.store.articlesById(log.map(([id]) => id));
    if (articles.length !== log.length) return false;
    for (const [i, s] of articles.entries()) {
      const [id, version] = log[i]!;
      if (s.id !== id || s.version !== version || state.versions.has(id)) return false;
      state.index.add(linkInput(s));
      state.covered.push([id, version]);
      state.versions.set(id, version);
      state.last = { id, version, published: s.article.published };
      state.logged++;
    }
    return true;
  }

  private async storedStories(): Promise<LinkedState['stories']> {
    return new Map((await this.store.storyKeys()).map((k) => [k.id, { position: k.position, digest: k.digest, title: k.title }]));
  }

  /**
   * The manifest past what `state` has seen, when the store's totals show nothing else changed (no covered
   * article updated, none committed late behind that position); else the whole manifest.
   */
  private async manifestFor(state: LinkedState | null): Promise<{ slice: ManifestSlice; partial: boolean }> {
    const seen = state?.seen;
    if (state && seen) {
      const slice = await this.store.manifestAfter(seen.seq);
      let versions = seen.versions;
      for (const e of slice.entries) versions += e.version;
      if (slice.articles === state.covered.length + slice.entries.length && slice.versions === versions) return { slice, partial: true };
    }
    return { slice: await this.store.manifestAfter(0), partial: false };
  }

  /**
   * The articles to add to the index, in canonical order, if the index's articles are still a prefix of
   * the collection in canonical order: each covered article unchanged and every other one after the
   * last covered. Then adding them gives exactly what grouping everything would. Else null. A `partial`
   * manifest holds only articles past the seen position (the rest are known unchanged).
   */
  private async freshArticles(state: LinkedState, manifest: readonly ManifestEntry[], partial: boolean): Promise<StoredArticle[] | null> {
    let matched = 0;
    const fresh: ManifestEntry[] = [];
    for (const entry of manifest) {
      const version = state.versions.get(entry.id);
      if (version === undefined) {
        if (state.last !== null && compareCanonical(entry, state.last) <= 0) return null;
        fresh.push(entry);
      } else if (version !== entry.version) return null;
      else matched++;
    }
    if (!partial && matched !== state.versions.size) return null;
    fresh.sort(compareCanonical);
    const articles = await this.store.articlesById(fresh.map((e) => e.id));
    // An article updated between the two reads: start again from what the store holds now.
    if (articles.length !== fresh.length || articles.some((s, i) => s.version !== fresh[i]!.version)) {
      throw new StaleGroupingError(`articles of ${this.store.path} changed during the regroup`);
    }
    return articles;
  }

  /**
   * Stories to write (new or changed, with titles) and stored ones to remove. In sync, only the stories
   * the index reports changed are compared (and it names the removed ones); else every story is.
   */
  private async changedStories(
    state: LinkedState,
    report: StoryChanges,
    all: StoredArticle[] | null,
  ): Promise<{ write: StoryWrite[]; remove: string[] }> {
    let remove: string[];
    if (state.synced) remove = report.removed.filter((id) => state.stories.has(id));
    else {
      const ids = new Set(report.changed.map((c) => c.story.id));
      remove = [...state.stories.keys()].filter((id) => !ids.has(id));
    }
    if (all) {
      // After a rebuild an article may have changed (its title too): compare every title, all at hand.
      const analyzed = new Map(all.map((s) => [s.id, { article: s.article, reading: s.reading }]));
      const write: StoryWrite[] = [];
      for (const { story, position } of report.changed) {
        const digest = storyDigest(story);
        const title = titleFor(story.articles.map((id) => analyzed.get(id)!));
        const stored = state.stories.get(story.id);
        if (!stored || stored.position !== position || stored.digest !== digest || stored.title !== title.trim()) {
          write.push({ story, position, digest, title });
        }
      }
      return { write, remove };
    }
    const changed: { story: StoryGroup; position: number; digest: string }[] = [];
    for (const { story, position } of report.changed) {
      const digest = storyDigest(story);
      const stored = state.stories.get(story.id);
      if (!stored || stored.position !== position || stored.digest !== digest) changed.push({ story, position, digest });
    }
    if (changed.length === 0) return { write: [], remove };
    const titles = await this.titles(changed, state);
    return { write: changed.map((c, i) => ({ ...c, title: titles[i]! })), remove };
  }

  /**
   * Titles of changed stories, without a rebuild: no placed article has changed since the stories were
   * stored (else this would be a rebuild), so a story with the same members as a stored one (moved to
   * another id) keeps its title; the rest read their members' titles (and text only when none has one).
   */
  private async titles(changed: { story: StoryGroup; digest: string }[], state: LinkedState): Promise<string[]> {
    const byDigest = new Map<string, string>();
    for (const s of state.stories.values()) if (s.digest !== null) byDigest.set(s.digest, s.title);
    const stories = changed.map((c) => c.story);
    const out: (string | undefined)[] = changed.map((c) => byDigest.get(c.digest));
    const needed = [...new Set(stories.flatMap((g, i) => (out[i] === undefined ? g.articles : [])))];
    const fields = state.titleFields;
    const unread = needed.filter((id) => !fields.has(id));
    if (unread.length > 0) for (const f of await this.store.titleFields(unread)) fields.set(f.id, f);
    for (const [i, g] of stories.entries()) {
      if (out[i] !== undefined) continue;
      const sorted = byPublished(g.articles.map((id) => fields.get(id) ?? { id, title: null, published: null }));
      const titled = sorted.find((a) => a.title);
      if (titled?.title) out[i] = titled.title;
      else {
        const first = sorted[0] ? (await this.store.articlesById([sorted[0].id]))[0] : undefined;
        out[i] = titleFromText(first?.article.text ?? '');
      }
    }
    return out.map((t) => t!);
  }
}

/**
 * Groups the collection and stores the grouping and the index behind it, from the saved index: articles
 * already in it are not read again, so adding an article to a large collection costs one `add`, not a
 * regroup of everything. A long-lived process keeps a `Regrouper` instead.
 */
export function placeStories(store: Store): Promise<RegroupResult> {
  return new Regrouper(store).place();
}

/** Regroups the collection (incrementally when a saved index allows) and stores the grouping; returns the number of stories. */
export async function regroup(store: Store): Promise<number> {
  return (await placeStories(store)).stories;
}
