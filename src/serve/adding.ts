// What the browser or an API client hands the server, turned into SourceDocuments: uploaded files
// (read by ingest exactly as files on disk are, sidecar metadata included), a JSON body with the
// text or HTML, or a URL fetched server-side behind the public-target guard.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { assertPublicTarget, fileKind, ingestAll, TargetRefused, type WebOptions } from '../ingest/index.js';
import type { InputProblem, SourceDocument } from '../types.js';

export { TargetRefused };

/** Limits on what one request may make the server fetch or read. */
export interface FetchPolicy {
  /** Allow private, loopback and link-local targets (`--allow-private-fetch`). */
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  /** Articles taken from one feed or sitemap URL. */
  maxLinks: number;
}

export const DEFAULT_FETCH_POLICY: FetchPolicy = { allowPrivate: false, timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxLinks: 20 };

export class BadInput extends Error {}

export interface Gathered {
  documents: SourceDocument[];
  problems: InputProblem[];
}

function webOptions(policy: FetchPolicy): WebOptions {
  return {
    publicOnly: !policy.allowPrivate,
    timeoutMs: policy.timeoutMs,
    connectTimeoutMs: Math.min(policy.timeoutMs, 10_000),
    maxBytes: policy.maxBytes,
    maxLinks: policy.maxLinks,
    // One person's request, not a crawl: a short gap between robots.txt and the page is enough.
    hostDelayMs: 200,
  };
}

/**
 * A URL fetched server-side. Non-public targets are refused up front (TargetRefused) so the
 * caller can answer 403; the fetcher re-checks every redirect hop and the address it connects to.
 */
export async function documentsFromUrl(input: string, policy: FetchPolicy): Promise<Gathered> {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new BadInput(`"${input}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BadInput('only http and https URLs can be added');
  if (!policy.allowPrivate) await assertPublicTarget(url);
  return ingestAll([url.href], { web: webOptions(policy), maxBytes: policy.maxBytes });
}

const SIDECAR = /\.meta\.(ya?ml|json)$/i;

/** A file name safe to write in our own temporary folder: its last segment, plain characters only. */
function safeName(name: string, index: number): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  const cleaned = last.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '');
  return cleaned || `upload-${index + 1}.txt`;
}

/**
 * Uploaded files, read by ingest. Inputs are named `upload/<file name>`, so uploading the same
 * file again is recognised as the same article. Feeds and sitemaps are refused here: they would
 * make one upload fetch many pages; give their URL instead.
 */
export async function documentsFromUploads(files: { name: string; bytes: Uint8Array }[], policy: FetchPolicy): Promise<Gathered> {
  if (files.length === 0) throw new BadInput('choose at least one file');
  const dir = await mkdtemp(join(tmpdir(), 'corroborate-upload-'));
  try {
    const paths: string[] = [];
    const problems: InputProblem[] = [];
    const used = new Set<string>();
    for (const [i, file] of files.entries()) {
      const name = safeName(file.name, i);
      if (used.has(name)) {
        problems.push({ input: `upload/${name}`, message: `upload/${name}: given more than once; read the first copy only` });
        continue;
      }
      used.add(name);
      await writeFile(join(dir, name), file.bytes);
      if (SIDECAR.test(name)) continue; // read by ingest beside its article
      const kind = fileKind(name);
      if (kind === 'listing') problems.push({ input: `upload/${name}`, message: `upload/${name}: feeds and sitemaps are read from their URL, not uploaded` });
      else if (kind === null) problems.push({ input: `upload/${name}`, message: `upload/${name}: unsupported file type; use .txt, .md, .html, .htm, .html.gz, .json, .jsonl or .warc` });
      else paths.push(join(dir, name));
    }
    const read = paths.length > 0 ? await ingestAll(paths, { web: webOptions(policy), maxBytes: policy.maxBytes }) : { documents: [], problems: [] };
    const rename = (s: string) => s.split(`${dir}/`).join('upload/');
    return {
      documents: read.documents.map((d) => ({ ...d, input: rename(d.input), origin: rename(d.origin) })),
      problems: [...problems, ...read.problems.map((p) => ({ input: rename(p.input), message: rename(p.message) }))],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be a date like 2022-02-17').refine((v) => !Number.isNaN(Date.parse(v)), 'is not a valid date');

const urlBody = z.strictObject({ url: z.string().min(1) });
const contentBody = z
  .strictObject({
    text: z.string().min(1).optional(),
    html: z.string().min(1).optional(),
    title: z.string().optional(),
    published: isoDate.optional(),
    outlet: z.string().optional(),
    url: z.string().url().optional(),
  })
  .refine((v) => (v.text === undefined) !== (v.html === undefined), 'give exactly one of "text" or "html"');

/** POST /api/articles: a URL to fetch, or the article itself. */
export const postedArticle = z.union([urlBody, contentBody]);
export type PostedArticle = z.infer<typeof postedArticle>;
export type PostedContent = z.infer<typeof contentBody>;

/** A posted text or HTML: its input is derived from the content, so posting it again changes nothing. */
export function documentFromPosted(body: PostedContent): SourceDocument {
  const content = body.text ?? body.html ?? '';
  const format = body.html !== undefined ? 'html' : 'text';
  const digest = createHash('sha256').update(JSON.stringify([format, body.title ?? null, content])).digest('hex').slice(0, 16);
  const meta: SourceDocument['meta'] = {};
  if (body.title?.trim()) meta.title = body.title.trim();
  if (body.published) meta.published = body.published;
  if (body.outlet?.trim()) meta.outlet = body.outlet.trim();
  if (body.url) meta.url = body.url;
  const input = `posted/${digest}.${format === 'html' ? 'html' : 'txt'}`;
  return { input, origin: input, format, content, meta };
}

/** Turns a validation failure into one sentence. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/** A posted body as documents: a URL alone is fetched, a text or HTML taken as given. */
export async function documentsFromPosted(body: PostedArticle, policy: FetchPolicy): Promise<Gathered> {
  if ('text' in body || 'html' in body) return { documents: [documentFromPosted(body as PostedContent)], problems: [] };
  return documentsFromUrl(body.url!, policy);
}
