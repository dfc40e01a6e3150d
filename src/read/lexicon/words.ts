// Closed word lists shared by the actor and quote finders.

/** Words that head a role or title ("Foreign Minister", "Director General", "press secretary"). */
export const ROLE_HEADS = new Set([
  'minister', 'president', 'premier', 'ambassador', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson',
  'director', 'chairman', 'chairwoman', 'chair', 'head', 'chief', 'general', 'senator', 'governor', 'mayor',
  'deputy', 'representative', 'envoy', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'patriarch',
  'commander', 'admiral', 'colonel', 'lieutenant', 'sergeant', 'captain', 'major', 'professor', 'analyst',
  'expert', 'leader', 'speaker', 'adviser', 'advisor', 'counselor', 'counsellor', 'vice', 'undersecretary',
  'assistant', 'attaché', 'attache', 'consul', 'judge', 'justice', 'congressman', 'congresswoman', 'lawmaker',
  'mp', 'diplomat', 'official', 'officer', 'researcher', 'scientist', 'scholar', 'economist', 'journalist',
  'correspondent', 'editor', 'founder', 'ceo', 'executive', 'member', 'emir', 'sheikh', 'ayatollah',
  'prosecutor', 'attorney', 'marshal', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'dame', 'first',
  'foreign', 'defense', 'defence', 'prime', 'state', 'press', 'permanent', 'acting', 'former', 'senior',
]);

/** Role nouns that mark a diplomat, for "the diplomat" coreference. */
export const DIPLOMAT_ROLE = /\b(?:ambassador|envoy|diplomat|consul|attach[eé]|foreign minister|minister of foreign affairs|secretary of state|foreign secretary|permanent representative|chargé d'affaires)\b/i;
/** Role nouns that mark an expert or analyst, for "the expert" coreference. */
export const EXPERT_ROLE = /\b(?:expert|analyst|director|researcher|professor|scholar|scientist|economist|political scientist|head of|fellow|council|institute|university|centre|center|academy|club)\b/i;

/** Capitalised words that are never part of a person's name. */
export const NOT_NAME = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'In', 'On', 'At', 'By', 'For', 'From', 'To', 'With', 'Of',
  'And', 'But', 'Or', 'If', 'As', 'So', 'Since', 'While', 'When', 'Where', 'After', 'Before', 'Although',
  'Though', 'However', 'Thus', 'Also', 'According', 'Among', 'Earlier', 'Later', 'Meanwhile', 'Recall',
  'Speaking', 'Commenting', 'Photo', 'Video', 'Source', 'Home', 'Leave', 'Comment', 'Comments', 'You', 'We',
  'They', 'He', 'She', 'It', 'I', 'Our', 'Their', 'His', 'Her', 'Its', 'My', 'Your', 'There', 'Here', 'What',
  'Why', 'How', 'Who', 'Which', 'No', 'Not', 'None', 'All', 'Any', 'Some', 'Each', 'Every', 'Many', 'Most',
  'Both', 'Such', 'Other', 'Another', 'Incoming', 'Along', 'Thus', 'Monday', 'Tuesday', 'Wednesday', 'Thursday',
  'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December', 'Western', 'Eastern', 'Northern', 'Southern', 'Central',
  'European', 'Soviet', 'Atlantic', 'North', 'South', 'East', 'West', 'Islamic', 'Christian', 'Muslim',
  'Orthodox', 'Catholic', 'Federal', 'National', 'International', 'State', 'Republic', 'Kingdom', 'Federation',
  'Affairs', 'Foreign', 'Defense', 'Defence', 'Security', 'Strategic', 'Offensive', 'Nuclear', 'Armed', 'Forces',
  'Read', 'More', 'Share', 'Subscribe', 'Follow', 'Tags', 'Related', 'Advertisement', 'Update', 'Updated',
  'Breaking', 'News', 'Live', 'Exclusive', 'Opinion', 'Analysis', 'Even', 'Yet', 'Still', 'Only', 'Just',
  'Deputy', 'General', 'Group', 'Contact', 'Normandy', 'Package', 'Invasion', 'Crimeans', 'Diplomats',
]);

/** Reporting verbs (any inflection is matched by stem in the quote finder). */
export const CUE_VERBS = [
  'said', 'says', 'say', 'stressed', 'stresses', 'noted', 'notes', 'recalled', 'recalls', 'insisted', 'insists',
  'emphasized', 'emphasizes', 'emphasised', 'emphasises', 'clarified', 'clarifies', 'explained', 'explains',
  'concluded', 'concludes', 'stated', 'states', 'objected', 'objects', 'suggested', 'suggests', 'warned',
  'warns', 'added', 'adds', 'told', 'tells', 'declared', 'declares', 'announced', 'announces', 'argued',
  'argues', 'claimed', 'claims', 'asserted', 'asserts', 'believes', 'believed', 'thinks', 'thought', 'wrote',
  'writes', 'replied', 'replies', 'answered', 'answers', 'responded', 'responds', 'underlined', 'underlines',
  'underscored', 'underscores', 'admitted', 'admits', 'acknowledged', 'acknowledges', 'confirmed', 'confirms',
  'denied', 'denies', 'remarked', 'remarks', 'commented', 'comments', 'observed', 'observes', 'continued',
  'continues', 'reiterated', 'reiterates', 'maintained', 'maintains', 'complained', 'complains', 'cautioned',
  'cautions', 'mentioned', 'mentions', 'reported', 'reports', 'indicated', 'indicates', 'specified',
  'specifies', 'assured', 'assures', 'promised', 'promises', 'predicted', 'predicts', 'proposed', 'proposes',
  'considers', 'considered', 'expects', 'expected', 'asked', 'asks', 'pointed out', 'points out',
  'assumed', 'assumes', 'recognized', 'recognised', 'agreed', 'agrees', 'hoped', 'hopes', 'feared', 'fears',
  'estimated', 'estimates', 'accused', 'accuses', 'alleged', 'alleges', 'summed up', 'summarized',
  'summarised', 'affirmed', 'affirms', 'contended', 'contends', 'specified', 'conceded', 'concedes',
  'recounted', 'exclaimed', 'shared', 'quipped', 'retorted', 'countered', 'urged', 'urges', 'demanded',
];

/** Cue verbs that take a reported clause with "that" and so mark indirect speech. */
export const CUE_VERB_SET = new Set(CUE_VERBS);

/** Adverbs and auxiliaries that may stand between a source and its cue ("the ministry also noted"). */
export const CUE_FILLERS = /^(?:also|again|once again|further|furthermore|then|later|earlier|previously|repeatedly|separately|additionally|in turn|has|have|had|has also|have also|had also|later|has repeatedly|once|then)$/;
