// Error listing for PolNeAR attributions on the TRAIN split (the split rules may be tuned on): every gold
// attribution is matched to a predicted quote by its cue (same start or overlap), and each error is put in a
// category, so the largest general categories can be found. Folds: POLNEAR_FOLDS=1,2,3,4 (default: all but
// fold 0, which is kept as a check; a fold is every fifth article, as bench/polnear.ts counts them).
// Usage: npx tsx scripts/polnear-misses.ts [source|content|cue] [root] > misses.tsv
// Output: one line per error (category, article, context) on stdout, and counts by category on stderr.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { read } from '../src/read/index.js';
import type { Quote, Span } from '../src/types.js';
import { polnearTrain } from './polnear-train.js';
import { trim } from '../bench/polnear.js';

interface Gold { source: Span | null; cue: Span; content: Span[] }

/** Gold attributions (the E lines) with their source, cue and content fragments, trimmed. */
function goldAttributions(ann: string, text: string): Gold[] {
  const spans = new Map<string, { role: string; frags: Span[] }>();
  const out: Gold[] = [];
  const lines = ann.split('\n');
  for (const line of lines) {
    const cols = line.split('\t');
    if (!cols[0]?.startsWith('T') || !cols[1]) continue;
    const sp = cols[1].indexOf(' ');
    const frags = cols[1].slice(sp + 1).split(';').map((f) => {
      const [s, e] = f.trim().split(/\s+/).map(Number);
      return trim(text, { start: s!, end: e! });
    });
    spans.set(cols[0], { role: cols[1].slice(0, sp), frags });
  }
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const args = new Map(line.split('\t')[1]!.split(' ').map((a) => a.split(':') as [string, string]));
    const cue = args.get('Cue') && spans.get(args.get('Cue')!)?.frags[0];
    if (!cue) continue;
    const src = args.get('Source') ? spans.get(args.get('Source')!)?.frags[0] ?? null : null;
    const content = args.get('Content') ? spans.get(args.get('Content')!)?.frags ?? [] : [];
    out.push({ source: src, cue, content });
  }
  return out;
}

const eq = (a: Span | null | undefined, b: Span | null | undefined): boolean => !!a && !!b && a.start === b.start && a.end === b.end;
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

const PRONOUN = /^(?:he|she|they|we|i|it|you|him|her|them|us|who|which|that)$/i;

function sourceCategory(text: string, g: Gold, q: Quote | undefined, sentenceOf: (p: number) => Span): string {
  const s = g.source!;
  const str = text.slice(s.start, s.end);
  const kind = PRONOUN.test(str)
    ? 'pronoun'
    : /^(?:the |a |an |some |many |most |several |other |\d)/i.test(str) && !/\p{Lu}/u.test(str.replace(/^\S+/, ''))
      ? 'nominal'
      : /\p{Lu}/u.test(str) ? 'named' : 'other';
  const sent = sentenceOf(g.cue.start);
  const where = s.end <= sent.start ? 'prev-sentence' : s.start >= g.cue.end ? 'after-cue' : 'before-cue';
  if (!q) return `cue-missed/${kind}/${where}`;
  if (!q.source) return `no-source/${kind}/${where}`;
  if (!overlaps(q.source, s)) return `wrong-source/${kind}/${where}`;
  if (q.source.start !== s.start) return `boundary-start/${q.source.start < s.start ? 'too-wide' : 'too-narrow'}`;
  return `boundary-end/${q.source.end > s.end ? 'too-wide' : 'too-narrow'}`;
}

function contentCategory(text: string, g: Gold, q: Quote | undefined): string | null {
  if (!q) return null;
  const gc = g.content[0];
  if (!gc) return null;
  if (g.content.some((c) => eq(c, q.content))) return null;
  const before = q.content.start < gc.start;
  const side = q.content.start !== gc.start ? 'start' : 'end';
  if (side === 'start') {
    const gap = text.slice(Math.min(gc.start, q.content.start), Math.max(gc.start, q.content.start)).trim().split(/\s+/).slice(0, 3).join(' ');
    const rel = gc.start < q.cue!.start ? 'gold-before-cue' : 'gold-after-cue';
    return `start/${before ? 'pred-earlier' : 'pred-later'}/${rel}/${gap.length > 30 ? 'long' : gap}`;
  }
  // What the longer span goes on with past the shorter one's end ("pred-longer/, which").
  const cut = Math.min(q.content.end, gc.end);
  const next = text.slice(cut, cut + 30).replace(/\s+/g, ' ').trim().split(' ').slice(0, 2).join(' ').replace(/\p{Ll}+ing\b/u, '-ing');
  return `end/${q.content.end > gc.end ? 'pred-longer' : 'pred-shorter'}/${next}`;
}

const role = process.argv[2] ?? 'source';
const root = process.argv[3] ?? '/work/shared/data/quotes/polnear';
const folds = new Set((process.env['POLNEAR_FOLDS'] ?? '1,2,3,4').split(',').map(Number));
const { dir, first } = polnearTrain(root);
const counts = new Map<string, number>();
let i = -1;
for (const [base, file] of first) {
  i++;
  if (!folds.has(i % 5)) continue;
  let text: string;
  try {
    text = readFileSync(join(dir, 'text', `${base}.txt`), 'utf8');
  } catch {
    continue;
  }
  const golds = goldAttributions(readFileSync(join(dir, 'attributions', file), 'utf8'), text);
  const reading = read(text, { published: null });
  const sentenceOf = (p: number): Span => reading.sentences.find((s) => s.start <= p && p < s.end) ?? { start: p, end: p };
  for (const g of golds) {
    const qs = reading.quotes.filter((q) => q.cue && overlaps(trim(text, q.cue), g.cue));
    const q = qs.find((x) => x.cue!.start === g.cue.start) ?? qs[0];
    let cat: string | null = null;
    if (role === 'source') {
      if (!g.source || reading.quotes.some((x) => x.source && eq(trim(text, x.source), g.source))) continue;
      cat = sourceCategory(text, g, q, sentenceOf);
    } else if (role === 'content') {
      cat = contentCategory(text, g, q);
    } else if (!q) {
      cat = 'cue-missed';
    } else if (!eq(trim(text, q.cue!), g.cue)) cat = 'cue-boundary';
    if (!cat) continue;
    counts.set(cat, (counts.get(cat) ?? 0) + 1);
    const show = (s: Span): string => `[${text.slice(s.start, s.end)}]`;
    const lo = Math.min(g.source?.start ?? g.cue.start, g.cue.start, g.content[0]?.start ?? g.cue.start);
    const ctx = text.slice(Math.max(0, lo - 40), Math.max(g.cue.end, g.content[0]?.end ?? 0) + 20).replace(/\s+/g, ' ');
    const pred = q ? `PRED src=${q.source ? show(q.source) : '-'} cue=${show(q.cue!)} content=${show(q.content).slice(0, 90)}` : 'PRED none';
    const gold = `GOLD src=${g.source ? show(g.source) : '-'} cue=${show(g.cue)} content=${g.content[0] ? show(g.content[0]).slice(0, 90) : '-'}`;
    process.stdout.write(`${cat}\t${base}\t${gold}\t${pred}\t${ctx.slice(0, 300)}\n`);
  }
}
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 60)) process.stderr.write(`${v}\t${k}\n`);
