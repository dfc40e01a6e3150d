// Trains the attribution cue model (read/quote-cue-model.ts) on the TRAIN split of PolNeAR (never dev, the
// check set) and writes its weights to src/read/lexicon/cue-model.json. Deterministic: the same data gives
// the same file (articles in file-name order, a fixed-seed shuffle per epoch, weights rounded).
//
// Examples: every candidate word of every sentence. A candidate is a lower-case word that headed a gold Cue
// span at least MIN_HEAD times in train (the head is the cue's first word after auxiliaries, negation and
// adverbs like "also": "has also said" → said), minus function words (NOT_HEADS). A candidate is positive
// when it heads a gold cue; other words inside a gold cue ("said in a statement") are left out of training.
// Gold: the first annotator's file of each article, as bench/polnear.ts scores it.
// Model: averaged perceptron, EPOCHS passes; features seen fewer than MIN_FEATURE times are dropped.
// Usage: npx tsx scripts/train-cue-model.ts /work/shared/data/quotes/polnear

import { writeFileSync } from 'node:fs';
import { polnearArticles, polnearTrain } from './polnear-train.js';
import { splitSentences } from '../src/read/sentences.js';
import { findActors } from '../src/read/actors.js';
import { findQuotedSpans } from '../src/read/quote-marks.js';
import { NOT_HEADS, cueFeatures, tokenize } from '../src/read/quote-cue-features.js';
import type { Token } from '../src/read/quote-cue-features.js';
import type { Span } from '../src/types.js';

const MIN_HEAD = 3;
const MIN_FEATURE = 6;
const EPOCHS = 8;
const SCALE = 1000;
/** Cue tails: up to MAX_TAIL words after a head ("voted against", "took issue with") that gold cues headed by
 * the word keep at least MIN_TAIL times and TAIL_RATIO of the times the text has them after it. */
const MAX_TAIL = 3;
const MIN_TAIL = 3;
const TAIL_RATIO = 0.6;
/** Words before a cue's head that PolNeAR keeps in the cue span. */
const LEAD = /^(?:has|have|had|is|are|was|were|be|been|being|am|do|does|did|will|would|may|might|could|can|should|must|not|never|also|later|again|still|often|then|already|even|just|once|further|recently|previously|repeatedly|reportedly|publicly|privately|openly|first|long|'s|’s|\p{L}+n['’]t|[a-z]{3,}ly)$/u;

const root = process.argv[2] ?? '/work/shared/data/quotes/polnear';
const { dir, first } = polnearTrain(root);
// CUE_HOLDOUT=k leaves out every fifth article from the k-th (as POLNEAR_FOLD=k of bench/polnear.ts scores
// them), to tune the thresholds of quote-cue-model.ts on articles the model did not see.
const holdout = process.env['CUE_HOLDOUT'];
if (holdout !== undefined) [...first.keys()].forEach((b, i) => i % 5 === Number(holdout) && first.delete(b));

interface Sentence {
  toks: Token[];
  feats: (i: number) => string[];
  heads: Set<number>;
  inCue: (p: number) => boolean;
}
const sentences: Sentence[] = [];
const headCount = new Map<string, number>();
const tailSeen: { word: string; after: string[]; kept: number }[] = [];
for (const { text, lines } of polnearArticles(dir, first)) {
  const cues: Span[] = [];
  for (const line of lines) {
    const m = /^T\d+\tCue ([\d ;]+)\t/.exec(line);
    if (!m) continue;
    const [s, e] = m[1]!.split(';')[0]!.trim().split(/\s+/).map(Number);
    if (s !== undefined && e !== undefined && e > s) cues.push({ start: s, end: e });
  }
  const heads = new Set<number>();
  for (const c of cues) {
    const inside = tokenize(text, c);
    const k = inside.findIndex((t) => !LEAD.test(t.low));
    const h = inside[k];
    if (!h) continue;
    heads.add(h.start);
    if (!/^[a-z]+$/.test(h.raw)) continue;
    headCount.set(h.raw, (headCount.get(h.raw) ?? 0) + 1);
    // The words after the head in the text, and how many of them the cue keeps.
    const after = tokenize(text, { start: h.end, end: Math.min(text.length, h.end + 60) }).slice(0, MAX_TAIL).map((t) => t.low);
    tailSeen.push({ word: h.raw, after, kept: inside.length - k - 1 });
  }
  const spans = splitSentences(text);
  const { mentions } = findActors(text, spans);
  const ends = new Set(mentions.map((m) => m.end));
  const quoted = findQuotedSpans(text).map((q) => ({ start: q.open, end: q.close + 1 }));
  const ctx = { mentionEnds: ends, quoted };
  const inCue = (p: number): boolean => cues.some((c) => c.start <= p && p < c.end);
  for (const s of spans) {
    const toks = tokenize(text, s);
    sentences.push({ toks, feats: (i) => cueFeatures(toks, i, ctx), heads, inCue });
  }
}
const candidates = [...headCount].filter(([w, n]) => n >= MIN_HEAD && !NOT_HEADS.has(w)).map(([w]) => w).sort();
const candidateSet = new Set(candidates);

// Tails: for each candidate head and word sequence after it, how often gold cues keep it when the text has it.
const tailKept = new Map<string, number>();
const tailThere = new Map<string, number>();
for (const { word, after, kept } of tailSeen) {
  if (!candidateSet.has(word)) continue;
  for (let n = 1; n <= after.length; n++) {
    if (!/^[a-z]+$/.test(after[n - 1]!)) break;
    const key = `${word} ${after.slice(0, n).join(' ')}`;
    tailThere.set(key, (tailThere.get(key) ?? 0) + 1);
    if (kept === n) tailKept.set(key, (tailKept.get(key) ?? 0) + 1);
  }
}
const tails = [...tailKept].filter(([key, n]) => n >= MIN_TAIL && n / tailThere.get(key)! >= TAIL_RATIO).map(([key]) => key).sort();

// Examples as feature ids.
const ids = new Map<string, number>();
const seen: number[] = [];
const examples: { f: Int32Array; y: number }[] = [];
for (const s of sentences) {
  for (let i = 0; i < s.toks.length; i++) {
    const t = s.toks[i]!;
    if (!candidateSet.has(t.raw)) continue;
    const y = s.heads.has(t.start) ? 1 : -1;
    if (y < 0 && s.inCue(t.start)) continue;
    const f = s.feats(i).map((name) => {
      let id = ids.get(name);
      if (id === undefined) {
        id = ids.size;
        ids.set(name, id);
        seen.push(0);
      }
      seen[id]!++;
      return id;
    });
    examples.push({ f: Int32Array.from(f), y });
  }
}
const usable = (id: number): boolean => seen[id]! >= MIN_FEATURE;

// Averaged perceptron (the lazy-update form: w − u/c).
const w = new Float64Array(ids.size);
const u = new Float64Array(ids.size);
let c = 1;
let seed = 12345;
const rand = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const order = examples.map((_, k) => k);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let k = order.length - 1; k > 0; k--) {
    const r = Math.floor(rand() * (k + 1));
    [order[k], order[r]] = [order[r]!, order[k]!];
  }
  let errors = 0;
  for (const k of order) {
    const ex = examples[k]!;
    let score = 0;
    for (const id of ex.f) if (usable(id)) score += w[id]!;
    if (score * ex.y <= 0) {
      errors++;
      for (const id of ex.f) {
        if (!usable(id)) continue;
        w[id]! += ex.y;
        u[id]! += ex.y * c;
      }
    }
    c++;
  }
  console.log(`epoch ${epoch + 1}: ${errors} errors of ${examples.length}`);
}
const weights: Record<string, number> = {};
for (const [name, id] of [...ids].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const v = Math.round((w[id]! - u[id]! / c) * SCALE);
  if (v !== 0 && usable(id)) weights[name] = v;
}
const positives = examples.filter((e) => e.y > 0).length;
const out = {
  source: 'PolNeAR 1.0 train split (first annotator file per article); generated by scripts/train-cue-model.ts',
  comment: 'averaged perceptron over cue candidates (read/quote-cue-model.ts): weight = value / scale',
  examples: examples.length,
  positives,
  scale: SCALE,
  candidates,
  tails,
  weights,
};
// One weight a line, so that a retrained model reads as a diff.
const json = JSON.stringify({ ...out, weights: {} }).replace(/\{\}\}$/, '{\n') +
  Object.entries(weights).map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',\n') + '\n}}\n';
writeFileSync(new URL('../src/read/lexicon/cue-model.json', import.meta.url), json);
console.log(`${candidates.length} candidates, ${tails.length} tails, ${examples.length} examples (${positives} cues), ${Object.keys(weights).length} weights`);
