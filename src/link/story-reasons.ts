// Why a group of articles is one story, in words: the actors and terms most of them share,
// and how far apart they were published.

import { DAY, type Entry } from './story-entry.js';

/** Members compared when explaining a large story (first and last halves). */
const SAMPLE = 24;

export function storyReasons(all: Entry[], nameForms: readonly string[], termForms: readonly string[]): string[] {
  if (all.length < 2) return ['only article of this story'];
  const members = all.length > 2 * SAMPLE ? all.slice(0, SAMPLE).concat(all.slice(-SAMPLE)) : all;
  const out: string[] = [];
  const quorum = Math.max(2, Math.ceil(members.length * 0.6));
  const actors = common(members, 'names', 'nameWeights', quorum, 5).map((k) => nameForms[k] ?? String(k));
  if (actors.length) out.push(`shared actors: ${actors.join(', ')}`);
  const firstNames = new Set(members[0]!.names);
  const terms = common(members, 'terms', 'weights', quorum, 6)
    .filter((k) => !firstNames.has(k))
    .slice(0, 5)
    .map((k) => termForms[k] || String(k));
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

/**
 * Per-key tallies reused across calls (grown to the largest key seen, cleared through the touched list):
 * a story's reasons cost two passes over its members' typed arrays, not a Map per member and a pair per key.
 */
const tally = { count: new Int32Array(0), sum: new Float64Array(0), stamp: new Int32Array(0), last: new Float64Array(0), seen: new Uint8Array(0) };

function reserve(size: number): void {
  if (tally.count.length >= size) return;
  const n = Math.max(size, 2 * tally.count.length, 1024);
  tally.count = new Int32Array(n);
  tally.sum = new Float64Array(n);
  tally.stamp = new Int32Array(n);
  tally.last = new Float64Array(n);
  tally.seen = new Uint8Array(n);
}

/**
 * Keys present in at least `quorum` members, strongest summed weight first (ties by key). A key listed
 * twice in one member counts once, with its last weight, as a map built from the list holds it; sums run
 * in member order, so they are the same floats a per-member map would give.
 */
function common(members: readonly Entry[], keyField: 'terms' | 'names', weightField: 'weights' | 'nameWeights', quorum: number, limit: number): number[] {
  let top = 0;
  for (const m of members) for (const k of m[keyField]) if (k >= top) top = k + 1;
  reserve(top);
  const { count, sum, stamp, last, seen } = tally;
  const touched: number[] = [];
  members.forEach((m, i) => {
    const keys = m[keyField];
    const weights = m[weightField];
    const mark = i + 1;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j]!;
      if (seen[k] === 0) {
        seen[k] = 1;
        touched.push(k);
      }
      stamp[k] = mark;
      last[k] = weights[j]!;
    }
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j]!;
      if (stamp[k] !== mark) continue;
      stamp[k] = -mark;
      count[k] = count[k]! + 1;
      sum[k] = sum[k]! + last[k]!;
    }
  });
  const kept = touched.filter((k) => count[k]! >= quorum).sort((x, y) => sum[y]! - sum[x]! || x - y).slice(0, limit);
  for (const k of touched) {
    count[k] = 0;
    sum[k] = 0;
    stamp[k] = 0;
    last[k] = 0;
    seen[k] = 0;
  }
  return kept;
}
