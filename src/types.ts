// Data passed between the pipeline stages:
//   ingest → SourceDocument → extract → Article → read → Reading → link → Linkage → dossier → Dossier
// Every offset is a JavaScript string index (UTF-16 code units), end exclusive.

/** A half-open range [start, end) into one text. */
export interface Span {
  start: number;
  end: number;
}

// ── ingest ────────────────────────────────────────────────────────────────

/** Metadata a user declared for an input (front matter, sidecar file, JSON record). Never guessed. */
export interface DeclaredMeta {
  id?: string;
  url?: string;
  title?: string;
  /** ISO 8601 date or date-time as declared. */
  published?: string;
  outlet?: string;
  language?: string;
  authors?: string[];
  /** ISO 8601 time the page was fetched or crawled (HTTP fetch, WARC-Date). Never a publication date. */
  retrieved?: string;
}

export type SourceFormat = 'html' | 'text' | 'markdown';

/** One readable input: a file, a JSON(L) record or stdin, decoded to a string. */
export interface SourceDocument {
  /** Identity used in every JSON Lines output: the path as given, or a record's `id`. */
  input: string;
  /** Where it came from, for error messages: path, `path:line` for JSONL, or `-`. */
  origin: string;
  format: SourceFormat;
  /** Decoded content: the HTML, or the text (front matter removed). */
  content: string;
  meta: DeclaredMeta;
}

/** An input that could not be used, with the reason in words a user can act on. */
export interface InputProblem {
  input: string;
  message: string;
}

// ── extract ───────────────────────────────────────────────────────────────

/** A source document reduced to its article body and metadata. */
export interface Article {
  input: string;
  url: string | null;
  title: string | null;
  authors: string[];
  /** ISO 8601; `null` when neither declared nor found. */
  published: string | null;
  /** Outlet / site name. */
  site: string | null;
  /** ISO 639-1 code where known. */
  language: string | null;
  /** Main text: paragraphs separated by blank lines. */
  text: string;
  /** Where each metadata value came from and what extraction removed, for the reader of a dossier. */
  notes: string[];
}

// ── read ──────────────────────────────────────────────────────────────────

export type ActorType = 'person' | 'organization' | 'location' | 'other';

/** Finer kind of actor where known; `type` stays within the public four values. */
export type ActorKind =
  | 'person'
  | 'country'
  | 'government'
  | 'ministry'
  | 'alliance'
  | 'international-organization'
  | 'media'
  | 'organization'
  | 'place'
  | 'other';

export interface Actor {
  /** Stable slug of the canonical name, so the same actor gets the same id in every article. */
  id: string;
  name: string;
  type: ActorType;
  kind: ActorKind;
  aliases: string[];
  /** Roles stated in the text ("Director General of RIAC"). */
  roles: string[];
  /** ISO 3166-1 alpha-2 for countries, or a standard code for organisations (e.g. "NATO"). */
  code: string | null;
  /** Id of the actor this one belongs to (a ministry to its country's government), where known. */
  partOf: string | null;
}

export interface Mention extends Span {
  actor: string;
}

export interface Quote {
  source: Span | null;
  cue: Span | null;
  content: Span;
  speaker: string | null;
  /** True for quoted words, false for indirect or reported speech. */
  direct: boolean;
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span {
  text: string;
  type: TimeType;
  /** TimeML value: 2022-02-17, 2022-02, 2022-W07, P3D, PRESENT_REF, PAST_REF, XXXX-12-17 when unresolvable. */
  value: string;
}

export type Modality = 'asserted' | 'possible' | 'intended' | 'conditional' | 'demanded';

export interface Statement {
  actor: string | null;
  /** PLOVER event type, e.g. ACCUSE, REJECT, DEMAND, THREATEN, COOPERATE (see ../read/statements). */
  type: string;
  target: string | null;
  trigger: Span;
  sentence: Span;
  negated: boolean;
  modality: Modality;
}

/** Everything `read` finds in one text; all spans index that text. */
export interface Reading {
  sentences: Span[];
  actors: Actor[];
  mentions: Mention[];
  quotes: Quote[];
  times: TimeExpression[];
  statements: Statement[];
}

export interface ReadOptions {
  /** Publication date (ISO 8601) that relative time expressions resolve against. */
  published?: string | null;
  language?: string | null;
}

// ── link ──────────────────────────────────────────────────────────────────

/** A passage two texts share: offsets in both, and how alike the two sides are (0..1). */
export interface SharedPassage {
  a: Span;
  b: Span;
  similarity: number;
}

/** What link needs of an article: its identity, text, date and, where known, the actors it names. */
export interface LinkInput {
  id: string;
  text: string;
  published: string | null;
  sentences?: Span[];
  actors?: string[];
}

export interface StoryGroup {
  id: string;
  /** Article ids in input order. */
  articles: string[];
  /** Why these belong together: shared actors, terms, passages, dates. */
  reasons: string[];
}

export interface ReuseLink {
  a: string;
  b: string;
  passages: SharedPassage[];
}

/** A sentence in one article. */
export interface SentenceRef {
  article: string;
  sentence: Span;
}

/** Sentences from different articles that make the same claim. */
export interface ClaimCluster {
  members: SentenceRef[];
  /** Mean pairwise similarity of the members (1 for a singleton). */
  cohesion: number;
}

export interface Linkage {
  stories: StoryGroup[];
  reuse: ReuseLink[];
}
