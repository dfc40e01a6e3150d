// Shared passages found sentence by sentence, after Sanchez-Perez, Sidorov and
// Gelbukh (PAN 2014): sentence pairs alike in both tf-isf cosine and Dice are
// seeds; seeds close in both texts are clustered into passages (re-split with a
// smaller gap when a passage as a whole is not alike enough); a passage much
// shorter on one side than the other is a summary, clustered again with a
// larger gap. Passages then grow along the diagonal over weakly alike sentence
// pairs (heavy edits), parts of one summary are joined, and near copies end
// where the words stop agreeing. Robust to word order shuffled inside
// sentences and to paraphrase, where word-pair seeds (./reuse.ts) break down.

import type { ContentWords } from './reuse.js';

export interface SentencePassage {
  /** Content-word index ranges [a0, a1) and [b0, b1). */
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  /** Cosine of the two sides. */
  similarity: number;
  /** Seed sentence pairs it was built from. */
  seeds: number;
}

interface Sent {
  /** Content-word index range. */
  w0: number;
  w1: number;
  tf: Map<string, number>;
}

/** A tf-isf weighted bag of words and its length. */
type Vec = { v: Map<string, number>; norm: number };

const SEED_COSINE = 0.3;
const SEED_DICE = 0.3;
const PASSAGE_COSINE = 0.34;
const GAP = 4;
const SUMMARY_GAP = 24;
/** Sentences with fewer content words are joined to the next. */
const MIN_SENTENCE_WORDS = 4;
/** A seed scoring below this share of its sentences' best seed is a weak rival. */
const RIVAL_SHARE = 0.7;
/** A sentence this long ends at a line break; none runs longer than the maximum. */
const SOFT_BREAK_WORDS = 20;
const MAX_SENTENCE_WORDS = 60;
/** Fewest content words a passage needs on each side (short matches are chance). */
const MIN_PASSAGE_WORDS = 12;
/** One side this much shorter than the other marks a summary. */
const SUMMARY_RATIO = 0.33;
/**
 * A sentence whose words recur this often in its own text is boilerplate or a repeated run
 * ("John Smith John Smith …"), not evidence: it would pair with every copy on the other side,
 * and a few thousand such sentences on each side make millions of seeds.
 */
const MAX_SENTENCE_REPEATS = 10;
/** Most sentences of `a` between two passages that may join as parts of one summary. */
const SUMMARY_JOIN_SENTENCES = 1;
/** Fewest times longer in `b` than in `a` two passages must be, joined, to be parts of one summary. */
const SUMMARY_JOIN_RATIO = 2;
/** Least cosine of a passage built from one sentence pair. */
const SINGLE_PAIR_COSINE = 0.5;
/** Least cosine of the next sentence pair for a passage to grow along the diagonal. */
const EXTEND_COSINE = 0.15;
/** Scored partners kept per sentence of `a` (the best): bounds memory whatever the texts. */
const MAX_PARTNERS = 32;
/** Sentences of `b` a word may be looked up in: a word in more says little and costs a pass over all of them. */
const MAX_POSTINGS = 2000;

/** Splits content words into sentences at the text's sentence ends. */
function sentences(text: string, w: ContentWords): Sent[] {
  const out: Sent[] = [];
  let start = 0;
  const n = w.stems.length;
  for (let i = 0; i < n; i++) {
    const end = i + 1 < n ? w.starts[i + 1]! : text.length;
    const between = text.slice(w.ends[i]!, end);
    const len = i + 1 - start;
    // Lists and headings have no full stops: a line break ends a long run, and nothing runs on forever.
    const breaks =
      /[.!?]["'”’)]*(\s|$)/.test(between) ||
      /\n\s*\n/.test(between) ||
      (len >= SOFT_BREAK_WORDS && between.includes('\n')) ||
      len >= MAX_SENTENCE_WORDS ||
      i + 1 === n;
    if (breaks && (len >= MIN_SENTENCE_WORDS || i + 1 === n)) {
      const tf = new Map<string, number>();
      for (let k = start; k <= i; k++) tf.set(w.stems[k]!, (tf.get(w.stems[k]!) ?? 0) + 1);
      out.push({ w0: start, w1: i + 1, tf });
      start = i + 1;
    }
  }
  return out;
}

/** Sentences whose bag of words occurs more than MAX_SENTENCE_REPEATS times in the same text. */
function repeated(sents: Sent[]): boolean[] {
  // An order-free hash of each bag (two independent sums): cheap, and a collision only matters if
  // more than MAX_SENTENCE_REPEATS unlike bags share one.
  const hashOf = new Map<string, number>();
  const keys = sents.map((s) => {
    let x = 0;
    let y = 0;
    for (const [k, c] of s.tf) {
      let h = hashOf.get(k);
      if (h === undefined) {
        h = 2166136261;
        for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 16777619);
        hashOf.set(k, h);
      }
      x = (x + Math.imul(h, 2 * c + 1)) | 0;
      y = (y + Math.imul(h ^ (h >>> 15), 0x2c1b3c6d + c)) | 0;
    }
    return `${x} ${y} ${s.tf.size}`;
  });
  const count = new Map<string, number>();
  for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
  return keys.map((k) => count.get(k)! > MAX_SENTENCE_REPEATS);
}

function weights(sents: Sent[], isf: Map<string, number>): Vec[] {
  return sents.map((s) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [k, c] of s.tf) {
      const x = c * (isf.get(k) ?? 0);
      v.set(k, x);
      norm += x * x;
    }
    return { v, norm: Math.sqrt(norm) };
  });
}

function cosine(x: Vec, y: Vec): number {
  if (x.norm === 0 || y.norm === 0) return 0;
  const [s, l] = x.v.size <= y.v.size ? [x, y] : [y, x];
  let d = 0;
  for (const [k, w] of s.v) {
    const u = l.v.get(k);
    if (u !== undefined) d += w * u;
  }
  return d / (x.norm * y.norm);
}

function dice(x: Map<string, number>, y: Map<string, number>): number {
  let shared = 0;
  for (const k of x.keys()) if (y.has(k)) shared++;
  return (2 * shared) / (x.size + y.size || 1);
}

type Seed = [number, number];

/** Splits seeds into groups whose consecutive members (sorted on one side) are at most `gap` sentences apart. */
function split(seeds: Seed[], side: 0 | 1, gap: number): Seed[][] {
  const sorted = seeds.slice().sort((p, q) => p[side] - q[side] || p[1 - side]! - q[1 - side]!);
  const out: Seed[][] = [];
  let cur: Seed[] = [];
  for (const s of sorted) {
    if (cur.length && s[side] - cur[cur.length - 1]![side] > gap + 1) {
      out.push(cur);
      cur = [];
    }
    cur.push(s);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Alternately splits on side a and b until every group is contiguous on both. */
function cluster(seeds: Seed[], gap: number): Seed[][] {
  let groups = [seeds];
  for (let round = 0; round < 8; round++) {
    const next: Seed[][] = [];
    for (const g of groups) for (const h of split(g, 0, gap)) next.push(...split(h, 1, gap));
    if (next.length === groups.length) return next;
    groups = next;
  }
  return groups;
}

function bagOf(sents: Sent[], lo: number, hi: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = lo; i <= hi; i++) for (const [k, c] of sents[i]!.tf) out.set(k, (out.get(k) ?? 0) + c);
  return out;
}

/** Aligns two texts' content words at sentence level; `text*` give the sentence ends. */
export function alignSentences(textA: string, a: ContentWords, textB: string, b: ContentWords): SentencePassage[] {
  const sa = sentences(textA, a);
  const sb = sentences(textB, b);
  if (sa.length === 0 || sb.length === 0) return [];
  // Inverse sentence frequency over both texts' sentences.
  const sf = new Map<string, number>();
  for (const s of sa.concat(sb)) for (const k of s.tf.keys()) sf.set(k, (sf.get(k) ?? 0) + 1);
  const total = sa.length + sb.length;
  const isf = new Map<string, number>();
  for (const [k, n] of sf) isf.set(k, Math.log(total / n));
  const va = weights(sa, isf);
  const vb = weights(sb, isf);

  // Seeds: only sentence pairs sharing a word are scored; repeated sentences never seed.
  const repA = repeated(sa);
  const repB = repeated(sb);
  const postings = new Map<string, number[]>();
  sb.forEach((s, j) => {
    if (repB[j]) return;
    for (const k of s.tf.keys()) {
      const list = postings.get(k);
      if (list) list.push(j);
      else postings.set(k, [j]);
    }
  });
  const scored: [number, number, number][] = [];
  sa.forEach((s, i) => {
    if (repA[i]) return;
    const seen = new Set<number>();
    for (const k of s.tf.keys()) {
      const list = postings.get(k);
      if (list && list.length <= MAX_POSTINGS) for (const j of list) seen.add(j);
    }
    const mine: [number, number, number][] = [];
    for (const j of [...seen].sort((x, y) => x - y)) {
      const c = cosine(va[i]!, vb[j]!);
      if (c > SEED_COSINE && dice(s.tf, sb[j]!.tf) > SEED_DICE) mine.push([i, j, c]);
    }
    // Keep the best partners, in order of j as before.
    if (mine.length > MAX_PARTNERS) {
      const floor = mine.map((x) => x[2]).sort((x, y) => y - x)[MAX_PARTNERS - 1]!;
      let room = MAX_PARTNERS - mine.filter((x) => x[2] > floor).length;
      for (const x of mine) if (x[2] > floor || (x[2] === floor && room-- > 0)) scored.push(x);
    } else for (const x of mine) scored.push(x);
  });
  if (scored.length === 0) return [];
  // A sentence matching one sentence of the other text almost exactly and another only
  // loosely (a heading, a stock phrase) belongs with the first: weak rivals are dropped.
  const bestA = new Map<number, number>();
  const bestB = new Map<number, number>();
  for (const [i, j, c] of scored) {
    bestA.set(i, Math.max(bestA.get(i) ?? 0, c));
    bestB.set(j, Math.max(bestB.get(j) ?? 0, c));
  }
  const all: Seed[] = scored.map(([i, j]) => [i, j]);
  const seeds: Seed[] = scored
    .filter(([i, j, c]) => c >= RIVAL_SHARE * bestA.get(i)! && c >= RIVAL_SHARE * bestB.get(j)!)
    .map(([i, j]) => [i, j]);

  const isfVec = (m: Map<string, number>): { v: Map<string, number>; norm: number } => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [k, c] of m) {
      const x = c * (isf.get(k) ?? 0);
      v.set(k, x);
      norm += x * x;
    }
    return { v, norm: Math.sqrt(norm) };
  };
  const passages = (gap: number, seeds: Seed[]): SentencePassage[] => {
    const out: SentencePassage[] = [];
    const visit = (group: Seed[], g: number): void => {
      let a0 = Infinity;
      let a1 = -1;
      let b0 = Infinity;
      let b1 = -1;
      for (const [i, j] of group) {
        a0 = Math.min(a0, i);
        a1 = Math.max(a1, i);
        b0 = Math.min(b0, j);
        b1 = Math.max(b1, j);
      }
      const sim = cosine(isfVec(bagOf(sa, a0, a1)), isfVec(bagOf(sb, b0, b1)));
      if (sim >= PASSAGE_COSINE || g === 0) {
        if (sim >= PASSAGE_COSINE) out.push({ a0: sa[a0]!.w0, a1: sa[a1]!.w1, b0: sb[b0]!.w0, b1: sb[b1]!.w1, similarity: sim, seeds: group.length });
        return;
      }
      for (const h of cluster(group, g - 1)) visit(h, g - 1);
    };
    for (const group of cluster(seeds, gap)) visit(group, gap);
    return out;
  };

  const tighten = (list: SentencePassage[]): SentencePassage[] => {
    const out: SentencePassage[] = [];
    for (const p of list) {
      const inA = new Set(a.stems.slice(p.a0, p.a1));
      const inB = new Set(b.stems.slice(p.b0, p.b1));
      // Boundary sentences may start or end with words the other side lacks.
      while (p.a0 < p.a1 - 1 && !inB.has(a.stems[p.a0]!)) p.a0++;
      while (p.a1 - 1 > p.a0 && !inB.has(a.stems[p.a1 - 1]!)) p.a1--;
      while (p.b0 < p.b1 - 1 && !inA.has(b.stems[p.b0]!)) p.b0++;
      while (p.b1 - 1 > p.b0 && !inA.has(b.stems[p.b1 - 1]!)) p.b1--;
      if (p.a1 - p.a0 >= MIN_PASSAGE_WORDS && p.b1 - p.b0 >= MIN_PASSAGE_WORDS) out.push(p);
    }
    return out;
  };
  // One loosely alike sentence pair is what two texts on one topic share by chance; a passage
  // resting on a single pair must be close to a copy of it.
  const normal = passages(GAP, seeds).filter((p) => p.seeds > 1 || p.similarity >= SINGLE_PAIR_COSINE);
  // A summary: one short stretch of `a` matching sentences spread over a much longer stretch of `b`.
  // Clustered with a larger gap, it becomes one passage much shorter on one side.
  const lenA = (p: SentencePassage): number => a.ends[p.a1 - 1]! - a.starts[p.a0]!;
  const lenB = (p: SentencePassage): number => b.ends[p.b1 - 1]! - b.starts[p.b0]!;
  const short = (p: SentencePassage): boolean => lenA(p) < SUMMARY_RATIO * lenB(p);
  // Not a summary when nearly all of its short side is one passage of about equal length on both
  // sides: that is a copy, and the reach into the other text stray matches.
  const copy = (q: SentencePassage): boolean => lenA(q) >= 0.67 * lenB(q) && lenB(q) >= 0.67 * lenA(q);
  const summaries = tighten(passages(SUMMARY_GAP, all)).filter(
    (p) =>
      p.seeds >= 2 &&
      short(p) &&
      !normal.some((q) => copy(q) && Math.min(p.a1, q.a1) - Math.max(p.a0, q.a0) >= 0.8 * (p.a1 - p.a0)),
  );
  extendAlongDiagonal(normal, summaries, sa, sb, va, vb, repA, repB);
  const clash = (p: SentencePassage): boolean =>
    summaries.some((q) => (p.a0 < q.a1 && q.a0 < p.a1) || (p.b0 < q.b1 && q.b0 < p.b1));
  const ofA = sentenceOfWord(sa);
  const ofB = sentenceOfWord(sb);
  const found = summaries.concat(tighten(normal).filter((p) => !clash(p)).map((p) => (verbatimShare(p, a, b) >= VERBATIM_SHARE ? alignEdges(p, a, b, ofA, ofB) : p))).sort((p, q) => p.a0 - q.a0 || p.b0 - q.b0);
  return joinSummaryParts(found, sa, a, b);
}

/**
 * Heavily edited copies keep their order but not their words: the sentences around a passage may
 * share too little to seed, yet still pair up one to one. Each passage grows along the diagonal,
 * forwards then backwards, while the next sentence pair (one sentence may be skipped on either side)
 * is at least EXTEND_COSINE alike, never into sentences another passage holds. Mutates `normal`.
 */
function extendAlongDiagonal(
  normal: SentencePassage[],
  others: SentencePassage[],
  sa: Sent[],
  sb: Sent[],
  va: Vec[],
  vb: Vec[],
  repA: boolean[],
  repB: boolean[],
): void {
  const ofA = sentenceOfWord(sa);
  const ofB = sentenceOfWord(sb);
  const usedA = new Uint8Array(sa.length);
  const usedB = new Uint8Array(sb.length);
  // Passages (summaries already tightened) may start and end inside a sentence.
  for (const p of others.concat(normal)) {
    usedA.fill(1, ofA[p.a0]!, ofA[p.a1 - 1]! + 1);
    usedB.fill(1, ofB[p.b0]!, ofB[p.b1 - 1]! + 1);
  }
  const free = (i: number, j: number): boolean =>
    i >= 0 && j >= 0 && i < sa.length && j < sb.length && !usedA[i] && !usedB[j] && !repA[i] && !repB[j];
  /** The best sentence pair one step on from (i, j) in direction d, or null. */
  const step = (i: number, j: number, d: 1 | -1): [number, number] | null => {
    let best: [number, number] | null = null;
    let bestC = EXTEND_COSINE;
    const moves: [number, number][] = [[i + d, j + d], [i + 2 * d, j + d], [i + d, j + 2 * d]];
    for (const [x, y] of moves) {
      // A skipped sentence must be free as well.
      if (!free(x, y) || (x !== i + d && !free(i + d, y)) || (y !== j + d && !free(x, j + d))) continue;
      const c = cosine(va[x]!, vb[y]!);
      if (c >= bestC) {
        best = [x, y];
        bestC = c;
      }
    }
    return best;
  };
  for (const p of normal) {
    let a0 = ofA[p.a0]!;
    let a1 = ofA[p.a1 - 1]!;
    let b0 = ofB[p.b0]!;
    let b1 = ofB[p.b1 - 1]!;
    for (let nx = step(a1, b1, 1); nx; nx = step(a1, b1, 1)) {
      for (let i = a1 + 1; i <= nx[0]; i++) usedA[i] = 1;
      for (let j = b1 + 1; j <= nx[1]; j++) usedB[j] = 1;
      [a1, b1] = nx;
    }
    for (let nx = step(a0, b0, -1); nx; nx = step(a0, b0, -1)) {
      for (let i = nx[0]; i < a0; i++) usedA[i] = 1;
      for (let j = nx[1]; j < b0; j++) usedB[j] = 1;
      [a0, b0] = nx;
    }
    p.a0 = sa[a0]!.w0;
    p.a1 = sa[a1]!.w1;
    p.b0 = sb[b0]!.w0;
    p.b1 = sb[b1]!.w1;
  }
}

/**
 * A summary's sentences draw on parts of the source far apart: found as passages next to each other
 * in `a` and distant in `b`, they are one summary (one passage at least SUMMARY_JOIN_RATIO times as
 * long in `b` as in `a`), not several. `list` is sorted by a0.
 */
function joinSummaryParts(list: SentencePassage[], sa: Sent[], a: ContentWords, b: ContentWords): SentencePassage[] {
  const sentenceOf = sentenceOfWord(sa);
  const chars = (w: ContentWords, x0: number, x1: number): number => w.ends[x1 - 1]! - w.starts[x0]!;
  const out: SentencePassage[] = [];
  /** The passages of `list` the last one of `out` is made of. */
  let parts: SentencePassage[] = [];
  for (const p of list) {
    const h = out[out.length - 1];
    if (h && p.a0 >= h.a1 && sentenceOf[p.a0]! - sentenceOf[h.a1 - 1]! - 1 <= SUMMARY_JOIN_SENTENCES) {
      const a1 = Math.max(h.a1, p.a1);
      const b0 = Math.min(h.b0, p.b0);
      const b1 = Math.max(h.b1, p.b1);
      // Joined, it must not cover another passage's stretch of `b`: that one is aligned elsewhere.
      const crosses = list.some((q) => q !== p && !parts.includes(q) && q.b0 < b1 && b0 < q.b1);
      if (!crosses && chars(b, b0, b1) >= SUMMARY_JOIN_RATIO * chars(a, h.a0, a1)) {
        const wh = h.a1 - h.a0 + h.b1 - h.b0;
        const wp = p.a1 - p.a0 + p.b1 - p.b0;
        out[out.length - 1] = {
          a0: h.a0,
          a1,
          b0,
          b1,
          similarity: (h.similarity * wh + p.similarity * wp) / (wh + wp),
          seeds: h.seeds + p.seeds,
        };
        parts.push(p);
        continue;
      }
    }
    out.push(p);
    parts = [p];
  }
  return out;
}

/** Index of the sentence each content word belongs to. */
function sentenceOfWord(sents: Sent[]): Int32Array {
  const out = new Int32Array(sents.length ? sents[sents.length - 1]!.w1 : 0);
  sents.forEach((s, k) => out.fill(k, s.w0, s.w1));
  return out;
}

/** Words compared at each end of a near copy, and how many must agree in a row. */
const EDGE_WINDOW = 40;
const EDGE_RUN = 3;
/** Share of a passage's words in runs found verbatim on the other side that makes it a near copy. */
const VERBATIM_SHARE = 0.7;

/**
 * A near copy starts and ends where the two texts start and stop agreeing word for word, which may be
 * inside its first and last sentences: each end moves in to the nearest run of EDGE_RUN equal words
 * within EDGE_WINDOW words of it on both sides, if that run is in the same sentences.
 */
function alignEdges(p: SentencePassage, a: ContentWords, b: ContentWords, ofA: Int32Array, ofB: Int32Array): SentencePassage {
  const run = (i: number, j: number, d: 1 | -1): boolean => {
    for (let t = 0; t < EDGE_RUN; t++) if (a.stems[i + d * t] !== b.stems[j + d * t]) return false;
    return true;
  };
  const out = { ...p };
  const wa = Math.min(EDGE_WINDOW, p.a1 - p.a0 - EDGE_RUN);
  const wb = Math.min(EDGE_WINDOW, p.b1 - p.b0 - EDGE_RUN);
  // Start: the run nearest the passage start (least i + j).
  search: for (let s = 0; s <= wa + wb; s++) {
    for (let x = Math.max(0, s - wb); x <= Math.min(s, wa); x++) {
      if (run(p.a0 + x, p.b0 + s - x, 1)) {
        // Only inside the first sentences: a whole sentence more is a reordered part, not an edge.
        if (ofA[p.a0 + x] === ofA[p.a0] && ofB[p.b0 + s - x] === ofB[p.b0]) {
          out.a0 = p.a0 + x;
          out.b0 = p.b0 + s - x;
        }
        break search;
      }
    }
  }
  search: for (let s = 0; s <= wa + wb; s++) {
    for (let x = Math.max(0, s - wb); x <= Math.min(s, wa); x++) {
      if (run(p.a1 - 1 - x, p.b1 - 1 - s + x, -1)) {
        if (ofA[p.a1 - 1 - x] === ofA[p.a1 - 1] && ofB[p.b1 - 1 - s + x] === ofB[p.b1 - 1]) {
          out.a1 = p.a1 - x;
          out.b1 = p.b1 - s + x;
        }
        break search;
      }
    }
  }
  return out.a1 - out.a0 >= EDGE_RUN && out.b1 - out.b0 >= EDGE_RUN ? out : p;
}

/** Share of the words of `a`'s side that start a run of EDGE_RUN words found in the same order on `b`'s side. */
function verbatimShare(p: SentencePassage, a: ContentWords, b: ContentWords): number {
  const grams = new Set<string>();
  for (let j = p.b0; j + EDGE_RUN <= p.b1; j++) grams.add(b.stems.slice(j, j + EDGE_RUN).join(' '));
  let hit = 0;
  for (let i = p.a0; i + EDGE_RUN <= p.a1; i++) if (grams.has(a.stems.slice(i, i + EDGE_RUN).join(' '))) hit++;
  return hit / Math.max(1, p.a1 - p.a0 - EDGE_RUN + 1);
}
