// Store-backed incremental regrouping: the saved index as snapshot plus log, a warm regrouper, and
// writing only the stories that changed must always store what one batch regroup of the collection would.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { StoryIndex } from '../../src/link/index.js';
import { toLinkInput } from '../../src/pipeline/index.js';
import { openStore, StaleGroupingError, type GroupingChange, type Store } from '../../src/store/index.js';
import { canonicalOrder, placeStories, Regrouper, snapshotDue, titleFor } from '../../src/worker/regroup.js';
import { storeBackends } from './backends.js';
import { grouping, makeArticle, makeReading } from './helpers.js';

interface Doc {
  id: string;
  published: string | null;
  text: string;
  title: string | null;
}
const base = (JSON.parse(readFileSync(new URL('../fixtures/link/collection.json', import.meta.url), 'utf8')) as Doc[]).map((d) => ({ ...d, title: d.id }));
// Dates in order: each new article extends the canonical order, as a feed's next item does. Two untitled
// articles (their story may be titled from text) and one undated (sorts last) go in too.
const docs: Doc[] = [...base.sort((a, b) => a.published!.localeCompare(b.published!))];
docs[3] = { ...docs[3]!, title: null };
docs[7] = { ...docs[7]!, title: null };
docs.push({ ...docs[1]!, id: 'undated-copy', published: null, title: 'An undated copy' });

const articleOf = (d: Doc, extra = '') =>
  makeArticle({ input: `${d.id}.txt`, title: d.title, published: d.published, text: `${d.text}${extra}` });
const add = (store: Store, d: Doc, extra = '') => store.addArticle(articleOf(d, extra), makeReading({ mentions: [] }));

/** What one batch regroup of the store's articles gives, computed in memory. */
async function batch(store: Store): Promise<unknown> {
  const all = canonicalOrder(await store.articles());
  const index = new StoryIndex();
  for (const s of all) index.add({ ...toLinkInput({ article: s.article, reading: s.reading }), id: s.id });
  const byId = new Map(all.map((s) => [s.id, { article: s.article, reading: s.reading }]));
  return index.stories().map((g) => ({ id: g.id, title: titleFor(g.articles.map((id) => byId.get(id)!)), articles: g.articles, reasons: g.reasons }));
}

/** A store whose applyGrouping calls are recorded (and can be made to fail once). */
function recording(store: Store): { store: Store; changes: GroupingChange[]; failNext: () => void } {
  const changes: GroupingChange[] = [];
  let fail = false;
  const wrapped = new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'applyGrouping') {
        return async (change: GroupingChange) => {
          changes.push(change);
          if (fail) {
            fail = false;
            throw new Error('simulated failure before the write');
          }
          return target.applyGrouping(change);
        };
      }
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: wrapped, changes, failNext: () => (fail = true) };
}

describe('snapshotDue', () => {
  it('logs single adds until the log passes max(500, 10 %), and snapshots a batch over a tenth', () => {
    expect(snapshotDue(0, 1, 10_000)).toBe(false);
    expect(snapshotDue(998, 1, 10_000)).toBe(false);
    expect(snapshotDue(1000, 1, 10_000)).toBe(true);
    expect(snapshotDue(499, 1, 1000)).toBe(false);
    expect(snapshotDue(500, 1, 1000)).toBe(true);
    expect(snapshotDue(0, 2000, 10_000)).toBe(true);
    expect(snapshotDue(0, 1, 8)).toBe(true);
  });
});

describe.each(storeBackends())('$name incremental regroup', (backend) => {
  const open: Store[] = [];
  const opened = async (target: string): Promise<Store> => {
    const store = await openStore(target);
    open.push(store);
    return store;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  it('stores what a batch regroup would after every add: cold, warm, across reopen and snapshot rewrites', async () => {
    const target = await backend.fresh();
    let store = await opened(target);
    // A snapshot once the log holds more than two articles, so both paths run on a small collection.
    let warm = new Regrouper(store, (logged, placed) => logged + placed > 2);
    let snapshots = 0;
    for (const [k, d] of docs.entries()) {
      await add(store, d);
      const cold = k % 3 === 1;
      const result = cold ? await placeStories(store) : await warm.place();
      expect(result).toMatchObject({ placed: 1, rebuilt: k === 0, articles: k + 1 });
      expect(await grouping(store)).toEqual(await batch(store));
      const { log } = await store.loadLinkLog();
      if (log.length === 0) snapshots++;
      if (k === 5) {
        // Close and reopen: the new regrouper starts from the saved snapshot and log.
        await store.close();
        store = await opened(target);
        warm = new Regrouper(store, (logged, placed) => logged + placed > 2);
      }
    }
    expect(snapshots).toBeGreaterThan(1);
    expect(snapshots).toBeLessThan(docs.length);
    expect(await placeStories(store)).toMatchObject({ placed: 0, rebuilt: false });
  });

  it('appends a placed article to the log and writes only the stories that changed', async () => {
    const store = await opened(await backend.fresh());
    for (const d of docs.slice(0, -2)) await add(store, d);
    await placeStories(store);
    const before = await store.loadLinkLog();
    const { store: watched, changes } = recording(store);
    const regrouper = new Regrouper(watched, (logged, placed) => logged + placed > 2);
    const { id } = await add(store, docs.at(-2)!);
    const result = await regrouper.place();
    expect(result).toMatchObject({ placed: 1, rebuilt: false });
    const after = await store.loadLinkLog();
    expect(after.snapshot).toBe(before.snapshot);
    expect(after.log).toEqual([[id, 1]]);
    expect(after.generation).toBe(before.generation + 1);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.write.length).toBeLessThanOrEqual(1);
    expect(changes[0]!.snapshot).toBeUndefined();
    expect(await grouping(store)).toEqual(await batch(store));
    // Nothing new: nothing written at all.
    await regrouper.place();
    expect(changes).toHaveLength(1);
  });

  it('catches up with another writer from the log, reloads after its snapshot, and keeps the index warm when nobody wrote', async () => {
    const target = await backend.fresh();
    const store = await opened(target);
    const other = await opened(target);
    for (const d of docs.slice(0, 5)) await add(store, d);
    const reads: string[] = [];
    const counting = new Proxy(store, {
      get(target, key, receiver) {
        if (key === 'loadLinkLog') {
          return (from?: number, withSnapshot?: boolean) => (reads.push(withSnapshot === false ? `log from ${from}` : 'snapshot'), target.loadLinkLog(from, withSnapshot));
        }
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const logging = (logged: number, placed: number): boolean => logged + placed > 3;
    const warm = new Regrouper(counting, logging);
    await warm.place();
    await add(store, docs[5]!);
    await warm.place();
    expect(reads).toEqual(['snapshot']); // the first regroup only; the second found the store where it left it
    // Another process adds and regroups, appending to the log: the warm regrouper re-adds only that article.
    await add(other, docs[6]!);
    await new Regrouper(other, logging).place();
    await add(store, docs[7]!);
    expect(await warm.place()).toMatchObject({ placed: 1, rebuilt: false });
    expect(reads).toEqual(['snapshot', 'log from 1']);
    expect(await grouping(store)).toEqual(await batch(store));
    // Another process writes a new snapshot: the warm regrouper loads it.
    await add(other, docs[8]!);
    expect((await new Regrouper(other, logging).place()).placed).toBe(1);
    expect((await store.loadLinkLog()).log).toHaveLength(0);
    await add(store, docs[9]!);
    expect(await warm.place()).toMatchObject({ placed: 1, rebuilt: false });
    expect(reads).toEqual(['snapshot', 'log from 1', 'snapshot']);
    expect(await grouping(store)).toEqual(await batch(store));
  });

  it('writes nothing when the store moved on meanwhile, and starts again', async () => {
    const store = await opened(await backend.fresh());
    for (const d of docs.slice(0, 4)) await add(store, d);
    await placeStories(store);
    const before = { state: await store.loadLinkLog(), grouping: await grouping(store) };
    await expect(store.applyGrouping({ generation: before.state.generation - 1, write: [], remove: ['s1'], append: [['x', 1]] })).rejects.toThrow(
      StaleGroupingError,
    );
    // A story naming an unknown article fails the whole change: no story removed, nothing logged.
    await expect(
      store.applyGrouping({
        generation: before.state.generation,
        write: [{ story: { id: 's9', articles: ['no-such-article'], reasons: [] }, position: 8, title: 'T', digest: 'd' }],
        remove: ['s1'],
        append: [['x', 1]],
      }),
    ).rejects.toThrow(/not in/);
    expect(await store.loadLinkLog()).toEqual(before.state);
    expect(await grouping(store)).toEqual(before.grouping);

    // A regroup whose write fails leaves the store as it was; the next one (same regrouper) is right.
    const { store: flaky, failNext } = recording(store);
    const regrouper = new Regrouper(flaky);
    await add(store, docs[4]!);
    failNext();
    await expect(regrouper.place()).rejects.toThrow(/simulated/);
    expect(await store.loadLinkLog()).toEqual(before.state);
    expect(await regrouper.place()).toMatchObject({ placed: 1, rebuilt: false });
    expect(await grouping(store)).toEqual(await batch(store));
  });

  it('rebuilds when a logged article changed since (a stale log) or the snapshot is of an older format', async () => {
    const store = await opened(await backend.fresh());
    for (const d of docs.slice(0, 6)) await add(store, d);
    await placeStories(store);
    await add(store, docs[6]!);
    await new Regrouper(store, (logged, placed) => logged + placed > 2).place();
    expect((await store.loadLinkLog()).log).toHaveLength(1);
    await add(store, docs[6]!, ' Updated.');
    expect(await placeStories(store)).toMatchObject({ rebuilt: true, placed: 7 });
    expect(await grouping(store)).toEqual(await batch(store));
    expect((await store.loadLinkLog()).log).toHaveLength(0);

    const saved = JSON.parse((await store.loadLinkLog()).snapshot!) as { covered: unknown; index: { format: number } };
    await store.saveLinkState(JSON.stringify({ ...saved, index: { ...saved.index, format: saved.index.format - 1 } }), 7);
    expect(await placeStories(store)).toMatchObject({ rebuilt: true, placed: 7 });
    expect(await grouping(store)).toEqual(await batch(store));
  });

  it('lists the articles added past a position with the collection totals', async () => {
    const store = await opened(await backend.fresh());
    for (const d of docs.slice(0, 3)) await add(store, d);
    const all = await store.manifestAfter(0);
    const stored = await store.articles();
    expect(all.entries.map(({ id, version, published }) => ({ id, version, published }))).toEqual(
      stored.map((a) => ({ id: a.id, version: a.version, published: a.article.published })),
    );
    expect(all).toMatchObject({ articles: 3, versions: 3 });
    const seqs = all.entries.map((e) => e.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    await add(store, docs[0]!, ' Updated.');
    const past = await store.manifestAfter(seqs[1]!);
    expect(past.entries.map((e) => e.id)).toEqual([all.entries[2]!.id]);
    expect(past).toMatchObject({ articles: 3, versions: 4 });
    expect((await store.manifestAfter(seqs[2]!)).entries).toEqual([]);
  });

  it('a warm regrouper reads only what was added since, and the whole list when totals show anything else changed', async () => {
    const store = await opened(await backend.fresh());
    for (const d of docs.slice(0, 4)) await add(store, d);
    const reads: { after: number; entries: number }[] = [];
    let hideOne = false;
    const watched = new Proxy(store, {
      get(target, key, receiver) {
        if (key === 'manifestAfter') {
          return async (seq: number) => {
            const slice = await target.manifestAfter(seq);
            // An article committed behind the seen position (as a slower PostgreSQL transaction can): in the totals, not the entries.
            if (hideOne && seq > 0) slice.entries.shift();
            reads.push({ after: seq, entries: slice.entries.length });
            return slice;
          };
        }
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const warm = new Regrouper(watched, (logged, placed) => logged + placed > 3);
    // The first regroup builds the index from the articles themselves; the next reads the whole list once.
    await warm.place();
    await warm.place();
    expect(reads).toEqual([
      { after: 0, entries: 4 },
      { after: 0, entries: 4 },
    ]);
    await add(store, docs[4]!);
    expect(await warm.place()).toMatchObject({ placed: 1, rebuilt: false });
    expect(reads.at(-1)!.after).toBeGreaterThan(0);
    expect(reads.at(-1)!.entries).toBe(1);
    expect(await grouping(store)).toEqual(await batch(store));

    // Two more, one of them hidden from the partial read: the totals disagree, so the whole list is read.
    reads.length = 0;
    hideOne = true;
    await add(store, docs[5]!);
    await add(store, docs[6]!);
    expect(await warm.place()).toMatchObject({ placed: 2, rebuilt: false });
    expect(reads.map((r) => r.after === 0)).toEqual([false, true]);
    expect(await grouping(store)).toEqual(await batch(store));
    hideOne = false;

    // A covered article updated: the version total moves, the whole list shows the change, and it rebuilds.
    reads.length = 0;
    await add(store, docs[1]!, ' Updated.');
    expect(await warm.place()).toMatchObject({ rebuilt: true, placed: 7 });
    expect(reads.map((r) => r.after === 0)).toEqual([false, true]);
    expect(await grouping(store)).toEqual(await batch(store));
    // After a rebuild the next regroup reads the whole list once, then only what is new again.
    reads.length = 0;
    await add(store, docs[7]!);
    await warm.place();
    await add(store, docs[8]!);
    expect(await warm.place()).toMatchObject({ placed: 1, rebuilt: false });
    expect(reads.map((r) => r.after === 0)).toEqual([true, false]);
    expect(await grouping(store)).toEqual(await batch(store));

    // A fresh regrouper (as `corroborate add` makes) takes the position saved with the grouping: it too reads only what is new.
    expect((await store.loadLinkLog()).seen).toMatchObject({ versions: 10 });
    reads.length = 0;
    await add(store, docs[9]!);
    expect(await new Regrouper(watched).place()).toMatchObject({ placed: 1, rebuilt: false });
    expect(reads).toEqual([{ after: (await store.loadLinkLog()).seen!.seq - 1, entries: 1 }]);
    expect(await grouping(store)).toEqual(await batch(store));
    // A fresh regrouper that starts from the saved position but finds a covered article updated rebuilds.
    await add(store, docs[2]!, ' Updated again.');
    expect(await new Regrouper(watched).place()).toMatchObject({ rebuilt: true, placed: 10 });
    expect(await grouping(store)).toEqual(await batch(store));
    // A snapshot saved by other means forgets the position: the next fresh regrouper reads the whole list.
    const saved = await store.loadLinkLog();
    await store.saveLinkState(saved.snapshot!, 10);
    expect((await store.loadLinkLog()).seen).toBeNull();
  });

  it('a grouping replaced by someone else is compared, not trusted', async () => {
    const store = await opened(await backend.fresh());
    for (const d of docs.slice(0, 5)) await add(store, d);
    const warm = new Regrouper(store);
    await warm.place();
    const ids = (await store.articles()).map((a) => a.id);
    await store.replaceStories([{ id: 's2', articles: ids.slice(0, 2), reasons: [] }, { id: 'other', articles: ids.slice(2), reasons: [] }], {});
    await add(store, docs[5]!);
    await warm.place();
    expect(await grouping(store)).toEqual(await batch(store));
  });
});
