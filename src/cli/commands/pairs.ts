// `corroborate reuse` and `corroborate similarity`: two inputs, or a file of pairs, one result per pair.
import { readFile } from 'node:fs/promises';
import { findReuse, similarity } from '../../link/index.js';
import { ingestAll } from '../../ingest/index.js';
import { textAsGiven } from '../../pipeline/index.js';
import type { Io, RunState } from '../context.js';
import { UsageError, warn, writeJsonLine } from '../context.js';

async function pairList(a: string | undefined, b: string | undefined, pairsFile: string | undefined): Promise<[string, string][]> {
  if (pairsFile) {
    if (a || b) throw new UsageError('give either two inputs or --pairs FILE, not both');
    let content: string;
    try {
      content = await readFile(pairsFile, 'utf8');
    } catch (error) {
      throw new UsageError(`--pairs ${pairsFile}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    const pairs: [string, string][] = [];
    content.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === '' || line.trimStart().startsWith('#')) return;
      const parts = line.trim().split(/\s+/);
      if (parts.length !== 2) throw new UsageError(`--pairs ${pairsFile}:${i + 1}: expected two paths separated by white space, got ${parts.length}`);
      pairs.push([parts[0]!, parts[1]!]);
    });
    return pairs;
  }
  if (!a || !b) throw new UsageError('give two inputs (a and b) or --pairs FILE');
  return [[a, b]];
}

/** Texts are loaded once each, as given (HTML reduced to its main text), so offsets index the files. */
async function textLoader(io: Io, state: RunState) {
  const cache = new Map<string, Promise<string | null>>();
  return (path: string) => {
    let entry = cache.get(path);
    if (!entry) {
      entry = (async () => {
        const { documents, problems } = await ingestAll([path], { ...state.ingest, readStdin: io.readStdin });
        for (const p of problems) {
          warn(io, p.message);
          state.failed = true;
        }
        if (documents.length !== 1) {
          if (problems.length === 0) {
            warn(io, `${path}: holds ${documents.length} documents; a pair needs one document per side`);
            state.failed = true;
          }
          return null;
        }
        return textAsGiven(documents[0]!);
      })();
      cache.set(path, entry);
    }
    return entry;
  };
}

export async function pairCommand(
  kind: 'reuse' | 'similarity',
  a: string | undefined,
  b: string | undefined,
  options: { json?: boolean; pairs?: string },
  io: Io,
  state: RunState,
): Promise<void> {
  const pairs = await pairList(a, b, options.pairs);
  const load = await textLoader(io, state);
  for (const [pa, pb] of pairs) {
    const [ta, tb] = await Promise.all([load(pa), load(pb)]);
    if (ta === null || tb === null) {
      if (options.json) writeJsonLine(io, { a: pa, b: pb, error: `could not read ${ta === null ? pa : pb}` });
      continue;
    }
    if (kind === 'similarity') {
      const score = similarity(ta, tb);
      if (options.json) writeJsonLine(io, { a: pa, b: pb, score });
      else io.stdout.write(`${score.toFixed(3)}\t${pa}\t${pb}\n`);
      continue;
    }
    const passages = findReuse(ta, tb);
    if (options.json) {
      writeJsonLine(io, { a: pa, b: pb, passages });
      continue;
    }
    io.stdout.write(`== ${pa} ~ ${pb}: ${passages.length} shared passage(s)\n`);
    for (const p of passages) {
      const show = (t: string, s: { start: number; end: number }) => t.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 140);
      io.stdout.write(`  [${p.similarity.toFixed(2)}] a ${p.a.start}-${p.a.end}: ${show(ta, p.a)}\n`);
      io.stdout.write(`         b ${p.b.start}-${p.b.end}: ${show(tb, p.b)}\n`);
    }
  }
}
