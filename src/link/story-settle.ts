// The last step of story grouping: the pieces that articles, taken one at a time, formed are
// merged by average link, strongest pair first, until no two linked pieces are close enough.
// Taken one at a time, articles of one story can open several pieces (no single earlier article
// was close enough); merging while they arrive decides on partial stories, so the outcome
// followed the input order. Here every merge is judged on whole pieces, in order of strength,
// by a rule that weighs their average link against how close each is inside (`MergeRule`).

/**
 * When two groups are one story, on average link values (1 = as close as one pair must be to join).
 * Either their average reaches `bar`, or it reaches `floor` and is at least `share` of the average
 * inside the two groups. The second arm is what tells stories apart when their cohesion differs:
 * two reports of one loosely told event (a visit announced, each outlet telling other details)
 * average about as much as two distinct events of the same actors, but the latter are each far
 * closer inside than to each other, while the former are about as close across as inside.
 */
export interface MergeRule {
  bar: number;
  floor: number;
  share: number;
}

/** A plain average-link bar: groups merge when their average reaches it. */
function ruleOf(rule: number | MergeRule): MergeRule {
  return typeof rule === 'number' ? { bar: rule, floor: rule, share: Infinity } : rule;
}

/**
 * Whether two groups merge: `avg` their average link, `inner` the summed link values of all pairs
 * inside either group and `innerPairs` how many (0 when both are single: only the bar applies).
 */
export function mayMerge(rule: MergeRule, avg: number, a: Inside, b: Inside): boolean {
  if (avg >= rule.bar) return true;
  if (!(rule.share < Infinity) || avg < rule.floor) return false;
  // The closer-knit group sets the bar: two stories of the same actors are each closer inside than across.
  const ca = a.pairs > 0 ? a.sum / a.pairs : -Infinity;
  const cb = b.pairs > 0 ? b.sum / b.pairs : -Infinity;
  const cohesion = Math.max(ca, cb);
  return cohesion > -Infinity && avg >= rule.share * cohesion;
}

/** Summed link values over the pairs inside a group, and how many pairs (0 for a single article). */
export interface Inside {
  sum: number;
  pairs: number;
}

/** A piece to settle: its members (entry orders) and the pieces it has scored links with. */
export interface Piece {
  members: number[];
  neighbours: Iterable<number>;
}

/** Max-heap entry: strength of a piece pair, the pair, and the pieces' versions when scored. */
type Candidate = [strength: number, a: number, b: number, va: number, vb: number];

function before(x: Candidate, y: Candidate): boolean {
  return x[0] > y[0] || (x[0] === y[0] && (x[1] < y[1] || (x[1] === y[1] && x[2] < y[2])));
}

class Heap {
  private readonly items: Candidate[] = [];

  get size(): number {
    return this.items.length;
  }

  push(c: Candidate): void {
    const a = this.items;
    a.push(c);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }

  pop(): Candidate | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l]!, a[m]!)) m = l;
        if (r < a.length && before(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Average-link merging of pieces. `strength(a, b)` scores two member lists (1 = as close as one
 * pair must be to join); pairs the rule accepts merge (a number: a plain bar), strongest first, ties
 * to the lower piece numbers. `cohesion(a)` is the average link inside one list of two or more
 * members (needed only by a rule's relative arm; a merged group's is kept from its parts and the
 * merge). Returns, for every piece that was merged away, the piece it ended in (the lowest piece
 * number of its group). Pure: the pieces given are not changed.
 */
export function settlePieces(
  pieces: ReadonlyMap<number, Piece>,
  strength: (a: readonly number[], b: readonly number[]) => number,
  threshold: number | MergeRule,
  cohesion?: (a: readonly number[]) => number,
): Map<number, number> {
  const rule = ruleOf(threshold);
  const members = new Map<number, number[]>();
  const neighbours = new Map<number, Set<number>>();
  const version = new Map<number, number>();
  const pairsIn = (n: number): number => (n * (n - 1)) / 2;
  /**
   * Summed link values over the pairs inside each group, asked for only when the relative arm
   * decides (most pairs are far below the floor or above the bar): NaN when unknown, and then
   * only the bar applies.
   */
  const inner = new Map<number, number>();
  const innerOf = (k: number): number => {
    let v = inner.get(k);
    if (v === undefined) {
      const m = members.get(k)!;
      v = m.length < 2 ? 0 : cohesion ? cohesion(m) * pairsIn(m.length) : NaN;
      inner.set(k, v);
    }
    return v;
  };
  for (const [k, p] of pieces) {
    members.set(k, p.members);
    version.set(k, 0);
  }
  // Links are kept on both sides, but only pieces present here take part.
  for (const [k, p] of pieces) {
    for (const n of p.neighbours) {
      if (n === k || !pieces.has(n)) continue;
      if (!neighbours.has(k)) neighbours.set(k, new Set());
      if (!neighbours.has(n)) neighbours.set(n, new Set());
      neighbours.get(k)!.add(n);
      neighbours.get(n)!.add(k);
    }
  }
  const heap = new Heap();
  const consider = (a: number, b: number): void => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const mx = members.get(x)!;
    const my = members.get(y)!;
    const s = strength(mx, my);
    const relative = s < rule.bar && s >= rule.floor && rule.share < Infinity;
    const inside = (k: number, n: number): Inside => ({ sum: innerOf(k), pairs: pairsIn(n) });
    if (s >= rule.bar || (relative && mayMerge(rule, s, inside(x, mx.length), inside(y, my.length)))) {
      heap.push([s, x, y, version.get(x)!, version.get(y)!]);
    }
  };
  for (const [a, set] of neighbours) for (const b of set) if (a < b) consider(a, b);
  const into = new Map<number, number>();
  while (heap.size > 0) {
    const [s, a, b, va, vb] = heap.pop()!;
    // Stale: one side has merged or grown since this pair was scored.
    if (into.has(a) || into.has(b) || version.get(a) !== va || version.get(b) !== vb) continue;
    // The merged group's inner sum follows from its parts' where both are known, else it is asked for when needed.
    const ia = inner.get(a);
    const ib = inner.get(b);
    if (ia !== undefined && ib !== undefined) inner.set(a, ia + ib + s * members.get(a)!.length * members.get(b)!.length);
    else inner.delete(a);
    inner.delete(b);
    const merged = members.get(a)!.concat(members.get(b)!).sort((x, y) => x - y);
    members.set(a, merged);
    members.delete(b);
    into.set(b, a);
    version.set(a, va + 1);
    const na = neighbours.get(a)!;
    for (const n of neighbours.get(b) ?? []) {
      if (n === a) continue;
      na.add(n);
      const nn = neighbours.get(n)!;
      nn.delete(b);
      nn.add(a);
    }
    na.delete(b);
    neighbours.delete(b);
    for (const n of na) consider(a, n);
  }
  // Resolve chains (b into a, a later into c) to the final piece.
  const out = new Map<number, number>();
  for (const k of into.keys()) {
    let r = k;
    while (into.has(r)) r = into.get(r)!;
    out.set(k, r);
  }
  return out;
}

/**
 * The same average-link merging over a small dense table of pair values (`values[i * n + j]`,
 * symmetric): the re-check of one piece from its articles, where every pair is scored anyway.
 * Returns groups of indices, each ascending, in order of their first index.
 */
export function averageLinkGroups(values: Float64Array, n: number, threshold: number | MergeRule): number[][] {
  const rule = ruleOf(threshold);
  // sums[a * n + b]: summed pair values between groups a and b (indexed by their first member).
  const sums = Float64Array.from(values);
  const groups: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  // Summed pair values inside each group.
  const inner = new Float64Array(n);
  const pairsIn = (k: number): number => (k * (k - 1)) / 2;
  for (;;) {
    let best = -Infinity;
    let ba = -1;
    let bb = -1;
    for (let a = 0; a < n; a++) {
      const ga = groups[a];
      if (!ga) continue;
      for (let b = a + 1; b < n; b++) {
        const gb = groups[b];
        if (!gb) continue;
        const avg = sums[a * n + b]! / (ga.length * gb.length);
        if (avg > best && mayMerge(rule, avg, { sum: inner[a]!, pairs: pairsIn(ga.length) }, { sum: inner[b]!, pairs: pairsIn(gb.length) })) {
          best = avg;
          ba = a;
          bb = b;
        }
      }
    }
    if (ba < 0) break;
    const ga = groups[ba]!;
    inner[ba] = inner[ba]! + inner[bb]! + sums[ba * n + bb]!;
    for (const m of groups[bb]!) ga.push(m);
    groups[bb] = null;
    for (let c = 0; c < n; c++) {
      if (!groups[c] || c === ba) continue;
      const s = sums[ba * n + c]! + sums[bb * n + c]!;
      sums[ba * n + c] = s;
      sums[c * n + ba] = s;
    }
  }
  return groups.filter((g): g is number[] => g !== null).map((g) => g.sort((x, y) => x - y));
}
