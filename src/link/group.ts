// Which articles tell the same story. Articles are taken one at a time (so a
// collection can grow), compared only with earlier articles that share a
// distinctive term or a stretch of text (an inverted index, never all pairs),
// and joined to the story they match best on average, so that one bridging
// article cannot chain two stories together.

import type { LinkInput, StoryGroup } from '../types.js';
import { features, type TextFeatures } from './features.js';
import { topicScore } from './similarity.js';

export interface GroupOptions {
  /** Score needed to join a story when both dates are known and equal. */
  threshold?: number;
  /** Extra score needed per doubling of (1 + days apart / 3): a day apart costs little, months a lot. */
  datePenalty?: number;
  /** Extra score needed when either date is unknown. */
  unknownDatePenalty?: number;
  /** Average score to all members, as a share of the threshold, needed to join (anti-chaining). */
  averageShare?: number;
}

const DEFAULTS: Required<GroupOptions> = {
  threshold: 0.3,
  datePenalty: 0.1,
  unknownDatePenalty: 0.05,
  averageShare: 0.7,
};

/** Index keys per article: its strongest terms and names. */
const TERMS_PER_ARTICLE = 15;
const NAMES_PER_ARTICLE = 8;
/** Articles sharing this many keys are compared. */
const MIN_SHARED_KEYS = 2;
/** Content-word 5-grams whose hash falls in 1 of this many buckets are indexed (deterministic sampling). */
const SHINGLE_SAMPLE = 4;

interface Entry {
  id: string;
  order: number;
  time: number | null;
  f: TextFeatures;
  story: number;
}

interface Story {
  id: string;
  members: number[];
}

function parseTime(published: string | null): number | null {
  if (!published) return null;
  const t = Date.parse(published);
  return Number.isNaN(t) ? null : t;
}

const DAY = 86_400_000;

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function indexKeys(f: TextFeatures): string[] {
  const keys = new Set<string>();
  const terms = [...f.vector].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  for (const [t] of terms.slice(0, TERMS_PER_ARTICLE)) keys.add(`t:${t}`);
  const names = [...f.names].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  for (const [n] of names.slice(0, NAMES_PER_ARTICLE)) keys.add(`t:${n}`);
  return [...keys];
}

function shingleKeys(f: TextFeatures): string[] {
  const out = new Set<string>();
  const s = f.content.stems;
  for (let i = 0; i + 5 <= s.length; i++) {
    const g = s.slice(i, i + 5).join(' ');
    if (hash(g) % SHINGLE_SAMPLE === 0) out.add(`s:${g}`);
  }
  return [...out];
}

/** Stories built incrementally; `add` in input order gives what `groupStories` gives. */
export class StoryIndex {
  private readonly o: Required<GroupOptions>;
  private readonly entries: Entry[] = [];
  private readonly storyList: Story[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly ids = new Set<string>();

  constructor(options: GroupOptions = {}) {
    this.o = { ...DEFAULTS, ...options };
  }

  /** Adds one article and returns the id of the story it joins or opens. */
  add(article: LinkInput): string {
    if (this.ids.has(article.id)) throw new Error(`duplicate article id: ${article.id}`);
    this.ids.add(article.id);
    const f = features(article.text, article.actors ?? []);
    const entry: Entry = { id: article.id, order: this.entries.length, time: parseTime(article.published), f, story: -1 };
    const terms = indexKeys(f);
    const shingles = shingleKeys(f);

    const shared = new Map<number, number>();
    for (const k of terms) for (const e of this.postings.get(k) ?? []) shared.set(e, (shared.get(e) ?? 0) + 1);
    for (const k of shingles) for (const e of this.postings.get(k) ?? []) shared.set(e, (shared.get(e) ?? 0) + MIN_SHARED_KEYS);

    // Score candidates, then each story they belong to on its best and its average member.
    const best = new Map<number, number>();
    for (const [e, n] of shared) {
      if (n < MIN_SHARED_KEYS) continue;
      const other = this.entries[e]!;
      const s = topicScore(f, other.f);
      if (s >= this.needed(entry, other)) best.set(other.story, Math.max(best.get(other.story) ?? 0, s));
    }
    let chosen = -1;
    let chosenMean = -1;
    for (const story of [...best.keys()].sort((x, y) => x - y)) {
      const members = this.storyList[story]!.members;
      let sum = 0;
      let need = 0;
      for (const m of members) {
        const other = this.entries[m]!;
        sum += topicScore(f, other.f);
        need += this.needed(entry, other);
      }
      const mean = sum / members.length;
      if (mean >= this.o.averageShare * (need / members.length) && mean > chosenMean) {
        chosen = story;
        chosenMean = mean;
      }
    }
    if (chosen < 0) {
      chosen = this.storyList.length;
      this.storyList.push({ id: `s${chosen + 1}`, members: [] });
    }
    entry.story = chosen;
    this.storyList[chosen]!.members.push(entry.order);
    this.entries.push(entry);
    for (const k of terms.concat(shingles)) {
      const list = this.postings.get(k);
      if (list) list.push(entry.order);
      else this.postings.set(k, [entry.order]);
    }
    return this.storyList[chosen]!.id;
  }

  /** Score two articles need to be the same story: higher the further apart they were published. */
  private needed(x: Entry, y: Entry): number {
    if (x.time === null || y.time === null) return this.o.threshold + this.o.unknownDatePenalty;
    const days = Math.abs(x.time - y.time) / DAY;
    return Math.min(0.95, this.o.threshold + this.o.datePenalty * Math.log2(1 + days / 3));
  }

  stories(): StoryGroup[] {
    return this.storyList.map((s) => ({
      id: s.id,
      articles: s.members.map((m) => this.entries[m]!.id),
      reasons: this.reasons(s.members.map((m) => this.entries[m]!)),
    }));
  }

  private reasons(members: Entry[]): string[] {
    if (members.length < 2) return ['only article of this story'];
    const out: string[] = [];
    const quorum = Math.max(2, Math.ceil(members.length * 0.6));
    const actors = common(members.map((m) => m.f.names), quorum, 5).map((k) => formOf(members, k, 'name'));
    if (actors.length) out.push(`shared actors: ${actors.join(', ')}`);
    const terms = common(members.map((m) => m.f.vector), quorum, 6)
      .filter((k) => !members[0]!.f.names.has(k))
      .slice(0, 5)
      .map((k) => formOf(members, k, 'term'));
    if (terms.length) out.push(`shared terms: ${terms.join(', ')}`);
    const times = members.map((m) => m.time).filter((t): t is number => t !== null);
    if (times.length >= 2) {
      const days = Math.round((Math.max(...times) - Math.min(...times)) / DAY);
      out.push(`published within ${days} day${days === 1 ? '' : 's'}`);
    }
    return out;
  }
}

/** Keys present in at least `quorum` of the maps, by summed weight. */
function common(maps: Map<string, number>[], quorum: number, limit: number): string[] {
  const count = new Map<string, [number, number]>();
  for (const m of maps) {
    for (const [k, w] of m) {
      const c = count.get(k) ?? [0, 0];
      count.set(k, [c[0] + 1, c[1] + w]);
    }
  }
  return [...count]
    .filter(([, c]) => c[0] >= quorum)
    .sort((x, y) => y[1][1] - x[1][1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, limit)
    .map(([k]) => k);
}

function formOf(members: Entry[], key: string, kind: 'name' | 'term'): string {
  for (const m of members) {
    const form = kind === 'name' ? m.f.nameForms.get(key) : m.f.termForms.get(key);
    if (form) return form;
  }
  return key;
}

/** Groups articles into stories; ids `s1`, `s2`, … in order of each story's first article. */
export function groupStories(articles: LinkInput[], options: GroupOptions = {}): StoryGroup[] {
  const index = new StoryIndex(options);
  for (const a of articles) index.add(a);
  return index.stories();
}
