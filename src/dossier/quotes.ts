// Quotes grouped by who is said to have said them.
import type { Actor } from '../types.js';
import type { SpeakerQuotes } from './schema.js';
import type { AnalyzedArticle } from './model.js';
import { foldSpace, sentenceOf, sliceClean } from './text.js';

const UNRESOLVED = 'Unattributed';

const LEADING_MARKS = new Set([...' "“”«»„‘’\'‹›']);
const TRAILING_MARKS = new Set([...LEADING_MARKS, ',', ';', ':']);

/**
 * Without the marks at either end. A loop, not a regular expression: `[marks]+$` is tried from every run of
 * marks in the text, so a text with many such runs (hostile input) cost quadratic time.
 */
function trimMarks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && LEADING_MARKS.has(text[start]!)) start++;
  while (end > start && TRAILING_MARKS.has(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/**
 * The quoted words for display: read's content spans follow PolNeAR (quote marks and a leading "that"
 * belong to the span), which renderers would otherwise show twice.
 */
export function quoteDisplayText(content: string): string {
  const folded = foldSpace(content);
  const words = trimMarks(folded.replace(/^that\s+/i, ''));
  return words || folded;
}

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
        text: quoteDisplayText(article.text.slice(quote.content.start, quote.content.end)),
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
