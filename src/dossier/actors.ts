// Actors across a story: one record per actor id with every alias, and its typed positions with evidence.
import type { Actor, Reading, TimeExpression } from '../types.js';
import type { DossierActor } from './schema.js';
import type { AnalyzedArticle } from './model.js';
import { sentenceOf, sliceClean } from './text.js';
import { precisionOf } from './timeline.js';

/** Merge the actors every article names into one record per id (first article's record leads). */
export function mergeActors(articles: AnalyzedArticle[]): Map<string, Actor> {
  const merged = new Map<string, Actor>();
  for (const { reading } of articles) {
    for (const actor of reading.actors) {
      const known = merged.get(actor.id);
      if (!known) {
        merged.set(actor.id, { ...actor, aliases: [...actor.aliases], roles: [...actor.roles] });
        continue;
      }
      for (const alias of actor.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
      for (const role of actor.roles) if (!known.roles.includes(role)) known.roles.push(role);
      known.code ??= actor.code;
      known.partOf ??= actor.partOf;
    }
  }
  return merged;
}

/** Per sentence start, the first calendar date (in reading order) stated in that sentence. */
function datesBySentence(reading: Reading): Map<number, TimeExpression> {
  const out = new Map<number, TimeExpression>();
  for (const t of reading.times) {
    if (t.type !== 'DATE' || !precisionOf(t.value)) continue;
    const start = sentenceOf(reading.sentences, t)?.start;
    if (start !== undefined && !out.has(start)) out.set(start, t);
  }
  return out;
}

export function buildActors(articles: AnalyzedArticle[], merged: Map<string, Actor>): DossierActor[] {
  const out = new Map<string, DossierActor>();
  for (const actor of merged.values()) out.set(actor.id, { ...actor, articles: [], mentions: 0, positions: [] });

  for (const { article, reading } of articles) {
    // Each actor's article list gains this article once (a set, not a scan of the list per mention).
    const named = new Set<DossierActor>();
    for (const mention of reading.mentions) {
      const entry = out.get(mention.actor);
      if (!entry) continue;
      entry.mentions++;
      if (!named.has(entry)) {
        named.add(entry);
        if (!entry.articles.includes(article.input)) entry.articles.push(article.input);
      }
    }
    let dates: Map<number, TimeExpression> | null = null;
    for (const statement of reading.statements) {
      const entry = statement.actor ? out.get(statement.actor) : undefined;
      if (!entry) continue;
      // A date stated in the same sentence dates the position; otherwise the report's own date.
      dates ??= datesBySentence(reading);
      const stated = dates.get(statement.sentence.start);
      entry.positions.push({
        type: statement.type,
        target: statement.target,
        negated: statement.negated,
        modality: statement.modality,
        trigger: sliceClean(article.text, statement.trigger),
        date: stated?.value ?? article.published?.slice(0, 10) ?? null,
        evidence: { article: article.input, sentence: statement.sentence, text: sliceClean(article.text, statement.sentence) },
      });
    }
  }
  return [...out.values()]
    .filter((a) => a.mentions > 0 || a.positions.length > 0)
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
