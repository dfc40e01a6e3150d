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
    let s = m.index;
    let e = Math.min(m.index + m[0].length, end);
    let word = text.slice(s, e);
    // A final period belongs to the word only for dotted acronyms and initials ("U.S.", "J.").
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word)) {
      e--;
      word = word.slice(0, -1);
    }
    let possessive = false;
    const pm = /['’]s$/.exec(word);
    if (pm && word.length > 2) {
      e -= 2;
      word = word.slice(0, -2);
      possessive = true;
    } else if (/s['’]$/.test(word)) {
      e -= 1;
      word = word.slice(0, -1);
      possessive = true;
    }
    const parts = splitGlued(word);
    let offset = s;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      const between = prevEnd < 0 ? ' ' : text.slice(prevEnd, offset);
      out.push({
        start: offset,
        end: offset + p.length,
        text: p,
        joined: i === 0 && prevEnd >= 0 && /^[ \u00a0]+$/.test(between),
        possessive: possessive && i === parts.length - 1,
      });
      prevEnd = offset + p.length;
      offset += p.length;
    }
    if (possessive) prevEnd = -1; // a possessive ends the phrase
    s = e;
  }
  return out;
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
  return /^\p{Lu}\p{Ll}[\p{Ll}\p{M}]*(?:[-'’]\p{L}[\p{Ll}\p{M}]+)*$/u.test(word);
}
