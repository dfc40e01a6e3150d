// The ingest stage: paths, directories, globs, `-` (stdin), http(s) URLs, feeds, sitemaps and WARC
// files → decoded SourceDocuments, in input order. I/O lives here; a bad input becomes an
// InputProblem and the rest go on.
import { readFile, readdir, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { basename, extname, join } from 'node:path';
import fg from 'fast-glob';
import type { InputProblem, SourceDocument, SourceFormat } from '../types.js';
import { DecodeError, decodeBytes } from './decode.js';
import { MetadataError, mergeMeta, parseSidecar, splitFrontMatter } from './metadata.js';
import { jsonLinesToDocuments, jsonToDocuments } from './records.js';
import { sniffListing } from './listing.js';
import { warcToDocuments } from './warc.js';
import { WebSession, listingFileItems, urlItems, type WebOptions } from './web.js';

export type { WebOptions } from './web.js';
export { isPublicAddress, assertPublicTarget, TargetRefused } from './address.js';

export type IngestItem = SourceDocument | InputProblem;

export interface IngestOptions {
  /** Reads standard input for `-`; injectable for tests. */
  readStdin?: () => Promise<Uint8Array>;
  /** Largest file read, in bytes (default 50 MB); also caps fetched pages unless `web.maxBytes` is set. */
  maxBytes?: number;
  /** Fetching URLs, feeds and sitemaps: timeouts, size cap, robots.txt, private-address guard. */
  web?: WebOptions;
}

export function isProblem(item: IngestItem): item is InputProblem {
  return !('content' in item);
}

type FileKind = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'warc' | 'listing';

const URL_INPUT = /^https?:\/\//i;

const SIDECAR = /\.meta\.(ya?ml|json)$/i;

/** The kind of an input file from its name, or null when it is not one we read. */
export function fileKind(path: string): FileKind | null {
  const name = basename(path).toLowerCase().replace(/\.gz$/, '');
  if (SIDECAR.test(name)) return null;
  switch (extname(name)) {
    case '.txt': case '.text': return 'text';
    case '.md': case '.markdown': return 'markdown';
    case '.html': case '.htm': case '.xhtml': return 'html';
    case '.json': return 'json';
    case '.jsonl': case '.ndjson': return 'jsonl';
    case '.warc': return 'warc';
    case '.xml': case '.rss': case '.atom': return 'listing';
    default: return null;
  }
}

const GLOB_CHARS = /[*?[\]{}]/;

async function listDirectory(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listDirectory(path)));
    // Feeds and sitemaps are read only when named: walking a folder should not start fetching the web.
    else if (entry.isFile() && fileKind(path) && fileKind(path) !== 'listing') found.push(path);
  }
  return found;
}

async function sidecarMeta(path: string) {
  const stem = path.replace(/\.gz$/i, '').replace(/\.[^./]+$/, '');
  for (const ext of ['.meta.yaml', '.meta.yml', '.meta.json']) {
    const candidate = stem + ext;
    let text: string;
    try {
      text = await readFile(candidate, 'utf8');
    } catch {
      continue;
    }
    return parseSidecar(text, candidate);
  }
  return {};
}

function sniffFormat(text: string): SourceFormat {
  return /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(text) ? 'html' : 'text';
}

function documentsFromContent(
  input: string,
  kind: Exclude<FileKind, 'warc' | 'listing'>,
  content: string,
  sidecar: SourceDocument['meta'],
): IngestItem[] {
  if (kind === 'json') return jsonToDocuments(content, input);
  if (kind === 'jsonl') return jsonLinesToDocuments(content, input);
  if (kind === 'html') return [{ input, origin: input, format: 'html', content, meta: sidecar }];
  const { meta, body } = splitFrontMatter(content, input);
  if (body.trim() === '') return [{ input, message: `${input}: has no text after its front matter` }];
  return [{ input, origin: input, format: kind, content: body, meta: mergeMeta(meta, sidecar) }];
}

const SUPPORTED = '.txt, .md, .html, .htm, .html.gz, .json, .jsonl, .warc, .warc.gz, .xml, .rss or .atom';

/** A local file as documents; feeds and sitemaps (including JSON Feed in .json) lead on to the web. */
async function* readInputFile(path: string, maxBytes: number, web: () => WebSession, named: boolean): AsyncGenerator<IngestItem> {
  const kind = fileKind(path);
  if (!kind) {
    yield { input: path, message: `${path}: unsupported file type; use ${SUPPORTED}` };
    return;
  }
  let items: IngestItem[];
  try {
    const info = await stat(path);
    if (info.size > maxBytes) {
      yield { input: path, message: `${path}: is ${info.size} bytes, over the ${maxBytes}-byte limit` };
      return;
    }
    let bytes: Uint8Array = await readFile(path);
    // A .warc.gz is read member by member so one damaged record does not lose the rest.
    if (kind === 'warc') {
      yield* warcToDocuments(Buffer.from(bytes), path, maxBytes);
      return;
    }
    if (/\.gz$/i.test(path)) {
      try {
        bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
      } catch (error) {
        yield { input: path, message: `${path}: cannot be gunzipped (${(error as Error).message})` };
        return;
      }
    }
    if (kind === 'listing') {
      yield* listingFileItems(path, bytes, web());
      return;
    }
    const content = decodeBytes(bytes, kind === 'html' ? 'html' : 'text');
    if (kind === 'json' && sniffListing(content) === 'feed') {
      if (!named) yield { input: path, message: `${path}: is a JSON Feed; name it as an input on its own to fetch the articles it lists` };
      else yield* listingFileItems(path, bytes, web());
      return;
    }
    items = documentsFromContent(path, kind, content, await sidecarMeta(path));
  } catch (error) {
    if (error instanceof DecodeError || error instanceof MetadataError) items = [{ input: path, message: `${path}: ${error.message.replace(`${path}: `, '')}` }];
    else {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES') items = [{ input: path, message: `${path}: permission denied` }];
      else if (code === 'EISDIR') items = [{ input: path, message: `${path}: is a directory` }];
      else items = [{ input: path, message: `${path}: cannot be read (${(error as Error).message})` }];
    }
  }
  yield* items;
}

async function defaultStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readStdinInput(options: IngestOptions): Promise<IngestItem[]> {
  const bytes = await (options.readStdin ?? defaultStdin)();
  try {
    const text = decodeBytes(bytes, 'text');
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{')) {
      const firstLine = trimmed.split('\n', 1)[0]!;
      try {
        JSON.parse(firstLine);
        return jsonLinesToDocuments(text, '-');
      } catch {
        return jsonToDocuments(text, '-');
      }
    }
    if (trimmed.startsWith('[')) return jsonToDocuments(text, '-');
    const format = sniffFormat(text);
    return documentsFromContent('-', format === 'html' ? 'html' : 'text', text, {});
  } catch (error) {
    if (error instanceof DecodeError || error instanceof MetadataError) return [{ input: '-', message: `standard input: ${error.message}` }];
    throw error;
  }
}

/** Expand one argument to the files it names, or a problem. */
async function expand(arg: string): Promise<{ files: string[] } | InputProblem> {
  try {
    const info = await stat(arg);
    if (info.isDirectory()) {
      const files = await listDirectory(arg);
      return files.length > 0 ? { files } : { input: arg, message: `${arg}: directory holds no readable files (.txt, .md, .html, .htm, .html.gz, .json, .jsonl, .warc, .warc.gz)` };
    }
    return { files: [arg] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && GLOB_CHARS.test(arg)) {
      const files = (await fg(arg, { onlyFiles: true, dot: false })).filter((f) => fileKind(f)).sort();
      return files.length > 0 ? { files } : { input: arg, message: `${arg}: pattern matches no readable files` };
    }
    if (code === 'ENOENT') return { input: arg, message: `${arg}: no such file or directory` };
    if (code === 'EACCES') return { input: arg, message: `${arg}: permission denied` };
    return { input: arg, message: `${arg}: cannot be read (${(error as Error).message})` };
  }
}

/** Read every input, yielding documents and problems in input order. */
export async function* ingest(inputs: string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  let session: WebSession | null = null;
  // One session per run, made on first use, so robots.txt and per-host delays span all inputs.
  const web = () => (session ??= new WebSession(options.web, options.maxBytes));
  for (const arg of inputs) {
    if (URL_INPUT.test(arg)) {
      yield* urlItems(arg, web());
      continue;
    }
    if (arg === '-') {
      yield* await readStdinInput(options);
      continue;
    }
    const expanded = await expand(arg);
    if ('message' in expanded) {
      yield expanded;
      continue;
    }
    const named = expanded.files.length === 1 && expanded.files[0] === arg;
    for (const file of expanded.files) yield* readInputFile(file, maxBytes, web, named);
  }
}

/** Collect all of ingest's output. */
export async function ingestAll(inputs: string[], options: IngestOptions = {}): Promise<{ documents: SourceDocument[]; problems: InputProblem[] }> {
  const documents: SourceDocument[] = [];
  const problems: InputProblem[] = [];
  for await (const item of ingest(inputs, options)) {
    if (isProblem(item)) problems.push(item);
    else documents.push(item);
  }
  return { documents, problems };
}
