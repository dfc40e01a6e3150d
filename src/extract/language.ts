// Language of the main text: franc's trigram guess, with the page's declared language as a tie-breaker.
import { francAll } from 'franc';

/** ISO 639-3 (as franc returns) → ISO 639-1 for the languages news comes in most. */
const ISO3_TO_1: Record<string, string> = {
  eng: 'en', rus: 'ru', ukr: 'uk', bel: 'be', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl',
  pol: 'pl', ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr', bos: 'bs', bul: 'bg', mkd: 'mk', ron: 'ro',
  hun: 'hu', ell: 'el', tur: 'tr', arb: 'ar', heb: 'he', pes: 'fa', urd: 'ur', hin: 'hi', ben: 'bn', cmn: 'zh',
  jpn: 'ja', kor: 'ko', vie: 'vi', tha: 'th', ind: 'id', zlm: 'ms', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi',
  est: 'et', lvs: 'lv', lit: 'lt', kat: 'ka', hye: 'hy', azj: 'az', kaz: 'kk', uzn: 'uz', cat: 'ca', glg: 'gl',
  eus: 'eu', swh: 'sw', tgl: 'tl',
};
const CANDIDATES = Object.keys(ISO3_TO_1);

/** Characters of the text given to franc. */
const SAMPLE_CHARS = 600;
/** Texts shorter than this are too short for trigrams to decide alone. */
export const SHORT_TEXT = 200;
/** Runner-up scoring at least this share of the best means the guess is unsure. */
const UNSURE_RATIO = 0.97;

export interface LanguageGuess {
  language: string | null;
  how: string;
}

/** Primary subtag of a BCP 47 tag ("en-GB" → "en"), or null when it is not a plausible code. */
export function primarySubtag(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(tag ?? '');
  if (!m?.[1]) return null;
  const code = m[1].toLowerCase();
  if (code.length === 3) return ISO3_TO_1[code] ?? code;
  return code;
}

export function detectLanguage(text: string, hint: string | null): LanguageGuess {
  const hinted = primarySubtag(hint);
  // Trigram scoring is the single largest cost of extracting a text article and grows with the sample;
  // 600 characters (about 100 words) agree with a 1,500-character sample on all 804 WCXB/PolNeAR texts
  // tried (BENCHMARKS.md) at 40 % of the cost.
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const ranked = francAll(sample, { only: CANDIDATES, minLength: 20 });
  const best = ranked[0];
  if (!best || best[0] === 'und') {
    return hinted ? { language: hinted, how: 'declared by the page (text too short to detect)' } : { language: null, how: 'unknown' };
  }
  const detected = ISO3_TO_1[best[0]] ?? null;
  const second = ranked[1];
  const unsure = second !== undefined && second[1] >= best[1] * UNSURE_RATIO;
  const short = sample.length < SHORT_TEXT;
  if (hinted && (unsure || short)) {
    const hintRank = ranked.slice(0, 5).findIndex(([code]) => ISO3_TO_1[code] === hinted);
    // The declaration decides between close candidates; it does not override a script the text is not in.
    if (hintRank >= 0 || short) return { language: hinted, how: `declared by the page (detection ${unsure ? 'unsure' : 'on short text'})` };
  }
  if (!detected) return hinted ? { language: hinted, how: 'declared by the page' } : { language: null, how: 'unknown' };
  if (hinted && hinted !== detected) return { language: detected, how: `detected from the text (page declares ${hinted})` };
  return { language: detected, how: 'detected from the text' };
}
