// Why a group of articles is one story, in words: the actors and terms most of them share,
// and how far apart they were published.

import { DAY, pairsOf, type Entry } from './story-entry.js';

/** Members compared when explaining a large story (first and last halves). */
const SAMPLE = 24;

export function storyReasons(all: Entry[], nameForms: readonly string[], termForms: readonly string[]): string[] {
  if (all.length < 2) return ['only article of this story'];
  const members = all.length > 2 * SAMPLE ? all.slice(0, SAMPLE).concat(all.slice(-SAMPLE)) : all;
  const out: string[] = [];
  const quorum = Math.max(2, Math.ceil(members.length * 0.6));
  const nameMaps = members.map((m) => pairsOf(m.names, m.nameWeights));
  const actors = common(nameMaps, quorum, 5).map((k) => nameForms[k] ?? String(k));
  if (actors.length) out.push(`shared actors: ${actors.join(', ')}`);
  const terms = common(members.map((m) => pairsOf(m.terms, m.weights)), quorum, 6)
    .filter((k) => !nameMaps[0]!.has(k))
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
