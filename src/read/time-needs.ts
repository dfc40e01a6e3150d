// Which of a set of strings occur in a text, in one pass: an Aho–Corasick automaton over the text as
// String.prototype.toLowerCase would give it. The time rules skip a pattern when a text holds none of the
// words its matches need; asking `includes` once per word and rule cost more than most of the scans.

/** Lower-cased form of each non-ASCII UTF-16 unit, filled on first sight. */
const LOWER = new Map<number, string>();

function lowerOf(c: number): string {
  let s = LOWER.get(c);
  if (s === undefined) LOWER.set(c, (s = String.fromCharCode(c).toLowerCase()));
  return s;
}

/** `text` lower-cased one UTF-16 unit at a time, the form `scan` matches words against (not toLowerCase:
 * that reads surrogate pairs and final sigma in context). Runs of units that lower-case to themselves are copied. */
function lowerUnits(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && (c < 65 || c > 90)) continue;
    const lower = c < 128 ? String.fromCharCode(c + 32) : lowerOf(c);
    if (lower.length === 1 && lower.charCodeAt(0) === c) continue;
    out += text.slice(from, i) + lower;
    from = i + 1;
  }
  return out + text.slice(from);
}

export class NeedSet {
  private readonly ids = new Map<string, number>();
  /** Bumped whenever a word joins, so results from an older automaton are not reused. */
  version = 0;
  private built = -1;
  /** Symbol of each UTF-16 unit (0: no word holds it). */
  private symbol = new Uint16Array(0x10000);
  /** Symbol of each ASCII unit once lower-cased. */
  private ascii = new Uint16Array(128);
  private width = 1;
  /** Transition table: state × symbol → state (a complete automaton, failure links folded in). */
  private delta = new Int32Array(1);
  /** Word ids that end at each state (through failure links too), and 1 where there are any. */
  private outputs: number[][] = [];
  private final = new Uint8Array(1);

  /** The words by id. */
  private readonly words: string[] = [];
  /** The last text `extend` lower-cased, and that form. */
  private lowered = { text: '', lower: '' };

  add(word: string): void {
    if (this.ids.has(word)) return;
    this.ids.set(word, this.ids.size);
    this.words.push(word);
    this.version++;
  }

  id(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  /** found[id] === 1 for each word that occurs in `text` lower-cased. */
  scan(text: string): Uint8Array {
    if (this.built !== this.version) this.build();
    const found = new Uint8Array(this.ids.size);
    const { ascii, symbol, delta, final, width } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        state = delta[state * width + ascii[c]!]!;
        if (final[state] === 1) this.mark(state, found);
        continue;
      }
      const lower = lowerOf(c);
      for (let k = 0; k < lower.length; k++) {
        state = delta[state * width + symbol[lower.charCodeAt(k)]!]!;
        if (final[state] === 1) this.mark(state, found);
      }
    }
    return found;
  }

  /**
   * `found`, from `scan` or `extend` of this same `text`, with the words added since then looked up one by one
   * in the text lower-cased as `scan` reads it. The rules of one text ask about new words one rule at a time
   * (on a thread's first text, nearly all of them): rebuilding the automaton and rescanning for each rule cost
   * more than that text's whole reading. The next `scan` of another text builds the automaton once.
   */
  extend(text: string, found: Uint8Array): Uint8Array {
    const size = this.words.length;
    if (found.length >= size) return found;
    if (this.lowered.text !== text) this.lowered = { text, lower: lowerUnits(text) };
    const { lower } = this.lowered;
    const out = new Uint8Array(size);
    out.set(found);
    for (let id = found.length; id < size; id++) if (lower.includes(this.words[id]!)) out[id] = 1;
    return out;
  }

  private mark(state: number, found: Uint8Array): void {
    for (const w of this.outputs[state]!) found[w] = 1;
  }

  private build(): void {
    this.symbol = new Uint16Array(0x10000);
    let symbols = 1;
    for (const w of this.ids.keys()) for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      if (this.symbol[c] === 0) this.symbol[c] = symbols++;
    }
    const width = symbols;
    // The trie, with -1 for a missing edge.
    const edges: number[][] = [new Array<number>(width).fill(-1)];
    const ends: number[][] = [[]];
    for (const [w, id] of this.ids) {
      let s = 0;
      for (let k = 0; k < w.length; k++) {
        const a = this.symbol[w.charCodeAt(k)]!;
        let t = edges[s]![a]!;
        if (t < 0) {
          t = edges.length;
          edges.push(new Array<number>(width).fill(-1));
          ends.push([]);
          edges[s]![a] = t;
        }
        s = t;
      }
      ends[s]!.push(id);
    }
    // Breadth first: each state's missing edges go where its failure state's go, and it inherits its outputs.
    const delta = new Int32Array(edges.length * width);
    const fail = new Int32Array(edges.length);
    const queue: number[] = [];
    for (let a = 0; a < width; a++) {
      const t = edges[0]![a]!;
      delta[a] = t < 0 ? 0 : t;
      if (t > 0) queue.push(t);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      ends[s]!.push(...ends[fail[s]!]!);
      for (let a = 0; a < width; a++) {
        const t = edges[s]![a]!;
        if (t < 0) {
          delta[s * width + a] = delta[fail[s]! * width + a]!;
          continue;
        }
        fail[t] = delta[fail[s]! * width + a]!;
        delta[s * width + a] = t;
        queue.push(t);
      }
    }
    this.width = width;
    this.delta = delta;
    this.outputs = ends.map((e) => [...new Set(e)]);
    this.final = Uint8Array.from(ends, (e) => (e.length > 0 ? 1 : 0));
    // ASCII capitals lower-case to their letter; the rest stay as they are.
    for (let c = 0; c < 128; c++) this.ascii[c] = this.symbol[c >= 65 && c <= 90 ? c + 32 : c]!;
    this.built = this.version;
  }
}
