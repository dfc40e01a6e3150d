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
    'propos(?:e|es|ed|ing)', 'invit(?:e|es|ed|ing)', 'vow(?:s|ed)?', 'commit(?:s|ted)?\\s+to'),
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
