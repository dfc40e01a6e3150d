// Builds the dossier's articles and stories. The pipeline imports this module rather than index.ts, which also
// exports the zod schema: loading zod (about a hundred modules) was a fifth of the pipeline's import time, on
// every run, and building a dossier never validates one.
import type { Dossier, DossierArticle, DossierStory } from './schema.js';
import type { ClaimCluster, InputProblem, ReuseLink, StoryGroup } from '../types.js';
import { DOSSIER_SCHEMA_VERSION } from './version.js';
import type { AnalyzedArticle, ArticleIndex, ConflictFinding, DossierInput } from './model.js';
import { outletOf } from './model.js';
import { buildClaims, buildConflicts, omittedClaims, sharedClaims, uniqueClaims } from './claims.js';
import { buildQuotes } from './quotes.js';
import { buildActors, mergeActors } from './actors.js';
import { buildTimeline } from './timeline.js';
import { buildReuse } from './provenance.js';
import { wordCount } from './text.js';

export type { AnalyzedArticle, DossierInput } from './model.js';
export type { Dossier, DossierArticle, DossierStory } from './schema.js';

const TITLE_LIMIT = 120;

function storyTitle(articles: DossierArticle[], fallback: string | undefined): string {
  const dated = [...articles].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));
  const titled = dated.find((a) => a.title);
  if (titled?.title) return titled.title;
  if (!fallback) return 'Untitled story';
  return fallback.length > TITLE_LIMIT ? `${fallback.slice(0, TITLE_LIMIT - 1)}…` : fallback;
}

/** Each story's reuse links (both ends in the story), found in one pass over the collection's links. */
function reuseOfStories(input: DossierInput): Map<string, ReuseLink[]> {
  const storyOf = new Map<string, string>();
  for (const story of input.linkage.stories) for (const id of story.articles) storyOf.set(id, story.id);
  const out = new Map<string, ReuseLink[]>();
  for (const link of input.linkage.reuse) {
    const story = storyOf.get(link.a);
    if (story === undefined || storyOf.get(link.b) !== story) continue;
    const list = out.get(story);
    if (list) list.push(link);
    else out.set(story, [link]);
  }
  return out;
}

/** What building one story needs besides its group: the articles, and the story's link results. */
export interface StoryParts {
  index: ArticleIndex;
  /** The dossier's article records by id (for the story title). */
  articles: Map<string, DossierArticle>;
  claims: ClaimCluster[];
  conflicts: ConflictFinding[];
  /** Reuse links with both ends in the story. */
  reuse: ReuseLink[];
}

/** The dossier's article records, in input order. */
export function dossierArticles(analyzed: AnalyzedArticle[]): DossierArticle[] {
  return analyzed.map(({ article }) => ({
    id: article.input,
    input: article.input,
    title: article.title,
    url: article.url,
    outlet: article.site,
    published: article.published,
    language: article.language,
    authors: article.authors,
    words: wordCount(article.text),
    notes: article.notes,
    text: article.text,
  }));
}

/** One story of the dossier. Stories are independent, so a caller may build them as their link results arrive. */
export function buildStory(group: StoryGroup, parts: StoryParts): DossierStory {
  const { index } = parts;
  const members = group.articles.map((id) => index.get(id)).filter((a) => a !== undefined);
  const memberIds = members.map((m) => m.article.input);
  const outlets = [...new Set(members.map((m) => outletOf(m.article)))];
  const claims = buildClaims(group.id, parts.claims, index, memberIds);
  const actors = mergeActors(members);
  const dates = members.map((m) => m.article.published).filter((d): d is string => d !== null).sort();
  return {
    id: group.id,
    title: storyTitle(memberIds.map((id) => parts.articles.get(id)!), claims[0]?.text),
    articles: memberIds,
    outlets,
    firstPublished: dates[0] ?? null,
    lastPublished: dates.at(-1) ?? null,
    reasons: group.reasons,
    claims,
    shared: sharedClaims(claims),
    unique: uniqueClaims(claims, outlets),
    omitted: omittedClaims(claims, outlets),
    conflicts: buildConflicts(parts.conflicts, claims, index),
    quotes: buildQuotes(members, actors),
    actors: buildActors(members, actors),
    timeline: buildTimeline(members, claims),
    reuse: buildReuse(parts.reuse, index),
  };
}

export function buildDossier(input: DossierInput): Dossier {
  const index: ArticleIndex = new Map(input.articles.map((a) => [a.article.input, a]));
  const articles = dossierArticles(input.articles);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const reuseByStory = reuseOfStories(input);
  const stories = input.linkage.stories.map((group) =>
    buildStory(group, {
      index,
      articles: byId,
      claims: input.claims[group.id] ?? [],
      conflicts: input.conflicts?.[group.id] ?? [],
      reuse: reuseByStory.get(group.id) ?? [],
    }),
  );
  return assembleDossier(articles, stories, input.problems, input.toolVersion);
}

/** The dossier from its built parts. */
export function assembleDossier(articles: DossierArticle[], stories: DossierStory[], problems: InputProblem[], toolVersion: string): Dossier {
  return {
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    tool: { name: 'corroborate', version: toolVersion },
    articles,
    stories,
    problems,
  };
}
