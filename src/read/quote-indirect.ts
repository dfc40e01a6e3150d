// Reported speech: "SOURCE CUE that CLAUSE", "CLAUSE, SOURCE CUE.", "SOURCE CUE, CLAUSE" (parenthetical),
// "according to SOURCE, CLAUSE", "CLAUSE, according to SOURCE", "As CUE in/by SOURCE, CLAUSE",
// "…, CUEing CLAUSE" (the sentence's subject speaks), "SOURCE CUE … and CUE2 CLAUSE", "his NOUN that CLAUSE",
// "In POLL, CLAUSE" / "CLAUSE in POLL." (quote-polls.ts).

import type { Quote, Span } from '../types.js';
import { CUE_VERB_SET } from './lexicon/words.js';
import { PARTICLE_ONLY, SUBJECT_CUES, WEAK_CUES } from './lexicon/cues.js';
import { npAfter } from './quote-sources.js';
import { cueAt, cueWordsIn, finite, textCueWords, widenCue } from './quote-cues.js';
import type { WordAt } from './quote-cues.js';
import { inQuoted } from './quote-cue-features.js';
import type { CueContext } from './quote-cue-features.js';
import { commaQuoteAtEnd, endBeforeSpace, isSpace, letterThenSpaceAtEnd, markAtEnd } from './quote-ends.js';
import { ClauseBreaks, cutClause, trimSpan } from './quote-clauses.js';
import { FALLBACK, STRONG, UNLISTED, VETO, cueTailEnd, judgeCueWords } from './quote-cue-model.js';
import type { JudgedWord } from './quote-cue-model.js';
import { findPollFindings } from './quote-polls.js';
import { extendAfter, lastPersonBefore, npSource, openingSubject, sourceAt, sourceEndingAt } from './quote-speakers.js';
import type { Context, Source } from './quote-speakers.js';

/** What may follow a trailing attribution's cue: adverbials of place, time and channel only. */
const TRAILING_TAIL = /^(?:\s*,?\s*(?:in (?:a|its|his|her|their) (?:statement|comment|commentary|release|interview|letter|note)|on (?:its|the|his|her) (?:website|channel|page)|on \p{L}+(?: \d+)?|today|yesterday|earlier|later|again|also|then|recently))*\s*[.!?…]?["”»]?$/u;

/** A longer adverbial ending a trailing attribution: "…, he said Wednesday morning on MSNBC’s “Morning Joe.”",
 * "…, she said in a follow-up interview on Saturday.": up to 14 words opening with a preposition (not an infinitive's
 * "to": "…, the department promised to respond") or a time word,
 * with no verb, pronoun or "that" that would make it a clause of its own. */
function trailingAdverbial(tail: string): boolean {
  const m = /^\s+((?:in|on|at|during|to(?= (?:reporters|the|a|an|his|her|their|\p{Lu}))|by|via|from|after|before|while|last|this|early|late|earlier|later|recently|today|yesterday|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^;:!?]*?)\s*[.!?…]?["”»]?\s*$/u.exec(tail);
  if (!m) return false;
  const words = m[1]!.split(/\s+/);
  return words.length <= 14 && !/\b(?:that|is|was|are|were|will|would|has|have|had|he|she|they|it|we|I|who|which|and|but|because|if)\b/.test(m[1]!) && !/,\s*(?:\p{Ll}+ing|according)\b/u.test(m[1]!);
}

const CLAUSE = /^[^,;:.!?"“”]*(?:(?<=\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|U\.S|Inc|Co|Jan|Feb|Aug|Sept|Oct|Nov|Dec))\.[^,;:.!?"“”]*)*/u;
/** Characters read after "according to" before deciding the clause is too long to be a source. */
const CLAUSE_WINDOW = 2000;

/**
 * The clause after "according to", up to its comma or end, without trailing space; null when it is
 * over 16 words (too long to be a source). Read from a window first: a sentence of a million characters
 * with an "according to" every few words would otherwise cost the rest of the sentence per match.
 */
function clauseAfter(text: string, at: number, end: number): string | null {
  const windowEnd = Math.min(end, at + CLAUSE_WINDOW);
  const raw = CLAUSE.exec(text.slice(at, windowEnd))![0];
  const inWindow = raw.replace(/\s+$/, '');
  // Ended inside the window (or the window is the whole clause): the same as reading it all.
  if (windowEnd === end || raw.length < windowEnd - at) return inWindow;
  // Runs past the window: more words can only follow, so a window already over 16 words settles it.
  if (inWindow.split(/\s+/).length > 16) return null;
  return CLAUSE.exec(text.slice(at, end))![0].replace(/\s+$/, '');
}

/** What the steps of one findIndirect call share. */
interface Run {
  ctx: Context;
  usedCues: Set<number>;
  quoted: Span[];
  out: Quote[];
  cueWords: WordAt[];
  /** Words of the text that only the model knows as cues (UNLISTED), found in the same scan as cueWords. */
  unlisted: WordAt[];
  modelCtx: CueContext;
  breaks: ClauseBreaks;
}

// findIndirect's steps are small functions, one per pattern: V8 compiles each on its own, and a change of input
// shape it has not seen then recompiles one step, not the whole finder (a single 400-line function took
// 450–530 ms per optimising compile, in every worker thread).
export function findIndirect(ctx: Context, sentences: Span[], usedCues: Set<number>, quoted: Span[]): Quote[] {
  const unlisted: WordAt[] = [];
  const run: Run = { ctx, usedCues, quoted, out: [], cueWords: textCueWords(ctx.text, UNLISTED, unlisted), unlisted, modelCtx: { mentionEnds: ctx.byEnd, quoted }, breaks: new ClauseBreaks(ctx.text) };
  for (let k = 0; k < sentences.length; k++) sentenceQuotes(run, sentences[k]!);
  return run.out;
}

/** Whether a quoted span starts inside `s` (the spans are in order and do not overlap, as top-level ones are). */
function quoteStartsIn(quoted: Span[], s: Span): boolean {
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < quoted.length && quoted[lo]!.start < s.end;
}

/** Records an attribution unless its cue is taken or quoted; `unsourced` allows one without a source. */
function addQuote(run: Run, source: Source | null, cue: Span, content: Span, unsourced: boolean): void {
  const { ctx } = run;
  const { text } = ctx;
  if (run.usedCues.has(cue.start) || inQuoted(run.quoted, cue.start)) return;
  let c = trimSpan(text, cutClause(text, content, run.breaks));
  // A sentence in brackets: its closing bracket is not the content's ("(According to X, the count is final.)").
  if (text[c.end - 1] === ')' && !text.slice(c.start, c.end).includes('(')) c = trimSpan(text, { start: c.start, end: c.end - 1 });
  // A conjunction linking the clause to the sentence before is not reported ("And Clinton leads, a poll shows").
  const conj = /^(?:And|But|So|Yet|Still|Meanwhile|However|Also)\s+(?=\p{L})/u.exec(text.slice(c.start, c.start + 12));
  if (conj) c.start += conj[0].length;
  if (c.end - c.start < 3 || (!source && !unsourced)) return;
  // A relative pronoun's clause ends where the main clause's verb follows a comma.
  if (source && /^(?:who|which)$/.test(text.slice(source.span.start, source.span.end))) {
    const rel = RELATIVE_END.exec(text.slice(c.start, c.end));
    if (rel && rel.index > 0) c = trimSpan(text, { start: c.start, end: c.start + rel.index });
  }
  run.usedCues.add(cue.start);
  const q: Quote = { source: source?.span ?? null, cue, content: c, speaker: source?.speaker ?? null, direct: false };
  run.out.push(q);
  ctx.quotes.push(q);
}

function sentenceQuotes(run: Run, s: Span): void {
  const { text } = run.ctx;
  const str = text.slice(s.start, s.end);
  // A sentence opening with a quote mark is read too: cues inside quoted spans are skipped by addQuote().
  if (/^(?:["“”«„]|'')/.test(str) && !quoteStartsIn(run.quoted, s)) return;
  const polls = findPollFindings(text, s);
  for (let k = 0; k < polls.length; k++) addQuote(run, npSource(run.ctx, polls[k]!.source), polls[k]!.cue, polls[k]!.content, false);
  if (str.includes('sked')) askedQuotes(run, s, str);
  if (str.includes('ccording to')) accordingToQuotes(run, s, str);
  nounThatQuotes(run, s, str);
  asCueQuote(run, s, str);
  const listed = cueWordsIn(text, s, str, run.cueWords);
  const unlisted = run.unlisted.length > 0 ? afterSpeakers(run.ctx, s, cueWordsIn(text, s, str, run.unlisted, UNLISTED)) : [];
  // One scoring call for both kinds: the sentence is tokenized once.
  const words = judgeCueWords(text, s, unlisted.length > 0 ? merged(listed, unlisted) : listed, run.modelCtx);
  const later: JudgedWord[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (unlisted.length > 0 && UNLISTED.has(w[0])) later.push(w);
    else cueWordQuote(run, s, w);
  }
  for (let k = 0; k < later.length; k++) unlistedQuote(run, s, later[k]!);
}

/** Two lists of words in order of offset, as one. */
function merged(a: WordAt[], b: WordAt[]): WordAt[] {
  const out: WordAt[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]!.index < b[j]!.index) ? a[i++]! : b[j++]!);
  return out;
}

/** The words of `words` (offsets into sentence `s`) right after a word that may end a speaker's phrase: a name or
 * other capitalised word, a pronoun, a person or body noun, an actor mention (auxiliaries and adverbs between: "he
 * has also"). A quick test before the model scores them and the source is read. */
function afterSpeakers(ctx: Context, s: Span, words: WordAt[]): WordAt[] {
  const out: WordAt[] = [];
  for (let k = 0; k < words.length; k++) if (speakerWordBefore(ctx, s.start, s.start + words[k]!.index)) out.push(words[k]!);
  return out;
}

/** Whether the word before `at`, past up to three auxiliaries and adverbs, may end a speaker's phrase. A scan by
 * hand: it runs on every unlisted candidate word of a text, most of them common ("new", "back", "made"). */
function speakerWordBefore(ctx: Context, floor: number, at: number): boolean {
  const { text } = ctx;
  let e = at;
  for (let hops = 0; hops < 4; hops++) {
    let p = e;
    while (p > floor && isSpace(text.charCodeAt(p - 1))) p--;
    if (p === e || p === floor) return false;
    const c = text.charCodeAt(p - 1);
    // A comma closes an apposition or an aside ("Cruz, with unconcealed delight, chided"): the source rules decide.
    if (c === 44) return true;
    // A bracket closes a party tag: the phrase's last word is before it.
    const end = c === 41 ? p - 1 : p;
    let b = end;
    while (b > floor && wordChar(text.charCodeAt(b - 1))) b--;
    if (b === end) return false;
    const w = text.slice(b, end);
    if (end === p && (SKIPPED.has(w) || (w.length > 4 && w.endsWith('ly') && w.charCodeAt(0) >= 97))) {
      e = b;
      continue;
    }
    const first = w.charCodeAt(0);
    if (ctx.byEnd.has(end) || PERSON_WORD.test(w)) return true;
    // A capitalised word, unless a function word opening the sentence ("The", "In", "But").
    return ((first >= 65 && first <= 90) || /^\p{Lu}/u.test(w)) && !NOT_SPEAKERS.has(w);
  }
  return false;
}

/** A letter, an apostrophe, a period or a hyphen: inside a name or an abbreviation ("Sen.", "O’Neill"). */
function wordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 46 || c === 45;
  return c === 0x2019 || /\p{L}/u.test(String.fromCharCode(c));
}

/** Capitalised words that open a sentence but never end a speaker's phrase. */
const NOT_SPEAKERS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'With', 'From', 'Of', 'To', 'As', 'But', 'And', 'Or', 'So', 'Yet', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Because', 'Although', 'Though', 'This', 'That', 'These', 'Those', 'It', 'Its', 'There', 'What', 'How', 'Why', 'Where', 'Which', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'Not', 'No', 'Now', 'Then', 'Still', 'Also', 'Even', 'Just', 'Only', 'More', 'New', 'Last', 'Next']);

/** Auxiliaries and adverbs between a speaker and a cue ("he has also"). */
const SKIPPED = new Set(['has', 'have', 'had', 'am', 'is', 'are', 'was', 'were', 'be', 'been', 'also', 'again', 'then', 'later', 'still', 'not', 'never', 'did', 'does', 'do', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'quickly', 'recently', 'previously', 'repeatedly', 'publicly', 'privately', 'largely', 'already', 'often', 'even', 'just', 'only', 'really', 'actually', 'clearly', 'strongly', 'currently', 'deeply', 'increasingly', 'initially', 'finally', 'quietly', "didn't", 'didn’t', "doesn't", 'doesn’t', "don't", 'don’t', "hasn't", 'hasn’t', "wasn't", 'wasn’t']);

/** The score an unlisted word needs: of 0, 2, 3, 4, 5, 6 and 10, 3 gained most source on train folds 1–4 and fold 0
 * without a loss on dev (0 and 2 lost dev cue and content). */
const UNLISTED_MIN = 3;

/** A word the lists do not know that the model scores as a cue ("Minnesota Gov. Mark Dayton is backing Hillary
 * Clinton", "he made it clear that …"): only after a speaker, and then as the fallback reads it (the phrase before
 * is the source, the rest of the clause the content). Without the speaker, dev lost cue and content. */
function unlistedQuote(run: Run, s: Span, w: JudgedWord): void {
  const { ctx } = run;
  const { text } = ctx;
  if (!(w.score > UNLISTED_MIN)) return;
  const start = s.start + w.index;
  const wordEnd = start + w[0].length;
  const tailEnd = cueTailEnd(text, w[0], wordEnd);
  const verb = { start, end: tailEnd === wordEnd ? chainEnd(text, w[0], wordEnd) : tailEnd };
  const cue = widenCue(text, verb, s.start);
  if (run.usedCues.has(cue.start)) return;
  const source = sourceEndingAt(ctx, cue.start, s.start);
  if (!source || !(speakerBefore(ctx, cue.start, s.start) || speakerLike(ctx, source))) return;
  // A possessive before a noun the model knows ("Russia's accusations of …") names whom the noun is about as often as
  // who speaks, and the rest of the sentence is no clause of the cue's: left out (no loss on folds 1–4, fold 0 or dev).
  if (/['’]s?$/.test(text.slice(source.span.start, source.span.end))) return;
  const content = fallbackContent(ctx, s, cue, source);
  if (content) addQuote(run, source, cue, content, false);
}

/** Where a relative clause ends and its main clause goes on: a comma, then the main clause's verb ("who called Sanders
 * shortly after the winner was declared, told her supporters …"). */
const RELATIVE_END = /,\s+(?:(?:has|have|had|also|then|later|quickly)\s+)*(?:said|says|told|tells|wrote|added|described|explained|argued|noted|insisted|warned|[a-z]{3,}ed\b(?!\s+(?:by|to|from|in|at|on|for)\b))/;

/** A source that may hold a position: a named actor, or a phrase ending in a person or a body ("some Democrats",
 * "a campaign spokeswoman", "who"). */
function speakerLike(ctx: Context, src: Source): boolean {
  return src.speaker !== null || PERSON_NOUN.test(ctx.text.slice(src.span.start, src.span.end));
}

const PERSON_WORD = /^(?:he|she|they|we|I|who|officials?|spokes(?:man|woman|person)|aides?|advisers?|advisors?|leaders?|candidates?|voters?|supporters?|critics?|members?|senators?|lawmakers?|legislators?|delegates?|president|governor|mayor|secretary|director|chairman|chairwoman|analysts?|experts?|strategists?|Republicans?|Democrats?|people|residents?|campaign|administration|committee|group|party|court|judge|justices?|police|department|agency|ministry|government|company|organization|union|officers?|activists?|protesters?|donors?|conservatives?|liberals?|progressives?|Americans?|nominee|rivals?|opponents?|allies|ally|both|many|most|some|others?)$/;
const PERSON_NOUN = new RegExp(`(?<![\\p{L}])${PERSON_WORD.source.slice(1)}`, 'u');

/** "Asked whether …, he said": the question is reported, with no source of its own (PolNeAR leaves it empty). */
function askedQuotes(run: Run, s: Span, str: string): void {
  const { text } = run.ctx;
  for (const m of str.matchAll(ASKED)) {
    const cueEnd = s.start + m.index + m[1]!.length;
    const start = s.start + m.index + m[0].length - (m[2]?.length ?? 0);
    const end = QUESTION_END.exec(text.slice(start, s.end))![0].length;
    addQuote(run, null, { start: s.start + m.index, end: cueEnd }, { start, end: start + end }, true);
  }
}

/** According to SOURCE, CLAUSE  /  CLAUSE, according to SOURCE. */
function accordingToQuotes(run: Run, s: Span, str: string): void {
  for (const m of str.matchAll(/\b([Aa]ccording to)\s+/g)) accordingToQuote(run, s, m.index, m[0].length, m[1]!.length);
}

/** Words that may open a sentence before "according to" ("But according to …", "(According to …"). */
const ACCORDING_OPENER = /^\s*(?:\(|[“"]|(?:But|And|Yet|So|Still|Now|Also|However|Meanwhile),?\s)\s*$/;

/** One "according to" at `index` in the sentence (the match `length` long, its cue words `cueLength`). */
function accordingToQuote(run: Run, s: Span, index: number, length: number, cueLength: number): void {
  const { ctx } = run;
  const { text } = ctx;
  const at = s.start + index + length;
  // "the position, according to which …" is a relative clause, not an attribution.
  if (/^(?:which|whom|whose)\b/.test(text.slice(at, at + 6))) return;
  // The source is whatever follows, up to the clause's comma or end ("according to exit polls,").
  // The tests on the text before the cue read it from its end (quote-ends.ts): each is `…\s*$`.
  const before = s.start + index;
  const e = endBeforeSpace(text, s.start, before);
  // Opening the sentence, after a conjunction, a parenthesis or a colon ("But according to …", "(According to …").
  const opening = e === s.start || (e > s.start && text.charCodeAt(e - 1) === 58) || openerBefore(text, s.start, e, before);
  const np = npAfter(text, at, s.end);
  const rest = clauseAfter(text, at, s.end);
  // An opening source runs to its comma however long ("According to early results of the exit poll conducted by
  // Edison Research for …, Clinton led"); elsewhere a long clause is no source.
  const words = rest === null ? Infinity : rest.split(/\s+/).length;
  const wide = rest !== null && (words <= 16 || (opening && words <= 30 && text.charCodeAt(at + rest.length) === 44)) && /\p{L}/u.test(rest) && (!np || np.end < at + rest.length) ? { start: at, end: at + rest.length } : null;
  const src = wide ? npSource(ctx, wide) : (sourceAt(ctx, at) ?? npSource(ctx, np));
  if (!src) return;
  const cue = { start: s.start + index, end: s.start + index + cueLength };
  if (opening) {
    accordingOpening(run, s, src, cue);
  } else if (text.charCodeAt(e - 1) === 44) {
    addQuote(run, src, cue, { start: s.start, end: e - 1 }, false);
  } else if (/,(?:["”]|'')$/.test(text.slice(Math.max(s.start, e - 3), e)) && e - s.start > 15) {
    // "…became ''the high-water mark,'' according to Mr. Rhodes.": the comma is inside the closing quote mark,
    // which PolNeAR's content keeps.
    addQuote(run, src, cue, { start: s.start, end: e }, false);
  } else if (wide && index > 15 && /^\s*[.!?]?["”]?\s*$/.test(text.slice(wide.end, s.end)) && letterThenSpaceAtEnd(text, s.start, before)) {
    // "Clinton leads by 271 delegates according to a count by The Associated Press.": no comma, the source ends the sentence.
    addQuote(run, src, cue, { start: s.start, end: before }, false);
  }
}

/** Whether text[from, to) is an opener (ACCORDING_OPENER) with white space around it; `e` is its end before
 * the trailing white space. */
function openerBefore(text: string, from: number, e: number, to: number): boolean {
  let b = from;
  while (b < e && isSpace(text.charCodeAt(b))) b++;
  // The longest opener is "Meanwhile,": anything longer cannot match, whatever its length.
  return e - b <= 10 && ACCORDING_OPENER.test(text.slice(from, to));
}

/** "According to SOURCE[, apposition], CLAUSE": the content starts after the source's comma. */
function accordingOpening(run: Run, s: Span, src: Source, cue: Span): void {
  const { text } = run.ctx;
  // Skip an apposition after the source (", the press secretary of the mission,").
  let p = src.span.end;
  // Not a clause ("According to the transcript, the clerk said the vote was “…,” …").
  const app = /^,\s+(?:the|a|an)\s+[^,“”"]{1,100},/.exec(text.slice(p, s.end));
  if (app && !/\b(?:said|says|told|is|was|are|were|has|have|had|will|would)\b/.test(app[0])) p += app[0].length;
  else {
    const comma = /^[^,]{0,40},/.exec(text.slice(p, s.end));
    if (!comma) return;
    p += comma[0].length;
  }
  addQuote(run, src, cue, { start: p, end: s.end }, false);
}

/** POSSESSOR's NOUN that CLAUSE: "his claim that …", "Trump’s insistence that …". */
function nounThatQuotes(run: Run, s: Span, str: string): void {
  const { ctx } = run;
  for (let at = str.indexOf(' that '); at >= 0; at = str.indexOf(' that ', at + 6)) {
    const from = Math.max(0, at - 60);
    const m = NOUN_CUE.exec(str.slice(from, at));
    if (!m) continue;
    const srcStart = s.start + from + m.index + m[0].indexOf(m[1]!);
    const src = { start: srcStart, end: srcStart + m[1]!.length };
    const cueStart = s.start + from + m.index + m[0].length - m[2]!.length;
    const mention = ctx.byStart.get(src.start);
    const speaker = mention ? mention.actor : /^(?:his|her)$/i.test(m[1]!) ? lastPersonBefore(ctx, src.start) : null;
    addQuote(run, { span: src, speaker }, { start: cueStart, end: cueStart + m[2]!.length }, { start: s.start + at + 1, end: s.end }, false);
  }
}

/** As CUE in/by SOURCE, CLAUSE */
function asCueQuote(run: Run, s: Span, str: string): void {
  const { ctx } = run;
  const as = /^As\s+([a-z]+)\s+(?:in|by|at)\s+/.exec(str);
  if (!as || !CUE_VERB_SET.has(as[1]!)) return;
  const src = sourceAt(ctx, s.start + as[0].length);
  if (!src) return;
  const comma = ctx.text.indexOf(',', src.span.end);
  if (comma > 0 && comma < s.end) addQuote(run, src, { start: s.start + 3, end: s.start + 3 + as[1]!.length }, { start: comma + 1, end: s.end }, false);
}

/** One cue word the rules list and the model judged: the patterns around it, first that applies. */
function cueWordQuote(run: Run, s: Span, m: JudgedWord): void {
  const { ctx } = run;
  const { text } = ctx;
  const wordStart = s.start + m.index;
  const wordEnd = wordStart + m[0].length;
  const found = cueAt(text, wordStart);
  if (!found) return;
  // A learned tail ("voted against", "took issue with") where the lists know no particle.
  const verb = found.end === wordEnd ? { start: wordStart, end: cueTailEnd(text, m[0], wordEnd) } : found;
  // "continued to question", "tried to portray": PolNeAR's cue runs on to the verb the infinitive names (30 of
  // 32 train cases for continue and try; other verbs before "to", "refused to", "declined to", mostly not).
  if (verb.end === wordEnd) verb.end = chainEnd(text, m[0], verb.end);
  const cue = widenCue(text, verb, s.start);
  // The model vetoes a listed word, unless a speaker stands before it ("Donald Trump wants to …": the lists'
  // intentions are attributions, though PolNeAR marks "wants" only a third of the time).
  if (m.score < VETO && !speakerBefore(ctx, cue.start, s.start)) return;
  const tail = text.slice(verb.end, s.end);
  // A particle (or a learned tail) makes a weak cue a verb ("called for", "pointed to"), and so does the model
  // after a speaker, a named actor or a pronoun ("Incoming demands undermine …" is a noun).
  const weak = !(m.score > STRONG && speakerBefore(ctx, cue.start, s.start)) && WEAK_CUES.has(m[0]) && verb.end === wordEnd;
  // "talk", "spoke" without "about"/"of" report nothing ("spoke to reporters", ", talking to voters").
  if (weak && PARTICLE_ONLY.includes(m[0])) return;
  // ..., CUEing CLAUSE: a participle after a comma reports what the sentence's subject said.
  if (cue.start === verb.start && m[0].endsWith('ing') && commaQuoteAtEnd(text, s.start, cue.start)) {
    participleQuote(run, s, m[0], cue, verb, tail);
    return;
  }
  if (m[0] === 'saying' && cue.start === verb.start && shareSaying(run, s, cue, verb, tail)) return;
  if ((m[0] === 'saying' || m[0] === 'calling') && cue.start === verb.start && withParticiple(run, s, m[0], cue, verb, tail)) return;
  if (coordinatedQuote(run, s, m[0], cue, verb, tail, weak)) return;
  // A finite cue verb after a comma, with a clause after it (not a source: "…, said the report."), takes the
  // sentence's subject with descriptions the apposition rules do not know.
  const src = sourceEndingAt(ctx, cue.start, s.start) ??
    (!weak && cue.start === verb.start && finite(m[0]) && /^\s+(?:that\s|\S+\s+\S+\s+\S+\s+\S)/.test(tail) ? openingSubject(ctx, cue.start, s.start) : null);
  if (src && subjectQuote(run, s, m[0], cue, verb, tail, weak, src)) return;
  const commaBefore = markAtEnd(text, s.start, cue.start, 44);
  // CLAUSE, CUE SOURCE.  (inverted: "..., said Sen. Smith.")
  if (!weak && commaBefore >= 0 && cue.start === verb.start) invertedQuote(run, s, cue, verb, tail, commaBefore);
  // Not a participle after a comma or before "by" ("…, confirmed by a resolution").
  const participle = /^\s+by\b/.test(tail) || (m[0].endsWith('ed') && commaBefore >= 0);
  if (m.score > FALLBACK && !weak && !participle && !run.usedCues.has(cue.start)) {
    const f = fallback(ctx, s, cue);
    if (f) addQuote(run, f.source, cue, f.content, false);
  }
}

/** ..., CUEing CLAUSE: the participle reports what the sentence's subject said. */
function participleQuote(run: Run, s: Span, word: string, cue: Span, verb: Span, tail: string): void {
  const subject = subjectOf(run.ctx, s, cue.start);
  const that = thatAfterGap(tail, word) ?? longAddressee(tail, word) ?? /^[\s,]+(?=[\p{L}\d“"])/u.exec(tail);
  if (subject && that && (!OBJECT_FIRST.test(tail) || (word === 'calling' && NAMING.test(tail)))) {
    addQuote(run, subject, cue, { start: verb.end + that[0].length, end: s.end }, false);
  }
}

/** A share of those polled after "with", before "saying": "with 30 percent of voters saying", "with three in 10
 * saying", "with a majority of Republicans saying". */
const SHARE_BEFORE = /\bwith\s+((?:(?:about|nearly|almost|only|just|roughly|more than|fewer than|less than|at least)\s+)?(?:\d[\d.,]*\s*(?:percent|per cent|%)|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|of|out of)\s+(?:\d+|ten|five|four|three)|half|a third|two-thirds|a quarter|a majority|most)(?:\s+of\s+(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3})?)\s+$/u;

/** "…, with 30 percent of voters saying they …": the share says what follows (PolNeAR's source is the share). */
function shareSaying(run: Run, s: Span, cue: Span, verb: Span, tail: string): boolean {
  const { text } = run.ctx;
  const from = Math.max(s.start, cue.start - 90);
  const m = SHARE_BEFORE.exec(text.slice(from, cue.start));
  const lead = /^\s+(?=[\p{L}\d“"])/u.exec(tail);
  if (!m || !lead || OBJECT_FIRST.test(tail)) return false;
  const start = from + m.index + m[0].indexOf(m[1]!);
  const span = { start, end: start + m[1]!.length };
  addQuote(run, npSource(run.ctx, span) ?? { span, speaker: null }, cue, { start: verb.end + lead[0].length, end: s.end }, false);
  return true;
}

/** "…, with Sen. Ames calling it a “menu.”", "with the union saying it …": a participle whose subject follows "with". */
function withParticiple(run: Run, s: Span, word: string, cue: Span, verb: Span, tail: string): boolean {
  const { ctx } = run;
  const src = sourceEndingAt(ctx, cue.start, s.start);
  if (!src) return false;
  // "with" right before the source, or before its title or article ("with Sen. John McCain", "with the union").
  const from = Math.max(s.start, src.span.start - 30);
  const w = /\bwith\s+((?:(?:\p{Lu}[\p{L}.]*|the)\s+){0,3})$/u.exec(ctx.text.slice(from, src.span.start));
  const lead = /^\s+(?=[\p{L}\d“"])/u.exec(tail);
  if (!w || !lead || (word === 'calling' ? !NAMING.test(tail) : OBJECT_FIRST.test(tail))) return false;
  const span = { start: src.span.start - w[1]!.length, end: src.span.end };
  addQuote(run, { span, speaker: src.speaker }, cue, { start: verb.end + lead[0].length, end: s.end }, false);
  return true;
}

/** "SOURCE said …, but noted that …": a coordinated cue shares the earlier cue's source. Only an inflected
 * verb: a base form after "and" is an infinitive's ("refuses to talk and conclude"). True when it applied. */
function coordinatedQuote(run: Run, s: Span, word: string, cue: Span, verb: Span, tail: string, weak: boolean): boolean {
  const { ctx } = run;
  // A weak cue only when it names ("… and called the system “rotten to the core.”").
  const naming = /^call(?:s|ed)?$/.test(word) && NAMING.test(tail);
  if ((weak && !naming) || !/\s(?:and|but)\s+$/.test(ctx.text.slice(Math.max(s.start, cue.start - 6), cue.start)) || !finite(word)) return false;
  // Else the subject of the first verb: "Obama praised Clinton and said …".
  const earlier = earlierSource(ctx, s, cue.start) ?? clauseSubject(ctx, s, cue.start);
  const that = thatAfterGap(tail, word) ?? /^\s+(?=[\p{L}\d“"])/u.exec(tail);
  if (!earlier || !that || /^\s+(?:by|in|for|with|of|on|at|from|about|him|them|us|me)\b/.test(tail)) return false;
  addQuote(run, earlier, cue, { start: verb.end + that[0].length, end: s.end }, false);
  return true;
}

/** The patterns with the source before the cue. True when one applied (or the cue needs a speaker it lacks):
 * the cue word is then settled. */
function subjectQuote(run: Run, s: Span, word: string, cue: Span, verb: Span, tail: string, weak: boolean, src: Source): boolean {
  const { ctx } = run;
  const { text } = ctx;
  // A speaker: a known actor or a personal pronoun.
  const speaks = src.speaker !== null || /^(?:he|she|they|we|i)$/i.test(text.slice(src.span.start, src.span.end));
  // A cue learned only after subjects needs one that speaks, whatever follows it ("the key points that …").
  if (weak && SUBJECT_CUES.has(word) && !speaks) return true;
  // "Mr. Putin seemed …", "who was revealed last week as …", "This is tweeted by several people": PolNeAR's
  // content is the subject of a passive or of seem/appear; the source, if any, is the agent after "by".
  const passive = passiveContent(ctx, cue, src, tail, s);
  if (passive) {
    addQuote(run, passive.source, { start: cue.start, end: passive.cueEnd }, src.span, true);
    return true;
  }
  return clauseAfterCue(run, s, word, verb, tail, src, cue) || trailingOrParenthetical(run, s, word, verb, tail, src, cue) || clauseRightAfter(run, s, word, verb, tail, weak, src, cue, speaks);
}

/** SOURCE CUE that CLAUSE, SOURCE told ADDRESSEE CLAUSE, SOURCE accused X of …. */
function clauseAfterCue(run: Run, s: Span, word: string, verb: Span, tail: string, src: Source, cue: Span): boolean {
  // SOURCE CUE that CLAUSE  /  SOURCE CUE (to) CLAUSE
  const that = /^(?:\s+(?:in a statement|on \p{L}+ \d+|on \p{L}+|today|yesterday|earlier|again|also))?,?\s+(?=that\s)/u.exec(tail) ?? thatAfterGap(tail, word);
  // "told POLITICO he had …", "asked the students if …": the addressee is neither cue nor content.
  const skip = that ?? objectThenClause(tail, word) ?? longAddressee(tail, word);
  if (skip) {
    addQuote(run, src, cue, { start: verb.end + skip[0].length, end: s.end }, false);
    return true;
  }
  // "accused her of lying": PolNeAR's content keeps the object with its "of" (69 of 81 train cases).
  if (accusedOf(word, tail)) {
    addQuote(run, src, cue, { start: verb.end + /^\s+/.exec(tail)![0].length, end: s.end }, false);
    return true;
  }
  return false;
}

/** CLAUSE, SOURCE CUE.  /  ..., SOURCE CUE, CLAUSE (parenthetical). */
function trailingOrParenthetical(run: Run, s: Span, word: string, verb: Span, tail: string, src: Source, cue: Span): boolean {
  const { text } = run.ctx;
  const comma = markAtEnd(text, s.start, src.span.start, 44);
  // CLAUSE, SOURCE CUE.
  if (comma >= 0 && (TRAILING_TAIL.test(tail) || trailingAdverbial(tail) || trailingAddressee(tail, word)) && text.slice(s.start, src.span.start).trim().length > 15) {
    addQuote(run, src, cue, { start: s.start, end: comma }, false);
    return true;
  }
  // ..., SOURCE CUE, CLAUSE (parenthetical)
  const paren = /^\s*,\s+/.exec(tail);
  if (paren && (comma >= 0 || src.span.start === s.start)) {
    addQuote(run, src, cue, { start: verb.end + paren[0].length, end: s.end }, false);
    return true;
  }
  return false;
}

/** SOURCE CUE CLAUSE: a clause (or an infinitive for wants/plans/hopes) right after the cue, or after a time
 * adverbial ("said on Friday the talks …"). */
function clauseRightAfter(run: Run, s: Span, word: string, verb: Span, tail: string, weak: boolean, src: Source, cue: Span, speaks: boolean): boolean {
  const { text } = run.ctx;
  const direct = /^\s+(?=[\p{L}\d])/u.exec(tail);
  // A weak cue ("plans", "demands", "counter") is as often a noun: only a known actor or a pronoun makes it a verb.
  // Polls and studies "show" and "find"; people "call" things names ("called the plan “a disaster”").
  const evidence = /^(?:show|shows|showed|shown|find|finds|found)$/.test(word) && EVIDENCE.test(text.slice(src.span.start, src.span.end));
  const naming = /^call(?:s|ed)?$/.test(word) && speaks && NAMING.test(tail);
  const afterSubject = SUBJECT_CUES.has(word) && speaks;
  if (direct && (!weak || (/^\s+to\s/.test(tail) && speaks) || evidence || naming || afterSubject) && (!OBJECT_FIRST.test(tail) || naming)) {
    addQuote(run, src, cue, { start: verb.end + direct[0].length, end: s.end }, false);
    return true;
  }
  // SOURCE said on Friday CLAUSE: a time adverbial between a verb of saying and its clause is neither.
  const when = SAYING.test(word) ? TIME_FIRST.exec(tail) : null;
  if (when && !OBJECT_FIRST.test(tail.slice(when[0].length - 1))) {
    addQuote(run, src, cue, { start: verb.end + when[0].length, end: s.end }, false);
    return true;
  }
  return false;
}

/** CLAUSE, CUE SOURCE.  (inverted: "..., said Sen. Smith."); `comma` is the offset of the comma before the cue. */
function invertedQuote(run: Run, s: Span, cue: Span, verb: Span, tail: string, comma: number): void {
  const { ctx } = run;
  const { text } = ctx;
  const after = /^\s+/.exec(tail);
  const np0 = after ? npAfter(text, verb.end + after[0].length, s.end) : null;
  const np = np0 ? extendAfter(text, np0, s.end) : null;
  const isrc = np ? (sourceAt(ctx, np.start) ?? npSource(ctx, np)) : null;
  if (!isrc) return;
  if ((np && /^[\s,]*(?:[.!?…]["”»]?)?$/.test(text.slice(np.end, s.end))) || /^,/.test(text.slice(isrc.span.end, s.end))) {
    if (text.slice(s.start, comma).trim().length > 15) addQuote(run, { span: np ?? isrc.span, speaker: isrc.speaker }, verb, { start: s.start, end: comma }, false);
  }
}

/** Words whose cue takes in the infinitive after them ("continued to insist", "went on to endorse", "was quick to
 * embrace", "failed to prosecute"): each keeps it in at least three of four gold cues of train folds 1–4 that have one
 * after them; others mostly do not ("declined to" 17 of 48, "appeared to" 6 of 25, "decided to" 2 of 10). */
const CHAINING = /^(?:continu(?:e|es|ed|ing)|tr(?:y|ies|ied|ying)|went|quick|need(?:s|ed)?|fail(?:s|ed)?|tend(?:s|ed)?|struggl(?:e|es|ed|ing))$/;

/** The end of a cue word (at `end`) with the infinitive it chains ("tried to portray"), unless the infinitive is a
 * light verb ("tried to be", "need to have"). */
function chainEnd(text: string, word: string, end: number): number {
  if (!CHAINING.test(word)) return end;
  const m = (word === 'went' ? /^ on to [a-z]{2,}\b/ : /^ to [a-z]{2,}\b/).exec(text.slice(end, end + 30));
  return m && !/ to (?:be|have|do|get|make)$/.test(m[0]) ? end + m[0].length : end;
}

/** A passive cue ("was revealed", "is widely seen as") or seem/appear, with no clause reported after it (not "was
 * told that …", "was asked whether …"): its subject is the content, and the agent after "by", if any, the source. */
function passiveContent(ctx: Context, cue: Span, subject: Source, tail: string, s: Span): { source: Source | null; cueEnd: number } | null {
  const { text } = ctx;
  const words = text.slice(cue.start, cue.end);
  const seem = /(?:^|\s)(?:seem|appear)(?:s|ed|ing)?$/.test(words);
  if (!seem && !PASSIVE.test(words)) return null;
  if (/^\s*(?:,\s*)?(?:that|whether|if|to|about|:)\b/.test(tail) || /^\s*:/.test(tail)) return null;
  // A pronoun or a name may be a passive's content, but not a bare relative "that".
  if (/^(?:that|which)$/i.test(text.slice(subject.span.start, subject.span.end))) return null;
  // "is seen as", "is known for": the preposition belongs to the cue.
  const as = seem ? null : /^\s+(?:as|for)\b/.exec(tail);
  const cueEnd = cue.end + (as?.[0].length ?? 0);
  const by = /^\s+by\s+/.exec(tail);
  if (!by) return { source: null, cueEnd };
  const at = cue.end + by[0].length;
  const np = npAfter(text, at, s.end);
  return { source: sourceAt(ctx, at) ?? npSource(ctx, np), cueEnd };
}

/** A passive: an auxiliary (and adverbs), then a past participle ending the cue. */
const PASSIVE = /^(?:(?:is|are|was|were|be|been|being|has been|have been|had been)\s+)(?:\p{Ll}+ly\s+|not\s+|also\s+)*\p{Ll}+(?:ed|en|wn|ld|ght|id|ung|ut)(?:\s+(?:as|for))?$/u;

/** A named actor or a personal pronoun right before `pos` (auxiliaries and adverbs between: "he has also"). */
function speakerBefore(ctx: Context, pos: number, floor: number): boolean {
  const head = ctx.text.slice(Math.max(floor, pos - 40), pos);
  const m = /(?:\s+(?:has|have|had|is|are|was|were|also|again|then|later|still|\p{Ll}+ly|not|never|did|does|do|would|will|could|can|may|might))*\s*$/u.exec(head)!;
  const end = pos - m[0].length;
  return ctx.byEnd.has(end) || /(?:^|[^\p{L}])(?:he|she|they|we|I|He|She|They|We)$/u.test(ctx.text.slice(Math.max(floor, end - 5), end));
}

/** A cue the model is sure of that no pattern took: the phrase right before it is its source ("political
 * analysts say"), and the clause after it its content, or, when nothing follows, the clause before the source
 * ("…, analysts say."). */
function fallback(ctx: Context, s: Span, cue: Span): { source: Source; content: Span } | null {
  const source = sourceEndingAt(ctx, cue.start, s.start);
  if (!source) return null;
  const content = fallbackContent(ctx, s, cue, source);
  return content ? { source, content } : null;
}

/** The content of a fallback cue with its source: the clause after the cue ("that" kept, as PolNeAR marks it),
 * else the clause before the source. */
function fallbackContent(ctx: Context, s: Span, cue: Span, source: Source): Span | null {
  const { text } = ctx;
  const lead = /^[\s,:]*/.exec(text.slice(cue.end, s.end))![0].length;
  const rest = text.slice(cue.end + lead, s.end);
  if (/\p{L}+\W+\p{L}/u.test(rest)) return { start: cue.end + lead, end: s.end };
  const e = endBeforeSpace(text, s.start, source.span.start);
  const mark = e > s.start ? text.charCodeAt(e - 1) : 0;
  // `[,;]\s*$` on the text before the source, read from its end.
  if ((mark === 44 || mark === 59) && text.slice(s.start, source.span.start).trim().length > 15) return { start: s.start, end: e - 1 };
  return null;
}

/** "Asked whether …", "when asked about …" opening a clause (sentence start, "when", or a comma before). */
const ASKED = /(?:^|(?<=(?:^|[,;]\s+|\b[Ww]hen\s+)))([Aa]sked(?: about)?)\s+(?:(?:by \p{L}+(?: \p{L}+)?|in \p{Lu}\p{L}+(?: recently)?)\s+)?(whether|if|what|why|how|who|which|when|where)?/gu;
/** A question reported after "asked" runs to the next comma or semicolon outside quotation marks. */
const QUESTION_END = /^(?:[^,;"“”]|["“][^"“”]*[^,"“”]["”])*(?:["“][^"“”]*,["”])?/;

/** A preposition or object pronoun right after a cue: what follows is not the reported clause ("voted for", "told him"). */
const OBJECT_FIRST = /^\s+(?:by|in|for|with|of|on|at|from|about|him|them|us|me)\b/;
/** "called him a liar", "called the plan “a disaster”": an object, then the name it is called. */
const NAMING = /^\s+(?:[\p{L}’'.-]+\s+){1,8}?(?:a|an|["“]|'')/u;
/** Verbs of saying that take a clause without "that". */
const SAYING = /^(?:said|says|say|told|tells|added|adds|wrote|writes|argued|argues|noted|notes|stressed|insisted|insists|claimed|claims|warned|warns|predicted|predicts|acknowledged|conceded|suggested|explained|announced|declared|recalled|reiterated|confirmed)$/;
/** A time adverbial opening the tail: "on Friday", "last week", "Tuesday night". */
const TIME_FIRST = /^\s+(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening|weekend|today|yesterday)(?:\s+(?:night|morning|afternoon|evening))?,?\s+(?=[\p{L}\d“"])/u;

/** Words that make a gap between a cue and "that" a clause of its own ("said it was clear that"). */
const GAP_STOP = /\b(?:is|was|are|were|be|been|has|have|had|will|would|can|could|should|may|might|must|it|he|she|they|we|i|you|there|this(?!\s+(?:week|month|year|morning|afternoon|evening|weekend|spring|summer|fall|winter|time)\b)|so|not|no|but|and|or|which|who|what|because|if)\b/;
/** A noun whose complement "that" opens ("the claim that …"): it stops a gap only right before "that" — inside
 * an adverbial it is no complement ("said during a news conference last week that …"). */
const COMPLEMENT_NOUN = /\b(?:allegation|claim|fact|idea|view|notion|evidence|news|report|belief|hope|fear|concern|argument|assertion|statement|charge|suggestion|possibility|assurance|promise|warning|impression|sense|threat|accusation|rumou?r|theory|conclusion|proof|sign|message)s?[\s,]*$/;

/** The source of the latest attribution whose cue lies earlier in the same sentence. */
function earlierSource(ctx: Context, s: Span, cueStart: number): Source | null {
  for (let k = ctx.quotes.length - 1; k >= 0; k--) {
    const q = ctx.quotes[k]!;
    if (q.source && q.cue && q.cue.start >= s.start && q.cue.end <= cueStart) return { span: q.source, speaker: q.speaker };
  }
  return null;
}

/** Who a sentence's participle cue speaks for: the source of an attribution earlier in the sentence
 * ("X said …, adding that …"), else the noun phrase or mention opening the sentence when a verb follows it
 * ("Trump fired back on Twitter, saying …"). */
function subjectOf(ctx: Context, s: Span, cueStart: number): Source | null {
  const { text } = ctx;
  const earlier = earlierSource(ctx, s, cueStart);
  if (earlier) return earlier;
  const lead = /^[\s“"]*/.exec(text.slice(s.start, s.start + 4))![0].length;
  const at = s.start + lead;
  const mention = ctx.byStart.get(at);
  // A mention opening the sentence is its subject; npAfter would run on into the verb phrase.
  const np0 = mention ? { start: at, end: mention.end } : npAfter(text, at, cueStart);
  const np = np0 ? extendAfter(text, np0, cueStart) : null;
  const end = np?.end ?? 0;
  // A verb, not a preposition or a comma, follows the subject.
  if (end > at && end < cueStart && FINITE_AFTER.test(text.slice(end, cueStart))) {
    const span = { start: at, end };
    return mention && mention.start === at && mention.end === end ? { span, speaker: mention.actor } : npSource(ctx, span);
  }
  return clauseSubject(ctx, s, cueStart);
}

const FINITE_AFTER = /^,?\s+(?:(?:has|have|had|also|then|later|again|was|were|is|are|did|would|will|quickly|recently)\s+)*[a-z]+(?:ed|ew|ent|ote|ook|ame|ave|ade|ought|aid|old|ot|ept|ut|s)\b/;
/** A finite verb: past or third-person forms, common irregular pasts, auxiliaries. */
const FINITE_VERB = /(?<![\p{L}’'-])(?:[a-z]{2,}ed|[a-z]{3,}[^s\W]s|struck|took|gave|made|went|came|got|held|kept|left|led|met|ran|sent|spent|stood|won|brought|built|began|broke|chose|drew|drove|fought|hit|lost|paid|put|rose|sat|shot|spoke|threw|wrote|said|told|saw|found|thought|knew|felt|sought|did|has|had|was|were|is|are)(?![\p{L}’'-])/gu;

/** The subject of the clause a participle hangs on when an adverbial opens the sentence ("In a speech on
 * Tuesday, Mr. Trump struck a measured tone, saying …"): the source phrase before the clause's first
 * finite verb, when it opens the sentence or follows a comma. */
function clauseSubject(ctx: Context, s: Span, cueStart: number): Source | null {
  const { text } = ctx;
  const head = text.slice(s.start, cueStart);
  FINITE_VERB.lastIndex = 0;
  for (let m = FINITE_VERB.exec(head), tries = 0; m && tries < 3; m = FINITE_VERB.exec(head), tries++) {
    const src = sourceEndingAt(ctx, s.start + m.index, s.start);
    if (!src) continue;
    const before = text.slice(s.start, src.span.start);
    if (/^[\s“"]*$/.test(before) || /,\s*$/.test(before)) return src;
    return null;
  }
  return null;
}

/** "told reporters on Friday that …", "said during a rally in Michigan that …": a short object or
 * adverbial between the cue and "that" (the match ends just before "that"). */
function thatAfterGap(tail: string, cue: string): RegExpExecArray | null {
  const m = /^\s+((?:[\p{L}\p{N}’'.“”-]+\s+){1,9}?)(?=(?:that|how|why|whether)\s)/u.exec(tail.slice(0, 100));
  if (!m || GAP_STOP.test(m[1]!) || COMPLEMENT_NOUN.test(m[1]!)) return null;
  // After a noun, "that" may open a relative clause ("wants policies that create revenue"): only verbs of
  // telling take an object before their clause; other cues only an adverbial ("said on Friday that").
  return TELLING.test(cue) || ADVERBIAL_GAP.test(m[1]!) ? m : null;
}

const TELLING = /^(?:tell|told|tells|telling|remind\w*|assur\w*|reassur\w*|warn\w*|inform\w*|convinc\w*|persuad\w*|notif\w*|promis\w*|show\w*|ask\w*|advis\w*|brief\w*|email\w*|wrote|writ\w*|signal\w*)$/;
/** An adverbial, or "to" and the person addressed ("admitted to the newspaper that …"), before "that". */
const ADVERBIAL_GAP = /^(?:(?:on|in|at|during|via|by|after|before|since|over|last|this|early|late|earlier|later|recently|again|also|repeatedly|privately|publicly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|then)\b|to\s+(?:the|a|an|his|her|their|its|him|them|me|us|reporters|[A-Z])\b)/;

/** Verbs with an addressee before what is said or asked. */
const ADDRESSING = /^(?:tell|told|tells|telling|ask|asks|asked|asking|remind(?:s|ed)?|assur(?:e|es|ed)|warn(?:s|ed)?)$/;
/** The addressee: an object pronoun, a plural audience, or a name or title, with an optional show title in
 * quotation marks ("ABC’s “Good Morning America”") and a time adverbial ("last week", "on Monday"). */
const ADDRESSEE = /^\s+(?:me|him|her|us|them|you|(?:our|his|her|their|its)\s+(?:followers|supporters|audience|members|readers|listeners|viewers|staff|aides|colleagues)|reporters|supporters|voters|delegates|students|donors|listeners|viewers|the (?:crowd|audience|students|room)|(?:(?:host|anchor|moderator|[Tt]he)\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.-]*)*(?:\s+[“"][^”"]{1,40}[”"])?)(?:\s+(?:(?:on|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|night))?,?\s+/u;
/** What the addressee is told: a clause opening with a subject pronoun or a determiner (no "that"). */
const TOLD_CLAUSE = /^(?:(?:he|she|they|it|we|I|there)(?:\s|['’](?:d|s|ll|re|ve|m)\s)|(?:his|her|their|its|the|this|these|those|a|an)\s)/;
/** What the addressee is asked: a question word. */
const ASKED_CLAUSE = /^(?:if|whether|what|how|why|who|when|where|which)\s/;

/** "…, an airport official told The New York Times.": only the addressee (and an adverbial) after a closing cue. */
function trailingAddressee(tail: string, cue: string): boolean {
  if (!ADDRESSING.test(cue)) return false;
  const m = ADDRESSEE.exec(`${tail.replace(/\s*[.!?…]?["”»]?\s*$/u, '')} `);
  if (!m) return false;
  const rest = tail.slice(m[0].length - 1);
  return /^\s*[.!?…]?["”»]?\s*$/u.test(rest) || trailingAdverbial(rest);
}

/** "told POLITICO he had …", "telling USA TODAY he …", "asked the students if …": the match runs from the cue's
 * end over the addressee to the reported clause. */
function objectThenClause(tail: string, cue: string): RegExpExecArray | null {
  if (!ADDRESSING.test(cue)) return null;
  const m = ADDRESSEE.exec(tail.slice(0, 120));
  if (!m) return null;
  const rest = tail.slice(m[0].length, m[0].length + 12);
  return (/^ask/.test(cue) ? ASKED_CLAUSE : TOLD_CLAUSE).test(rest) ? m : null;
}

/** "told a town hall in Salem, New Hampshire on Monday that …", "telling the crowd, “…”": an audience of up to
 * fourteen words, commas and places included, between a verb of telling and "that", an opening quotation mark or
 * a subject pronoun (the match runs to it). No verb or pronoun in it: "told reporters he thought that …" has a clause of its own. */
function longAddressee(tail: string, word: string): RegExpExecArray | null {
  if (!/^(?:tell|tells|told|telling)$/.test(word)) return null;
  const m = /^\s+((?:[^\s"“”;:.!?]+\s+){1,14}?)(?=that\s|[“"]|(?:he|she|they|we|I)\s)/u.exec(tail.slice(0, 160));
  return m && !GAP_STOP.test(m[1]!) ? m : null;
}

/** "accused the campaign of …", "suspects him of …": an object, then "of" and what it is accused of. */
function accusedOf(word: string, tail: string): boolean {
  if (!/^(?:accus|suspect)/.test(word)) return false;
  const m = /^\s+((?:[\p{L}\p{N}’'.-]+\s+){1,6}?)of\s/u.exec(tail.slice(0, 80));
  return m !== null && !GAP_STOP.test(m[1]!) && !COMPLEMENT_NOUN.test(m[1]!);
}

/** A possessor and a noun of saying or believing, then "that". */
const NOUN_CUE = /(?<![\p{L}])((?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2}['’]s))\s+(claims?|assertions?|arguments?|contention|belief|view|warnings?|insistence|promises?|pledges?|suggestions?|allegations?|charges?|accusations?|statements?|comments?|remarks?|predictions?|hopes?|fears?|vows?|assurances?|conclusion|position|message)$/u;

/** Sources that show or find: polls, studies and the like (the head noun may carry a complement: "a study
 * by the Council of …", "Polls in New Hampshire"). */
const EVIDENCE = /\b(?:polls?|polling|surveys?|stud(?:y|ies)|analys[ie]s|reports?|data|figures|numbers|transcripts?|averages?|research|review|records|documents|tally|audit|estimates?|investigation|results|models?|forecasts?|footage|videos?|pictures?|photos?|images?|evidence|tests?|findings|filings?|returns)\b/i;
