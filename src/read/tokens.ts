// Word tokens with offsets, as the actor and quote finders need them: letters/digits with inner
// dots, hyphens and apostrophes ("Lenta.ru", "U.S.", "Nagorno-Karabakh"), a trailing possessive split
// off ("Russia's" → "Russia"), and glued words from scraped credit lines split ("KortunovDirector").

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Text between the previous token's end and this token's start is only spaces (same phrase). */
  joined: boolean;
  /** A possessive ('s) followed this token. */
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.\-'’&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = start;
  let prevEnd = -1;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    const s = m.index;
    let e = Math.min(m.index + m[0].length, end);
    let word = text.slice(s, e);
    // A final period belongs to the word only for dotted acronyms and initials ("U.S.", "J.").
    if (word.charCodeAt(word.length - 1) === 46 && !/^(?:\p{L}\.)+$/u.test(word)) {
      e--;
      word = word.slice(0, -1);
    }
    let possessive = false;
    const last2 = word.length > 2 ? word.charCodeAt(word.length - 2) : 0;
    if ((last2 === 39 || last2 === 0x2019) && word.charCodeAt(word.length - 1) === 115) {
      e -= 2;
      word = word.slice(0, -2);
      possessive = true;
    }
    const parts = hasInnerCapital(word) ? splitGlued(word) : [word];
    let offset = s;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      out.push({
        start: offset,
        end: offset + p.length,
        text: p,
        joined: i === 0 && prevEnd >= 0 && onlySpaces(text, prevEnd, offset),
        possessive: possessive && i === parts.length - 1,
      });
      prevEnd = offset + p.length;
      offset += p.length;
    }
    if (possessive) prevEnd = -1; // a possessive ends the phrase
  }
  return out;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

function hasInnerCapital(word: string): boolean {
  for (let k = 1; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
    if (c > 127 && word[k] !== word[k]!.toLowerCase()) return true;
  }
  return false;
}

/** "KortunovDirector" → ["Kortunov", "Director"]; "McDonald", "MacArthur", "iPhone", "DeSantis" stay whole. */
function splitGlued(word: string): string[] {
  const m = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,}.*)$/u.exec(word);
  if (!m || /^(?:Mac|Mc|De|Van|Von|La|Le|Di|Du|O)$/.test(m[1]!)) return [word];
  return [m[1]!, ...splitGlued(m[2]!)];
}

export function isCapitalized(word: string): boolean {
  return /^[\p{Lu}]/u.test(word);
}

export function isNameShaped(word: string): boolean {
  // Inner capitals only after the Gaelic and Romance prefixes ("McCrory", "MacArthur", "DeSantis", "O'Neill").
  return /^(?:Mc|Mac|De|Di|La|Le|O['’])?\p{Lu}\p{Ll}[\p{Ll}\p{M}]*(?:[-'’]\p{L}[\p{Ll}\p{M}]+)*$/u.test(word);
}
