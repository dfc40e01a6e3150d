// Trigger words for PLOVER event types (PLOVER manual, with the CAMEO → PLOVER table of Sept. 2021).
// Choices the manual leaves to the coder:
//  - There is no DENY type: denying an allegation or refusing a request is REJECT.
//  - Proposals, offers, invitations ("invited the US to start a dialogue") express intent to cooperate:
//    CAMEO 03x → AGREE, with modality 'intended'.
//  - Expelling diplomats is "reduce relations" (CAMEO 166) → SANCTION; expelling or deporting other people
//    is CAMEO 174 → COERCE (see statements.ts).
//  - Seizing or occupying territory or property is CAMEO 171/192 → COERCE.
//  - PLOVER 0.8 folds DISAPPROVE into ACCUSE and DEMAND into REQUEST; the gold-coded sentences
//    (plover-gsr-dev) still use DISAPPROVE and DEMAND, so both finer types are kept: ACCUSE for accusations
//    and allegations, DISAPPROVE for criticism, DEMAND for demands and insistence, REQUEST for asking.

export type TriggerPos = 'verb' | 'noun' | 'adj';

export interface TriggerRule {
  type: string;
  pos: TriggerPos;
  /** Regex source matched case-insensitively at word boundaries. */
  pattern: string;
}

const verb = (type: string, ...patterns: string[]): TriggerRule[] => patterns.map((pattern) => ({ type, pos: 'verb', pattern }));
const noun = (type: string, ...patterns: string[]): TriggerRule[] => patterns.map((pattern) => ({ type, pos: 'noun', pattern }));
const adj = (type: string, ...patterns: string[]): TriggerRule[] => patterns.map((pattern) => ({ type, pos: 'adj', pattern }));

export const TRIGGERS: TriggerRule[] = [
  // Labour and hunger strikes are protests; air or missile strikes are assaults (listed first: ties keep order).
  ...noun('PROTEST', '(?<=(?:\\ba|\\ban|\\bthe|general|hunger|-day|-hour|open-ended|national|nationwide|labou?r|workers\'?|teachers\'?)\\s)strikes?', 'walk-?outs?', 'sit-ins?', 'petitions?'),
  ...verb('PROTEST', 'riot(?:s|ed|ing)?', 'went\\s+on\\s+strike', 'stag(?:e|es|ed|ing)(?=\\s+(?:\\S+\\s+){0,3}(?:protests?|demonstrations?|rall(?:y|ies)|strikes?|sit-ins?|marches))',
    '(?:stopp(?:ed)?|shunn(?:ed)?|stop|shun)\\s+work', 'walk(?:ed)?\\s+out', 'block(?:s|ed)?(?=\\s+(?:\\S+\\s+){0,2}(?:roads?|highways?|streets?|traffic|transport|railways?|bridges?))', 'picket(?:s|ed)?',
    'collect(?:ed|ing)?\\s+signatures'),
  // Lodging a protest with a government is diplomatic disapproval, not a street protest.
  ...verb('DISAPPROVE', '(?:lodg|fil)(?:e|es|ed)\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:protest|complaint)', 'protested', 'su(?:e|es|ed|ing)(?=\\s+(?:the\\s+)?[A-Z])', 'censur(?:e|es|ed|ing)'),
  ...verb('INVESTIGATE', 'investigat(?:e|es|ed|ing)', 'prob(?:e|es|ed|ing)(?=\\s+(?:the|into|a|an)\\b)', 'inquir(?:e|es|ed)\\s+into'),
  ...noun('INVESTIGATE', 'investigations?', 'inquiry', 'probe'),
  ...verb('CONCEDE', 'conced(?:e|es|ed|ing)', 'yield(?:s|ed)?(?=\\s+to\\b)', 'back(?:s|ed)?\\s+down', 'call(?:s|ed)?\\s+off', 'relax(?:es|ed)?', 'shorten(?:s|ed)?', 'eas(?:e|es|ed)(?=\\s+(?:\\S+\\s+){0,3}(?:restrictions|curfew|controls|rules|ban|emergency))',
    'lift(?:s|ed)?(?=\\s+(?:\\S+\\s+){0,3}(?:curfew|emergency|ban|restrictions|martial\\s+law|controls))', 'allow(?:s|ed)?(?=\\s+(?:\\S+\\s+){0,4}to\\b)', 'decided\\s+to\\s+allow', 'approv(?:e|es|ed)(?=\\s+(?:an?|the)\\b)'),
  ...verb('FIGHT', 'open(?:s|ed)?\\s+fire', 'fired', 'clash(?:es|ed)?', 'fought', 'exchang(?:e|ed)\\s+fire'),
  ...noun('FIGHT', 'fighting', 'clashes', 'battles?'),
  ...verb('REJECT', 'oppos(?:e|es|ed)', 'reneg(?:e|es|ed)', 'violat(?:e|es|ed)', 'defi(?:es|ed)', 'defy'),
  ...verb('SANCTION', 'cancel(?:s|led|ed)?(?=\\s+(?:\\S+\\s+){0,2}(?:visit|trip|talks|meeting|summit|contracts?|agreement))', 'forced\\s+(?:\\S+\\s+){1,4}out', 'reduc(?:e|es|ed)(?=\\s+(?:\\S+\\s+){0,2}(?:supplies|aid|assistance|ties|relations))',
    'break\\s+off', 'broke\\s+off', 'downgrad(?:e|es|ed)', 'boycott(?:s|ed)?(?=\\s+(?:all\\s+)?(?:official\\s+)?contacts?)'),
  ...verb('COERCE', 'hack(?:s|ed)?(?:\\s+into)?', 'set\\s+fire', 'torch(?:es|ed)', 'blew\\s+up', 'blow\\s+up', 'defac(?:e|es|ed)', 'prevent(?:s|ed)?', 'reimpos(?:e|es|ed)', 'impos(?:e|es|ed)(?=\\s+(?:\\S+\\s+){0,2}(?:curfew|ban|blockade|restrictions|martial))',
    'tighten(?:s|ed)?(?=\\s+(?:\\S+\\s+){0,2}(?:blockade|restrictions|controls|siege))', 'institut(?:e|es|ed)(?=\\s+(?:an?\\s+)?curfew)', 'besieg(?:e|es|ed)', 'expropriat(?:e|es|ed)'),
  ...noun('COERCE', 'blockades', 'curfew', 'crackdown'),
  ...verb('SUPPORT', '(?:establish|restor|upgrad|resum|normali[sz])(?:e|es|ed|ing)?\\s+(?:full\\s+)?(?:their\\s+|its\\s+)?(?:diplomatic\\s+)?(?:ties|relations)', 'upgrad(?:e|es|ed)', 'forgiv(?:e|es|en)', 'forgave', 'defend(?:s|ed)?(?=\\s+(?:\\S+\\s+){0,3}against)', 'congratulat(?:e|es|ed)', 'thank(?:s|ed)?'),
  ...verb('RETREAT', 'resign(?:s|ed)?', 'step(?:s|ped)?\\s+down', 'demobili[sz](?:e|es|ed)', 'paid\\s+compensation', 'pay\\s+compensation', 'return(?:s|ed)?(?=\\s+(?:\\S+\\s+){0,4}(?:weapons|property|land|territory|prisoners|bodies|refugees|equipment))',
    'hand(?:s|ed)?\\s+over', 'free[sd]?(?=\\s+(?:\\S+\\s+){0,3}(?:prisoners?|hostages?|detainees?))'),
  ...verb('MOBILIZE', 'order(?:s|ed)?\\s+(?:\\S+\\s+)?(?:patrols|troops|reinforcements)', 'sen[dt](?:s)?\\s+(?:\\S+\\s+){0,3}(?:troops|soldiers|warships|forces|police)'),
  ...noun('MOBILIZE', 'patrols'),
  ...verb('AID', 'gave', 'giv(?:e|es|en)', 'provid(?:e|es|ed|ing)', 'donat(?:e|es|ed)', 'contribut(?:e|es|ed)', 'sen[dt](?:s)?(?=\\s+(?:\\S+\\s+){0,3}(?:material|food|medicine|supplies|aid|equipment|money|funds))'),
  ...noun('AID', 'grants?'),
  ...verb('CONSULT', 'arriv(?:e|es|ed)(?=\\s+in\\s+[A-Z])', 'receiv(?:e|es|ed)(?=\\s+(?:\\S+\\s+){0,3}(?:delegation|envoy|minister|president|mission))'),
  ...noun('CONSULT', 'mediation', 'meetings?', 'summit', 'visit'),
  ...verb('ACCUSE', 'accus(?:e|es|ed|ing)', 'alleg(?:e|es|ed|ing)', 'blam(?:e|es|ed|ing)'),
  ...noun('ACCUSE', 'accusations?', 'allegations?'),
  ...verb('DISAPPROVE', 'critici[sz](?:e|es|ed|ing)', 'condemn(?:s|ed|ing)?', 'denounc(?:e|es|ed|ing)', 'deplor(?:e|es|ed|ing)',
    'objected', 'objects\\s+to', 'complain(?:s|ed|ing)?', 'protest(?:s|ed)(?=\\s+(?:against|to|over|at))', 'slamm?(?:s|ed)?', 'lambast(?:s|ed)?',
    'rebuk(?:e|es|ed)', 'castigat(?:e|es|ed)', 'regrett?(?:s|ed)?'),
  ...noun('DISAPPROVE', 'criticism', 'condemnation'),
  ...adj('DISAPPROVE', 'unacceptable'),
  ...verb('REJECT', 'reject(?:s|ed|ing)?', 'refus(?:e|es|ed|ing)', 'den(?:y|ies|ied|ying)', 'dismiss(?:es|ed|ing)?', 'declin(?:e|es|ed)(?=\\s+to\\b)',
    'veto(?:es|ed)?', 'rebuff(?:s|ed)?', 'turn(?:s|ed)?\\s+down', 'ignor(?:e|es|ed|ing)', 'refut(?:e|es|ed)'),
  ...noun('REJECT', 'refusal', 'denial', 'rejection'),
  ...adj('REJECT', 'untenable'),
  ...verb('DEMAND', 'demand(?:s|ed|ing)?', 'insist(?:s|ed|ing)?', 'call(?:s|ed|ing)?\\s+(?:on|upon|for)', 'urg(?:e|es|ed|ing)',
    'expect(?:s|ed|ing)?(?=\\s+(?:\\S+\\s+){1,5}to\\b)', 'press(?:es|ed)?\\s+for'),
  ...noun('DEMAND', 'demands?', 'ultimatum'),
  ...verb('REQUEST', 'ask(?:s|ed|ing)?', 'request(?:s|ed|ing)?', 'appeal(?:s|ed|ing)?'),
  ...noun('REQUEST', 'request'),
  ...verb('THREATEN', 'threat(?:en|ens|ened|ening)', 'warn(?:s|ed|ing)?', 'retaliat(?:e|es|ed|ing)',
    'forced\\s+to\\s+respond', 'respond(?=[^.;]{0,40}\\b(?:military|military-technical|retaliatory)\\s+measures)'),
  ...noun('THREATEN', 'threats?', 'countermeasures'),
  ...verb('AGREE', 'agree(?:s|d|ing)?', 'accept(?:s|ed|ing)?', 'promis(?:e|es|ed|ing)', 'pledg(?:e|es|ed|ing)', 'offer(?:s|ed|ing)?',
    'propos(?:e|es|ed|ing)', 'invit(?:e|es|ed|ing)', 'vow(?:s|ed)?', 'commit(?:s|ted)?\\s+to',
    'reach(?:es|ed|ing)?\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?(?:consensus|agreement|deal|accord|understanding|compromise)'),
  ...noun('AGREE', 'proposals?', 'offer', 'invitation'),
  ...verb('CONSULT', 'meet(?:s|ing)?', 'met', 'negotiat(?:e|es|ed)', 'negotiating(?=\\s+(?:with|on|over|for))', 'consult(?:s|ed|ing)?', 'visit(?:s|ed|ing)?', 'host(?:s|ed)(?!\\s+of)',
    'mediat(?:e|es|ed|ing)', 'talk(?:s|ed)?\\s+(?:to|with)', 'held\\s+talks'),
  ...noun('CONSULT', 'talks', 'negotiations', 'dialogue', 'consultations'),
  ...verb('COOPERATE', 'cooperat(?:e|es|ed|ing)', 'collaborat(?:e|es|ed|ing)', 'extradit(?:e|es|ed)', 'shar(?:e|es|ed|ing)\\s+(?:intelligence|information|evidence)'),
  ...noun('COOPERATE', 'cooperation'),
  ...verb('SUPPORT', 'support(?:s|ed|ing)?', 'back(?:s|ed|ing)', 'prais(?:e|es|ed|ing)', 'endors(?:e|es|ed|ing)', 'welcom(?:e|es|ed|ing)',
    'recogni[sz](?:e|es|ed)', 'apologi[sz](?:e|es|ed)', 'signed'),
  ...verb('AID', 'aid(?:s|ed)?', 'assist(?:s|ed)?', 'supplie[sd]', 'suppl(?:y|ying)', 'deliver(?:s|ed|ing)?', 'grant(?:s|ed)?\\s+asylum',
    'evacuat(?:e|es|ed)'),
  ...noun('AID', 'aid', 'assistance', 'supply', 'supplies', 'deliveries', 'asylum'),
  ...verb('RETREAT', 'withdr(?:aw|aws|awing|awn|ew)', 'pull(?:s|ed)?\\s+(?:out|back)', 'releas(?:e|es|ed|ing)(?=\\s+(?:\\S+\\s+){0,3}(?:prisoners?|hostages?|detainees?|captives?|him|her|them|soldiers|sailors|crew|journalists?|activists?))', 'de-?escalat(?:e|es|ed|ing)',
    'recall(?:s|ed|ing)?(?=\\s+(?:\\w+\\s+){0,3}(?:ambassadors?|envoys?|troops|advisers|advisors|forces|diplomats|staff|instructors))', 'eas(?:e|es|ed)', 'lift(?:s|ed)?', 'disarm(?:s|ed)?', 'abandon(?:s|ed|ing)?', 'refrain(?:s|ed|ing)?'),
  ...noun('RETREAT', 'withdrawal', 'de-?escalation', 'pullout', 'release'),
  ...verb('SANCTION', 'sanction(?:s|ed)', 'expel(?:s|led|ling)?', 'sever(?:s|ed)', 'cut\\s+(?:off\\s+)?ties', 'suspend(?:s|ed)?', 'halt(?:s|ed)?',
    'impos(?:e|es|ed|ing)(?=\\s+(?:\\w+\\s+)?sanctions)', 'reduc(?:e|es|ed|ing)(?=\\s+the\\s+staff)'),
  ...noun('SANCTION', 'sanctions', 'expulsion', 'embargo'),
  ...verb('MOBILIZE', 'mobili[sz](?:e|es|ed|ing)', 'deploy(?:s|ed|ing)?', 'mass(?:es|ed)?(?=\\s+troops)', 'reinforc(?:e|es|ed)(?=\\s+(?:\\S+\\s+){0,2}(?:troops|forces|positions|units|garrisons?|border))'),
  ...noun('MOBILIZE', 'mobili[sz]ation', 'deployment', 'build-?up', 'military\\s+(?:exercises|drills)', 'exercises', 'drills'),
  ...verb('ASSAULT', 'invad(?:e|es|ed|ing)', 'attack(?:s|ed|ing)?', 'bomb(?:s|ed|ing)?', 'shell(?:s|ed|ing)', 'kill(?:s|ed|ing)?',
    'shot', 'shoot(?:s|ing)?', 'strik(?:e|es)', 'struck', 'assassinat(?:e|es|ed)', 'massacr(?:e|es|ed)', 'abduct(?:s|ed)?', 'kidnapp?(?:s|ed)?'),
  ...noun('ASSAULT', 'invasion', 'attacks?', 'air\\s?strikes?', 'bombing', 'shelling', 'aggression', 'war'),
  ...verb('COERCE', 'seiz(?:e|es|ed|ing)', 'occup(?:y|ies|ied|ying)', 'annex(?:es|ed)?', 'captur(?:e|es|ed)', 'confiscat(?:e|es|ed)',
    'arrest(?:s|ed)?', 'detain(?:s|ed)?', 'deport(?:s|ed)?', 'ban(?:s|ned)?', 'block(?:s|ed)?', 'blockad(?:e|es|ed)', 'outlaw(?:s|ed)?',
    'demolish(?:es|ed)?', 'destroy(?:s|ed)?'),
  ...noun('COERCE', 'occupation', 'annexation', 'seizure', 'arrests?', 'blockade'),
  ...verb('PROTEST', 'demonstrat(?:e|ed)(?=\\s+(?:against|in|outside|near))', 'rall(?:y|ied)(?=\\s+(?:against|in|outside))', 'boycott(?:s|ed)?',
    'march(?:ed)?(?=\\s+(?:against|through|on|in))'),
  ...noun('PROTEST', 'protests?', 'protesters', 'demonstrations?', 'demonstrators', 'rally', 'rallies', 'hunger\\s+strike', 'riots?'),
];

/** Words that put what follows under negation. */
export const NEGATORS = /\b(?:not|no|never|n't|without|neither|nor|cannot|none)\b|n't\b/i;

/** Verbs whose complement is not asserted: "refused to meet", "denied ... an invasion". */
export const NEGATING_VERBS = /\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed)|den(?:y|ies|ied|ying)|reject(?:s|ed)?|refut(?:e|es|ed)|no\s+plans?|no\s+intention|(?:in\s+the\s+)?absence\s+of)\b/i;

/** Impersonal obligation: what follows is demanded of someone ("it is necessary to force Kiev to ..."). */
export const OBLIGATION = /\b(?:it\s+is\s+necessary\s+to|necessary\s+to|must|should|ought\s+to|has\s+to|have\s+to|needs?\s+to)\b/i;

export const CONDITIONAL = /\b(?:if|unless|in\s+case|in\s+the\s+absence\s+of|otherwise|provided\s+that|forced\s+to)\b/i;
export const POSSIBLE = /\b(?:may|might|could|likely|possibly|perhaps|probably|allegedly|reportedly|apparently|potential(?:ly)?|it\s+is\s+possible)\b/i;
export const INTENDED = /\b(?:will|would|shall|plans?\s+to|planning|planned|intends?\s+to|intention|ready\s+to|prepared\s+to|willing\s+to|going\s+to|aims?\s+to|seeks?\s+to|wants?\s+to|is\s+to|are\s+to|promis(?:e|es|ed)\s+to|propos(?:e|es|ed)\s+to|offer(?:s|ed)?\s+to|preparing)\b|'ll\b/i;

/** Words naming diplomats: expelling one of them is SANCTION (reduce relations), others COERCE. */
export const DIPLOMATS = /\b(?:ambassador|diplomat|diplomats|diplomatic|envoy|attach[eé]|consul|embassy|chargé)\b/i;

/** Action nouns whose possessive names who undergoes the action ("Gorman's expulsion"), not who acts. */
export const PATIENT_NOUNS = /^(?:expulsion|arrests?|release|detention|extradition|withdrawal|deportation)$/i;

/** Triggers that govern an embedded action and how they colour it: "calls on X to withdraw" (demanded),
 *  "invited X to start a dialogue" (intended), "accused X of aggression" (possible: alleged, not asserted). */
export const GOVERNING: Record<string, 'demanded' | 'intended' | 'possible'> = {
  DEMAND: 'demanded', REQUEST: 'demanded', AGREE: 'intended', THREATEN: 'intended', ACCUSE: 'possible',
};

/** Framing right before an action that makes it a stated intention: "is willing to withdraw", "will boycott". */
export const WILLING = /\b(?:willing|ready|prepared|promis(?:e|es|ed)|offer(?:s|ed)?|pledg(?:e|es|ed)|agree(?:s|d)?|vow(?:s|ed)?)\s+to\s+(?:\S+\s+)?$/i;
export const FUTURE_MODAL = /\b(?:will|would|shall|'ll|to\s+be\s+ready\s+to)\s+(?:\S+\s+)?$/i;
export const FUTURE_NEGATED = /\b(?:will|would|shall)\s+(?:not|no\s+longer|never)\s+(?:\S+\s+)?$|\bwon't\s+(?:\S+\s+)?$/i;

/** Action types that, announced for the future, are a threat; the cooperative ones are an offer (AGREE). */
export const HOSTILE_TYPES = new Set(['PROTEST', 'SANCTION', 'COERCE', 'ASSAULT', 'FIGHT', 'MOBILIZE']);
export const COOPERATIVE_TYPES = new Set(['RETREAT', 'AID', 'CONSULT', 'COOPERATE', 'SUPPORT', 'CONCEDE', 'AGREE']);

/** Violence by armed forces is FIGHT (conventional force); by others, ASSAULT. */
export const ARMED_FORCES = /\b(?:army|armed\s+forces|military|troops|soldiers|forces|aircraft|warplanes|jets|helicopters?|gunships|tanks|artillery|navy|warships|police|marines|paratroopers)\b/i;
