// The dossier's published shape. The JSON Schema in schema/dossier.schema.json is generated from
// these validators (scripts/generate-schema.ts), so code, types and schema cannot drift apart.
import { z } from 'zod';
import { DOSSIER_SCHEMA_VERSION } from './version.js';

export { DOSSIER_SCHEMA_VERSION };

const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

const evidence = z
  .object({
    article: z.string().describe('Article id'),
    sentence: span.describe('Offsets of the sentence in the article text'),
    text: z.string().describe('The sentence as it stands in the article'),
  })
  .describe('A sentence that supports an entry, with where it stands');

const article = z.object({
  id: z.string().describe('Stable id: the input path or record id'),
  input: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable().describe('ISO 8601, null when unknown (never invented)'),
  language: z.string().nullable(),
  authors: z.array(z.string()),
  words: z.number().int(),
  notes: z.array(z.string()).describe('Extraction notes: where metadata came from, what was removed'),
  text: z.string().describe('Extracted main text; every span in the dossier indexes this'),
});

const claim = z.object({
  id: z.string(),
  text: z.string().describe('A representative wording of the claim'),
  speaker: z.string().nullable().describe('Actor id the claim is attributed to, if any'),
  articles: z.array(z.string()).describe('Articles carrying the claim'),
  outlets: z.array(z.string()).describe('Outlets carrying the claim (article id where the outlet is unknown)'),
  evidence: z.array(evidence),
});

const quote = z.object({
  article: z.string(),
  text: z.string().describe('The quoted or reported content'),
  content: span,
  cue: z.string().nullable().describe('The verb or phrase that marks the speech ("said", "according to")'),
  direct: z.boolean(),
  sentence: span,
});

const speakerQuotes = z.object({
  speaker: z.string().nullable().describe('Actor id, null when the speaker could not be resolved'),
  name: z.string(),
  quotes: z.array(quote),
});

const position = z.object({
  type: z.string().describe('PLOVER event type'),
  target: z.string().nullable(),
  negated: z.boolean(),
  modality: z.string(),
  trigger: z.string(),
  date: z.string().nullable(),
  evidence,
});

const actor = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['person', 'organization', 'location', 'other']),
  kind: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  code: z.string().nullable(),
  partOf: z.string().nullable(),
  articles: z.array(z.string()),
  mentions: z.number().int(),
  positions: z.array(position),
});

const timelineEntry = z.object({
  date: z.string().describe('TimeML value of the date (2021-12-17, 2022-01, ...)'),
  precision: z.enum(['day', 'week', 'month', 'season', 'quarter', 'year', 'decade', 'century', 'unknown']),
  text: z.string().describe('What happened: the sentence that dates it'),
  expression: z.string().describe('The time expression as written'),
  sources: z.array(evidence),
});

const reusePassage = z.object({
  a: span,
  b: span,
  similarity: z.number().min(0).max(1),
  textA: z.string(),
  textB: z.string(),
});

const reuse = z.object({
  a: z.string(),
  b: z.string(),
  passages: z.array(reusePassage),
  relation: z
    .enum(['republication', 'shared-source', 'copied', 'unknown'])
    .describe('republication: one wholly reposts the other; copied: the later reuses the earlier; shared-source: both quote one text'),
  origin: z.string().nullable().describe('Article id of the likely origin, or null when both quote a common source'),
});

const conflict = z.object({
  claim: z.string().nullable().describe('Id of the claim the disagreeing sentences belong to'),
  kind: z.enum(['number', 'date', 'attribution']),
  values: z.array(z.string()).describe('The differing values as written (normalised), sorted'),
  evidence: z.array(evidence),
});

const story = z.object({
  id: z.string(),
  title: z.string(),
  articles: z.array(z.string()),
  outlets: z.array(z.string()),
  firstPublished: z.string().nullable(),
  lastPublished: z.string().nullable(),
  reasons: z.array(z.string()).describe('Why these articles were grouped'),
  claims: z.array(claim).describe('Every claim in the story, those carried by most outlets first'),
  shared: z.array(z.string()).describe('Ids of claims carried by two or more outlets'),
  unique: z
    .array(z.object({ outlet: z.string(), claims: z.array(z.string()) }))
    .describe('Per outlet, ids of claims only it carries'),
  omitted: z
    .array(z.object({ outlet: z.string(), claims: z.array(z.string()) }))
    .describe('Per outlet, ids of claims most other outlets carry (at least two and at least half of them) that it leaves out'),
  conflicts: z.array(conflict).describe('Claims the outlets tell with a different number, date or named source'),
  quotes: z.array(speakerQuotes),
  actors: z.array(actor),
  timeline: z.array(timelineEntry),
  reuse: z.array(reuse),
});

export const dossierSchema = z.object({
  schemaVersion: z.literal(DOSSIER_SCHEMA_VERSION),
  tool: z.object({ name: z.literal('corroborate'), version: z.string() }),
  articles: z.array(article),
  stories: z.array(story),
  problems: z.array(z.object({ input: z.string(), message: z.string() })),
});

export type Dossier = z.infer<typeof dossierSchema>;
export type DossierStory = z.infer<typeof story>;
export type DossierArticle = z.infer<typeof article>;
export type DossierClaim = z.infer<typeof claim>;
export type DossierActor = z.infer<typeof actor>;
export type DossierTimelineEntry = z.infer<typeof timelineEntry>;
export type DossierReuse = z.infer<typeof reuse>;
export type DossierEvidence = z.infer<typeof evidence>;
export type SpeakerQuotes = z.infer<typeof speakerQuotes>;
export type DossierConflict = z.infer<typeof conflict>;
