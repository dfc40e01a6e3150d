// One input through the per-article stages (extract, then read), as a value: the analysed article or the
// problem that stopped it. Shared by the in-thread path and the worker threads so both say the same.
import type { Article, Reading, SourceDocument } from '../types.js';
import { extract } from '../extract/index.js';
import { read } from '../read/index.js';
import { estimatePublished } from '../read/time-estimate.js';
import { tooLarge, type ArticleStage, type Limits } from '../limits/index.js';

export type ArticleOutcome =
  | { ok: true; article: Article; reading: Reading }
  | { ok: false; message: string };

export function readArticle(article: Article): Reading {
  return read(article.text, { published: article.published, language: article.language });
}

/**
 * An article that states no publication date keeps `published` null (nothing downstream may take a guess for
 * a stated date), and its notes give the estimate from its text, marked as one.
 */
function withEstimatedDate(article: Article, reading: Reading): Article {
  if (article.published) return article;
  // read() found these times with no publication date, which is what the estimate needs.
  const estimate = estimatePublished(article.text, reading.sentences, reading.times);
  if (!estimate) return article;
  return { ...article, notes: [...article.notes, `published: not stated; estimated ${estimate.value} from ${estimate.basis} (an estimate)`] };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Extract and read one document. Size limits are checked before each stage, since a stage's cost grows
 * with its input; `onStage` is told when a stage starts, so a caller timing the stages knows which ran long.
 */
export function analyzeArticle(
  doc: SourceDocument,
  published: string | null | undefined,
  limits: Pick<Limits, 'maxDocumentChars' | 'maxArticleChars'>,
  onStage?: (stage: ArticleStage) => void,
): ArticleOutcome {
  if (doc.content.length > limits.maxDocumentChars) {
    return { ok: false, message: `${doc.origin}: ${tooLarge('document', doc.content.length, limits.maxDocumentChars, 'extract')}` };
  }
  let article: Article;
  try {
    onStage?.('extract');
    article = extract(doc, { maxChars: limits.maxDocumentChars });
  } catch (error) {
    return { ok: false, message: `${doc.origin}: extraction failed (${errorMessage(error)})` };
  }
  if (!article.published && published) {
    article = { ...article, published, notes: [...article.notes, 'published: from --published'] };
  }
  if (article.text.trim() === '') return { ok: false, message: `${doc.origin}: no article text found after extraction` };
  if (article.text.length > limits.maxArticleChars) {
    return { ok: false, message: `${doc.origin}: ${tooLarge('article text', article.text.length, limits.maxArticleChars, 'read')}` };
  }
  try {
    onStage?.('read');
    const reading = readArticle(article);
    return { ok: true, article: withEstimatedDate(article, reading), reading };
  } catch (error) {
    return { ok: false, message: `${doc.origin}: reading failed (${errorMessage(error)})` };
  }
}
