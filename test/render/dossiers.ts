// Dossiers for the render tests: the seed fixture, one whose every string is an XSS
// filter-evasion vector (after the OWASP cheat sheet), and a large one (100 outlets).
import { readFileSync } from 'node:fs';
import { dossierSchema, type Dossier, type DossierArticle, type DossierStory } from '../../src/dossier/schema.js';

export function seedDossier(): Dossier {
  const raw = readFileSync(new URL('../fixtures/render/dossier.json', import.meta.url), 'utf8');
  return dossierSchema.parse(JSON.parse(raw));
}

/** Vectors that must come out as text. Each contains characters that are markup when unescaped. */
export const VECTORS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</style><script>alert(2)</script>',
  '</textarea></title><iframe src="javascript:alert(3)">',
  '<a href="javascript:alert(4)">x</a>',
  '<IMG SRC=`javascript:alert(5)`>',
  '<body onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(6)>',
  '<svg><animate onbegin=alert(7) attributeName=x dur=1s>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(8)>',
  '{{constructor.constructor("alert(9)")()}}',
  '${alert(10)}',
  '<!--<img src="--><img src=x onerror=alert(11)//">',
  '<div style="background:url(http://evil.example/x.png)">',
  '<link rel=stylesheet href=http://evil.example/x.css>',
  '\u001b[31mRED\u001b[0m\u0007',
  '=HYPERLINK("http://evil.example","click")',
  '| pipe | [link](javascript:alert(12)) *em* `code`',
  'line one\r\nline two\u2028three',
];

const vector = (i: number) => VECTORS[i % VECTORS.length]!;

export function hostileDossier(): Dossier {
  const text = VECTORS.join('\n\n');
  const articles: DossierArticle[] = VECTORS.map((v, i) => ({
    id: `in/${v}`,
    input: v,
    title: vector(i + 1),
    url: i % 3 === 0 ? 'javascript:alert(13)' : i % 3 === 1 ? ' JaVaScRiPt:alert(14)' : `https://example.org/?q=${encodeURIComponent(v)}"onmouseover="alert(15)`,
    outlet: vector(i + 2),
    published: vector(i + 3),
    language: vector(i + 4),
    authors: [vector(i + 5)],
    words: 10,
    notes: [vector(i + 6)],
    text,
  }));
  const ids = articles.map((a) => a.id);
  const outlets = articles.map((a) => a.outlet!);
  const firstSpan = { start: 0, end: VECTORS[0]!.length };
  const ev = (i: number) => ({ article: ids[i % ids.length]!, sentence: firstSpan, text: vector(i) });
  const story: DossierStory = {
    id: vector(0),
    title: vector(1),
    articles: ids,
    outlets,
    firstPublished: vector(2),
    lastPublished: vector(3),
    reasons: VECTORS,
    claims: VECTORS.map((v, i) => ({
      id: `c${i}`,
      text: v,
      speaker: i % 2 ? vector(i + 1) : null,
      articles: [ids[i]!, ids[(i + 1) % ids.length]!],
      outlets: [outlets[i]!, outlets[(i + 1) % outlets.length]!],
      evidence: [ev(i)],
    })),
    shared: VECTORS.map((_, i) => `c${i}`),
    unique: [{ outlet: outlets[0]!, claims: ['c0'] }],
    omitted: [],
    conflicts: [],
    quotes: VECTORS.map((v, i) => ({
      speaker: vector(i + 3),
      name: v,
      quotes: [{ article: ids[i]!, text: vector(i + 1), content: firstSpan, cue: vector(i + 2), direct: i % 2 === 0, sentence: firstSpan }],
    })),
    actors: VECTORS.map((v, i) => ({
      id: vector(i + 3),
      name: v,
      type: 'person' as const,
      kind: vector(i + 1),
      aliases: [vector(i + 2)],
      roles: [vector(i + 4)],
      code: vector(i + 5),
      partOf: vector(i + 6),
      articles: [ids[i]!],
      mentions: 1,
      positions: [{ type: vector(i + 7), target: vector(i + 8), negated: false, modality: vector(i + 9), trigger: v, date: vector(i + 10), evidence: ev(i) }],
    })),
    timeline: VECTORS.map((v, i) => ({
      date: i % 2 ? '2022-02-17' : v,
      precision: 'day' as const,
      text: v,
      expression: vector(i + 1),
      sources: [ev(i)],
    })),
    reuse: [
      {
        a: ids[0]!,
        b: ids[1]!,
        relation: 'copied' as const,
        origin: ids[0]!,
        // Overlapping, out-of-range and empty spans, as a buggy upstream might produce.
        passages: [
          { a: { start: 0, end: 30 }, b: { start: 10, end: 40 }, similarity: 0.9, textA: vector(1), textB: vector(2) },
          { a: { start: 20, end: 60 }, b: { start: text.length - 5, end: text.length + 50 }, similarity: 0.8, textA: vector(3), textB: vector(4) },
          { a: { start: 70, end: 70 }, b: { start: 5, end: 3 }, similarity: 0.5, textA: '', textB: '' },
        ],
      },
    ],
  };
  return dossierSchema.parse({
    schemaVersion: '1.0',
    tool: { name: 'corroborate', version: vector(5) },
    articles,
    stories: [story],
    problems: VECTORS.map((v, i) => ({ input: v, message: vector(i + 1) })),
  });
}

/** 100 outlets, long texts, many claims and reuse pairs. */
export function largeDossier(outletCount = 100, wordsPerArticle = 5000): Dossier {
  const words = ['security', 'guarantees', 'ministry', 'statement', 'NATO', 'Donbass', 'response', 'treaty'];
  const articles: DossierArticle[] = Array.from({ length: outletCount }, (_, i) => {
    const text = Array.from({ length: wordsPerArticle }, (_, w) => words[(w * 7 + i) % words.length]).join(' ') + '. Supercalifragilistic'.repeat(40);
    return {
      id: `large/${i}.html`,
      input: `large/${i}.html`,
      title: `Article ${i} about the security guarantees`,
      url: `https://outlet${i}.example/news/${i}`,
      outlet: `Outlet ${i}`,
      published: `2022-02-${String(1 + (i % 28)).padStart(2, '0')}`,
      language: 'en',
      authors: [],
      words: wordsPerArticle,
      notes: [],
      text,
    };
  });
  const ids = articles.map((a) => a.id);
  const outlets = articles.map((a) => a.outlet!);
  const claims = Array.from({ length: 150 }, (_, c) => {
    const carriers = ids.filter((_, i) => (i * 31 + c) % (1 + (c % 50)) === 0);
    const chosen = carriers.length ? carriers : [ids[c % ids.length]!];
    return {
      id: `c${c}`,
      text: `Claim number ${c} about the statement`,
      speaker: null,
      articles: chosen,
      outlets: chosen.map((id) => outlets[ids.indexOf(id)]!),
      evidence: chosen.slice(0, 3).map((id) => ({ article: id, sentence: { start: 0, end: 8 }, text: 'security' })),
    };
  }).sort((a, b) => b.outlets.length - a.outlets.length);
  const reuse = [];
  for (let i = 0; i < outletCount; i++) {
    for (let j = i + 1; j < outletCount; j += 7) {
      reuse.push({
        a: ids[i]!,
        b: ids[j]!,
        relation: 'copied' as const,
        origin: ids[i]!,
        passages: [0, 1, 2].map((k) => ({ a: { start: k * 300, end: k * 300 + 120 }, b: { start: k * 310, end: k * 310 + 120 }, similarity: 0.9, textA: 'x', textB: 'y' })),
      });
    }
  }
  const story: DossierStory = {
    id: 'big',
    title: 'A story carried by a hundred outlets',
    articles: ids,
    outlets,
    firstPublished: '2022-02-01',
    lastPublished: '2022-02-28',
    reasons: ['Shared actors'],
    claims,
    shared: claims.filter((c) => c.outlets.length > 1).map((c) => c.id),
    unique: outlets.map((o) => ({ outlet: o, claims: claims.filter((c) => c.outlets.length === 1 && c.outlets[0] === o).map((c) => c.id) })),
    omitted: [],
    conflicts: [],
    quotes: [{ speaker: 'ministry', name: 'Foreign Ministry', quotes: ids.map((id) => ({ article: id, text: 'We have nothing to be ashamed of', content: { start: 0, end: 8 }, cue: 'said', direct: true, sentence: { start: 0, end: 8 } })) }],
    actors: [],
    timeline: Array.from({ length: 200 }, (_, i) => ({ date: `2022-01-${String(1 + (i % 28)).padStart(2, '0')}`, precision: 'day' as const, text: `Event ${i}`, expression: 'on Jan', sources: [{ article: ids[i % ids.length]!, sentence: { start: 0, end: 8 }, text: 'security' }] })),
    reuse,
  };
  return dossierSchema.parse({ schemaVersion: '1.0', tool: { name: 'corroborate', version: '0.1.0' }, articles, stories: [story], problems: [] });
}
