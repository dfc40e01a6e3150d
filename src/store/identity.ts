import { createHash } from 'node:crypto';
import type { Article } from '../types.js';

function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** What makes two adds "the same article": its URL when known, else the input it came from. */
export function articleIdentity(article: Article): string {
  const url = article.url?.trim();
  return url ? url : article.input;
}

/**
 * Hash of the content that makes a new version: text, title and date. JSON encoding keeps the
 * boundaries unambiguous (title "a" + text "bc" must differ from title "ab" + text "c").
 */
export function contentHash(article: Article): string {
  return sha256(JSON.stringify([article.title, article.published, article.text]));
}

/**
 * Short, stable id for an identity. `attempt` lengthens it when a (very unlikely) prefix collision
 * with another identity is found, so ids stay short in practice and unique always.
 */
export function articleId(identity: string, attempt = 0): string {
  return sha256(identity).slice(0, Math.min(64, 12 + attempt * 4));
}
