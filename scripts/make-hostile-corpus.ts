// Generates a corpus of hostile inputs (nothing is downloaded): binary files, broken gzip and gzip bombs,
// bad encodings, huge pages, deep nesting, 1 MB lines, regex-backtracking bait, NUL bytes, bidi controls,
// huge JSONL records, malformed feeds (entity expansion) and malformed WARC.
//
//   npx tsx scripts/make-hostile-corpus.ts [dir] [--small]     (default dir: .cache/hostile)
//
// One folder per class, so `npm run bench -- hostile [dir]` can run each class in its own process.
// Deterministic: the same options always write the same bytes. Feeds and sitemaps (.xml/.rss/.atom) are
// only read when named on the command line, so runners pass them explicitly (see listInputs).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { seededRandom as prng } from '../src/common/random.js';

export interface CorpusOptions {
  /** Small: one to three short inputs per class, for CI. Full: ≥ 1,000 inputs with 50 MB pages and 1 MB lines. */
  small?: boolean;
}

export interface HostileInput {
  kind: string;
  path: string;
}

const SEEDS = ['000_e65738cb91f1e9d0.txt', '004_d99e5f2553e52203.txt'];

/** Real article text to embed hostile content in; falls back to a sentence if the seeds are not there. */
function seedTexts(): string[] {
  const dir = fileURLToPath(new URL('../examples/security-guarantees/', import.meta.url));
  try {
    return SEEDS.map((f) => readFileSync(join(dir, f), 'utf8'));
  } catch {
    return ['MOSCOW, February 17. The Russian Foreign Ministry said on Thursday that it had handed its response to the US ambassador.'];
  }
}


const html = (body: string, head = '') => `<!doctype html><html><head><meta charset="utf-8"><title>Hostile</title>${head}</head><body>${body}</body></html>`;

type Generator = (i: number, small: boolean, seeds: string[]) => { name: string; data: string | Buffer };

/** Patterns that make naive regexes backtrack: long runs with no terminator where one is expected. */
const BAIT: ((n: number) => string)[] = [
  (n) => ' '.repeat(n),
  (n) => '.'.repeat(n),
  (n) => '"'.repeat(n),
  (n) => '“'.repeat(n),
  (n) => "'".repeat(n),
  (n) => 'a '.repeat(n / 2),
  (n) => 'Said '.repeat(n / 5),
  (n) => 'John Smith '.repeat(n / 11),
  (n) => 'The President Of The United States '.repeat(n / 36),
  (n) => '"He said '.repeat(n / 9),
  (n) => 'said "'.repeat(n / 6),
  (n) => '« '.repeat(n / 2),
  (n) => '-'.repeat(n),
  (n) => '—'.repeat(n),
  (n) => ', '.repeat(n / 2),
  (n) => '\n'.repeat(n),
  (n) => '\n \n'.repeat(n / 3),
  (n) => '('.repeat(n / 2) + ')'.repeat(n / 2),
  (n) => '<'.repeat(n),
  (n) => '<div '.repeat(n / 5),
  (n) => '1'.repeat(n),
  (n) => '17 February '.repeat(n / 12),
  (n) => 'on Monday and Tuesday and '.repeat(n / 26),
  (n) => 'Mr. '.repeat(n / 4),
  (n) => 'U.S.'.repeat(n / 4),
  (n) => 'http://a.b/'.repeat(n / 11),
  (n) => 'according to '.repeat(n / 13),
  (n) => 'Ministry of Foreign Affairs of '.repeat(n / 31),
  (n) => 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'.repeat(n / 45),
  (n) => `${'x'.repeat(n - 1)}\u0000`,
];

const GENERATORS: Record<string, { count: [small: number, full: number]; make: Generator }> = {
  binary: {
    count: [2, 120],
    make: (i, small) => {
      const r = prng(i + 1);
      const size = small ? 4096 : 1024 * (1 + (i % 64)) * (i % 10 === 0 ? 64 : 1);
      const bytes = Buffer.alloc(size);
      for (let k = 0; k < size; k++) bytes[k] = Math.floor(r() * 256);
      return { name: `${i}.${['txt', 'html', 'md', 'json'][i % 4]}`, data: bytes };
    },
  },
  'truncated-gzip': {
    count: [2, 60],
    make: (i, _small, seeds) => {
      const full = gzipSync(html(`<article><p>${seeds[i % seeds.length]!}</p></article>`));
      const cut = Math.max(1, Math.floor((full.length * ((i * 37) % 97)) / 100));
      return { name: `${i}.html.gz`, data: full.subarray(0, cut) };
    },
  },
  'gzip-bomb': {
    count: [1, 12],
    make: (i, small) => {
      // Decompresses far past the 50 MB file limit (or, small, a few MB) from a small file.
      const mb = small ? 4 : [60, 200, 500][i % 3]!;
      const chunk = Buffer.alloc(1024 * 1024, i % 2 ? 0x20 : 0x61);
      const parts: Buffer[] = [];
      const z = gzipSync(chunk, { level: 9 });
      // Concatenated gzip members are one valid stream; this keeps generation memory small.
      for (let k = 0; k < mb; k++) parts.push(z);
      return { name: `${i}.${i % 2 ? 'txt' : 'html'}.gz`, data: Buffer.concat(parts) };
    },
  },
  encoding: {
    count: [3, 150],
    make: (i, _small, seeds) => {
      const text = seeds[i % seeds.length]!.slice(0, 3000);
      const variant = i % 10;
      const utf8 = Buffer.from(text, 'utf8');
      switch (variant) {
        case 0: // invalid UTF-8 sequences sprinkled in
          return { name: `${i}.txt`, data: Buffer.concat([utf8.subarray(0, 500), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]), utf8.subarray(500)]) };
        case 1: // UTF-16LE without a BOM
          return { name: `${i}.txt`, data: Buffer.from(text, 'utf16le') };
        case 2: // UTF-16BE with a BOM
          return { name: `${i}.txt`, data: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]) };
        case 3: // Latin-1 and UTF-8 mixed in one file
          return { name: `${i}.txt`, data: Buffer.concat([Buffer.from('Caf\u00e9 na\u00efve r\u00e9sum\u00e9 ', 'latin1'), utf8]) };
        case 4: // a meta charset that lies
          return { name: `${i}.html`, data: Buffer.from(html(`<p>${text}</p>`).replace('utf-8', 'shift_jis'), 'utf8') };
        case 5: // an unknown charset
          return { name: `${i}.html`, data: Buffer.from(html(`<p>${text}</p>`).replace('utf-8', 'x-no-such-charset-\u0000'), 'utf8') };
        case 6: // lone surrogates through JSON escapes
          return { name: `${i}.json`, data: JSON.stringify({ id: `s${i}`, text: `\ud800 ${text} \udfff\ud83d` }).replace(/\\u/g, '\\u') };
        case 7: // overlong encodings and 5/6-byte sequences
          return { name: `${i}.txt`, data: Buffer.concat([utf8.subarray(0, 200), Buffer.from([0xc0, 0xaf, 0xe0, 0x80, 0xaf, 0xf8, 0x88, 0x80, 0x80, 0x80, 0xfc, 0x84]), utf8.subarray(200)]) };
        case 8: // two BOMs
          return { name: `${i}.txt`, data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), utf8]) };
        default: // a BOM for UTF-32
          return { name: `${i}.txt`, data: Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf8]) };
      }
    },
  },
  'huge-page': {
    count: [1, 6],
    make: (i, small, seeds) => {
      const target = small ? 2 * 1024 * 1024 : [45, 49, 55][i % 3]! * 1024 * 1024;
      const para = `<p>${seeds[i % seeds.length]!.slice(0, 2000).replace(/[<&]/g, ' ')}</p>\n`;
      const body = para.repeat(Math.ceil(target / para.length));
      return { name: `${i}.html`, data: html(i % 2 ? `<article>${body}</article>` : `<div>${body}</div>`) };
    },
  },
  nesting: {
    count: [2, 40],
    make: (i, small) => {
      const depth = small ? 20_000 : 100_000 * (1 + (i % 3));
      const tags = ['div', 'span', 'b', 'table', 'ul', 'p'];
      const tag = tags[i % tags.length]!;
      if (i % 5 === 4) return { name: `${i}.json`, data: `${'['.repeat(depth)}${']'.repeat(depth)}` };
      if (i % 5 === 3) return { name: `${i}.html`, data: html(`<${tag}>`.repeat(depth) + 'text') };
      return { name: `${i}.html`, data: html(`<${tag}>`.repeat(depth) + 'Deep text. '.repeat(10) + `</${tag}>`.repeat(depth)) };
    },
  },
  'long-line': {
    count: [2, 60],
    make: (i, small, seeds) => {
      const size = small ? 100_000 : 1024 * 1024;
      const words = seeds[i % seeds.length]!.replace(/\s+/g, ' ');
      const sources = [
        () => words.replace(/[.!?]/g, ''),
        () => words,
        () => 'x'.repeat(size),
        () => words.replace(/ /g, ''),
      ];
      const unit = sources[i % sources.length]!();
      const line = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      return { name: `${i}.${i % 3 ? 'txt' : 'html'}`, data: i % 3 ? line : html(`<p>${line}</p>`) };
    },
  },
  backtracking: {
    count: [BAIT.length, BAIT.length * 8],
    make: (i, small, seeds) => {
      const bait = BAIT[i % BAIT.length]!;
      const sizes = small ? [5_000] : [2_000, 20_000, 100_000, 250_000];
      const n = sizes[Math.floor(i / BAIT.length) % sizes.length]!;
      const seed = seeds[0]!.slice(0, 600);
      // Half inside a real article (so read sees sentences around it), half bare; some as HTML.
      const text = Math.floor(i / (BAIT.length * sizes.length)) % 2 ? `${seed}\n\n${bait(n)}\n\n${seed}` : bait(n);
      return { name: `${i}.${i % 4 === 3 ? 'html' : 'txt'}`, data: i % 4 === 3 ? html(`<p>${text.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</p>`) : text };
    },
  },
  nul: {
    count: [2, 60],
    make: (i, _small, seeds) => {
      const text = seeds[i % seeds.length]!;
      const r = prng(1000 + i);
      const every = 1 + (i % 20);
      let out = '';
      for (let k = 0; k < text.length; k++) out += text[k] + (k % every === 0 && r() < 0.5 ? '\u0000' : '');
      return { name: `${i}.${i % 2 ? 'txt' : 'html'}`, data: i % 2 ? out : html(`<p>${out}</p>`) };
    },
  },
  bidi: {
    count: [2, 60],
    make: (i, _small, seeds) => {
      const controls = ['\u202e', '\u202d', '\u202a', '\u202b', '\u202c', '\u2066', '\u2067', '\u2068', '\u2069', '\u200b', '\u200e', '\u200f', '\ufeff', '\u00ad'];
      const words = seeds[i % seeds.length]!.split(' ');
      const r = prng(2000 + i);
      const out = words.map((w) => (r() < 0.3 ? controls[Math.floor(r() * controls.length)]! + w : w)).join(i % 3 ? ' ' : '\u2028');
      return { name: `${i}.txt`, data: out };
    },
  },
  jsonl: {
    count: [2, 50],
    make: (i, small, seeds) => {
      const size = small ? 200_000 : [1, 10, 30][i % 3]! * 1024 * 1024;
      const text = seeds[i % seeds.length]!;
      const lines: string[] = [];
      switch (i % 5) {
        case 0: // one huge record
          lines.push(JSON.stringify({ id: `huge${i}`, text: text.repeat(Math.ceil(size / text.length)) }));
          break;
        case 1: // many small records, some broken
          for (let k = 0; k < (small ? 50 : 2000); k++) lines.push(k % 7 === 3 ? `{"id": "r${k}", "text": "unterminated` : JSON.stringify({ id: `r${i}-${k}`, text: `${k}. ${text.slice(0, 300)}` }));
          break;
        case 2: // duplicate ids, wrong types
          lines.push(JSON.stringify({ id: 'dup', text }), JSON.stringify({ id: 'dup', text }), JSON.stringify({ id: 5, text: ['a'] }), JSON.stringify({ text: null }), '[]', 'null', '"x"');
          break;
        case 3: // a deeply nested record
          lines.push(`{"id":"deep${i}","text":"x","meta":${'{"a":'.repeat(small ? 5000 : 50_000)}1${'}'.repeat(small ? 5000 : 50_000)}}`);
          break;
        default: // a record whose text is one huge line of one character
          lines.push(JSON.stringify({ id: `line${i}`, text: '"'.repeat(size / 4) }));
      }
      return { name: `${i}.jsonl`, data: lines.join('\n') };
    },
  },
  feed: {
    count: [3, 70],
    make: (i, small) => {
      const n = small ? 6 : 9;
      switch (i % 6) {
        case 0: { // billion laughs
          let dtd = '<!ENTITY lol0 "lol">';
          for (let k = 1; k <= n; k++) dtd += `<!ENTITY lol${k} "${`&lol${k - 1};`.repeat(10)}">`;
          return { name: `${i}.rss`, data: `<?xml version="1.0"?><!DOCTYPE rss [${dtd}]><rss version="2.0"><channel><title>&lol${n};</title><item><title>&lol${n};</title><description>&lol${n};</description></item></channel></rss>` };
        }
        case 1: // external entity
          return { name: `${i}.xml`, data: `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title></item></channel></rss>` };
        case 2: // truncated in the middle of an item
          return { name: `${i}.rss`, data: `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><link>http://127.0.0.1:9/a` };
        case 3: // not XML at all
          return { name: `${i}.atom`, data: '\u0000\u0001<feed<<<>>>&&&;'.repeat(100) };
        case 4: // deeply nested elements
          return { name: `${i}.xml`, data: `<?xml version="1.0"?><rss><channel>${'<x>'.repeat(small ? 5000 : 100_000)}</channel></rss>` };
        default: // a feed whose only link is to a private address (refused, never fetched)
          return { name: `${i}.atom`, data: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>E</title><link href="http://127.0.0.1:9/x"/></entry></feed>` };
      }
    },
  },
  warc: {
    count: [3, 80],
    make: (i, _small, seeds) => {
      const body = html(`<article><p>${seeds[i % seeds.length]!.slice(0, 2000)}</p></article>`);
      const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
      const record = (block: string, length = Buffer.byteLength(block), type = 'response') =>
        `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: http://example.com/${i}\r\nWARC-Date: 2022-02-17T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:${i}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${length}\r\n\r\n${block}\r\n\r\n`;
      switch (i % 8) {
        case 0: return { name: `${i}.warc`, data: record(http).slice(0, 300) };
        case 1: return { name: `${i}.warc`, data: record(http, 999_999_999) };
        case 2: return { name: `${i}.warc`, data: record(http, -5) };
        case 3: return { name: `${i}.warc`, data: `WARC/1.0\r\n${'X-Header: y\r\n'.repeat(10_000)}` };
        case 4: return { name: `${i}.warc.gz`, data: Buffer.concat([gzipSync(record(http)), gzipSync(record(http)).subarray(0, 40), gzipSync(record(http))]) };
        case 5: return { name: `${i}.warc`, data: record('HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Type: text/html\r\n\r\nnot gzip at all') };
        case 6: return { name: `${i}.warc`, data: record(`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\nZZZZ\r\n${body}`) };
        default: return { name: `${i}.warc`, data: record(http) + '\u0000'.repeat(1000) + record(http).replace('WARC/1.0', 'WARC/9.9') };
      }
    },
  },
};

export const CLASSES = Object.keys(GENERATORS);

/** Writes the corpus into `dir` (one folder per class, replacing what was there) and lists what it wrote. */
export function makeHostileCorpus(dir: string, options: CorpusOptions = {}): HostileInput[] {
  const small = options.small ?? false;
  const seeds = seedTexts();
  const written: HostileInput[] = [];
  for (const [kind, gen] of Object.entries(GENERATORS)) {
    const classDir = join(dir, kind);
    rmSync(classDir, { recursive: true, force: true });
    mkdirSync(classDir, { recursive: true });
    const count = gen.count[small ? 0 : 1];
    for (let i = 0; i < count; i++) {
      const { name, data } = gen.make(i, small, seeds);
      const path = join(classDir, name);
      writeFileSync(path, data);
      written.push({ kind, path });
    }
  }
  return written;
}

/** The command-line inputs for one class folder: the folder itself, plus feeds named one by one (a folder walk skips them). */
export function classInputs(classDir: string): string[] {
  const feeds = readdirSync(classDir).filter((f) => /\.(xml|rss|atom)$/i.test(f)).sort().map((f) => join(classDir, f));
  return [classDir, ...feeds];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? '.cache/hostile';
  const started = Date.now();
  const written = makeHostileCorpus(dir, { small: args.includes('--small') });
  const byKind = new Map<string, number>();
  for (const w of written) byKind.set(w.kind, (byKind.get(w.kind) ?? 0) + 1);
  console.log(`${written.length} inputs in ${dir} (${((Date.now() - started) / 1000).toFixed(1)} s): ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
}
