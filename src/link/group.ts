// Which articles tell the same story. Articles are taken one at a time (so a collection can
// grow), compared only with earlier articles that share a distinctive term or a stretch of
// text (an inverted index, never all pairs), and each joins the piece it matches best on
// average, or opens a new one. The stories are then settled from those pieces as a whole
// (./story-settle.ts): each piece is re-checked from its single articles, so that one early
// wrong join is undone, and linked pieces merge by average link, strongest first: at a fixed
// bar, or lower where pieces are about as close to each other as inside (a loosely told story;
// see `MergeRule`). Merging only at the end, on whole pieces, is what makes the stories (nearly)
// independent of the order the articles came in: merging while they arrive decided on partial stories.

import type { LinkInput, StoryGroup } from '../types.js';
import { features, type TextFeatures } from './features.js';
import { averageLinkGroups, settlePieces, type MergeRule, type Piece } from './story-settle.js';
import { reassignArticles } from './story-reassign.js';
import { SlabDecoder } from './slab-decoder.js';
import { storyReasons } from './story-reasons.js';
import {
  DAY,
  addInto,
  byWeight,
  dot,
  dotMaps,
  meanOf,
  nameScore,
  namesQuery,
  pairsOf,
  parseTime,
  score,
  shingleKeys,
  type Entry,
  type Query,
} from './story-entry.js';

export interface GroupOptions {
  /** Score needed to join a story when both dates are known and equal. */
  threshold?: number;
  /** Extra score needed per doubling of (1 + days apart / 3): a day apart costs little, months a lot. */
  datePenalty?: number;
  /** Extra score needed when either date is unknown. */
  unknownDatePenalty?: number;
  /** Average score to all members needed to join (anti-chaining), as a link value (see `linkValue`: 1 is what the dates need). */
  averageShare?: number;
  /**
   * Average link value over all member pairs at which two pieces are one story when settling.
   * Below 1 (one pair alone would have joined) but well above `averageShare`.
   */
  linkShare?: number;
  /**
   * Pieces whose average link falls short of `linkShare` still merge when it reaches `cohesionFloor`
   * and this share of the average link inside them (see `MergeRule`): a story told loosely by every
   * outlet is about as close across its pieces as inside them, two stories of the same actors are not.
   */
  cohesionShare?: number;
  /** Average link value below which pieces never merge, however loose they are inside. */
  cohesionFloor?: number;
}

const DEFAULTS: Required<GroupOptions> = {
  threshold: 0.3,
  datePenalty: 0.1,
  unknownDatePenalty: 0.05,
  averageShare: 0.7,
  linkShare: 0.85,
  cohesionShare: 0.75,
  cohesionFloor: 0.6,
};

/** Index keys per article: its strongest terms and names. */
const TERMS_PER_ARTICLE = 15;
const NAMES_PER_ARTICLE = 8;
/** Articles sharing this many keys are compared. */
const MIN_SHARED_KEYS = 2;
/** Stored terms per article: the tail of a long article's vector weighs little and costs memory. */
const STORED_TERMS = 200;
/** Postings kept per index key (most recent): a key shared by more articles says little. */
const POSTINGS_CAP = 48;
/** Candidates scored in full per added article, by most shared keys. */
const MAX_CANDIDATES = 40;
/** Members compared by name and date when averaging over a large piece (first and last halves). */
const NAME_SAMPLE = 24;
/**
 * Pieces are linked (may merge when settling) when one pair across them reaches this link value.
 * An average over all pairs can only reach `linkShare` if some pair does; the margin covers the
 * small difference between scoring a new article's full vector and two stored (truncated) ones.
 */
const LINK_MARGIN = 0.05;
/**
 * Pieces up to this size are re-checked from their single articles when settling (pairs grow
 * with the square of the size); a larger piece is kept whole, as its joins made it.
 */
const RECHECK_MAX = 150;

/** An online story: articles joined one at a time, and the pieces it has a strong pair with. */
interface Story {
  members: number[];
  /** Sum of the members' term vectors: mean cosine to all members in one pass (null while the story has one member: most stories never get a second, and a map per story costs memory). */
  centroid: Map<number, number> | null;
  /** Other pieces with a pair at or above the link floor (see LINK_MARGIN). */
  links: Set<number> | null;
}

/** Version of the `toJSON` layout: a saved index of another layout is refused (the caller rebuilds). */
const INDEX_FORMAT = 4;

/** See `StoryIndex.storyChanges`. */
export interface StoryChanges {
  total: number;
  changed: { story: StoryGroup; position: number }[];
  removed: string[];
}

/** A StoryIndex as saved by `toJSON` (tuples keep the text small at 100k articles). */
export interface SavedStoryIndex {
  format: number;
  options: Required<GroupOptions>;
  /** Vocabulary keys in id order. */
  vocab: string[];
  termForms: string[];
  nameForms: string[];
  /** id, time, piece, terms, weights, names, nameWeights (typed arrays as base64), nameTotal; in entry order. */
  entries: [string, number | null, number, string, string, string, string, number][];
  /** members, centroid entries, linked pieces; in piece order. */
  stories: [number[], [number, number][] | null, number[] | null][];
  /**
   * Pieces already re-checked (see `partsOf`): piece, its size then, and its parts (null: whole).
   * Saved so that a restored index re-checks only the pieces that grew since.
   */
  checked: [number, number, number[][] | null][];
  termPostings: [number, number[]][];
  shinglePostings: [number, number[]][];
  /**
   * The settled stories of each linked component (member entry orders), by the component's root,
   * ascending. A restore then settles nothing until a piece changes: without it (an index saved before
   * this field existed) every component settles again on the first `stories()`.
   */
  settled?: [number, number[][]][];
}

/** The bytes of a typed array as base64 (platform byte order: the index is read back on the same kind of machine). */
function toBase64(a: Int32Array | Float32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

/**
 * The settled stories, kept up to date component by component: member lists (entry orders) in order
 * of their first member, which is what story ids count (`s1` is the first).
 */
class SettledStories {
  /** First member of each story, ascending, and the story in the same position. */
  private readonly firsts: number[] = [];
  private readonly ordered: number[][] = [];
  /** Entry order → the story holding it. */
  readonly groupOf: (number[] | undefined)[] = [];

  get list(): readonly number[][] {
    return this.ordered;
  }

  /** Position of a story (by its first member) among all, or where it would go. */
  private position(first: number): number {
    let lo = 0;
    let hi = this.firsts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.firsts[mid]! < first) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  rank(group: readonly number[]): number {
    return this.position(group[0]!);
  }

  remove(group: readonly number[]): void {
    const i = this.position(group[0]!);
    if (this.ordered[i] !== group) return;
    this.firsts.splice(i, 1);
    this.ordered.splice(i, 1);
  }

  insert(group: number[]): void {
    const i = this.position(group[0]!);
    this.firsts.splice(i, 0, group[0]!);
    this.ordered.splice(i, 0, group);
    for (const e of group) this.groupOf[e] = group;
  }
}

/** Stories built incrementally; `add` in input order gives what `groupStories` gives. */
export class StoryIndex {
  private readonly o: Required<GroupOptions>;
  private readonly entries: Entry[] = [];
  private readonly storyList: Story[] = [];
  private readonly termPostings = new Map<number, number[]>();
  private readonly shinglePostings = new Map<number, number[]>();
  /** Article id → entry order. */
  private readonly ids = new Map<string, number>();
  /** Vocabulary: stem (or `@actor`) → id, and a readable form of each as a term and as a name. */
  private readonly vocab = new Map<string, number>();
  private readonly termForms: string[] = [];
  private readonly nameForms: string[] = [];
  /** The settled stories as of the last settling. */
  private readonly view = new SettledStories();
  /** Linked components of pieces: each piece's parent (a union-find; a root is its component's lowest piece). */
  private readonly parent: number[] = [];
  /** Each component's pieces, ascending, by its root. */
  private readonly componentPieces = new Map<number, number[]>();
  /** Each linked component's settled groups, by its root. */
  private readonly componentGroups = new Map<number, number[][]>();
  /** Settled groups of components since merged into another: out of the view at the next settling. */
  private stale: number[][] = [];
  /** Pieces that grew or gained a link since the last settling. */
  private changed = new Set<number>();
  /** A new article's term weights by vocabulary id while it is added (see `Query.dense`). */
  private scratch = new Float64Array(1024);
  /** Article ids and reasons of settled groups (a component that did not change keeps its group arrays). */
  private readonly groupCache = new WeakMap<number[], { articles: string[]; reasons: string[] }>();
  /** Re-checked parts of each piece, valid while the piece has that many members (pieces only grow). */
  private readonly partsCache = new Map<number, { size: number; parts: number[][] }>();
  /** The settled groups by position as `storyChanges` last reported them (null: not yet). */
  private reported: (readonly number[])[] | null = null;
  /** Summed term vectors of member lists being settled. */
  private readonly sums = new WeakMap<readonly number[], Map<number, number>>();
  /** Strength of pairs of member lists, by the first list then the second (as `strength` was called). */
  private readonly strengths = new WeakMap<readonly number[], WeakMap<readonly number[], number>>();
  /** Cohesion of member lists (a piece's parts keep their arrays while the piece does not grow). */
  private readonly cohesions = new WeakMap<readonly number[], number>();

  constructor(options: GroupOptions = {}) {
    this.o = { ...DEFAULTS, ...options };
  }

  get size(): number {
    return this.entries.length;
  }

  /** Whether an article with this id has been added. */
  has(articleId: string): boolean {
    return this.ids.has(articleId);
  }

  /**
   * The whole index state as plain JSON-safe data, so a collection's grouping can be saved and
   * later grown by `add` without re-reading every article. Maps keep their insertion order (it
   * decides float sums and ties), typed arrays travel as base64 of their bytes (exact, compact).
   */
  toJSON(): SavedStoryIndex {
    // Settling first costs nothing extra (the next `stories()` would do it) and lets the saved state carry it.
    this.settled();
    return {
      format: INDEX_FORMAT,
      options: { ...this.o },
      vocab: [...this.vocab.keys()],
      termForms: [...this.termForms],
      nameForms: [...this.nameForms],
      entries: this.entries.map((e) => [
        e.id,
        e.time,
        e.story,
        toBase64(e.terms),
        toBase64(e.weights),
        toBase64(e.names),
        toBase64(e.nameWeights),
        e.nameTotal,
      ]),
      stories: this.storyList.map((s) => [[...s.members], s.centroid ? [...s.centroid] : null, s.links ? [...s.links] : null]),
      termPostings: [...this.termPostings].map(([k, list]) => [k, [...list]]),
      shinglePostings: [...this.shinglePostings].map(([k, list]) => [k, [...list]]),
      checked: this.checkedPieces(),
      settled: [...this.componentGroups].sort((a, b) => a[0] - b[0]).map(([root, groups]) => [root, groups.map((g) => [...g])]),
    };
  }

  /** Restores an index saved by `toJSON`; `options`, when given, override the saved ones. */
  static fromJSON(data: unknown, options: GroupOptions = {}): StoryIndex {
    const d = data as SavedStoryIndex;
    if (!d || typeof d !== 'object' || d.format !== INDEX_FORMAT) throw new Error('not a saved story index of this version');
    const index = new StoryIndex({ ...d.options, ...options });
    d.vocab.forEach((k, i) => index.vocab.set(k, i));
    index.termForms.push(...d.termForms);
    index.nameForms.push(...d.nameForms);
    const decode = new SlabDecoder();
    d.entries.forEach(([id, time, story, terms, weights, names, nameWeights, nameTotal], order) => {
      index.ids.set(id, order);
      index.entries.push({
        id,
        order,
        time,
        story,
        terms: decode.int32(terms),
        weights: decode.float32(weights),
        names: decode.int32(names),
        nameWeights: decode.float32(nameWeights),
        nameTotal,
      });
    });
    for (const [members, centroid, links] of d.stories) {
      const k = index.newPiece();
      index.storyList[k] = { members, centroid: centroid ? new Map(centroid) : null, links: links ? new Set(links) : null };
      index.changed.add(k);
    }
    index.storyList.forEach((s, k) => {
      for (const y of s.links ?? []) index.unite(k, y);
    });
    for (const [k, list] of d.termPostings) index.termPostings.set(k, list);
    for (const [k, list] of d.shinglePostings) index.shinglePostings.set(k, list);
    for (const [k, size, parts] of d.checked) {
      index.partsCache.set(k, { size, parts: parts ?? [index.storyList[k]!.members.slice(0, size)] });
    }
    if (d.settled) index.restoreSettled(d.settled);
    return index;
  }

  /**
   * Takes saved settled stories as the current settling, when they name every entry once and are keyed by
   * this index's component roots; otherwise leaves every piece changed, so the first `stories()` settles all.
   */
  private restoreSettled(saved: [number, number[][]][]): void {
    const seen = new Uint8Array(this.entries.length);
    let count = 0;
    for (const [root, groups] of saved) {
      if (this.parent[root] !== root) return;
      for (const g of groups) {
        for (const e of g) {
          if (!Number.isInteger(e) || e < 0 || e >= seen.length || seen[e] === 1) return;
          seen[e] = 1;
          count++;
        }
      }
    }
    if (count !== this.entries.length) return;
    for (const [root, groups] of saved) {
      this.componentGroups.set(root, groups);
      for (const g of groups) this.view.insert(g);
    }
    this.changed = new Set();
  }

  /** Every re-checkable piece's parts (computed where not yet), for `toJSON`: the same state always saves the same. */
  private checkedPieces(): [number, number, number[][] | null][] {
    const out: [number, number, number[][] | null][] = [];
    this.storyList.forEach((s, k) => {
      if (s.members.length < 3 || s.members.length > RECHECK_MAX) return;
      const parts = this.partsOf(k);
      out.push([k, s.members.length, parts.length > 1 ? parts.map((p) => [...p]) : null]);
    });
    return out;
  }

  private idOf(key: string): number {
    let id = this.vocab.get(key);
    if (id === undefined) {
      id = this.vocab.size;
      this.vocab.set(key, id);
      this.termForms.push('');
      this.nameForms.push('');
    }
    return id;
  }

  /**
   * Adds one article (see `storyOf` for the story it is in). In steps, each a method of its own: as one
   * method, V8 took a large share of a small run optimising it, again after each deoptimisation, per thread.
   */
  add(article: LinkInput): void {
    if (this.ids.has(article.id)) throw new Error(`duplicate article id: ${article.id}`);
    this.ids.set(article.id, this.entries.length);
    const f = features(article.text, article.actors ?? []);
    const q = this.queryOf(f);
    const terms = [...q.vector].sort(byWeight);
    const names = [...q.names].sort(byWeight);
    const entry = this.entryOf(article, q, terms, names);
    const keys = new Set<number>();
    for (const [t] of terms.slice(0, TERMS_PER_ARTICLE)) keys.add(t);
    for (const [n] of names.slice(0, NAMES_PER_ARTICLE)) keys.add(n);
    const shingles = shingleKeys(f);
    const { chosen, linked } = this.placeOf(q, entry, this.candidatesOf(keys, shingles));
    this.entries.push(entry);
    this.join(entry, chosen);
    for (const y of linked) if (y !== chosen) this.link(chosen, y);
    for (const k of keys) push(this.termPostings, k, entry.order);
    for (const k of shingles) push(this.shinglePostings, k, entry.order);
    for (const id of q.vector.keys()) q.dense[id] = 0;
  }

  /** An article's term and name weights by vocabulary id (new words join the vocabulary), spread in the scratch array. */
  private queryOf(f: TextFeatures): Query & { dense: Float64Array } {
    const q: Query = { vector: new Map(), names: new Map(), nameTotal: 0 };
    for (const [k, w] of f.vector) {
      const id = this.idOf(k);
      q.vector.set(id, w);
      if (!this.termForms[id]) this.termForms[id] = f.termForms.get(k) ?? k;
    }
    for (const [k, w] of f.names) {
      const id = this.idOf(k);
      q.names.set(id, w);
      q.nameTotal += w;
      if (!this.nameForms[id]) this.nameForms[id] = f.nameForms.get(k) ?? k;
    }
    q.dense = this.spread(q.vector);
    return q as Query & { dense: Float64Array };
  }

  private entryOf(article: LinkInput, q: Query, terms: [number, number][], names: [number, number][]): Entry {
    const stored = terms.slice(0, STORED_TERMS);
    return {
      id: article.id,
      order: this.entries.length,
      time: parseTime(article.published),
      story: -1,
      terms: column(stored, 0, Int32Array),
      weights: column(stored, 1, Float32Array),
      names: column(names, 0, Int32Array),
      nameWeights: column(names, 1, Float32Array),
      nameTotal: q.nameTotal,
    };
  }

  /** Earlier articles sharing enough of the new one's top terms, names and shingles, most shared first. */
  private candidatesOf(keys: Set<number>, shingles: number[]): [number, number][] {
    const shared = new Map<number, number>();
    for (const k of keys) for (const e of this.termPostings.get(k) ?? []) shared.set(e, (shared.get(e) ?? 0) + 1);
    for (const k of shingles) for (const e of this.shinglePostings.get(k) ?? []) shared.set(e, (shared.get(e) ?? 0) + MIN_SHARED_KEYS);
    return [...shared].filter(([, n]) => n >= MIN_SHARED_KEYS).sort(byWeight).slice(0, MAX_CANDIDATES);
  }

  /**
   * The piece the new article joins (a new one when none is close enough) and the pieces it links: candidates
   * are scored, then each piece they belong to on its best and its average member.
   */
  private placeOf(q: Query, entry: Entry, candidates: [number, number][]): { chosen: number; linked: Set<number> } {
    const best = new Map<number, number>();
    const linked = new Set<number>();
    for (const [e] of candidates) {
      const other = this.entries[e]!;
      const s = score(q, other);
      const need = this.needed(entry, other);
      if (s >= need) best.set(other.story, Math.max(best.get(other.story) ?? 0, s));
      if (this.linkValue(s, need) >= this.o.linkShare - LINK_MARGIN) linked.add(other.story);
    }
    let chosen = -1;
    let chosenMean = -1;
    for (const story of [...best.keys()].sort((x, y) => x - y)) {
      const mean = this.meanScore(q, entry, story);
      if (this.linkValue(mean.score, mean.need) >= this.o.averageShare && mean.score > chosenMean) {
        chosen = story;
        chosenMean = mean.score;
      }
    }
    if (chosen < 0) chosen = this.newPiece();
    return { chosen, linked };
  }

  /** A vector in the scratch array (all zeros between adds), grown to the vocabulary. */
  private spread(vector: Map<number, number>): Float64Array {
    if (this.scratch.length < this.vocab.size) {
      const grown = new Float64Array(Math.max(this.vocab.size, 2 * this.scratch.length));
      grown.set(this.scratch);
      this.scratch = grown;
    }
    for (const [id, w] of vector) this.scratch[id] = w;
    return this.scratch;
  }

  /** The story an added article is in now (ids as `stories` gives them). */
  storyOf(articleId: string): string | null {
    const e = this.ids.get(articleId);
    if (e === undefined) return null;
    const view = this.settled();
    return `s${view.rank(view.groupOf[e]!) + 1}`;
  }

  /**
   * The story an added article is in now, as `stories` would list it, without listing them all:
   * after one `add`, this settles only the component that article changed.
   */
  storyWith(articleId: string): StoryGroup | null {
    const e = this.ids.get(articleId);
    if (e === undefined) return null;
    const view = this.settled();
    const members = view.groupOf[e]!;
    return this.storyGroup(members, view.rank(members));
  }

  private newPiece(): number {
    const k = this.storyList.length;
    this.storyList.push({ members: [], centroid: null, links: null });
    this.parent.push(k);
    this.componentPieces.set(k, [k]);
    return k;
  }

  private root(k: number): number {
    while (this.parent[k] !== k) {
      const up = this.parent[this.parent[k]!]!;
      this.parent[k] = up;
      k = up;
    }
    return k;
  }

  private join(entry: Entry, story: number): void {
    const s = this.storyList[story]!;
    this.changed.add(story);
    entry.story = story;
    s.members.push(entry.order);
    if (s.members.length === 2) {
      const c = new Map<number, number>();
      for (const m of s.members) addInto(c, this.entries[m]!.terms, this.entries[m]!.weights);
      s.centroid = c;
    } else if (s.centroid) addInto(s.centroid, entry.terms, entry.weights);
  }

  private link(x: number, y: number): void {
    this.changed.add(x);
    this.changed.add(y);
    (this.storyList[x]!.links ??= new Set()).add(y);
    (this.storyList[y]!.links ??= new Set()).add(x);
    this.unite(x, y);
  }

  /** One component for two linked pieces. */
  private unite(x: number, y: number): void {
    const [a, b] = [this.root(x), this.root(y)];
    if (a === b) return;
    // The lower piece stays the root; the other component's settled groups go stale.
    const [keep, gone] = a < b ? [a, b] : [b, a];
    this.parent[gone] = keep;
    this.componentPieces.set(keep, mergeAscending(this.componentPieces.get(keep)!, this.componentPieces.get(gone)!));
    this.componentPieces.delete(gone);
    const old = this.componentGroups.get(gone);
    if (old) this.stale.push(...old);
    this.componentGroups.delete(gone);
  }

  /** Mean score of a query to a piece's members (cosine via the centroid, names on a sample), and the mean score needed. */
  private meanScore(q: Query, entry: Entry, story: number): { score: number; need: number } {
    const s = this.storyList[story]!;
    const n = s.members.length;
    let cosSum = 0;
    if (s.centroid) {
      const dense = q.dense;
      if (dense) for (const [t, w] of s.centroid) cosSum += dense[t]! * w;
      else
        for (const [t, w] of s.centroid) {
          const v = q.vector.get(t);
          if (v !== undefined) cosSum += v * w;
        }
    } else for (const m of s.members) cosSum += dot(q, this.entries[m]!);
    let nameSum = 0;
    let named = 0;
    let need = 0;
    const sample = sampleOf(s.members);
    for (const m of sample) {
      const other = this.entries[m]!;
      const ns = nameScore(q, other);
      if (ns !== null) {
        nameSum += ns;
        named++;
      }
      need += this.needed(entry, other);
    }
    return { score: meanOf(Math.min(1, cosSum / n), nameSum, named, sample.length), need: need / sample.length };
  }

  /** Summed stored term vectors of a member list (cached per list: lists are not changed once made). */
  private sumOf(members: readonly number[]): Map<number, number> {
    let c = this.sums.get(members);
    if (!c) {
      c = new Map();
      for (const m of members) {
        const e = this.entries[m]!;
        for (let i = 0; i < e.terms.length; i++) c.set(e.terms[i]!, (c.get(e.terms[i]!) ?? 0) + e.weights[i]!);
      }
      this.sums.set(members, c);
    }
    return c;
  }

  /**
   * How close two member lists are on average over all their pairs, as a link value: cosine
   * exactly (through summed vectors), names and dates on samples of a large list.
   */
  private strength(a: readonly number[], b: readonly number[]): number {
    // Lists are never changed once made, and parts of pieces that did not grow keep their arrays: a
    // component settled again after one add scores again only the pairs that involve what changed.
    let known = this.strengths.get(a);
    const cached = known?.get(b);
    if (cached !== undefined) return cached;
    const value = this.strengthOf(a, b);
    if (!known) this.strengths.set(a, (known = new WeakMap()));
    known.set(b, value);
    return value;
  }

  private strengthOf(a: readonly number[], b: readonly number[]): number {
    const cos = Math.min(1, dotMaps(this.sumOf(a), this.sumOf(b)) / (a.length * b.length));
    const sa = sampleOf(a);
    const sb = sampleOf(b);
    let nameSum = 0;
    let named = 0;
    let need = 0;
    for (const x of sa) {
      const ex = this.entries[x]!;
      const q = namesQuery(ex);
      for (const y of sb) {
        const ey = this.entries[y]!;
        const ns = nameScore(q, ey);
        if (ns !== null) {
          nameSum += ns;
          named++;
        }
        need += this.needed(ex, ey);
      }
    }
    const pairs = sa.length * sb.length;
    return this.linkValue(meanOf(cos, nameSum, named, pairs), need / pairs);
  }

  /**
   * How close the members of one list (two or more) are on average over their pairs, as a link
   * value: as `strength`, the list against itself less each member's pair with itself.
   */
  private cohesion(a: readonly number[]): number {
    const cached = this.cohesions.get(a);
    if (cached !== undefined) return cached;
    const n = a.length;
    let self = 0;
    for (const m of a) {
      const w = this.entries[m]!.weights;
      for (let i = 0; i < w.length; i++) self += w[i]! * w[i]!;
    }
    const sum = this.sumOf(a);
    const cos = Math.min(1, Math.max(0, (dotMaps(sum, sum) - self) / (n * (n - 1))));
    const sample = sampleOf(a);
    let nameSum = 0;
    let named = 0;
    let need = 0;
    let pairs = 0;
    for (let i = 0; i < sample.length; i++) {
      const ex = this.entries[sample[i]!]!;
      const q = namesQuery(ex);
      for (let j = i + 1; j < sample.length; j++) {
        const ey = this.entries[sample[j]!]!;
        const ns = nameScore(q, ey);
        if (ns !== null) {
          nameSum += ns;
          named++;
        }
        need += this.needed(ex, ey);
        pairs++;
      }
    }
    const value = this.linkValue(meanOf(cos, nameSum, named, pairs), need / pairs);
    this.cohesions.set(a, value);
    return value;
  }

  /** When two groups of articles are one story (see `MergeRule`). */
  private rule(): MergeRule {
    // A share of Infinity (the bar alone) is saved as null in JSON.
    return { bar: this.o.linkShare, floor: this.o.cohesionFloor, share: this.o.cohesionShare ?? Number.POSITIVE_INFINITY };
  }

  /**
   * A piece re-checked from its single articles: average-link merging as when settling, so that
   * an article that joined on one close pair, before the rest of its own story came, is taken out.
   */
  private partsOf(k: number): number[][] {
    const members = this.storyList[k]!.members;
    const cached = this.partsCache.get(k);
    if (cached && cached.size === members.length) return cached.parts;
    if (members.length < 3 || members.length > RECHECK_MAX) {
      // Kept too: the same array each time lets the sums and strengths cached by list serve the next settling.
      const whole = [members.slice()];
      this.partsCache.set(k, { size: members.length, parts: whole });
      return whole;
    }
    // Every pair's link value (an average of link values is the link value of the averages: it is affine).
    const n = members.length;
    const entries = members.map((m) => this.entries[m]!);
    const values = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      const x = entries[i]!;
      const q: Query = { vector: pairsOf(x.terms, x.weights), names: pairsOf(x.names, x.nameWeights), nameTotal: x.nameTotal };
      for (let j = i + 1; j < n; j++) {
        const y = entries[j]!;
        const v = this.linkValue(score(q, y), this.needed(x, y));
        values[i * n + j] = v;
        values[j * n + i] = v;
      }
    }
    const parts = averageLinkGroups(values, n, this.rule()).map((g) => g.map((i) => members[i]!));
    this.partsCache.set(k, { size: members.length, parts });
    return parts;
  }

  private settled(): SettledStories {
    // Pieces merge only along links, so each linked component settles on its own; only components
    // with a piece that grew or gained a link since the last settling settle again (links come
    // only with a grown piece). Adding one article to a large collection then settles one component.
    if (this.changed.size === 0 && this.stale.length === 0) return this.view;
    const dirty = new Set<number>();
    for (const k of this.changed) dirty.add(this.root(k));
    // Groups that come out of settling exactly as before keep their arrays (and so their cached ids,
    // reasons and strengths, and `storyChanges` does not report them): by first member.
    const before = new Map<number, number[]>();
    for (const g of this.stale) {
      this.view.remove(g);
      before.set(g[0]!, g);
    }
    this.stale = [];
    for (const r of dirty) {
      for (const g of this.componentGroups.get(r) ?? []) {
        this.view.remove(g);
        before.set(g[0]!, g);
      }
    }
    for (const r of [...dirty].sort((x, y) => x - y)) {
      const pieces = this.componentPieces.get(r)!.filter((k) => this.storyList[k]!.members.length > 0);
      const groups = pieces.length > 0 ? this.settleComponent(pieces).map((g) => sameAs(before.get(g[0]!), g) ?? g) : [];
      this.componentGroups.set(r, groups);
      for (const g of groups) this.view.insert(g);
    }
    this.changed = new Set();
    return this.view;
  }

  /** The stories (member lists, ascending) one linked component of pieces settles into. */
  private settleComponent(component: number[]): number[][] {
    // Parts of every piece, keyed by their first member; linked pieces' parts are neighbours.
    const partsOfPiece = new Map<number, number[]>();
    const pieces = new Map<number, Piece>();
    for (const k of component) {
      const keys: number[] = [];
      for (const part of this.partsOf(k)) {
        keys.push(part[0]!);
        pieces.set(part[0]!, { members: part, neighbours: [] });
      }
      partsOfPiece.set(k, keys);
    }
    for (const k of component) {
      const own = partsOfPiece.get(k)!;
      const near = [...own];
      for (const y of this.storyList[k]!.links ?? []) near.push(...(partsOfPiece.get(y) ?? []));
      for (const key of own) pieces.get(key)!.neighbours = near;
    }
    const into = settlePieces(
      pieces,
      (a, b) => this.strength(a, b),
      this.rule(),
      (a) => this.cohesion(a),
    );
    const groups = new Map<number, number[]>();
    for (const [key, p] of pieces) {
      const root = into.get(key) ?? key;
      const list = groups.get(root);
      if (list) list.push(...p.members);
      else groups.set(root, [...p.members]);
    }
    return reassignArticles([...groups.values()], (a, b) => this.strength(a, b), this.o.linkShare);
  }

  /**
   * How a pair's score stands to the score it needs, on a scale where 1 is just enough: its score
   * as a share of the undated need, less what its dates add to that need. A share of the pair's
   * own need would forgive too much where dates ask a lot (same text years apart: a 0.85 share of
   * 0.95 is 0.81, an easy score for a retelling); for undated pairs the two are the same.
   */
  private linkValue(s: number, need: number): number {
    return 1 - (need - s) / (this.o.threshold + this.o.unknownDatePenalty);
  }

  /** Score two articles need to be the same story: higher the further apart they were published. */
  private needed(x: Entry, y: Entry): number {
    if (x.time === null || y.time === null) return this.o.threshold + this.o.unknownDatePenalty;
    const days = Math.abs(x.time - y.time) / DAY;
    return Math.min(0.95, this.o.threshold + this.o.datePenalty * Math.log2(1 + days / 3));
  }

  /** The stories, `s1`, `s2`, … in order of each story's first article. */
  stories(): StoryGroup[] {
    return this.settled().list.map((members, i) => this.storyGroup(members, i));
  }

  /**
   * What changed in `stories()` since this was last called: the stories that may differ (new, other
   * members, or another position and so another id), with their positions; ids listed then that no
   * longer exist; and how many stories there are. Every story on the first call, or when `everything`
   * is set (the caller no longer trusts its copy). A caller that keeps the stories elsewhere (the store)
   * then writes only these, instead of listing and comparing every story of a large collection per add.
   */
  storyChanges(everything = false): StoryChanges {
    const list = this.settled().list;
    const before = everything ? null : this.reported;
    const changed: { story: StoryGroup; position: number }[] = [];
    // Settled groups are never changed in place: the same array at the same position is the same story.
    for (let position = 0; position < list.length; position++) {
      if (before === null || before[position] !== list[position]) changed.push({ story: this.storyGroup(list[position]!, position), position });
    }
    const removed: string[] = [];
    if (before !== null) for (let position = list.length; position < before.length; position++) removed.push(`s${position + 1}`);
    this.reported = list.slice();
    return { total: list.length, changed, removed };
  }

  private storyGroup(members: number[], rank: number): StoryGroup {
    let found = this.groupCache.get(members);
    if (!found) {
      const all = members.map((m) => this.entries[m]!);
      found = { articles: all.map((e) => e.id), reasons: storyReasons(all, this.nameForms, this.termForms) };
      this.groupCache.set(members, found);
    }
    // Copies: callers add reasons of their own (shared passages) to the stories they are given.
    return { id: `s${rank + 1}`, articles: found.articles.slice(), reasons: found.reasons.slice() };
  }
}

/** `old` when it lists exactly the members of `now`, in the same order. */
function sameAs(old: number[] | undefined, now: readonly number[]): number[] | undefined {
  if (old === undefined || old.length !== now.length) return undefined;
  for (let i = 0; i < now.length; i++) if (old[i] !== now[i]) return undefined;
  return old;
}

/** All of a small list, else its first and last NAME_SAMPLE. */
function sampleOf(members: readonly number[]): readonly number[] {
  return members.length <= 2 * NAME_SAMPLE ? members : members.slice(0, NAME_SAMPLE).concat(members.slice(-NAME_SAMPLE));
}

/** One column of (id, weight) pairs as a typed array (a plain loop: `from` with a mapper costs a call per item). */
function column<T extends Int32Array | Float32Array>(pairs: readonly [number, number][], i: 0 | 1, Kind: new (n: number) => T): T {
  const out = new Kind(pairs.length);
  for (let k = 0; k < pairs.length; k++) out[k] = pairs[k]![i];
  return out;
}

/** Two ascending lists as one. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!);
  return out;
}

function push(postings: Map<number, number[]>, key: number, order: number): void {
  const list = postings.get(key);
  if (!list) postings.set(key, [order]);
  else {
    list.push(order);
    // Keep the most recent: news stories are bursts, and old entries of a common key say little.
    if (list.length > POSTINGS_CAP) list.splice(0, list.length - POSTINGS_CAP);
  }
}

/** Groups articles into stories; ids `s1`, `s2`, … in order of each story's first article. */
export function groupStories(articles: LinkInput[], options: GroupOptions = {}): StoryGroup[] {
  const index = new StoryIndex(options);
  for (const a of articles) index.add(a);
  return index.stories();
}
