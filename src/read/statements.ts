import type { Actor, Mention, Quote, Span, Statement } from '../types.js';

export function findStatements(text: string, sentences: Span[], actors: Actor[], mentions: Mention[], quotes: Quote[]): Statement[] {
  void text; void sentences; void actors; void mentions; void quotes;
  return [];
}
