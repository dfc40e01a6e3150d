// Typed statements: for each action an actor takes, announces, demands or denies, a PLOVER event type with
// its agent, target, negation and modality. Triggers come from the lexicon in statement-lexicon.ts; who did
// what to whom comes from the actor mentions around the trigger within its clause, or from the speaker of the
// quote the trigger sits in.

import type { Actor, Mention, Modality, Quote, Span, Statement } from '../types.js';
import {
  ARMED_FORCES, COOPERATIVE_TYPES, FUTURE_MODAL, FUTURE_NEGATED, HOSTILE_TYPES, WILLING,
  CONDITIONAL, DIPLOMATS, GOVERNING, INTENDED, NEGATING_VERBS, NEGATORS, OBLIGATION, PATIENT_NOUNS, POSSIBLE, type TriggerPos,
} from './statement-lexicon.js';
import { matchRules, RULES } from './statement-index.js';
import { lastStopBefore, lastWords } from './statement-words.js';

interface Trigger extends Span {
  type: string;
  pos: TriggerPos;
}

/** NEGATING_VERBS for scanning a sentence head, compiled once. */
const NEGATING_VERBS_ALL = new RegExp(NEGATING_VERBS.source, 'gi');

/** Where a clause starts or ends: punctuation, quote marks, subordinators and complementisers. */
const CLAUSE_BREAK = /[;:()“”"«»—–]|,\s+(?=(?:which|who|whom|whose|while|but|although|though|since|because|as|so|where|when|and|or)\b)|\b(?:that|if|unless|because|although|whereas|while|but|which|who)\b/gi;

/** Prepositions that make the following mention an oblique, not the subject of a later verb. */
const PREPOSITION = /\b(?:with|to|from|of|in|on|at|for|by|against|between|about|into|within|than|under|across|towards?|among|via|over|near|through|including|like|around|behind|beyond|after|before|during|despite|without|upon)\s+(?:the\s+)?$/i;

export function findStatements(text: string, sentences: Span[], actors: Actor[], mentions: Mention[], quotes: Quote[]): Statement[] {
  const known = new Set(actors.map((a) => a.id));
  const sorted = mentions.filter((m) => known.size === 0 || known.has(m.actor)).sort((a, b) => a.start - b.start);
  const out: Statement[] = [];
  for (const sentence of sentences) {
    const triggers = findTriggers(text, sentence);
    if (triggers.length === 0) continue;
    const inSentence = mentionsWithin(sorted, sentence);
    const breaks = clauseBreaks(text, sentence);
    const done: Statement[] = [];
    for (const t of triggers) {
      const clause = clauseAround(sentence, breaks, t);
      const passive = isPassive(text, clause, t);
      const quote = quotes.find((q) => q.content.start <= t.start && t.end <= q.content.end);
      const found = participants(text, t, clause, sentence, inSentence, passive, quote?.speaker ?? null);
      const gov = governor(text, t, triggers);
      // "called on the US to withdraw": whoever is asked to act is the agent of the embedded action.
      const govStatement = gov ? done[triggers.indexOf(gov)] : undefined;
      const actor = gov && gov.type !== 'ACCUSE' && govStatement?.target && !passive ? govStatement.target : found.actor;
      const target = found.target === actor ? null : found.target;
      const framed = frame(text, clause, t, refineType(text, sentence, t, target, actors), isNegated(text, sentence, clause, t));
      const statement: Statement = {
        actor,
        type: framed.type,
        target,
        trigger: { start: t.start, end: t.end },
        sentence: { start: sentence.start, end: sentence.end },
        negated: framed.negated,
        modality: modalityOf(text, sentence, clause, t, gov),
      };
      done.push(statement);
      out.push(statement);
    }
  }
  return out;
}

function findTriggers(text: string, sentence: Span): Trigger[] {
  const found: Trigger[] = [];
  for (const m of matchRules(text.slice(sentence.start, sentence.end))) {
    const rule = RULES[m.rule];
    if (rule) found.push({ start: sentence.start + m.start, end: sentence.start + m.end, type: rule.type, pos: rule.pos });
  }
  // Longest trigger wins where two overlap; the lexicon order breaks ties (verb readings first).
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Trigger[] = [];
  for (const t of found) if (!chosen.some((c) => t.start < c.end && c.start < t.end)) chosen.push(t);
  return chosen.sort((a, b) => a.start - b.start);
}

/** Mentions (sorted by start) lying wholly inside the sentence, in order: a binary search, not a scan. */
function mentionsWithin(sorted: Mention[], sentence: Span): Mention[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? 0) < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const m = sorted[i];
    if (!m || m.start >= sentence.end) break;
    if (m.end <= sentence.end) out.push(m);
  }
  return out;
}

/** Clause breaks of a sentence as [position, length], found once for all its triggers. */
function clauseBreaks(text: string, sentence: Span): [number, number][] {
  const s = text.slice(sentence.start, sentence.end);
  const out: [number, number][] = [];
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(s)) !== null) out.push([sentence.start + m.index, m[0].length]);
  return out;
}

function clauseAround(sentence: Span, breaks: [number, number][], t: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (const [at, len] of breaks) {
    if (at + len <= t.start) start = at + len;
    else if (at >= t.end) { end = at; break; }
  }
  return { start, end };
}

/** "was expelled", "are already ignored", and the headline form "Ambassador expelled from Russia". */
function isPassive(text: string, clause: Span, t: Trigger): boolean {
  if (t.pos !== 'verb') return false;
  const word = text.slice(t.start, t.end);
  if (/^forced\b/i.test(word) || !/(?:ed|en|wn|ung|ught|ot)$/i.test(word)) return false;
  if (/\b(?:is|are|was|were|be|been|being|get|got|gets)\s+(?:(?:already|also|not|never|just|now|then|\w+ly)\s+)?$/i.test(text.slice(clause.start, t.start))) return true;
  return /^(?:expel|deport)/i.test(word) && /^\s+from\b/i.test(text.slice(t.end, t.end + 8));
}

function participants(
  text: string, t: Trigger, clause: Span, sentence: Span, mentions: Mention[], passive: boolean, speaker: string | null,
): { actor: string | null; target: string | null } {
  const isSubject = (m: Mention): boolean => !PREPOSITION.test(text.slice(Math.max(0, m.start - 25), m.start));
  const before = mentions.filter((m) => m.end <= t.start && m.start >= clause.start);
  const after = mentions.filter((m) => m.start >= t.end && m.end <= clause.end && m.start - t.end <= 90);
  const byAgent = after.find((m) => /\b(?:by|from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(t.end, m.start - 12), m.start)));

  if (t.pos === 'noun') {
    // "Russia's proposals", "US sanctions", "proposals by Russia": only an attached actor is the agent,
    // except for nouns of things done to someone ("Gorman's expulsion").
    const attached = mentions.filter((m) => m.end <= t.start && m.start >= sentence.start && /^(?:['’]s)?[\s“”"«»]*(?:\w+\s+)?$/.test(text.slice(m.end, t.start))).pop();
    const patient = PATIENT_NOUNS.test(text.slice(t.start, t.end));
    const actor = (patient ? null : attached?.actor) ?? (/^\s+by\b/i.test(text.slice(t.end, t.end + 4)) ? byAgent?.actor : null) ?? null;
    const nounAfter = mentions.filter((m) => m.start >= t.end && m.start - t.end <= 40);
    const obj = nounAfter.find((m) => m.actor !== actor && /\b(?:of|against|on|to|with|from|for)\s+(?:the\s+)?$/i.test(text.slice(Math.max(t.end, m.start - 12), m.start)));
    return { actor, target: (patient ? attached?.actor : undefined) ?? obj?.actor ?? null };
  }
  if (passive) {
    const subject = before.filter(isSubject).pop() ?? before[before.length - 1];
    const actor = byAgent?.actor ?? null;
    const target = subject && subject.actor !== actor ? subject.actor : null;
    return { actor, target };
  }
  const subject = before.filter(isSubject).pop();
  const actor = subject?.actor ?? speaker ?? nearestInSentence(mentions, t, text, isSubject);
  const obj = after.find((m) => m.actor !== actor && m !== byAgent);
  return { actor, target: obj?.actor ?? null };
}

function nearestInSentence(mentions: Mention[], t: Span, _text: string, isSubject: (m: Mention) => boolean): string | null {
  return mentions.filter((m) => m.end <= t.start && isSubject(m)).pop()?.actor ?? null;
}

/** Expelling diplomats reduces relations (SANCTION); expelling anyone else is coercion (CAMEO 174). */
function refineType(text: string, sentence: Span, t: Trigger, target: string | null, actors: Actor[]): string {
  const word = text.slice(t.start, t.end).toLowerCase();
  if (!/^(?:expel|expuls)/.test(word)) return t.type;
  const who = actors.find((a) => a.id === target);
  const described = [text.slice(sentence.start, sentence.end), ...(who ? [who.name, ...who.roles, ...who.aliases] : [])].join(' ');
  return DIPLOMATS.test(described) ? 'SANCTION' : 'COERCE';
}

function isNegated(text: string, sentence: Span, clause: Span, t: Trigger): boolean {
  // A negator among the few words right before the trigger: "does not invade", "there is no “invasion”".
  // The window may cross a quote mark (there is no “invasion”) but not a comma or semicolon.
  // Only a stop within the sentence matters (the window starts at the sentence at the earliest).
  const from = Math.max(sentence.start, lastStopBefore(text, sentence.start, t.start) + 1);
  const near = lastWords(text, Math.min(from, clause.start), t.start, 4);
  if (NEGATORS.test(near)) return true;
  // Denying an accusation does not unsay that it was made.
  if (t.type === 'REJECT' || t.type === 'ACCUSE') return false;
  // Inside the scope of a denial or refusal earlier in the sentence: "refused to meet", "has no plans to
  // invade", "denied reports that Moscow was planning an invasion". The scope ends at the next , ; or :.
  const head = text.slice(sentence.start, t.start);
  const re = NEGATING_VERBS_ALL;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(head)) !== null) {
    const between = head.slice(m.index + m[0].length);
    if (!/[,;:]/.test(between)) return true;
  }
  return false;
}

/** The demand, offer or accusation close before a trigger that embeds it: "calls on Washington to refrain". */
function governor(text: string, t: Trigger, all: Trigger[]): Trigger | undefined {
  const gov = all.filter((o) => o !== t && o.end <= t.start && t.start - o.end <= 80 && GOVERNING[o.type]
    && !/[;:“”"«»]|,\s+(?:since|because|as|while|but)\b/.test(text.slice(o.end, t.start))).pop();
  return gov && gov.type !== t.type ? gov : undefined;
}

function modalityOf(text: string, sentence: Span, clause: Span, t: Trigger, gov: Trigger | undefined): Modality {
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (CONDITIONAL.test(sentenceText)) return 'conditional';
  if (gov) return GOVERNING[gov.type] ?? 'asserted';
  if (t.type !== 'DEMAND' && t.type !== 'REQUEST' && OBLIGATION.test(text.slice(Math.max(sentence.start, t.start - 200), t.start))) return 'demanded';
  const window = lastWords(text, clause.start, t.start, 6);
  if (POSSIBLE.test(window)) return 'possible';
  if (INTENDED.test(window)) return 'intended';
  if (t.type === 'AGREE' && /^(?:propos|invit|offer|promis|pledg|vow)/i.test(text.slice(t.start, t.end))) return 'intended';
  return 'asserted';
}

/**
 * What announcing an action makes of it (PLOVER codes the announcement, CAMEO 03/13): "is willing to withdraw"
 * is an offer (AGREE); "will boycott", "would tighten the blockade" a threat (THREATEN); "will not accept",
 * "would not meet" a refusal (REJECT, no longer negated). Violence by armed forces is FIGHT.
 */
function frame(text: string, clause: Span, t: Trigger, type: string, negated: boolean): { type: string; negated: boolean } {
  const before = text.slice(Math.max(clause.start, t.start - 60), t.start);
  if (FUTURE_NEGATED.test(before) && COOPERATIVE_TYPES.has(type)) return { type: 'REJECT', negated: false };
  if (negated) return { type, negated };
  if (t.pos === 'verb' && WILLING.test(before) && (COOPERATIVE_TYPES.has(type) || HOSTILE_TYPES.has(type))) return { type: 'AGREE', negated };
  if (t.pos === 'verb' && FUTURE_MODAL.test(before)) {
    // "will withdraw its force unless …": an announced action made to depend on the other side's conduct is
    // an ultimatum (CAMEO 13), whatever the action itself.
    if (HOSTILE_TYPES.has(type) || /^unless\b/i.test(text.slice(clause.end, clause.end + 7))) return { type: 'THREATEN', negated };
    if (COOPERATIVE_TYPES.has(type)) return { type: 'AGREE', negated };
  }
  if (type === 'ASSAULT' && ARMED_FORCES.test(text.slice(clause.start, t.start))) return { type: 'FIGHT', negated };
  return { type, negated };
}
