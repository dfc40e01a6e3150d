// Scale benchmark for link/group: collections of 10k and 100k synthetic
// articles made from real texts (PAN 2013 sources, NewsWCL50, SemEval-2022
// pairs), each story a base text told several times over (sentences shuffled,
// words dropped or replaced, another text spliced in, dates a few days apart).
// Reports grouping wall time (adding articles, then settling the stories), articles/s, peak RSS, the cost of adding one
// more article to the grouped index, and BCubed against the generated stories.
// Usage: run('/work/shared/data') (the folder holding reuse/ and clustering/). LINK_SCALE_SIZES=10000 runs one size;
// LINK_SCALE_TEXTS=367 reuses base texts at 10k as 100k does (see `run`).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoryIndex } from '../src/link/group.js';
import type { LinkInput } from '../src/types.js';
import { seededRandom as rng } from '../src/common/random.js';


export function loadTexts(root: string): string[] {
  const out: string[] = [];
  const pan = join(root, 'reuse/pan13-train/src');
  if (existsSync(pan)) for (const f of readdirSync(pan).sort()) out.push(readFileSync(join(pan, f), 'utf8'));
  const jsonl = (p: string): Record<string, unknown>[] =>
    existsSync(p) ? readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>) : [];
  for (const r of jsonl(join(root, 'clustering/newswcl50/newswcl50_articles.jsonl'))) out.push(String(r.text ?? ''));
  for (const r of jsonl(join(root, 'clustering/semeval2022-en/en_en_train_219_fulltext.jsonl'))) {
    out.push(String(r.text1 ?? ''), String(r.text2 ?? ''));
  }
  // News-sized: long documents are cut at a sentence near 4,000 characters.
  return [...new Set(out.map((t) => t.trim()).filter((t) => t.length > 400))].map((t) => {
    if (t.length <= 4000) return t;
    const cut = t.indexOf('. ', 4000);
    return cut > 0 ? t.slice(0, cut + 1) : t.slice(0, 4000);
  });
}

const sentencesOf = (t: string): string[] => t.split(/(?<=[.!?])\s+/).filter((s) => s.length > 0);

/** One retelling of a base text: sentences shuffled locally, some dropped, words replaced, maybe another text spliced in. */
function perturb(base: string, other: string, vocab: string[], r: () => number): string {
  const sents = sentencesOf(base);
  for (let i = sents.length - 1; i > 0; i--) {
    if (r() < 0.3) {
      const j = Math.max(0, i - 1 - Math.floor(r() * 3));
      [sents[i], sents[j]] = [sents[j]!, sents[i]!];
    }
  }
  const kept = sents.filter(() => r() > 0.2).map((s) =>
    s
      .split(' ')
      .filter(() => r() > 0.08)
      .map((w) => (r() < 0.08 ? vocab[Math.floor(r() * vocab.length)]! : w))
      .join(' '),
  );
  if (r() < 0.3) {
    const extra = sentencesOf(other);
    const start = Math.floor(r() * Math.max(1, extra.length - 4));
    kept.splice(Math.floor(r() * kept.length), 0, ...extra.slice(start, start + 2 + Math.floor(r() * 3)));
  }
  return kept.join(' ');
}

interface Generated {
  input: LinkInput;
  story: number;
}

/** `n` articles in date order: stories of 1–20 retellings, each story a base text, spread over years. */
export function* collection(texts: string[], n: number, seed: number, dayStep = 0.35): Generator<Generated> {
  const r = rng(seed);
  const vocab = texts.slice(0, 200).flatMap((t) => t.split(/\s+/)).filter((w) => /^[a-z]{4,}$/.test(w));
  const epoch = Date.UTC(2015, 0, 1);
  let made = 0;
  let story = 0;
  // Stories overlap in time: keep a few open and interleave their articles.
  const open: { story: number; base: string; left: number; day: number }[] = [];
  while (made < n) {
    while (open.length < 8) {
      const size = 1 + Math.floor(r() * r() * 20);
      open.push({ story, base: texts[story % texts.length]!, left: size, day: story * dayStep });
      story++;
    }
    const k = Math.floor(r() * open.length);
    const s = open[k]!;
    const other = texts[Math.floor(r() * texts.length)]!;
    const published = new Date(epoch + (s.day + r() * 2) * 86_400_000).toISOString();
    yield { input: { id: `a${made}`, text: perturb(s.base, other, vocab, r), published }, story: s.story };
    made++;
    if (--s.left === 0) open.splice(k, 1);
  }
}

function bcubed(pred: string[], gold: number[]): { p: number; r: number } {
  // Contingency counts: O(n), no pairs.
  const both = new Map<string, number>();
  const ps = new Map<string, number>();
  const gs = new Map<number, number>();
  pred.forEach((p, i) => {
    const g = gold[i]!;
    both.set(`${p}|${g}`, (both.get(`${p}|${g}`) ?? 0) + 1);
    ps.set(p, (ps.get(p) ?? 0) + 1);
    gs.set(g, (gs.get(g) ?? 0) + 1);
  });
  let p = 0;
  let r = 0;
  pred.forEach((x, i) => {
    const c = both.get(`${x}|${gold[i]}`)!;
    p += c / ps.get(x)!;
    r += c / gs.get(gold[i]!)!;
  });
  return { p: p / pred.length, r: r / pred.length };
}

async function measure(texts: string[], n: number, dayStep: number): Promise<string> {
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const index = new StoryIndex();
  const gold: number[] = [];
  const ids: string[] = [];
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  // Generation (perturbing texts) is timed apart, so the grouping time can be told on its own.
  let genMs = 0;
  let addMs = 0;
  const source = collection(texts, n, 42, dayStep);
  for (;;) {
    const tg = performance.now();
    const next = source.next();
    const ta = performance.now();
    genMs += ta - tg;
    if (next.done) break;
    const g = next.value;
    index.add(g.input);
    addMs += performance.now() - ta;
    gold.push(g.story);
    ids.push(g.input.id);
    if (ids.length % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  peak = Math.max(peak, process.memoryUsage().rss);
  // One more article into the grouped index (median of 20 further adds).
  const more: number[] = [];
  const tail = collection(texts, n + 21, 42, dayStep);
  let k = 0;
  for (const g of tail) {
    if (k++ < n) continue;
    const input = { ...g.input, id: `extra-${k}` };
    const s = performance.now();
    index.add(input);
    more.push(performance.now() - s);
  }
  more.sort((x, y) => x - y);
  // Settling the pieces into stories happens when the stories are asked for: timed on its own.
  const ts = performance.now();
  const stories = index.stories();
  const settleMs = performance.now() - ts;
  peak = Math.max(peak, process.memoryUsage().rss);
  // What a user adding one article to a grouped collection waits for: the add and the stories after it
  // (settling again, only where that article changed something). Median of 20.
  const settled: number[] = [];
  const after = collection(texts, n + 42, 43, dayStep);
  k = 0;
  for (const g of after) {
    if (k++ < n + 21) continue;
    const s = performance.now();
    index.add({ ...g.input, id: `late-${k}` });
    index.stories();
    settled.push(performance.now() - s);
  }
  settled.sort((x, y) => x - y);
  // The same, asking only for the story the new article is in (`storyWith`): what `corroborate add` shows.
  const own: number[] = [];
  const later = collection(texts, n + 63, 44, dayStep);
  k = 0;
  for (const g of later) {
    if (k++ < n + 42) continue;
    const id = `later-${k}`;
    const s = performance.now();
    index.add({ ...g.input, id });
    index.storyWith(id);
    own.push(performance.now() - s);
  }
  own.sort((x, y) => x - y);
  const pred = new Map<string, string>();
  for (const s of stories) for (const a of s.articles) pred.set(a, s.id);
  const { p, r } = bcubed(ids.map((id) => pred.get(id)!), gold);
  const mb = (x: number): string => (x / 2 ** 20).toFixed(0);
  return `| ${n.toLocaleString('en')} | ${new Set(gold).size} | ${stories.length} | ${(ms / 1000).toFixed(1)} | ${(addMs / 1000).toFixed(1)} | ${(genMs / 1000).toFixed(1)} | ${(settleMs / 1000).toFixed(1)} | ${((cpu.user + cpu.system) / 1e6).toFixed(1)} | ${(n / (ms / 1000)).toFixed(0)} | ${mb(peak)} | ${mb(peak - rss0)} | ${more[Math.floor(more.length / 2)]!.toFixed(1)} / ${more[more.length - 1]!.toFixed(1)} | ${settled[Math.floor(settled.length / 2)]!.toFixed(1)} / ${settled[settled.length - 1]!.toFixed(1)} | ${own[Math.floor(own.length / 2)]!.toFixed(1)} / ${own[own.length - 1]!.toFixed(1)} | ${p.toFixed(3)} | ${r.toFixed(3)} |`;
}

export async function run(dataPath: string): Promise<string> {
  const root = dataPath || '/work/shared/data';
  const all = loadTexts(root);
  // LINK_SCALE_TEXTS=N keeps every k-th base text (N in all), so that a 10k run reuses base texts as 100k
  // does: the same text told again years later is another story. Days between stories grow by k, so a
  // text comes back after as many days as at 100k. A quick check for over-merging.
  const keep = Number(process.env.LINK_SCALE_TEXTS) || all.length;
  const step = Math.max(1, Math.floor(all.length / keep));
  const texts = all.filter((_, i) => i % step === 0).slice(0, keep);
  const dayStep = 0.35 * step;
  const sizes = (process.env.LINK_SCALE_SIZES ?? '10000,100000').split(',').map(Number);
  const lines = [
    `Base texts: ${texts.length}. Articles are generated on the fly (the collection is not held in memory; RSS is the index's). Wall and CPU time include generating each article (perturbing a text); the grouping and generation columns split the wall time.`,
    '',
    '| articles | gold stories | stories found | wall s | grouping s | generation s | settling s | CPU s | articles/s | peak RSS MB | RSS growth MB | one more article ms (median / max of 20) | one more article and all stories ms (median / max of 20) | one more article and its own story ms (median / max of 20) | BCubed P | BCubed R |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const n of sizes) lines.push(await measure(texts, n, dayStep));
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('link-scale.ts')) {
  run(process.argv[2] ?? '/work/shared/data').then((s) => console.log(s));
}
