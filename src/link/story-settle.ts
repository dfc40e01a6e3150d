// The last step of story grouping: the pieces that articles, taken one at a time, formed are
// merged by average link, strongest pair first, until no two linked pieces are close enough.
// Taken one at a time, articles of one story can open several pieces (no single earlier article
// was close enough); merging while they arrive decides on partial stories, so the outcome
// followed the input order. Here every merge is judged on whole pieces, in order of strength.

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
 * pair must be to join); pairs at `threshold` or above merge, strongest first, ties to the lower
 * piece numbers. Returns, for every piece that was merged away, the piece it ended in (the lowest
 * piece number of its group). Pure: the pieces given are not changed.
 */
export function settlePieces(
  pieces: ReadonlyMap<number, Piece>,
  strength: (a: readonly number[], b: readonly number[]) => number,
  threshold: number,
): Map<number, number> {
  const members = new Map<number, number[]>();
  const neighbours = new Map<number, Set<number>>();
  const version = new Map<number, number>();
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
    const s = strength(members.get(x)!, members.get(y)!);
    if (s >= threshold) heap.push([s, x, y, version.get(x)!, version.get(y)!]);
  };
  for (const [a, set] of neighbours) for (const b of set) if (a < b) consider(a, b);
  const into = new Map<number, number>();
  while (heap.size > 0) {
    const [, a, b, va, vb] = heap.pop()!;
    // Stale: one side has merged or grown since this pair was scored.
    if (into.has(a) || into.has(b) || version.get(a) !== va || version.get(b) !== vb) continue;
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
export function averageLinkGroups(values: Float64Array, n: number, threshold: number): number[][] {
  // sums[a * n + b]: summed pair values between groups a and b (indexed by their first member).
  const sums = Float64Array.from(values);
  const groups: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
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
        if (avg > best) {
          best = avg;
          ba = a;
          bb = b;
        }
      }
    }
    if (ba < 0 || best < threshold) break;
    const ga = groups[ba]!;
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
