// A synthetic collection: short articles about a few dozen distinct stories, each story with its
// own made-up places, people and subject, so grouping has real work and a known answer.

const SYLLABLES = ['ka', 'lo', 'vi', 'mar', 'ten', 'zu', 'bro', 'quel', 'dan', 'sor', 'pim', 'fa', 'rek', 'nos', 'tul', 'yen'];
const SUBJECTS = ['dam', 'bridge', 'election', 'strike', 'flood', 'vaccine', 'merger', 'drought', 'treaty', 'railway'];

/** A made-up proper name, different for every (n, salt). */
function name(n: number, salt: number): string {
  let x = n * 7919 + salt * 104729 + 13;
  let out = '';
  for (let i = 0; i < 3; i++) {
    out += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length) + i * 31;
  }
  return out[0]!.toUpperCase() + out.slice(1);
}

export interface SyntheticRecord {
  id: string;
  url: string;
  title: string;
  outlet: string;
  published: string;
  text: string;
}

/** `count` articles over `stories` stories; article i tells story i % stories. */
export function syntheticCollection(count: number, stories: number): SyntheticRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const s = i % stories;
    const place = name(s, 1);
    const person = name(s, 2);
    const agency = name(s, 3);
    const subject = SUBJECTS[s % SUBJECTS.length]!;
    const day = String((s % 27) + 1).padStart(2, '0');
    const outlet = `Outlet ${i % 7}`;
    return {
      id: `article-${i}`,
      url: `https://news.example/${s}/${i}`,
      title: `${place} ${subject} talks: ${person} speaks (${outlet})`,
      outlet,
      published: `2023-05-${day}`,
      text:
        `Officials in ${place} said the ${subject} plan backed by the ${agency} agency would go ahead. ` +
        `${person}, who leads the ${agency} agency, told reporters in ${place} that the ${subject} deal was signed. ` +
        `Report ${i} from ${outlet}.`,
    };
  });
}
