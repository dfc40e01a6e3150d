// What the dossier stage is given: every article with its reading, the linkage, and aligned claims per story.
import type { Article, ClaimCluster, InputProblem, Linkage, Reading, SentenceRef } from '../types.js';

export interface AnalyzedArticle {
  article: Article;
  reading: Reading;
}

export interface DossierInput {
  articles: AnalyzedArticle[];
  linkage: Linkage;
  /** Claim clusters per story id, as link's alignClaims returns them. */
  claims: Record<string, ClaimCluster[]>;
  /** Per story id, claim clusters whose members disagree (link's findConflicts); absent means none found. */
  conflicts?: Record<string, ConflictFinding[]>;
  problems: InputProblem[];
  toolVersion: string;
}

export interface ConflictFinding {
  members: SentenceRef[];
  kind: 'number' | 'date' | 'attribution';
  values: string[];
}

/** One story's articles, looked up by id. */
export type ArticleIndex = Map<string, AnalyzedArticle>;

export function outletOf(article: Article): string {
  return article.site ?? article.input;
}
