// Where each story's passages, claims and conflicts are worked out when there is a pool: the stories of
// several articles in the pool's threads and in this one, one-article stories here. Each result lands in
// its story's place, so the order of work does not change the dossier.
import type { StoryGroup } from '../types.js';
import type { Limits } from '../limits/index.js';
import type { ArticlePool } from './pool.js';
import { largestFirst, StoryEnds, storyWork, type StoryMember, type StoryWork } from './story.js';

/** Stories done in this thread between yields to the event loop, so the pool's threads are kept fed. */
const INLINE_SLICE = 64;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Most text a story of several articles may have to be worked on in this thread (typical ones have 10-40k). */
const HERE_STORY_CHARS = 200_000;

function storyChars(members: StoryMember[]): number {
  return members.reduce((n, m) => n + m.text.length, 0);
}

/**
 * The story stages of every story, each result handed to `finish` as it comes (in any order). A one-article
 * story has no pairs and no claims to align: it is done here, as copying it to a thread would cost more.
 * The others go largest first to the pool's story threads, each kept one story ahead (a running and a
 * prefetched one), while this thread takes the smallest: the threads' story code is cold after extract and
 * read, so a share done here (no copy either way, link code warm from grouping) costs less than in a
 * thread, and a small story cannot hold this thread long.
 */
export async function workStories(
  members: StoryMember[][],
  pool: Pick<ArticlePool, 'size' | 'storyThreads' | 'runStory'>,
  story: (i: number) => StoryGroup,
  finish: (i: number, work: StoryWork) => void,
  limits: Limits,
): Promise<void> {
  const inline = members.flatMap((m, i) => (m.length > 1 ? [] : [i]));
  const shared = members.flatMap((m, i) => (m.length > 1 ? [i] : []));
  const stories = new StoryEnds(largestFirst(shared, (i) => members[i]!.length));
  const ahead = 2 * Math.min(pool.size, pool.storyThreads);
  let running = 0;
  const pending: Promise<void>[] = [];
  const send = (at: number): void => {
    running++;
    pending.push(
      pool.runStory(story(at), members[at]!).then((work) => {
        running--;
        finish(at, work);
        feed();
      }),
    );
  };
  const feed = (): void => {
    for (let i = running < ahead ? stories.largest() : undefined; i !== undefined; i = running < ahead ? stories.largest() : undefined) send(i);
  };
  feed();
  for (let k = 0; k < inline.length; k++) {
    const i = inline[k]!;
    finish(i, storyWork(story(i), members[i]!, limits));
    if (k % INLINE_SLICE === INLINE_SLICE - 1) await nextTurn();
  }
  // One story per turn of the event loop here, so the threads' results keep being taken. A story of
  // few but very long texts goes to a thread all the same, where the hard time limit holds.
  for (let i = stories.smallest(); i !== undefined; i = stories.smallest()) {
    if (storyChars(members[i]!) > HERE_STORY_CHARS) {
      send(i);
      continue;
    }
    finish(i, storyWork(story(i), members[i]!, limits));
    await nextTurn();
  }
  // No story is left to hand out, so `pending` is complete.
  await Promise.all(pending);
}
