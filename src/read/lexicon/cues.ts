// Attribution cues: reporting, belief and intention verbs in every inflection, as PolNeAR annotates them
// ("X believes", "X plans to", "X wants" are attributions too), and the words that may join a cue span.

import { CUE_VERBS } from './words.js';
// Cue words learned from the PolNeAR train split (scripts/cue-lexicon.ts): a cue at least half the time they occur.
import learned from './cue-lexicon.json' with { type: 'json' };

/** Lemma → inflections that are not the regular -s/-ed/-ing forms. */
const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  see: ['see', 'sees', 'saw', 'seen'],
  know: ['know', 'knows', 'knew', 'known'],
  find: ['found', 'finds', 'find'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  feel: ['feel', 'feels', 'felt'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
  read: ['reads'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
};

/** Regular verbs: stem as written in the -s form's base. */
const REGULAR = [
  'add', 'ask', 'note', 'report', 'announce', 'argue', 'suggest', 'tweet', 'explain', 'declare', 'claim', 'warn',
  'insist', 'believe', 'want', 'hope', 'expect', 'fear', 'plan', 'intend', 'state', 'stress', 'recall', 'emphasize',
  'emphasise', 'clarify', 'conclude', 'object', 'assert', 'reply', 'answer', 'respond', 'underline', 'underscore',
  'admit', 'acknowledge', 'confirm', 'deny', 'remark', 'comment', 'observe', 'reiterate', 'maintain', 'complain',
  'caution', 'mention', 'indicate', 'specify', 'assure', 'promise', 'predict', 'propose', 'consider', 'urge',
  'demand', 'accuse', 'allege', 'estimate', 'contend', 'concede', 'recount', 'exclaim', 'retort', 'counter',
  'describe', 'criticize', 'criticise', 'endorse', 'praise', 'pledge', 'reveal', 'question', 'denounce', 'dismiss',
  'testify', 'agree', 'disagree', 'doubt', 'worry', 'predict', 'cite', 'quote', 'insist', 'boast', 'joke',
  'announce', 'acknowledge', 'recommend', 'request', 'threaten', 'vow', 'decline', 'refuse', 'mock', 'blame',
  'support', 'oppose', 'defend', 'call', 'continue', 'speculate', 'imply', 'advise', 'inform', 'notify',
];

function inflect(stem: string): string[] {
  const out = [stem];
  const e = stem.endsWith('e');
  const y = /[^aeiou]y$/.test(stem);
  out.push(y ? stem.slice(0, -1) + 'ies' : /(?:s|sh|ch|x|z)$/.test(stem) ? stem + 'es' : stem + 's');
  out.push(y ? stem.slice(0, -1) + 'ied' : e ? stem + 'd' : /^(?:admit|plan|regret)$/.test(stem) ? stem + stem.at(-1) + 'ed' : stem + 'ed');
  out.push(e && !stem.endsWith('ee') ? stem.slice(0, -1) + 'ing' : /^(?:admit|plan)$/.test(stem) ? stem + stem.at(-1) + 'ing' : stem + 'ing');
  return out;
}

/** Verbs that are cues only with their particle ("talked about", "spoke of"): weak without it. */
export const PARTICLE_ONLY = ['talk', 'talks', 'talked', 'talking', 'speak', 'speaks', 'spoke', 'speaking'];

/** Every single-word cue form, lower case. */
export const CUE_WORDS = new Set<string>([
  ...Object.values(IRREGULAR).flat(),
  ...REGULAR.flatMap(inflect),
  ...CUE_VERBS.filter((v) => !v.includes(' ')),
  ...Object.keys(learned.words),
  ...Object.keys(learned.afterSubject),
  ...PARTICLE_ONLY,
]);

/** Verb forms that are a cue at least half the times they follow a subject in the train split (learned by
 * scripts/cue-lexicon.ts): they start an attribution only when a speaking source is right before them. */
export const SUBJECT_CUES = new Set<string>(Object.keys(learned.afterSubject));

/** Words that end a two-word cue ("pointed out", "called for", "referring to"). */
export const CUE_PARTICLES: Record<string, string[]> = {
  point: ['out', 'to'], sum: ['up'], call: ['for', 'on'], refer: ['to'], talk: ['about'], speak: ['about', 'of'],
  warn: ['of', 'against'], complain: ['about'], go: ['on'], push: ['for'], ask: ['for', 'about'], weigh: ['in'],
  spoke: ['about', 'of'],
};

/** Auxiliaries, negation and adverbs that PolNeAR includes in a cue when they stand right before the verb. */
export const CUE_PREFIX = new Set([
  'has', 'have', 'had', 'also', 'later', 'again', 'previously', 'repeatedly', 'reportedly', 'recently', 'once',
  'still', 'often', 'then', 'further', 'publicly', 'privately', 'openly', 'has also', 'did', 'does', 'do', 'not',
  'never', 'would', 'will', 'may', 'might', 'could', 'can', 'should', 'frequently', 'already', 'is', 'are', 'was',
  'were', 'am', 'been', 'be', 'even', "doesn't", "don't", "didn't", "can't", "won't", "wouldn't", "couldn't", "isn't",
  "wasn't", "hasn't", "haven't", "'s",
]);

/** Single cue forms that are too often not attributions to start one without a subject that speaks. */
export const WEAK_CUES = new Set([
  'call', 'calls', 'called', 'calling', 'see', 'sees', 'saw', 'seen', 'know', 'knows', 'knew', 'known', 'find',
  'finds', 'found', 'show', 'showed', 'shown', 'showing', 'shows', 'feel', 'feels', 'felt', 'read', 'reads',
  'support', 'supports', 'supported', 'supporting', 'continue', 'continues', 'continued', 'continuing', 'state',
  'states', 'question', 'questions', 'answer', 'answers', 'report', 'reports', 'plan', 'plans', 'comment',
  'comments', 'remarks', 'counter', 'counters', 'quote', 'quotes', 'claims', 'estimates', 'demands',
  'promises', 'fears', 'hopes', 'doubts', 'worries', 'threats', 'want', 'wanting', 'hope', 'expected', 'expect',
  'oppose', 'defend', 'praise', 'blame', 'cite', 'describe', 'decline', 'refuse', 'mock', 'advise', 'inform',
  'notify', 'request', 'recommend', 'dismiss', 'reveal', 'doubt', 'worry', 'imply', 'joke', 'boast', 'testify',
  'agree', 'disagree', 'threaten', 'pledge', 'endorse', 'criticize', 'criticise', 'denounce', 'seek', 'speculate',
  'vow', 'write', 'writing', 'written', 'saying', 'telling', 'thinking', 'showing', 'seeking', 'planning', 'hoping',
  'fearing', 'believing', 'wanting', 'expecting', 'intending', 'claiming', 'asking', 'adding', 'noting', 'arguing',
  ...SUBJECT_CUES,
  ...PARTICLE_ONLY,
]);
