import { describe, expect, it } from 'vitest';
import { groupStories, StoryIndex } from '../../src/link/index.js';
import { seededRandom } from '../../src/common/random.js';
import type { LinkInput } from '../../src/types.js';
import { collection, madeUpText, madeUpWords, shuffled } from './helpers.js';

/**
 * Made-up words (none in the background idf table, so all weigh alike): four stories of six
 * articles, each article 24 draws from its story's 25 words, 8 from 12 names every story
 * shares (the main actors), 12 from a common pool and 8 words of its own. Pairs across stories
 * share the names and pool, so a pair sometimes scores as high as a weak pair within a story.
 */
function sharedActorStories(seed: number): (LinkInput & { story: number })[] {
  const r = seededRandom(seed);
  const { word, pick, names, pool } = madeUpWords(r);
  const out: (LinkInput & { story: number })[] = [];
  for (let k = 0; k < 4; k++) {
    const vocab = Array.from({ length: 25 }, word);
    for (let a = 0; a < 6; a++) {
      const words = [
        ...Array.from({ length: 24 }, () => pick(vocab)),
        ...Array.from({ length: 8 }, () => pick(names)),
        ...Array.from({ length: 12 }, () => pick(pool)),
        ...Array.from({ length: 8 }, () => `${word()}x`),
      ];
      out.push({ id: `k${k}-${a}`, text: madeUpText(words, r), published: null, story: k });
    }
  }
  return out;
}

describe('groupStories whatever the input order', () => {
  /** Groups each order of one generated collection and compares with its four stories. */
  function check(collection: number, orders: number[]): void {
    const docs = sharedActorStories(collection);
    const gold = [0, 1, 2, 3].map((k) => docs.filter((d) => d.story === k).map((d) => d.id).sort().join(' '));
    for (const seed of orders) {
      const partition = groupStories(shuffled(docs, seed))
        .map((g) => g.articles.slice().sort().join(' '))
        .sort();
      expect(partition, `order ${seed}`).toEqual(gold);
    }
  }

  it('finds the same stories of shared actors in every order', () => {
    // The first four are orders in which merging while articles arrived (the grouping before settling) mixed two
    // stories or left one split; the last two it got right.
    check(7, [104, 107, 118, 119, 100, 101]);
  });

  it('takes out an article that joined a piece of another story before its own story came', () => {
    // Orders in which settling whole pieces without re-checking each piece from its articles kept a wrong join.
    check(1, [105, 110, 129]);
    check(3, [102, 109, 122, 128]);
  });

  it('keeps the four undated Feb 2022 stories (same actors) apart and whole in any order', () => {
    // Without dates only the texts tell these stories apart; merging while articles arrived mixed two
    // of them in orders 2, 4, 6 and 8 of these.
    const docs = collection().map((d) => ({ ...d, published: null }));
    const gold = ['drafts', 'response', 'reply', 'expulsion'].map((k) => docs.filter((d) => d.story === k).map((d) => d.id).sort().join(' ')).sort();
    for (let seed = 1; seed <= 10; seed++) {
      const partition = groupStories(shuffled(docs, seed))
        .map((g) => g.articles.slice().sort().join(' '))
        .sort();
      expect(partition, `order ${seed}`).toEqual(gold);
    }
  });

  it('settles one article at a time to what the batch grouping gives', () => {
    // Stories asked for after every add: components that did not change keep their settled groups.
    for (const seed of [104, 118]) {
      const docs = shuffled(sharedActorStories(7), seed);
      const index = new StoryIndex();
      for (const d of docs) {
        index.add(d);
        index.stories();
      }
      expect(index.stories(), `order ${seed}`).toEqual(groupStories(docs));
    }
  });
});
