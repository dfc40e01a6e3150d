import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LinkInput, Span } from '../../src/types.js';
import { seededRandom } from '../../src/common/random.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

export function seed(name: '000' | '004'): string {
  const file = name === '000' ? '000_e65738cb91f1e9d0.txt' : '004_d99e5f2553e52203.txt';
  return readFileSync(`${root}examples/security-guarantees/${file}`, 'utf8');
}

export function collection(): (LinkInput & { story: string })[] {
  return JSON.parse(readFileSync(`${root}test/fixtures/link/collection.json`, 'utf8')) as (LinkInput & { story: string })[];
}

/** A plain sentence splitter for tests (the read stage does this for real): ends at . ! ? (plus closing quotes) or a blank line. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^\s][^\n]*?(?:[.!?]["”’]?(?=\s)|[.!?]["”’]?$|(?=\n)|$)/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** Six sentences of one made-up news story, for summary and passage tests. */
export const FLOOD_STORY = [
  'Heavy rain flooded the old town district overnight and forced hundreds of residents from their homes.',
  'Firefighters used boats to rescue elderly people trapped on upper floors near the river embankment.',
  'The mayor opened three school gymnasiums as emergency shelters with blankets and hot meals.',
  'Engineers warned that the ancient stone bridge might collapse if the water kept rising.',
  'Railway services between the two largest cities were suspended because tracks were under water.',
  'Insurance companies expect claims worth millions after shops and cellars were ruined.',
];

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vor', 'qui', 'zel', 'dra', 'mon', 'pex', 'sul', 'tir', 'gon', 'bel', 'fra'];

/**
 * Made-up words from a seeded random source (none is in the background idf table, so all weigh alike):
 * `word` makes one, `pick` draws from a list, and `names` (12 capitalised words every story shares, the
 * main actors) and `pool` (60 common words) are made first, in that order.
 */
export function madeUpWords(r: () => number): { word: () => string; pick: (list: string[]) => string; names: string[]; pool: string[] } {
  const word = (): string => Array.from({ length: 2 + Math.floor(r() * 2) }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]!).join('');
  const pick = (list: string[]): string => list[Math.floor(r() * list.length)]!;
  const names = Array.from({ length: 12 }, () => {
    const w = word();
    return w[0]!.toUpperCase() + w.slice(1);
  });
  const pool = Array.from({ length: 60 }, word);
  return { word, pick, names, pool };
}

/** `list` in a seeded random order (Fisher–Yates). */
export function shuffled<T>(list: T[], seed: number): T[] {
  const r = seededRandom(seed);
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The fixture collection plus reworded, re-dated variants: enough articles for merges, links and long postings. */
export function reworded(): LinkInput[] {
  const docs = collection();
  const out: LinkInput[] = docs.map(({ story: _story, ...d }) => d);
  for (let v = 1; v <= 6; v++) {
    for (const d of docs) {
      const sentences = d.text.split(/(?<=[.!?])\s+/);
      const kept = sentences.filter((_, i) => (i + v) % 3 !== 0);
      const published = d.published ? new Date(Date.parse(d.published) + v * 3_600_000).toISOString() : null;
      out.push({ ...d, id: `${d.id}-v${v}`, text: (kept.length ? kept : sentences).join(' '), published });
    }
  }
  return out;
}

/** Made-up words shuffled with `r` (in place) and cut into sentences of eight. */
export function madeUpText(words: string[], r: () => number): string {
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [words[i], words[j]] = [words[j]!, words[i]!];
  }
  const sentences: string[] = [];
  for (let i = 0; i < words.length; i += 8) sentences.push(`The ${words.slice(i, i + 8).join(' ')}.`);
  return sentences.join(' ');
}
