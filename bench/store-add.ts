// Store-backed adding: what `corroborate add` (a fresh process, "cold") and a long-lived server, watch
// or worker ("warm") pay to add one more article to a grouped SQLite collection of N articles: the
// store's part only (addArticle + regroup: placing the article, the stories written, the saved index),
// not extracting and reading it. Also bytes handed to write(2) per add (/proc/self/io wchar: database
// file and WAL). Articles come from bench/_pipeline-child.ts buildCollection over the real texts.
// Usage: `npm run bench -- store-add /work/shared/data` (STORE_ADD_SIZE=10000 articles, STORE_ADD_ADDS=20 adds of each kind;
// STORE_ADD_REGROUP=<path of a regroup module> to measure another version of it).
// The filled store (articles and readings, no grouping) is kept in $TMPDIR/corroborate-store-add-<N>.db and
// copied for each run, so reading 10k articles is paid once. STORE_ADD_GROUPED=1 also keeps the store after its
// first full regroup ($TMPDIR/corroborate-store-add-<N>-grouped.db) and starts from it next time: at 100k the
// fill takes about 35 minutes and the first regroup about 6, the adds a minute.
import { copyFileSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocuments } from '../src/pipeline/index.js';
import { openStore, type Store } from '../src/store/index.js';
import * as regroupModule from '../src/worker/regroup.js';
import type { SourceDocument } from '../src/types.js';
import { buildCollection } from './_pipeline-child.js';

/** NewsWCL50 articles and both sides of the SemEval-2022 English pairs, as buildCollection's callers use them. */
function realTexts(root: string): string[] {
  const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  const texts: string[] = [];
  for (const r of lines(join(root, 'clustering/newswcl50/newswcl50_articles.jsonl'))) texts.push(String(r.text ?? ''));
  for (const r of lines(join(root, 'clustering/semeval2022-en/en_en_train_219_fulltext.jsonl'))) texts.push(String(r.text1 ?? ''), String(r.text2 ?? ''));
  return texts.filter((t) => t.length > 300);
}

/** Bytes this process has passed to write(2) so far (Linux), else 0. */
function written(): number {
  try {
    const match = /^wchar:\s*(\d+)/m.exec(readFileSync('/proc/self/io', 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Analyses documents in slices (one thread) and adds them; returns how long the adds took. */
async function fill(store: Store, docs: SourceDocument[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 500) {
    const { analyzed } = analyzeDocuments(docs.slice(i, i + 500));
    for (const { article, reading } of analyzed) await store.addArticle(article, reading);
    process.stderr.write(`\rstore-add: filled ${Math.min(i + 500, docs.length)}/${docs.length}`);
  }
  process.stderr.write('\n');
}

/** One add: the whole of it (opening the store for a cold one, addArticle, regroup), and the regroup alone. */
interface Sample {
  ms: number;
  bytes: number;
  regroupMs: number;
  regroupBytes: number;
}

type Place = (store: Store) => Promise<{ placed: number; rebuilt: boolean }>;

export async function run(dataPath: string): Promise<string> {
  const root = dataPath || '/work/shared/data';
  const n = Number(process.env.STORE_ADD_SIZE ?? 10_000);
  const adds = Number(process.env.STORE_ADD_ADDS ?? 20);
  const docs = buildCollection(n + 2 * adds, realTexts(root));
  // New articles are the newest (a feed's next item): dated after every stored one.
  const extra = docs.slice(n).map((d, k) => ({ ...d, meta: { ...d.meta, published: `2022-04-01T${String(Math.floor(k / 60)).padStart(2, '0')}:${String(k % 60).padStart(2, '0')}:00Z` } }));
  const analyzedExtra = analyzeDocuments(extra).analyzed;

  const template = join(tmpdir(), `corroborate-store-add-${n}.db`);
  if (!existsSync(template)) {
    const store = await openStore(`${template}.part`);
    await fill(store, docs.slice(0, n));
    await store.close();
    copyFileSync(`${template}.part`, template);
    rmSync(`${template}.part`);
  }
  const path = join(tmpdir(), `corroborate-store-add-${n}-${process.pid}.db`);
  copyFileSync(template, path);
  try {
    // STORE_ADD_REGROUP=<module path> measures another version's regroup (e.g. the code before a change) on the same store.
    const other = process.env.STORE_ADD_REGROUP;
    const mod = (other ? await import(pathToFileURL(other).href) : regroupModule) as Record<string, unknown>;
    const place = mod.placeStories as Place;
    // A warm regrouper (kept between regroups by serve, watch and the worker) where this version has one.
    const Warm = mod.Regrouper as (new (store: Store) => { place(): Promise<{ placed: number; rebuilt: boolean }> }) | undefined;

    const grouped = process.env.STORE_ADD_GROUPED ? join(tmpdir(), `corroborate-store-add-${n}-grouped.db`) : null;
    let full: { ms: number; bytes: number } | null = null;
    let store: Store;
    if (grouped && existsSync(grouped)) copyFileSync(grouped, path);
    else {
      store = await openStore(path);
      const t0 = performance.now();
      const w0 = written();
      await place(store);
      full = { ms: performance.now() - t0, bytes: written() - w0 };
      await store.close();
      if (grouped) copyFileSync(path, grouped);
    }
    let t0: number;
    let w0: number;

    const cold: Sample[] = [];
    for (let k = 0; k < adds; k++) {
      const { article, reading } = analyzedExtra[k]!;
      t0 = performance.now();
      w0 = written();
      store = await openStore(path);
      await store.addArticle(article, reading);
      const [t1, w1] = [performance.now(), written()];
      const r = await place(store);
      const [t2, w2] = [performance.now(), written()];
      await store.close();
      cold.push({ ms: performance.now() - t0, bytes: written() - w0, regroupMs: t2 - t1, regroupBytes: w2 - w1 });
      if (r.rebuilt || r.placed !== 1) throw new Error(`cold add ${k}: placed ${r.placed}, rebuilt ${r.rebuilt}`);
    }

    store = await openStore(path);
    const warm: Sample[] = [];
    const regrouper = Warm ? new Warm(store) : undefined;
    if (regrouper) await regrouper.place(); // loads the index once, as a server does at its first regroup
    for (let k = adds; k < 2 * adds; k++) {
      const { article, reading } = analyzedExtra[k]!;
      t0 = performance.now();
      w0 = written();
      await store.addArticle(article, reading);
      const [t1, w1] = [performance.now(), written()];
      const r = regrouper ? await regrouper.place() : await place(store);
      warm.push({ ms: performance.now() - t0, bytes: written() - w0, regroupMs: performance.now() - t1, regroupBytes: written() - w1 });
      if (r.rebuilt || r.placed !== 1) throw new Error(`warm add ${k}: placed ${r.placed}, rebuilt ${r.rebuilt}`);
    }
    // The snapshot is rewritten once the log passes logLimit(n) articles: its bytes spread over those adds.
    const snapshotBytes = Buffer.byteLength((await store.loadLinkState()) ?? '');
    const limit = typeof mod.logLimit === 'function' ? (mod.logLimit as (n: number) => number)(n) : 1;
    await store.close();
    const size = statSync(path).size;

    const figure = (xs: number[], scale: number, digits: number): string =>
      `${(median(xs) / scale).toFixed(digits)} / ${(Math.max(...xs) / scale).toFixed(digits)}`;
    const row = (label: string, s: Sample[]): string =>
      `| ${label} | ${figure(s.map((x) => x.ms), 1, 1)} | ${figure(s.map((x) => x.regroupMs), 1, 1)} | ` +
      `${figure(s.map((x) => x.bytes), 1024, 0)} | ${figure(s.map((x) => x.regroupBytes), 1024, 0)} |`;
    return [
      `## Store: adding one article to a grouped SQLite collection of ${n.toLocaleString('en')} articles`,
      '',
      (full
        ? `First regroup of the filled store (all articles, index built and saved): ${(full.ms / 1000).toFixed(1)} s, ` +
          `${(full.bytes / 2 ** 20).toFixed(1)} MiB written. `
        : `Started from the kept grouped store (STORE_ADD_GROUPED). `) +
        `Store file after the adds: ${(size / 2 ** 20).toFixed(0)} MiB. ` +
        `Warm regrouper: ${Warm ? 'yes' : 'none in this version (a long-lived process calls placeStories)'}. ` +
        `Saved index snapshot: ${(snapshotBytes / 2 ** 20).toFixed(1)} MiB, rewritten every ${limit} placed article(s): ` +
        `${(snapshotBytes / limit / 1024).toFixed(0)} KiB per add amortised (not in the table below unless every add rewrites it).`,
      '',
      `| one more article (${adds} adds each; median / max) | whole add, ms | regroup, ms | whole add, KiB written | regroup, KiB written |`,
      '|---|---:|---:|---:|---:|',
      row('cold (store opened for the add, as `corroborate add`)', cold),
      row('warm (one store and regrouper kept open)', warm),
    ].join('\n');
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  }
}
