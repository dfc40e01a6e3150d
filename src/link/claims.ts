// Sentences from different articles of one story that make the same claim.
// Sentences are compared on weighted content words (rare words, names and
// numbers count most); only pairs sharing a telling word are scored, and
// clusters grow best-pair-first with an average-link guard.

import type { ClaimCluster, SentenceRef, Span } from '../types.js';
import { backgroundIdf } from './background-idf.js';
import { tokenize, type Token } from './tokens.js';
import { checkpoint, UNLIMITED, type Budget } from '../common/budget.js';

export interface ClaimOptions {
  /** Score two sentences need to join (and the average a merged cluster needs). */
  threshold?: number;
  /** Sentences with fewer content words (headings, credits) stay singletons. */
  minWords?: number;
  /** Checked in the pair loops; when it runs out alignClaims throws OverBudget. */
  budget?: Budget;
}

const DEFAULTS: Required<ClaimOptions> = { threshold: 0.44, minWords: 4, budget: UNLIMITED };
const MAX_REPEATS_PER_ARTICLE = 3;

// Words translations use interchangeably, mapped to one key (stems of ./tokens).
// A Map, not an object literal: a word like "constructor" must not find Object.prototype's members.
const SYNONYMS = new Map<string, string>(Object.entries({
  kyiv: 'kiev',
  specific: 'concret',
  concret: 'concret',
  offer: 'proposal',
  propos: 'proposal',
  proposal: 'proposal',
  plan: 'plan',
  intend: 'plan',
}));

// Reporting verbs and attributions vary freely between versions of one claim.
const IGNORED = new Set([
  'stat', 'not', 'stress', 'emphasiz', 'emphasis', 'recall', 'explain', 'conclud', 'add', 'note', 'declar',
  'ministry', 'foreign', 'department', 'diplomat', 'statement', 'document',
]);

interface SentenceBag {
  article: number;
  ref: SentenceRef;
  weights: Map<string, number>;
  total: number;
  words: number;
}

function bag(article: number, id: string, tokens: Token[], span: Span): SentenceBag {
  const weights = new Map<string, number>();
  let words = 0;
  for (const t of tokens) {
    if (t.stop) continue;
    words++;
    const key = SYNONYMS.get(t.stem) ?? t.stem;
    if (IGNORED.has(key)) continue;
    // Names and numbers pin a claim down; ordinary words less so.
    const w = Math.max(1, key === t.stem ? t.idf : backgroundIdf(key)) * (t.cap || t.num ? 1.5 : 1);
    weights.set(key, Math.max(weights.get(key) ?? 0, w));
  }
  let total = 0;
  for (const w of weights.values()) total += w;
  return { article, ref: { article: id, sentence: { start: span.start, end: span.end } }, weights, total, words };
}

/** Weighted overlap: the better of Dice and a damped containment of the shorter sentence. */
export function sentenceScore(x: SentenceBag, y: SentenceBag): number {
  if (x.total === 0 || y.total === 0) return 0;
  const [small, large] = x.weights.size <= y.weights.size ? [x, y] : [y, x];
  let shared = 0;
  for (const [k, w] of small.weights) {
    const v = large.weights.get(k);
    if (v !== undefined) shared += Math.min(w, v);
  }
  const dice = (2 * shared) / (x.total + y.total);
  // A claim restated inside a longer sentence: contained, but with less weight than a full match.
  const contained = small.weights.size >= 4 ? (0.85 * shared) / small.total : 0;
  return Math.min(1, Math.max(dice, contained));
}

/**
 * An order-free hash of a bag's words and weights, so identical bags are found without building a key
 * string per sentence (that was most of the cost in stories of near-copies). Equal bags hash alike;
 * `sameBag` settles collisions.
 */
function bagHasher(): (b: SentenceBag) => number {
  const ids = new Map<string, number>();
  return (b) => {
    let h = b.words;
    for (const [k, w] of b.weights) {
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      let e = Math.imul(id + 1, 0x9e3779b1) ^ Math.imul(Math.round(w * 16), 0x85ebca6b);
      e = Math.imul(e ^ (e >>> 15), 0x2c1b3c6d);
      h = (h + (e ^ (e >>> 13))) | 0;
    }
    return h;
  };
}

function sameBag(x: SentenceBag, y: SentenceBag): boolean {
  if (x.words !== y.words || x.weights.size !== y.weights.size) return false;
  for (const [k, w] of x.weights) if (y.weights.get(k) !== w) return false;
  return true;
}

/** The tokens of each sentence (sorted spans), cut from the article's tokens in one pass. */
function sentenceTokens(tokens: Token[], spans: Span[]): Token[][] {
  const out: Token[][] = [];
  let t = 0;
  for (const span of spans) {
    while (t < tokens.length && tokens[t]!.start < span.start) t++;
    let end = t;
    while (end < tokens.length && tokens[end]!.end <= span.end) end++;
    out.push(tokens.slice(t, end));
  }
  return out;
}

// alignClaims runs in phases, each a function of its own: one function of every phase took V8 most of a
// second to optimise, and again after each deoptimisation, in every thread (a large share of a small run).

/** Identical bags (near-identical copies repeat every sentence) as groups: `uid` gives each bag's group. */
interface BagGroups {
  uid: number[];
  groups: number[][];
}

function groupIdentical(bags: SentenceBag[]): BagGroups {
  const uid: number[] = [];
  const groups: number[][] = [];
  const byHash = new Map<number, number[]>();
  const hashOf = bagHasher();
  for (const b of bags) {
    const h = hashOf(b);
    let sameHash = byHash.get(h);
    if (!sameHash) byHash.set(h, (sameHash = []));
    let u = sameHash.find((g) => sameBag(bags[groups[g]![0]!]!, b));
    if (u === undefined) {
      u = groups.length;
      sameHash.push(u);
      groups.push([]);
    }
    uid.push(u);
    groups[u]!.push(uid.length - 1);
  }
  return { uid, groups };
}

/** Whether each group may seed pairs: enough words, and not a refrain repeated within one article. */
function seedingGroups(bags: SentenceBag[], groups: number[][], minWords: number): boolean[] {
  return groups.map((g) => {
    if (bags[g[0]!]!.words < minWords) return false;
    const perArticle = new Map<number, number>();
    for (const i of g) perArticle.set(bags[i]!.article, (perArticle.get(bags[i]!.article) ?? 0) + 1);
    return Math.max(...perArticle.values()) <= MAX_REPEATS_PER_ARTICLE;
  });
}

/** Scores of bag pairs, each pair of distinct groups scored once. */
class PairScores {
  private readonly scores = new Map<number, number>();
  private readonly nu: number;

  constructor(
    private readonly bags: SentenceBag[],
    private readonly uid: number[],
    groups: number,
  ) {
    this.nu = groups;
  }

  score(i: number, j: number): number {
    const x = this.uid[i]!;
    const y = this.uid[j]!;
    const key = x < y ? x * this.nu + y : y * this.nu + x;
    let s = this.scores.get(key);
    if (s === undefined) {
      s = sentenceScore(this.bags[i]!, this.bags[j]!);
      this.scores.set(key, s);
    }
    return s;
  }
}

/** Bag pairs of different articles that score at least the threshold, as [i, j, score] with i < j, best first. */
function candidatePairs(bags: SentenceBag[], { groups }: BagGroups, seeding: boolean[], scores: PairScores, threshold: number, step: () => void): [number, number, number][] {
  // Inverted index over telling words: only sentences sharing one are compared.
  const postings = new Map<string, number[]>();
  groups.forEach((g, u) => {
    if (!seeding[u]) return;
    for (const [k, w] of bags[g[0]!]!.weights) {
      if (w < 2) continue;
      const list = postings.get(k);
      if (list) list.push(u);
      else postings.set(k, [u]);
    }
  });
  const nu = groups.length;
  const candidates: [number, number, number][] = [];
  const expand = (u: number, v: number): void => {
    step();
    const s = scores.score(groups[u]![0]!, groups[v]![0]!);
    if (s < threshold) return;
    for (const i of groups[u]!) {
      for (const j of groups[v]!) {
        if (u === v && j <= i) continue;
        if (bags[i]!.article === bags[j]!.article) continue;
        candidates.push(i < j ? [i, j, s] : [j, i, s]);
      }
    }
  };
  const seen = new Set<number>();
  groups.forEach((g, u) => {
    // Copies of one sentence pair up when it has a telling word (as any pair does, through the index).
    if (seeding[u] && g.length > 1 && [...bags[g[0]!]!.weights.values()].some((w) => w >= 2)) expand(u, u);
  });
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * nu + list[y]!;
        if (seen.has(key)) continue;
        seen.add(key);
        expand(list[x]!, list[y]!);
      }
    }
  }
  candidates.sort((p, q) => q[2] - p[2] || p[0] - q[0] || p[1] - q[1]);
  return candidates;
}

/**
 * Clusters grow best pair first; two merge only if they share no article and their members are alike on
 * average (one strong pair cannot drag in a stranger). The clusters' members by cluster, in merge order.
 */
function growClusters(bags: SentenceBag[], candidates: [number, number, number][], scores: PairScores, threshold: number, step: () => void): Map<number, number[]> {
  const n = bags.length;
  const clusterOf = bags.map((_, i) => i);
  const members = new Map<number, number[]>(bags.map((_, i) => [i, [i]]));
  // Cluster pairs already refused, with their sizes then: clusters only grow, so unchanged sizes
  // mean unchanged members and the same verdict. Near-identical copies offer the same two large
  // clusters thousands of times, each costing a full average over their member pairs otherwise.
  const refused = new Map<number, number>();
  for (const [i, j] of candidates) {
    step();
    const ci = clusterOf[i]!;
    const cj = clusterOf[j]!;
    if (ci === cj) continue;
    const mi = members.get(ci)!;
    const mj = members.get(cj)!;
    const pair = ci < cj ? ci * n + cj : cj * n + ci;
    const sizes = ci < cj ? mi.length * (n + 1) + mj.length : mj.length * (n + 1) + mi.length;
    if (refused.get(pair) === sizes) continue;
    const articlesI = new Set(mi.map((m) => bags[m]!.article));
    let sum = 0;
    if (!mj.some((m) => articlesI.has(bags[m]!.article))) for (const x of mi) for (const y of mj) sum += scores.score(x, y);
    if (sum === 0 || sum / (mi.length * mj.length) < threshold * 0.8) {
      refused.set(pair, sizes);
      continue;
    }
    const [keep, drop] = ci < cj ? [ci, cj] : [cj, ci];
    const merged = members.get(keep)!.concat(members.get(drop)!);
    for (const m of merged) clusterOf[m] = keep;
    members.set(keep, merged);
    members.delete(drop);
  }
  return members;
}

/** The clusters with their cohesion (mean pair score), in the order of their first sentence. */
function clusterList(bags: SentenceBag[], members: Map<number, number[]>, scores: PairScores): ClaimCluster[] {
  const out: ClaimCluster[] = [];
  for (const list of [...members.values()]) {
    const sorted = list.slice().sort((x, y) => x - y);
    let sum = 0;
    let pairs = 0;
    for (let x = 0; x < sorted.length; x++) {
      for (let y = x + 1; y < sorted.length; y++) {
        sum += scores.score(sorted[x]!, sorted[y]!);
        pairs++;
      }
    }
    out.push({ members: sorted.map((m) => bags[m]!.ref), cohesion: pairs ? Math.round((sum / pairs) * 1000) / 1000 : 1 });
  }
  // Bags are in article-then-offset order, so ordering clusters by their first member index is the input order.
  const firstIndex = new Map(out.map((c, k) => [c, [...members.values()][k]!.slice().sort((x, y) => x - y)[0]!]));
  return out.sort((p, q) => firstIndex.get(p)! - firstIndex.get(q)!);
}

export function alignClaims(
  /** `tokens`: the article's tokens when the caller already has them (tokenizing is most of a bag's cost). */
  articles: { id: string; text: string; sentences: Span[]; tokens?: Token[] }[],
  options: ClaimOptions = {},
): ClaimCluster[] {
  // One article has nothing to align with (pairs within an article never join): each sentence stands alone.
  // Most stories in a large collection are one article, so this skips most of the work there.
  if (articles.length === 1) {
    const a = articles[0]!;
    return a.sentences
      .slice()
      .sort((p, q) => p.start - q.start)
      .map((s) => ({ members: [{ article: a.id, sentence: { start: s.start, end: s.end } }], cohesion: 1 }));
  }
  const o = { ...DEFAULTS, ...options };
  const step = checkpoint(o.budget, 'claim alignment');
  const bags: SentenceBag[] = [];
  articles.forEach((a, ai) => {
    const spans = a.sentences.slice().sort((p, q) => p.start - q.start);
    const perSentence = sentenceTokens(a.tokens ?? tokenize(a.text), spans);
    spans.forEach((s, k) => bags.push(bag(ai, a.id, perSentence[k]!, s)));
  });
  // Identical sentences are scored once: pairs of distinct groups are scored and expanded to bag pairs.
  const grouped = groupIdentical(bags);
  const seeding = seedingGroups(bags, grouped.groups, o.minWords);
  const scores = new PairScores(bags, grouped.uid, grouped.groups.length);
  const candidates = candidatePairs(bags, grouped, seeding, scores, o.threshold, step);
  return clusterList(bags, growClusters(bags, candidates, scores, o.threshold, step), scores);
}
