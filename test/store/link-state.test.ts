// The saved story index: stored per backend, and used by regroup to place only new articles.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { placeStories } from '../../src/worker/regroup.js';
import { storeBackends } from './backends.js';
import { grouping, makeArticle, makeReading } from './helpers.js';

interface Doc {
  id: string;
  published: string;
  text: string;
}
const docs = (JSON.parse(readFileSync(new URL('../fixtures/link/collection.json', import.meta.url), 'utf8')) as Doc[]).sort((a, b) =>
  a.published.localeCompare(b.published),
);

async function addDocs(store: Store, batch: Doc[]): Promise<void> {
  for (const d of batch) {
    await store.addArticle(makeArticle({ input: `${d.id}.txt`, title: d.id, published: d.published, text: d.text }), makeReading({ mentions: [] }));
  }
}

/** Articles the saved index covers: its snapshot's and those logged since. */
const covered = async (store: Store): Promise<number> => {
  const { snapshot, log } = await store.loadLinkLog();
  return (JSON.parse(snapshot!) as { covered: unknown[] }).covered.length + log.length;
};

describe.each(storeBackends())('$name link state', (backend) => {
  const open: Store[] = [];
  const fresh = async (): Promise<Store> => {
    const store = await openStore(await backend.fresh());
    open.push(store);
    return store;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  it('saves and replaces one serialised index', async () => {
    const store = await fresh();
    expect(await store.loadLinkState()).toBeNull();
    await store.saveLinkState('{"a":1}', 1);
    await store.saveLinkState('{"a":"\\u0000 two"}', 2);
    expect(await store.loadLinkState()).toBe('{"a":"\\u0000 two"}');
  });

  it('places only the new articles and stores the grouping a single regroup would', async () => {
    const whole = await fresh();
    await addDocs(whole, docs);
    const once = await placeStories(whole);
    expect(once).toMatchObject({ rebuilt: true, placed: docs.length });

    const grown = await fresh();
    const cut = 6;
    await addDocs(grown, docs.slice(0, cut));
    expect(await placeStories(grown)).toMatchObject({ rebuilt: true, placed: cut });
    expect(await covered(grown)).toBe(cut);
    await addDocs(grown, docs.slice(cut));
    expect(await placeStories(grown)).toMatchObject({ stories: once.stories, articles: docs.length, placed: docs.length - cut, rebuilt: false });
    expect(await covered(grown)).toBe(docs.length);
    expect(await grouping(grown)).toEqual(await grouping(whole));
    // Nothing new: nothing placed, nothing rebuilt.
    expect(await placeStories(grown)).toMatchObject({ stories: once.stories, articles: docs.length, placed: 0, rebuilt: false });
  });

  it('rebuilds when a new article is dated before placed ones, or an article changed', async () => {
    const whole = await fresh();
    await addDocs(whole, docs);
    await placeStories(whole);

    const late = await fresh();
    await addDocs(late, docs.slice(1));
    await placeStories(late);
    await addDocs(late, docs.slice(0, 1));
    expect(await placeStories(late)).toMatchObject({ rebuilt: true, placed: docs.length });
    expect(await grouping(late)).toEqual(await grouping(whole));

    const d = docs[2]!;
    await late.addArticle(makeArticle({ input: `${d.id}.txt`, title: d.id, published: d.published, text: `${d.text} Updated.` }), makeReading({ mentions: [] }));
    expect(await placeStories(late)).toMatchObject({ rebuilt: true });
  });

  it('rebuilds from an unreadable saved state', async () => {
    const store = await fresh();
    await addDocs(store, docs);
    await store.saveLinkState('not json', 3);
    expect(await placeStories(store)).toMatchObject({ rebuilt: true, placed: docs.length });
    expect(await covered(store)).toBe(docs.length);
  });
});
