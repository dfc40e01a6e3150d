// The read stage: sentences, actors and mentions, quotes and reported speech, time expressions and
// typed statements of one text. Pure; every span indexes `text` exactly as given.

import type { Reading, ReadOptions } from '../types.js';
import { findActors } from './actors.js';
import { findQuotes } from './quotes.js';
import { splitSentences } from './sentences.js';
import { findStatements } from './statements.js';
import { findTimes } from './times.js';

export { splitSentences } from './sentences.js';
export { findActors } from './actors.js';
export { findQuotes } from './quotes.js';

export function read(text: string, options: ReadOptions = {}): Reading {
  const sentences = splitSentences(text);
  const { actors, mentions } = findActors(text, sentences);
  const quotes = findQuotes(text, sentences, actors, mentions);
  const times = findTimes(text, sentences, options.published ?? null);
  const statements = findStatements(text, sentences, actors, mentions, quotes);
  return { sentences, actors, mentions, quotes, times, statements };
}
