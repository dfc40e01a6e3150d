// Which articles tell the same story. Articles are taken one at a time (so a
// collection can grow), compared only with earlier articles that share a
// distinctive term or a stretch of text (an inverted index, never all pairs),
// and joined to the story they match best on average, so that one bridging
// article cannot chain two stories together.

import type { LinkInput, StoryGroup } from '../types.js';
import { features, type TextFeatures } from './features.js';
import { fnv1a as hash } from '../common/hash.js';

export interface GroupOptions {
  /** Score needed to join a story when both dates are known and equal. */
  threshold?: number;
  /** Extra score needed per doubling of (1 + days apart / 3): a day apart costs little, months a lot. */
  datePenalty?: number;
  /** Extra score needed when either date is unknown. */
  unknownDatePenalty?: number;
  /** Average score to all members needed to join (anti-chaining), as a link value (see `linkValue`: 1 is what the dates need). */
  averageShare?: number;
  /** Centroid cosine at which two stories an article could join are merged into one. */
  mergeThreshold?: number;
}

const DEFAULTS: Required<GroupOptions> = {
  threshold: 0.3,
  datePenalty: 0.1,
  unknownDatePenalty: 0.05,
  averageShare: 0.7,
  mergeThreshold: 0.5,
};

/** Index keys per article: its strongest terms and names. */
const TERMS_PER_ARTICLE = 15;
const NAMES_PER_ARTICLE = 8;
/** Articles sharing this many keys are compared. */
const MIN_SHARED_KEYS = 2;
/** Content-word 5-grams whose hash falls in 1 of this many buckets are indexed (deterministic sampling). */
const SHINGLE_SAMPLE = 4;

/** What the index keeps of an article: compact, so that 100k articles fit in memory. */
interface Entry {
  id: string;
  order: number;
  time: number | null;
  story: number;
  /** Strongest content stems (vocabulary ids) and their unit-vector weights, strongest first. */
  terms: Int32Array;
  weights: Float32Array;
  /** Name stems (vocabulary ids) and their idf weights; `nameTotal` is their sum. */
  names: Int32Array;
  nameWeights: Float32Array;
  nameTotal: number;
}

interface Story {
  id: string;
  members: number[];
  /** Sum of the members' term vectors: mean cosine to all members in one pass (null while the story has one member: most stories never get a second, and a map per story costs memory). */
  centroid: Map<number, number> | null;
  /** Set when merged into another story. */
  mergedInto: number | null;
  /**
   * Summed pair link values (see `linkValue`) between this story's members and each other
   * live story's: the average link of two stories in one lookup.
   */
  links: Map<number, number> | null;
}

/** An article being added: its full vectors, as maps keyed by vocabulary id. */
interface Query {
  vector: Map<number, number>;
  names: Map<number, number>;
  nameTotal: number;
}

/** Stored terms per article: the tail of a long article's vector weighs little and costs memory. */
const STORED_TERMS = 200;
/** Postings kept per index key (most recent): a key shared by more articles says little. */
const POSTINGS_CAP = 48;
/** Candidates scored in full per added article, by most shared keys. */
const MAX_CANDIDATES = 40;
/** Members compared by name when averaging over a large story (first and last halves). */
const NAME_SAMPLE = 24;
/** Terms kept in a story centroid. */
const CENTROID_TERMS = 400;
/** Sampled shingles kept per article (smallest hashes): bounded, and shared by near-copies. */
const SHINGLES_PER_ARTICLE = 8;
/** Pair link values below this are not kept as story links (they could never tip a merge, and cost memory). */
const LINK_FLOOR = 0.4;
/**
 * Average pair link value (see `linkValue`) at which two stories merge.
 * Below 1 (one pair alone would have joined) but well above `averageShare`: stories merge as
 * they grow, before the best merges are known, so the bar stays close to a pair's own.
 */
const LINK_SHARE = 0.85;

function parseTime(published: string | null): number | null {
  if (!published) return null;
  const t = Date.parse(published);
  return Number.isNaN(t) ? null : t;
}

const DAY = 86_400_000;


function byWeight(x: [number, number], y: [number, number]): number {
  return y[1] - x[1] || x[0] - y[0];
}

/** Hashes of sampled content-word 5-grams (1 in SHINGLE_SAMPLE), the smallest few. */
function shingleKeys(f: TextFeatures): number[] {
  const out = new Set<number>();
  const s = f.content.stems;
  // Each stem hashed once, then five hashes mixed per window: no string built per 5-gram (a hot path at 100k articles).
  const hs = new Uint32Array(s.length);
  for (let i = 0; i < s.length; i++) hs[i] = hash(s[i]!);
  for (let i = 0; i + 5 <= s.length; i++) {
    let h = 0x9e3779b9;
    for (let j = 0; j < 5; j++) h = Math.imul(h ^ hs[i + j]!, 0x85ebca6b) ^ (h >>> 13);
    h >>>= 0;
    if (h % SHINGLE_SAMPLE === 0) out.add(h);
  }
  return [...out].sort((x, y) => x - y).slice(0, SHINGLES_PER_ARTICLE);
}

/** Idf-weighted Jaccard of a query's names and a stored article's; null when neither names anything. */
function nameScore(q: Query, e: Entry): number | null {
  if (q.names.size === 0 && e.names.length === 0) return null;
  let shared = 0;
  for (let i = 0; i < e.names.length; i++) if (q.names.has(e.names[i]!)) shared += e.nameWeights[i]!;
  const union = q.nameTotal + e.nameTotal - shared;
  return union > 0 ? shared / union : 0;
}

function dot(q: Query, e: Entry): number {
  let d = 0;
  for (let i = 0; i < e.terms.length; i++) {
    const v = q.vector.get(e.terms[i]!);
    if (v !== undefined) d += v * e.weights[i]!;
  }
  return Math.min(1, d);
}

/** The topic score of ./similarity.ts, on compact entries. */
function score(q: Query, e: Entry): number {
  const cos = dot(q, e);
  const names = nameScore(q, e);
  return names === null ? cos : 0.75 * cos + 0.25 * names;
}

/** Version of the `toJSON` layout: a saved index of another layout is refused (the caller rebuilds). */
const INDEX_FORMAT = 2;

/** A StoryIndex as saved by `toJSON` (tuples keep the text small at 100k articles). */
export interface SavedStoryIndex {
  format: number;
  options: Required<GroupOptions>;
  /** Vocabulary keys in id order. */
  vocab: string[];
  termForms: string[];
  nameForms: string[];
  /** id, time, story, terms, weights, names, nameWeights (typed arrays as base64), nameTotal; in entry order. */
  entries: [string, number | null, number, string, string, string, string, number][];
  /** id, members, centroid entries, mergedInto, links entries; in story order. */
  stories: [string, number[], [number, number][] | null, number | null, [number, number][] | null][];
  termPostings: [number, number[]][];
  shinglePostings: [number, number[]][];
}

/** The bytes of a typed array as base64 (platform byte order: the index is read back on the same kind of machine). */
function toBase64(a: Int32Array | Float32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

/** A fresh, aligned ArrayBuffer holding base64 bytes. */
function fromBase64(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64');
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out.buffer;
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
      stories: this.storyList.map((s) => [
        s.id,
        [...s.members],
        s.centroid ? [...s.centroid] : null,
        s.mergedInto,
        s.links ? [...s.links] : null,
      ]),
      termPostings: [...this.termPostings].map(([k, list]) => [k, [...list]]),
      shinglePostings: [...this.shinglePostings].map(([k, list]) => [k, [...list]]),
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
    d.entries.forEach(([id, time, story, terms, weights, names, nameWeights, nameTotal], order) => {
      index.ids.set(id, order);
      index.entries.push({
        id,
        order,
        time,
        story,
        terms: new Int32Array(fromBase64(terms)),
        weights: new Float32Array(fromBase64(weights)),
        names: new Int32Array(fromBase64(names)),
        nameWeights: new Float32Array(fromBase64(nameWeights)),
        nameTotal,
      });
    });
    for (const [id, members, centroid, mergedInto, links] of d.stories) {
      index.storyList.push({ id, members, centroid: centroid ? new Map(centroid) : null, mergedInto, links: links ? new Map(links) : null });
    }
    for (const [k, list] of d.termPostings) index.termPostings.set(k, list);
    for (const [k, list] of d.shinglePostings) index.shinglePostings.set(k, list);
    return index;
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

  /** Adds one article and returns the id of the story it joins or opens (a later merge may fold that story into an older one: see `storyOf`). */
  add(article: LinkInput): string {
    if (this.ids.has(article.id)) throw new Error(`duplicate article id: ${article.id}`);
    this.ids.set(article.id, this.entries.length);
    const f = features(article.text, article.actors ?? []);
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
    const terms = [...q.vector].sort(byWeight);
    const names = [...q.names].sort(byWeight);
    const stored = terms.slice(0, STORED_TERMS);
    const entry: Entry = {
      id: article.id,
      order: this.entries.length,
      time: parseTime(article.published),
      story: -1,
      terms: Int32Array.from(stored, (t) => t[0]),
      weights: Float32Array.from(stored, (t) => t[1]),
      names: Int32Array.from(names, (t) => t[0]),
      nameWeights: Float32Array.from(names, (t) => t[1]),
      nameTotal: q.nameTotal,
    };
    const keys = new Set<number>();
    for (const [t] of terms.slice(0, TERMS_PER_ARTICLE)) keys.add(t);
    for (const [n] of names.slice(0, NAMES_PER_ARTICLE)) keys.add(n);
    const shingles = shingleKeys(f);

    const shared = new Map<number, number>();
    for (const k of keys) for (const e of this.termPostings.get(k) ?? []) shared.set(e, (shared.get(e) ?? 0) + 1);
    for (const k of shingles) for (const e of this.shinglePostings.get(k) ?? []) shared.set(e, (shared.get(e) ?? 0) + MIN_SHARED_KEYS);
    const candidates = [...shared].filter(([, n]) => n >= MIN_SHARED_KEYS).sort(byWeight).slice(0, MAX_CANDIDATES);

    // Score candidates, then each story they belong to on its best and its average member.
    const best = new Map<number, number>();
    const edges: [number, number][] = [];
    for (const [e] of candidates) {
      const other = this.entries[e]!;
      const s = score(q, other);
      const story = this.storyOf_(other.story);
      const need = this.needed(entry, other);
      if (s >= need) best.set(story, Math.max(best.get(story) ?? 0, s));
      const v = this.linkValue(s, need);
      if (v >= LINK_FLOOR) edges.push([e, v]);
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
    if (chosen < 0) {
      chosen = this.storyList.length;
      this.storyList.push({ id: `s${chosen + 1}`, members: [], centroid: null, mergedInto: null, links: null });
    }
    this.entries.push(entry);
    this.join(entry, chosen);
    // A story that passed for this article but lost to a better one may be the same story
    // told in other words: merge when the two stories are alike as wholes.
    for (const story of [...best.keys()].sort((x, y) => x - y)) {
      const into = this.storyOf_(chosen);
      const other = this.storyOf_(story);
      if (other !== into && this.alike(into, other)) this.merge(into, other);
    }
    this.linkAndMerge(this.storyOf_(chosen), edges);
    for (const k of keys) push(this.termPostings, k, entry.order);
    for (const k of shingles) push(this.shinglePostings, k, entry.order);
    return this.storyList[this.storyOf_(chosen)]!.id;
  }

  /** The story an added article is in now. */
  storyOf(articleId: string): string | null {
    const e = this.ids.get(articleId);
    return e === undefined ? null : this.storyList[this.storyOf_(this.entries[e]!.story)]!.id;
  }

  private storyOf_(story: number): number {
    let s = story;
    while (this.storyList[s]!.mergedInto !== null) s = this.storyList[s]!.mergedInto!;
    return s;
  }

  private join(entry: Entry, story: number): void {
    const s = this.storyList[story]!;
    entry.story = story;
    s.members.push(entry.order);
    if (s.members.length === 2) s.centroid = this.centroidOf(story);
    else if (s.centroid) addInto(s.centroid, entry.terms, entry.weights);
  }

  /** A story's summed term vector (a fresh map for a one-member story). */
  private centroidOf(story: number): Map<number, number> {
    const s = this.storyList[story]!;
    if (s.centroid) return s.centroid;
    const c = new Map<number, number>();
    for (const m of s.members) addInto(c, this.entries[m]!.terms, this.entries[m]!.weights);
    return c;
  }

  /** Mean score of a query to a story's members (cosine via the centroid, names on a sample), and the mean score needed. */
  private meanScore(q: Query, entry: Entry, story: number): { score: number; need: number } {
    const s = this.storyList[story]!;
    const n = s.members.length;
    let cosSum = 0;
    if (s.centroid) {
      for (const [t, w] of s.centroid) {
        const v = q.vector.get(t);
        if (v !== undefined) cosSum += v * w;
      }
    } else for (const m of s.members) cosSum += dot(q, this.entries[m]!);
    const sample = n <= 2 * NAME_SAMPLE ? s.members : s.members.slice(0, NAME_SAMPLE).concat(s.members.slice(-NAME_SAMPLE));
    let nameSum = 0;
    let named = 0;
    let need = 0;
    for (const m of sample) {
      const other = this.entries[m]!;
      const ns = nameScore(q, other);
      if (ns !== null) {
        nameSum += ns;
        named++;
      }
      need += this.needed(entry, other);
    }
    const cos = Math.min(1, cosSum / n);
    // Members without names on either side score on cosine alone, as in `score`.
    const share = named / sample.length;
    const scoreMean = named > 0 ? (1 - 0.25 * share) * cos + 0.25 * share * (nameSum / named) : cos;
    return { score: scoreMean, need: need / sample.length };
  }

  /**
   * Records the new article's scored pairs as links between its story and the others, then
   * merges while some linked story is close on average over all member pairs (average link:
   * a pair never scored counts as 0, so a large story needs many links, and one bridging
   * article cannot chain two stories). This joins the parts of a story that its articles,
   * taken one by one, split because no single earlier article was close enough.
   */
  private linkAndMerge(story: number, edges: [number, number][]): void {
    let x = story;
    for (const [e, r] of edges) {
      const y = this.storyOf_(this.entries[e]!.story);
      if (y !== x) this.addLink(x, y, r);
    }
    for (;;) {
      const s = this.storyList[x]!;
      if (!s.links) return;
      let pick = -1;
      let pickAvg = LINK_SHARE;
      for (const [y, sum] of s.links) {
        const avg = sum / (s.members.length * this.storyList[y]!.members.length);
        if (avg >= pickAvg && (avg > pickAvg || pick < 0 || y < pick)) {
          pick = y;
          pickAvg = avg;
        }
      }
      if (pick < 0) return;
      this.merge(x, pick);
      x = this.storyOf_(x);
    }
  }

  private addLink(x: number, y: number, r: number): void {
    const a = this.storyList[x]!;
    const b = this.storyList[y]!;
    (a.links ??= new Map()).set(y, (a.links.get(y) ?? 0) + r);
    (b.links ??= new Map()).set(x, (b.links.get(x) ?? 0) + r);
  }

  /** Two stories whose centroids are very alike and whose dates are compatible. */
  private alike(x: number, y: number): boolean {
    const a = this.storyList[x]!;
    const b = this.storyList[y]!;
    const cos = cosineOf(this.centroidOf(x), this.centroidOf(y));
    const ea = this.entries[a.members[0]!]!;
    const eb = this.entries[b.members[0]!]!;
    return cos >= this.o.mergeThreshold + (this.needed(ea, eb) - this.o.threshold);
  }

  private merge(into: number, from: number): void {
    const [keep, drop] = into < from ? [into, from] : [from, into];
    const k = this.storyList[keep]!;
    const d = this.storyList[drop]!;
    // Sum the centroids before moving members (a one-member story's centroid is computed from its members).
    const kc = new Map(this.centroidOf(keep));
    for (const [t, w] of this.centroidOf(drop)) kc.set(t, (kc.get(t) ?? 0) + w);
    prune(kc);
    for (const m of d.members) {
      this.entries[m]!.story = keep;
      k.members.push(m);
    }
    k.members.sort((x, y) => x - y);
    k.centroid = kc;
    // Links of the dropped story now belong to the kept one; links between the two become internal.
    if (d.links) {
      for (const [z, sum] of d.links) {
        const zl = this.storyList[z]!.links!;
        zl.delete(drop);
        if (z === keep) continue;
        zl.set(keep, (zl.get(keep) ?? 0) + sum);
        (k.links ??= new Map()).set(z, (k.links.get(z) ?? 0) + sum);
      }
    }
    k.links?.delete(drop);
    d.members = [];
    d.centroid = null;
    d.links = null;
    d.mergedInto = keep;
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

  stories(): StoryGroup[] {
    const live = this.storyList.filter((s) => s.mergedInto === null && s.members.length > 0);
    return live.map((s) => ({
      id: s.id,
      articles: s.members.map((m) => this.entries[m]!.id),
      reasons: this.reasons(s.members.map((m) => this.entries[m]!)),
    }));
  }

  private reasons(all: Entry[]): string[] {
    if (all.length < 2) return ['only article of this story'];
    const members = all.length > 2 * NAME_SAMPLE ? all.slice(0, NAME_SAMPLE).concat(all.slice(-NAME_SAMPLE)) : all;
    const out: string[] = [];
    const quorum = Math.max(2, Math.ceil(members.length * 0.6));
    const nameMaps = members.map((m) => pairsOf(m.names, m.nameWeights));
    const actors = common(nameMaps, quorum, 5).map((k) => this.nameForms[k] ?? String(k));
    if (actors.length) out.push(`shared actors: ${actors.join(', ')}`);
    const terms = common(members.map((m) => pairsOf(m.terms, m.weights)), quorum, 6)
      .filter((k) => !nameMaps[0]!.has(k))
      .slice(0, 5)
      .map((k) => this.termForms[k] || String(k));
    if (terms.length) out.push(`shared terms: ${terms.join(', ')}`);
    const times = all.map((m) => m.time).filter((t): t is number => t !== null);
    if (times.length >= 2) {
      let lo = Infinity;
      let hi = -Infinity;
      for (const t of times) {
        lo = Math.min(lo, t);
        hi = Math.max(hi, t);
      }
      const days = Math.round((hi - lo) / DAY);
      out.push(`published within ${days} day${days === 1 ? '' : 's'}`);
    }
    return out;
  }
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

function addInto(centroid: Map<number, number>, terms: Int32Array, weights: Float32Array): void {
  for (let i = 0; i < terms.length; i++) centroid.set(terms[i]!, (centroid.get(terms[i]!) ?? 0) + weights[i]!);
  prune(centroid);
}

/** Keeps a centroid's strongest terms once it grows well past CENTROID_TERMS. */
function prune(centroid: Map<number, number>): void {
  if (centroid.size <= 2 * CENTROID_TERMS) return;
  const kept = [...centroid].sort(byWeight).slice(0, CENTROID_TERMS);
  centroid.clear();
  for (const [t, w] of kept) centroid.set(t, w);
}

function cosineOf(a: Map<number, number>, b: Map<number, number>): number {
  let d = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const v = b.get(t);
    if (v !== undefined) d += w * v;
  }
  for (const w of b.values()) nb += w * w;
  return na > 0 && nb > 0 ? d / Math.sqrt(na * nb) : 0;
}

function pairsOf(keys: Int32Array, weights: Float32Array): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) m.set(keys[i]!, weights[i]!);
  return m;
}

/** Keys present in at least `quorum` of the maps, by summed weight. */
function common(maps: Map<number, number>[], quorum: number, limit: number): number[] {
  const count = new Map<number, [number, number]>();
  for (const m of maps) {
    for (const [k, w] of m) {
      const c = count.get(k) ?? [0, 0];
      count.set(k, [c[0] + 1, c[1] + w]);
    }
  }
  return [...count]
    .filter(([, c]) => c[0] >= quorum)
    .sort((x, y) => y[1][1] - x[1][1] || x[0] - y[0])
    .slice(0, limit)
    .map(([k]) => k);
}

/** Groups articles into stories; ids `s1`, `s2`, … in order of each story's first article. */
export function groupStories(articles: LinkInput[], options: GroupOptions = {}): StoryGroup[] {
  const index = new StoryIndex(options);
  for (const a of articles) index.add(a);
  return index.stories();
}
