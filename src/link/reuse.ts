// Shared passages between two texts, in the style of PAN text alignment:
// seed with shared word pairs, grow seeds into fragments that are dense in
// both texts, merge neighbouring fragments, drop what is too short.

import type { SharedPassage } from '../types.js';
import { alignSentences } from './sentence-align.js';
import { tokenize, type Token } from './tokens.js';

export interface ReuseOptions {
  /** Largest gap, in content words, between two seeds of one fragment. */
  gap?: number;
  /** Largest gap, in content words, across which two fragments merge. */
  mergeGap?: number;
  /** Fewest seeds a passage needs. */
  minSeeds?: number;
  /** Fewest content words a passage needs on each side. */
  minWords?: number;
  /** Fewest seeds per content word of the longer side: spread-out chance matches fall below. */
  minDensity?: number;
  /**
   * `sentences` (default): sentence pairs alike in tf-isf cosine and Dice, clustered into passages
   * (./sentence-align.ts; robust to shuffled and paraphrased text). `words`: word-pair seeds grown
   * into fragments (finer boundaries on short edited copies). Texts given only as content words without
   * their text always use `words`.
   */
  method?: 'sentences' | 'words';
}

const DEFAULTS: Required<ReuseOptions> = { gap: 8, mergeGap: 16, minSeeds: 3, minWords: 6, minDensity: 0.2, method: 'sentences' };

// A word pair that occurs this often in one text is boilerplate, not evidence.
const MAX_KEY_REPEATS = 3;

/** Content words of one text: stems plus the offsets of the original words. */
export interface ContentWords {
  stems: string[];
  starts: number[];
  ends: number[];
  /** The text the offsets point into (its sentence ends guide sentence-level alignment). */
  text?: string;
}

export function contentWords(text: string, tokens: Token[] = tokenize(text)): ContentWords {
  const out: ContentWords = { stems: [], starts: [], ends: [], text };
  for (const t of tokens) {
    if (t.stop) continue;
    out.stems.push(t.stem);
    out.starts.push(t.start);
    out.ends.push(t.end);
  }
  return out;
}

interface Fragment {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  seeds: number;
}

// Stems as small integers, so that a word pair is one number rather than a string built per position.
// The table is shared by every text (ids must agree between the two sides of a pair) and bounded: when it
// is full it starts again under a new generation, and indexes of an older generation are rebuilt.
const STEM_IDS = new Map<string, number>();
const MAX_STEM_IDS = 1 << 22;
let generation = 0;

function stemId(stem: string): number {
  let id = STEM_IDS.get(stem);
  if (id === undefined) {
    if (STEM_IDS.size >= MAX_STEM_IDS) {
      STEM_IDS.clear();
      generation++;
    }
    id = STEM_IDS.size;
    STEM_IDS.set(stem, id);
  }
  return id;
}

/** A text's word-pair keys by position (order-free, so local reordering still matches), and each key's positions. */
interface PairIndex {
  generation: number;
  /** Stem id of each content word. */
  ids: Int32Array;
  keys: Float64Array;
  positions: PairPositions;
}

/**
 * Where each word-pair key occurs: open addressing over typed arrays, each key's positions chained in
 * text order (a map of arrays cost an array per key, most of building an index).
 */
class PairPositions {
  private readonly slotKeys: Float64Array;
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  readonly counts: Int32Array;
  /** Next position with the same key, or -1. */
  readonly next: Int32Array;

  constructor(keys: Float64Array) {
    let size = 16;
    while (size < 2 * keys.length) size *= 2;
    this.slotKeys = new Float64Array(size).fill(-1);
    this.first = new Int32Array(size);
    this.last = new Int32Array(size);
    this.counts = new Int32Array(size);
    this.next = new Int32Array(keys.length).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      const slot = this.slot(keys[i]!);
      if (this.counts[slot] === 0) {
        this.slotKeys[slot] = keys[i]!;
        this.first[slot] = i;
      } else this.next[this.last[slot]!] = i;
      this.last[slot] = i;
      this.counts[slot]!++;
    }
  }

  /** The slot holding `key`, or the empty slot where it would go (count 0). */
  slot(key: number): number {
    const mask = this.slotKeys.length - 1;
    let h = Math.imul((key >>> 0) ^ Math.imul(Math.floor(key / 4294967296), 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const k = this.slotKeys[slot]!;
      if (k === key || k === -1) return slot;
    }
  }

  firstAt(slot: number): number {
    return this.first[slot]!;
  }
}

// One index per text: a story aligns each article with several partners, and building the keys is most
// of the cost of seeding.
const PAIR_INDEXES = new WeakMap<ContentWords, PairIndex>();

function buildPairIndex(words: ContentWords, idOf: (stem: string) => number = stemId): PairIndex {
  const at = generation;
  const ids = Int32Array.from(words.stems, (s) => idOf(s));
  const keys = new Float64Array(Math.max(0, ids.length - 1));
  for (let i = 0; i + 1 < ids.length; i++) {
    const x = ids[i]!;
    const y = ids[i + 1]!;
    keys[i] = x < y ? x * MAX_STEM_IDS + y : y * MAX_STEM_IDS + x;
  }
  return { generation: at, ids, keys, positions: new PairPositions(keys) };
}

function pairIndex(words: ContentWords): PairIndex {
  let found = PAIR_INDEXES.get(words);
  if (found && found.generation === generation) return found;
  do found = buildPairIndex(words);
  while (found.generation !== generation);
  PAIR_INDEXES.set(words, found);
  return found;
}

/** A seed (i, j) packed in one number, so seeds sort as a typed array: i major, j minor. */
export const SEED_SPAN = 2 ** 26;

/** Seeds: (i, j) such that the word pairs at i in a and j in b match, packed, in order of i, then j. */
export function seeds(a: ContentWords, b: ContentWords): Float64Array {
  let inA = pairIndex(a);
  let inB = pairIndex(b);
  // Building b's index may have started a new generation of ids; if even a rebuild cannot agree (two texts
  // with millions of distinct words), both sides get ids of their own for this pair.
  if (inA.generation !== inB.generation) inA = pairIndex(a);
  if (inA.generation !== inB.generation) {
    const local = new Map<string, number>();
    const idOf = (stem: string) => local.get(stem) ?? local.set(stem, local.size).size - 1;
    inA = buildPairIndex(a, idOf);
    inB = buildPairIndex(b, idOf);
  }
  const out: number[] = [];
  const keys = inA.keys;
  const inPairs = inB.positions;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const slot = inPairs.slot(k);
    const n = inPairs.counts[slot]!;
    if (n === 0 || n > MAX_KEY_REPEATS || inA.positions.counts[inA.positions.slot(k)]! > MAX_KEY_REPEATS) continue;
    // Positions are chained in text order, so the seeds come out sorted without a sort.
    for (let j = inPairs.firstAt(slot); j >= 0; j = inPairs.next[j]!) out.push(i * SEED_SPAN + j);
  }
  return Float64Array.from(out);
}

/** Group seeds into fragments whose seeds are close in both texts. */
function grow(seedList: Float64Array, gap: number): Fragment[] {
  const open: Fragment[] = [];
  const done: Fragment[] = [];
  for (const seed of seedList) {
    const i = Math.floor(seed / SEED_SPAN);
    const j = seed - i * SEED_SPAN;
    // Retire fragments that can no longer reach this seed in a.
    for (let k = open.length - 1; k >= 0; k--) {
      const f = open[k];
      if (f && f.a1 < i - gap) {
        done.push(f);
        open.splice(k, 1);
      }
    }
    let best: Fragment | null = null;
    let bestDist = Infinity;
    for (const f of open) {
      const dist = j < f.b0 ? f.b0 - j : j > f.b1 ? j - f.b1 : 0;
      if (dist <= gap && dist < bestDist) {
        best = f;
        bestDist = dist;
      }
    }
    if (best) {
      best.a1 = Math.max(best.a1, i + 1);
      best.b0 = Math.min(best.b0, j);
      best.b1 = Math.max(best.b1, j + 1);
      best.seeds++;
    } else {
      open.push({ a0: i, a1: i + 1, b0: j, b1: j + 1, seeds: 1 });
    }
  }
  return done.concat(open);
}

function distance(x0: number, x1: number, y0: number, y1: number): number {
  if (x1 < y0) return y0 - x1;
  if (y1 < x0) return x0 - y1;
  return 0;
}

/** Merge fragments that are near each other in both texts, until none are. */
function merge(frags: Fragment[], gap: number): Fragment[] {
  let list = frags.slice();
  let changed = true;
  while (changed) {
    changed = false;
    list.sort((p, q) => p.a0 - q.a0 || p.b0 - q.b0);
    const next: Fragment[] = [];
    for (const f of list) {
      const host = next.find(
        (g) => distance(g.a0, g.a1, f.a0, f.a1) <= gap && distance(g.b0, g.b1, f.b0, f.b1) <= gap,
      );
      if (host) {
        host.a0 = Math.min(host.a0, f.a0);
        host.a1 = Math.max(host.a1, f.a1);
        host.b0 = Math.min(host.b0, f.b0);
        host.b1 = Math.max(host.b1, f.b1);
        host.seeds += f.seeds;
        changed = true;
      } else {
        next.push({ ...f });
      }
    }
    list = next;
  }
  return list;
}

/** Where two fragments claim the same stretch of one text, keep the better supported one. */
function resolveOverlaps(frags: Fragment[]): Fragment[] {
  const byStrength = frags.slice().sort((p, q) => q.seeds - p.seeds || p.a0 - q.a0 || p.b0 - q.b0);
  const kept: Fragment[] = [];
  for (const f of byStrength) {
    const clash = kept.some(
      (g) =>
        overlap(g.a0, g.a1, f.a0, f.a1) > 0.5 * Math.min(f.a1 - f.a0, g.a1 - g.a0) ||
        overlap(g.b0, g.b1, f.b0, f.b1) > 0.5 * Math.min(f.b1 - f.b0, g.b1 - g.b0),
    );
    if (!clash) kept.push(f);
  }
  return kept.sort((p, q) => p.a0 - q.a0 || p.b0 - q.b0);
}

function overlap(x0: number, x1: number, y0: number, y1: number): number {
  return Math.max(0, Math.min(x1, y1) - Math.max(x0, y0));
}

/** Per stem id, the last side that saw it (see `idSimilarity`): stamps instead of a set per passage side. */
let marks = new Int32Array(1024);
let stamp = 0;

/** `sideSimilarity` of id ranges [a0, a1) and [b0, b1) (the same distinct counts, without building sets). */
function idSimilarity(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number): number {
  let top = 0;
  for (let k = a0; k < a1; k++) top = Math.max(top, a[k]!);
  for (let k = b0; k < b1; k++) top = Math.max(top, b[k]!);
  if (top >= marks.length) marks = new Int32Array(Math.max(top + 1, 2 * marks.length));
  if (stamp > 0x7ffffff0) {
    marks.fill(0);
    stamp = 0;
  }
  const inA = ++stamp;
  const inB = ++stamp;
  let na = 0;
  for (let k = a0; k < a1; k++) {
    if (marks[a[k]!] !== inA) {
      marks[a[k]!] = inA;
      na++;
    }
  }
  let nb = 0;
  let shared = 0;
  for (let k = b0; k < b1; k++) {
    const m = marks[b[k]!];
    if (m === inB) continue;
    if (m === inA) shared++;
    marks[b[k]!] = inB;
    nb++;
  }
  if (na + nb === 0) return 0;
  return (2 * shared) / (na + nb);
}

/** Dice coefficient of the two sides' content-word sets. */
function sideSimilarity(a: string[], b: string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size + sb.size === 0) return 0;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return (2 * shared) / (sa.size + sb.size);
}

/** Shared passages of two texts already reduced to content words. */
export function alignContent(a: ContentWords, b: ContentWords, options: ReuseOptions = {}): SharedPassage[] {
  const o = { ...DEFAULTS, ...options };
  let fragments: Fragment[];
  if (a.text !== undefined && b.text !== undefined && o.method === 'sentences') {
    // Passage ends are exclusive there; fragments here end at the last seed (a seed covers two words).
    fragments = alignSentences(a.text, a, b.text, b).map((p) => ({
      a0: p.a0,
      a1: p.a1 - 1,
      b0: p.b0,
      b1: p.b1 - 1,
      seeds: Math.round(p.similarity * (p.a1 - p.a0 + p.b1 - p.b0)),
    }));
  } else fragments = merge(grow(seeds(a, b), o.gap), o.mergeGap);
  fragments = resolveOverlaps(fragments);
  // Seeding left both texts' stem ids behind (when they share a generation): compare sides by id.
  const ia = PAIR_INDEXES.get(a);
  const ib = PAIR_INDEXES.get(b);
  const byId = ia && ib && ia.generation === generation && ib.generation === generation ? [ia.ids, ib.ids] : null;
  const out: SharedPassage[] = [];
  for (const f of fragments) {
    // A seed at i covers words i and i+1.
    const a1 = Math.min(f.a1 + 1, a.stems.length);
    const b1 = Math.min(f.b1 + 1, b.stems.length);
    if (f.seeds < o.minSeeds || a1 - f.a0 < o.minWords || b1 - f.b0 < o.minWords) continue;
    if (f.seeds < o.minDensity * Math.max(a1 - f.a0, b1 - f.b0)) continue;
    out.push({
      a: { start: a.starts[f.a0] ?? 0, end: a.ends[a1 - 1] ?? 0 },
      b: { start: b.starts[f.b0] ?? 0, end: b.ends[b1 - 1] ?? 0 },
      similarity: round(
        byId ? idSimilarity(byId[0]!, f.a0, a1, byId[1]!, f.b0, b1) : sideSimilarity(a.stems.slice(f.a0, a1), b.stems.slice(f.b0, b1)),
      ),
    });
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Every passage texts `a` and `b` share, with offsets into each; empty when none. */
export function findReuse(a: string, b: string, options: ReuseOptions = {}): SharedPassage[] {
  return alignContent(contentWords(a), contentWords(b), options);
}
