// Line rules that recognise page chrome in scraped text. Each rule looks at one line's own features
// (leading cue words, length, punctuation, shape) so that body sentences, which are long and end in
// punctuation, are left alone.
import { dateLine } from './text-dates.js';

export type ChromeReason =
  | 'breadcrumb'
  | 'byline'
  | 'photo credit'
  | 'copyright'
  | 'related links'
  | 'promo'
  | 'link list'
  | 'comments'
  | 'share'
  | 'subscribe'
  | 'follow'
  | 'cookie notice'
  | 'tags'
  | 'quote credit'
  | 'date line'
  | 'advertisement'
  | 'navigation';

/** True for the characters JavaScript's `\s` matches. */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Runs of non-space characters (what `/\S+/g` matches), counted without building the list: every line is asked. */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceCode(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Ends like a sentence (., !, ?, …, possibly inside closing quotes or brackets). */
export function endsLikeSentence(s: string): boolean {
  return /[.!?…]["'”’»)\]]*$/.test(s.trim());
}

const CRUMB_SEP = /\s*(?:»|›|>|→|>>|\/|\||::)\s*/;
const HOME = /^(?:home|homepage|main|start|front page|главная|startseite|accueil|inicio|home page)\s*(?:»|›|>|→|>>|\/|\||::)\s*\S/i;

export function isBreadcrumb(t: string): boolean {
  if (t.length > 200) return false;
  if (HOME.test(t)) return true;
  if (!/[»›→>]/.test(t)) return false;
  const parts = t.split(/\s*(?:»|›|→|>>?)\s*/);
  return parts.length >= 3 && parts.every((p) => p.length > 0 && wordCount(p) <= 6) && !endsLikeSentence(t) && wordCount(t) <= 20;
}

/** The last part of a breadcrumb: usually the article's headline. */
export function breadcrumbLeaf(t: string): string {
  const parts = t.split(CRUMB_SEP).map((p) => p.trim()).filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

const PARTICLE = /^(?:de|da|di|du|del|della|der|den|van|von|bin|ibn|al|el|la|le|ter|zu|dos|das|y)$/i;
const NOT_A_NAME = /^(?:the|a|an|now|then|contrast|comparison|far|default|way|law|day|night|noon|hand|car|train|plane|email|phone|force|accident|chance|design|mistake|all|far|then|this|that|these|those|it|its|which|whom|mid|early|late|end)$/i;

/** "alex", "John Smith", "Maria de la Cruz", "J. R. Doe": a name or handle, not a phrase. */
function looksLikeName(s: string): boolean {
  const tokens = s.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 5) return false;
  if (tokens.length === 1) {
    const tok = tokens[0] ?? '';
    return /^@?[\p{L}\d][\p{L}\d_.'’-]{1,30}$/u.test(tok) && !NOT_A_NAME.test(tok);
  }
  if (NOT_A_NAME.test(tokens[0] ?? '') || PARTICLE.test(tokens[0] ?? '')) return false;
  return tokens.every((tok) => /^\p{Lu}[\p{L}'’.-]*$/u.test(tok) || PARTICLE.test(tok));
}

// "By" in the languages news is scraped in most: von, par, por, door, av, af.
const BY = /^(?:(?:written|posted|reported|published|story|text|words|photos?)\s+)?(?:by|von|par|por|door|av|af)\s+(.+)$/i;
const AUTHOR_LABEL = /^(?:author|authors|autor|autorin|auteur|автор|авторы|writer|reporter|posted by)\s*:\s*\S/i;
const REPORTING_BY = /^(?:additional\s+)?(?:reporting|editing|writing|compiled|produced|translated)\s+by\b/i;

export function isByline(t: string): boolean {
  // Length checks first: most lines are body paragraphs far longer than any byline.
  if (t.length > 300 || !/^(?:\p{L}+\s+)?(?:by|von|par|por|door|av|af)\s|^(?:author|authors|autor|autorin|auteur|автор|авторы|writer|reporter|posted by)\s*:|^(?:additional\s+)?\p{L}+\s+by\b/iu.test(t)) return false;
  const words = wordCount(t);
  if (AUTHOR_LABEL.test(t)) return words <= 12;
  if (REPORTING_BY.test(t)) return words <= 30;
  const m = BY.exec(t);
  if (!m?.[1] || words > 16) return false;
  // The name runs up to a trailer: ", Outlet", " | date", " - date", " on <date>", " and <name>".
  const names = m[1].split(/\s*(?:,|\||·|•|\s[-–—]\s|\s+on\s+|\s+and\s+|&)\s*/i);
  const first = names[0] ?? '';
  if (!looksLikeName(first)) return false;
  if (endsLikeSentence(t) && !/\b\p{Lu}\.$/u.test(t)) return names.length > 1 && wordCount(first) >= 2;
  return true;
}

const CREDIT_CUE = /^(?:photos?|photograph|image|images|picture|pic|illustration|illustrations|video|graphic|graphics|credit|credits|photo credit|image credit|image source|source|фото|фотография|иллюстрация|foto|bild|quelle)\s*(?::|©|\/|by\b|credit\b)/i;
const AGENCY = /\b(?:getty images|shutterstock|ap photo|afp photo|afp via getty|epa-efe|alamy|istock(?:photo)?|depositphotos|unsplash|wikimedia commons|pool photo)\b/i;
const NAME_SLASH_AGENCY = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*\/\s*\p{Lu}[\p{L}\d.&' -]{1,40}$/u;

export function isPhotoCredit(t: string): boolean {
  if (t.length > 250) return false;
  const words = wordCount(t);
  if (words > 25) return false;
  if (CREDIT_CUE.test(t)) return true;
  if (endsLikeSentence(t) && words > 8) return false;
  if (AGENCY.test(t)) return true;
  return NAME_SLASH_AGENCY.test(t) && words <= 8;
}

export function isCopyright(t: string): boolean {
  return /^(?:©|\(c\)|copyright\b|all rights reserved)/i.test(t) && wordCount(t) <= 30;
}

const RELATED_HEADER = new RegExp(
  '^(?:you (?:may|might|will) (?:also )?(?:like|love|enjoy|be interested in)|read (?:also|more|next|further)|also read|see also|' +
    'more (?:stories|news|articles|from [\\p{L} ]+|on this( story| topic)?|like this|to read|in [\\p{L} ]+)|related(?: (?:articles?|stories|news|posts|content|topics|coverage|reading|links))?|' +
    'recommended(?: for you| stories| reading| articles)?|most (?:read|popular|viewed|shared|commented)|popular(?: now| stories| posts)?|' +
    'trending(?: now| stories)?|latest(?: news| stories| articles| posts)?|top stories|editor[’\']?s picks|what to read next|' +
    "don[’']t miss|continue reading|recent posts|other news|news feed|читайте также|см\\. также|смотрите также|другие новости|" +
    'по теме|lesen sie auch|mehr zum thema|das könnte sie auch interessieren|à lire aussi|lire aussi|sur le même sujet|' +
    'leer también|te puede interesar)\\s*[:.!…]*$',
  'iu',
);
const RELATED_PREFIX = /^(?:read (?:also|more|next)|also read|see also|related|recommended|watch|listen|more|читайте также|по теме|lesen sie auch|lire aussi|leer también)\s*[:\-–—|»]\s*\S/iu;
const ALSO_ON = /^also on\s+(?:[\p{L}\d-]+\.)+\p{L}{2,}\b/iu;

export function isRelatedHeader(t: string): boolean {
  return RELATED_HEADER.test(t);
}

export function isPromo(t: string): boolean {
  if (ALSO_ON.test(t)) return true;
  return RELATED_PREFIX.test(t) && wordCount(t) <= 30;
}

const COMMENTS = /^(?:leave a (?:comment|reply)|post a comment|add (?:a |your )?comment|write a comment|comments?|\d+ comments?|comments? \(\d+\)|show comments|view comments|load comments|hide comments|join the (?:discussion|conversation)|discussion|reply|комментарии|\d+ комментари\p{L}*|kommentare|commentaires|comentarios)\s*[:.]?$/iu;
const COMMENT_FORM = /^(?:you must be logged in to (?:post|leave) a comment|your email address will not be published|required fields are marked|save my name, email|cancel reply|this site uses akismet)/i;

export function isComments(t: string): boolean {
  return COMMENTS.test(t) || COMMENT_FORM.test(t);
}

const SOCIAL = '(?:facebook|twitter|x|linkedin|whatsapp|telegram|vk|vkontakte|reddit|pinterest|email|e-mail|mail|print|copy link|messenger|viber|odnoklassniki|ok|threads|bluesky|mastodon|instagram|youtube|tiktok|flipboard|tumblr|pocket|rss|line|wechat|weibo|xing)';
const SOCIAL_ONLY = new RegExp(`^(?:${SOCIAL}[\\s,|·•/]*){2,}$`, 'i');
const SHARE = new RegExp(`^(?:share|shares|tweet|pin it|email this|print this|send|copy link|поделиться|teilen|partager|compartir)(?:\\s+(?:this|it|the|article|story|post|page|on|via|to|with|link|now|news))*(?:\\s*[:,]?\\s*${SOCIAL}(?:[\\s,|·•/]+${SOCIAL})*)?\\s*[:!]?$`, 'i');

export function isShare(t: string): boolean {
  return SOCIAL_ONLY.test(t) || SHARE.test(t);
}

export function isSubscribe(t: string): boolean {
  if (t.length > 250) return false;
  return (
    wordCount(t) <= 30 &&
    /^(?:subscribe|sign up|get (?:our|the) (?:\p{L}+ )?(?:newsletter|briefing|digest)|join our (?:newsletter|mailing list|channel)|newsletter|подпис\p{L}+|abonnieren|abonnez-vous|suscríbete)\b/iu.test(t) &&
    /subscri|newsletter|inbox|updates|channel|mailing|email|подпис|abonn|suscr/iu.test(t)
  );
}

export function isFollow(t: string): boolean {
  return /^(?:follow (?:us|me|@?[\p{L}\d_.]+(?: [\p{L}\d_.]+){0,3}) on\b|follow us\b|follow @|like us on|find us on|connect with us|join us on|stay connected|мы в (?:telegram|соцсетях)|folgen sie uns)/iu.test(t) && wordCount(t) <= 20;
}

const COOKIE_BUTTON = /^(?:accept(?: all)?(?: cookies)?|reject(?: all)?(?: cookies)?|i agree|i accept|agree|got it|ok,? got it|ok|manage (?:preferences|cookies|settings|options)|cookie (?:settings|preferences|policy)|allow (?:all|cookies)|decline)\s*[!.]?$/i;

export function isCookieNotice(t: string): boolean {
  if (COOKIE_BUTTON.test(t)) return true;
  return /\bcookies?\b/i.test(t) &&
    /\b(?:we use|this (?:web)?site uses|uses cookies|use of cookies|accept|consent|agree|privacy|preferences|personali[sz]e|browsing experience|continuing to (?:use|browse))\b/i.test(t) &&
    wordCount(t) <= 80;
}

export function isTags(t: string): boolean {
  return /^(?:tags?|topics?|filed under|categories|category|keywords|темы|теги|метки|schlagworte|mots-clés)\s*:\s*\S/iu.test(t) && wordCount(t) <= 40;
}

const ROLE = /^(?:director|deputy|head|chief|president|vice|minister|secretary|spokes(?:man|woman|person)|ambassador|chair(?:man|woman)?|professor|senior|former|leader|member|founder|co-founder|ceo|editor|analyst|expert|researcher|fellow|governor|mayor|senator|general|commander|press|adviser|advisor|political|economist|lawyer|journalist|author|official|representative|coordinator|manager|executive|partner|associate|assistant|lecturer|doctor|dr)\b/i;

/**
 * A quote credit whose name and title were glued when the page was scraped ("Andrey KortunovDirector General
 * of RIAC"): a short, unpunctuated line whose second capitalised word runs straight into a role word.
 */
export function isGluedCredit(t: string): boolean {
  if (t.length > 160 || wordCount(t) > 16 || endsLikeSentence(t)) return false;
  const m = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’.-]*){0,3}?)\s*(\p{Lu}[\p{Ll}'’-]*\p{Ll}{2})(\p{Lu}[\p{L}-]*)/u.exec(t);
  if (!m?.[3]) return false;
  const rest = t.slice((m.index ?? 0) + m[0].length - m[3].length);
  return ROLE.test(rest) || /^\p{Lu}[\p{L}-]*\s+of\s+/u.test(rest);
}

export function isAdvertisement(t: string): boolean {
  return /^(?:advertisement|advertising|sponsored(?: content| post)?|story continues below(?: advertisement)?|scroll to continue(?: with content)?|continue reading below|ad|реклама|anzeige|publicité)\s*$/i.test(t);
}

export function isNavigation(t: string): boolean {
  return /^(?:skip to (?:main )?content|skip navigation|menu|main menu|search|log ?in|sign ?in|register|home|back to top|next article|previous article|next post|previous post|close|toggle navigation|open menu)$/i.test(t);
}

// Words a line that is only a date may hold: month and weekday names, the labels and fillers the date-line
// rule accepts, ordinal suffixes, range words. Time-zone codes (upper case) and single letters pass as well.
const DATE_WORDS = new Set(
  ('january february march april may june july august september october november december jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs ' +
    'fri sat sun published posted first date released updated last modified опубликовано veröffentlicht publié обновлено ' +
    'aktualisiert mis à jour on at am pm um в le of the and to until through from noon midnight st nd rd th gmt utc')
    .split(' '),
);

/**
 * False when the line holds words no date line can: parsing a date is costly (most of the line rules' time),
 * and body sentences with a year in them are common.
 */
function onlyDateWords(t: string): boolean {
  // One short unknown word may be a time zone written in lower case ("11:06am ist").
  let short = 0;
  for (const w of t.match(/\p{L}+/gu) ?? []) {
    if (w.length <= 1 || (w.length <= 5 && w === w.toUpperCase()) || DATE_WORDS.has(w.toLowerCase())) continue;
    if (w.length > 4 || ++short > 1) return false;
  }
  return true;
}

/** The chrome reason for one line, or null when it may be body text. Rules run most specific first. */
export function classifyLine(line: string): ChromeReason | null {
  const t = line.trim();
  if (!t) return null;
  if (isBreadcrumb(t)) return 'breadcrumb';
  if (isPromo(t)) return 'promo';
  if (isRelatedHeader(t)) return 'related links';
  if (isComments(t)) return 'comments';
  if (isCookieNotice(t)) return 'cookie notice';
  if (isShare(t)) return 'share';
  if (isSubscribe(t)) return 'subscribe';
  if (isFollow(t)) return 'follow';
  if (isAdvertisement(t)) return 'advertisement';
  if (isNavigation(t)) return 'navigation';
  if (isTags(t)) return 'tags';
  if (isByline(t)) return 'byline';
  if (isPhotoCredit(t)) return 'photo credit';
  if (isCopyright(t)) return 'copyright';
  if (isGluedCredit(t)) return 'quote credit';
  if (t.length <= 80 && onlyDateWords(t) && dateLine(t)) return 'date line';
  return null;
}
