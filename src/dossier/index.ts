// The dossier stage: articles, readings and linkage → one Dossier per collection. Pure.
import type { Dossier, DossierArticle, DossierStory } from './schema.js';
import { DOSSIER_SCHEMA_VERSION } from './schema.js';
import type { ArticleIndex, DossierInput } from './model.js';
import { outletOf } from './model.js';
import { buildClaims, buildConflicts, omittedClaims, sharedClaims, uniqueClaims } from './claims.js';
import { buildQuotes } from './quotes.js';
import { buildActors, mergeActors } from './actors.js';
import { buildTimeline } from './timeline.js';
import { buildReuse } from './provenance.js';
import { wordCount } from './text.js';

export type { AnalyzedArticle, DossierInput } from './model.js';
export { dossierSchema, DOSSIER_SCHEMA_VERSION } from './schema.js';
export type * from './schema.js';

const TITLE_LIMIT = 120;

function storyTitle(articles: DossierArticle[], fallback: string | undefined): string {
  const dated = [...articles].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));
  const titled = dated.find((a) => a.title);
  if (titled?.title) return titled.title;
  if (!fallback) return 'Untitled story';
  return fallback.length > TITLE_LIMIT ? `${fallback.slice(0, TITLE_LIMIT - 1)}…` : fallback;
}

export function buildDossier(input: DossierInput): Dossier {
  const index: ArticleIndex = new Map(input.articles.map((a) => [a.article.input, a]));
  const articles: DossierArticle[] = input.articles.map(({ article }) => ({
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
  const byId = new Map(articles.map((a) => [a.id, a]));

  const stories: DossierStory[] = input.linkage.stories.map((group) => {
    const members = group.articles.map((id) => index.get(id)).filter((a) => a !== undefined);
    const memberIds = members.map((m) => m.article.input);
    const outlets = [...new Set(members.map((m) => outletOf(m.article)))];
    const claims = buildClaims(group.id, input.claims[group.id] ?? [], index, memberIds);
    const actors = mergeActors(members);
    const dates = members.map((m) => m.article.published).filter((d): d is string => d !== null).sort();
    const memberSet = new Set(memberIds);
    return {
      id: group.id,
      title: storyTitle(memberIds.map((id) => byId.get(id)!), claims[0]?.text),
      articles: memberIds,
      outlets,
      firstPublished: dates[0] ?? null,
      lastPublished: dates.at(-1) ?? null,
      reasons: group.reasons,
      claims,
      shared: sharedClaims(claims),
      unique: uniqueClaims(claims, outlets),
      omitted: omittedClaims(claims, outlets),
      conflicts: buildConflicts(input.conflicts?.[group.id] ?? [], claims, index),
      quotes: buildQuotes(members, actors),
      actors: buildActors(members, actors),
      timeline: buildTimeline(members, claims),
      reuse: buildReuse(input.linkage.reuse.filter((r) => memberSet.has(r.a) && memberSet.has(r.b)), index),
    };
  });

  return {
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    tool: { name: 'corroborate', version: input.toolVersion },
    articles,
    stories,
    problems: input.problems,
  };
}
