// What the link stage needs of an analysed article.
import type { LinkInput } from '../types.js';
import type { AnalyzedArticle } from '../dossier/build.js';

export function toLinkInput({ article, reading }: AnalyzedArticle): LinkInput {
  return {
    id: article.input,
    text: article.text,
    published: article.published,
    sentences: reading.sentences,
    actors: [...new Set(reading.mentions.map((m) => m.actor))],
  };
}
