// Quotes grouped by who is said to have said them.
import type { Actor } from '../types.js';
import type { SpeakerQuotes } from './schema.js';
import type { AnalyzedArticle } from './model.js';
import { sentenceOf, sliceClean } from './text.js';

const UNRESOLVED = 'Unattributed';

export function buildQuotes(articles: AnalyzedArticle[], actors: Map<string, Actor>): SpeakerQuotes[] {
  const groups = new Map<string | null, SpeakerQuotes>();
  for (const { article, reading } of articles) {
    for (const quote of reading.quotes) {
      const key = quote.speaker;
      let group = groups.get(key);
      if (!group) {
        group = { speaker: key, name: key ? (actors.get(key)?.name ?? key) : UNRESOLVED, quotes: [] };
        groups.set(key, group);
      }
      const sentence = sentenceOf(reading.sentences, quote.content) ?? quote.content;
      group.quotes.push({
        article: article.input,
        text: sliceClean(article.text, quote.content),
        content: quote.content,
        cue: quote.cue ? sliceClean(article.text, quote.cue) : null,
        direct: quote.direct,
        sentence,
      });
    }
  }
  // Most-quoted speakers first; unattributed quotes last.
  return [...groups.values()].sort(
    (a, b) => Number(a.speaker === null) - Number(b.speaker === null) || b.quotes.length - a.quotes.length || a.name.localeCompare(b.name),
  );
}
