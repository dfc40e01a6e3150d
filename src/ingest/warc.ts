// WARC files (.warc, .warc.gz with one gzip member per record, as crawlers write them) →
// one document per successful HTML response. A damaged record or gzip member becomes a problem
// and reading resumes at the next record.
import { inflateRawSync } from 'node:zlib';
import type { InputProblem, SourceDocument } from '../types.js';
import { parseContentType, isHtmlType } from './content-type.js';
import { DecodeError, decodeBytes } from './decode.js';
import { HttpMessageError, parseHeaderLines, parseHttpResponse } from './http-message.js';

export interface WarcRecord {
  /** Byte offset of the record (or its gzip member) in the file. */
  offset: number;
  /** WARC header names lower-cased. */
  headers: Map<string, string>;
  block: Buffer;
}

export interface WarcDamage {
  offset: number;
  message: string;
}

const GZIP_MAGIC = [0x1f, 0x8b, 0x08];

const isGzipAt = (buf: Buffer, at: number) => buf[at] === GZIP_MAGIC[0] && buf[at + 1] === GZIP_MAGIC[1] && buf[at + 2] === GZIP_MAGIC[2];

function nextGzipMember(buf: Buffer, from: number): number {
  for (let i = buf.indexOf(0x1f, from); i >= 0; i = buf.indexOf(0x1f, i + 1)) if (isGzipAt(buf, i)) return i;
  return -1;
}

/** Inflate one gzip member starting at `at`; returns its data and where the next member starts. */
function inflateMember(buf: Buffer, at: number, maxBytes: number): { data: Buffer; next: number } {
  const flags = buf[at + 3]!;
  let p = at + 10;
  if (flags & 4) p += 2 + (buf[p]! | (buf[p + 1]! << 8)); // FEXTRA
  if (flags & 8) p = buf.indexOf(0, p) + 1; // FNAME
  if (flags & 16) p = buf.indexOf(0, p) + 1; // FCOMMENT
  if (flags & 2) p += 2; // FHCRC
  if (p <= at || p > buf.length) throw new Error('gzip header is cut short');
  const { buffer, engine } = inflateRawSync(buf.subarray(p), { info: true, maxOutputLength: maxBytes } as object) as unknown as {
    buffer: Buffer;
    engine: { bytesWritten: number };
  };
  const trailer = p + engine.bytesWritten;
  if (trailer + 8 > buf.length) throw new Error('gzip member is cut short');
  if (buf.readUInt32LE(trailer + 4) !== buffer.length % 2 ** 32) throw new Error('gzip member length check failed');
  return { data: buffer, next: trailer + 8 };
}

/** Split (and inflate) a file into the byte ranges its records live in. */
function segments(file: Buffer, maxBytes: number, damage: WarcDamage[]): { offset: number; data: Buffer }[] {
  if (!isGzipAt(file, 0)) return [{ offset: 0, data: file }];
  const out: { offset: number; data: Buffer }[] = [];
  let at = 0;
  while (at >= 0 && at < file.length) {
    try {
      const { data, next } = inflateMember(file, at, maxBytes);
      out.push({ offset: at, data });
      at = next;
    } catch (error) {
      damage.push({ offset: at, message: `gzip member at byte ${at} is damaged (${(error as Error).message})` });
      at = nextGzipMember(file, at + 1);
    }
  }
  return out;
}

const WARC_START = /^WARC\/\d+\.\d+\r?$/;

function findRecordStart(data: Buffer, from: number): number {
  for (let i = data.indexOf('WARC/', from); i >= 0; i = data.indexOf('WARC/', i + 1)) {
    if (i === 0 || data[i - 1] === 0x0a) return i;
  }
  return -1;
}

/** Parse the records in one inflated segment, resynchronising after damage. */
function parseRecords(data: Buffer, base: number, gz: boolean, records: WarcRecord[], damage: WarcDamage[]): void {
  let pos = 0;
  while (pos < data.length) {
    while (pos < data.length && (data[pos] === 0x0d || data[pos] === 0x0a)) pos++;
    if (pos >= data.length) break;
    const offset = gz ? base : base + pos;
    const headEnd = data.indexOf('\r\n\r\n', pos);
    const firstLine = data.subarray(pos, Math.min(data.length, pos + 20)).toString('latin1').split('\n')[0]!;
    if (WARC_START.test(firstLine) && headEnd < 0) {
      damage.push({ offset, message: `WARC record at byte ${offset} is cut short (its headers never end)` });
      return;
    }
    if (!WARC_START.test(firstLine)) {
      damage.push({ offset, message: `no WARC record header at byte ${offset}` });
      const next = findRecordStart(data, pos + 1);
      if (next < 0) return;
      pos = next;
      continue;
    }
    const headers = parseHeaderLines(data.subarray(pos, headEnd).toString('utf8').split(/\r?\n/).slice(1));
    const length = Number(headers.get('content-length'));
    const blockStart = headEnd + 4;
    if (!Number.isInteger(length) || length < 0) {
      damage.push({ offset, message: `WARC record at byte ${offset} has no valid Content-Length` });
      const next = findRecordStart(data, blockStart);
      if (next < 0) return;
      pos = next;
      continue;
    }
    if (blockStart + length > data.length) {
      damage.push({ offset, message: `WARC record at byte ${offset} is cut short (${data.length - blockStart} of ${length} bytes)` });
      return;
    }
    records.push({ offset, headers, block: data.subarray(blockStart, blockStart + length) });
    pos = blockStart + length;
  }
}

/** Every readable record of a WARC file, and what could not be read. */
export function readWarcRecords(file: Buffer, maxBytes: number): { records: WarcRecord[]; damage: WarcDamage[] } {
  const records: WarcRecord[] = [];
  const damage: WarcDamage[] = [];
  const gz = isGzipAt(file, 0);
  for (const segment of segments(file, maxBytes, damage)) parseRecords(segment.data, segment.offset, gz, records, damage);
  return { records, damage };
}

const targetUri = (headers: Map<string, string>) => (headers.get('warc-target-uri') ?? '').replace(/^<(.*)>$/, '$1').trim();

/** Documents for the HTML pages a WARC file captured with status 200; damage and undecodable pages as problems. */
export function warcToDocuments(file: Buffer, path: string, maxBytes: number): (SourceDocument | InputProblem)[] {
  const { records, damage } = readWarcRecords(file, maxBytes);
  const out: (SourceDocument | InputProblem)[] = damage.map((d) => ({ input: path, message: `${path}: ${d.message}` }));
  const seen = new Map<string, number>();
  let documents = 0;
  for (const record of records) {
    const type = record.headers.get('warc-type');
    const uri = targetUri(record.headers);
    let status = 200;
    let contentType: string | undefined;
    let body: Buffer;
    if (type === 'response' && /application\/http/i.test(record.headers.get('content-type') ?? 'application/http')) {
      try {
        const response = parseHttpResponse(record.block, maxBytes);
        status = response.status;
        contentType = response.headers.get('content-type');
        body = response.body;
      } catch (error) {
        if (!(error instanceof HttpMessageError)) throw error;
        out.push({ input: uri || path, message: `${path}: response record at byte ${record.offset}${uri ? ` for ${uri}` : ''}: ${error.message}` });
        continue;
      }
    } else if (type === 'resource') {
      contentType = record.headers.get('content-type');
      body = record.block;
    } else continue;
    const { mime, charset } = parseContentType(contentType);
    if (status !== 200 || !isHtmlType(mime) || body.length === 0 || !uri) continue;
    const count = (seen.get(uri) ?? 0) + 1;
    seen.set(uri, count);
    const input = count === 1 ? uri : `${uri}#capture-${count}`;
    try {
      const content = decodeBytes(body, 'html', charset);
      const date = record.headers.get('warc-date');
      documents++;
      out.push({
        input,
        origin: `${path} (record at byte ${record.offset})`,
        format: 'html',
        content,
        meta: { url: uri, ...(date && !Number.isNaN(Date.parse(date)) ? { retrieved: date } : {}) },
      });
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      out.push({ input, message: `${path}: page ${uri} (record at byte ${record.offset}) ${error.message}` });
    }
  }
  if (documents === 0 && !out.some((item) => !('content' in item))) {
    out.push({ input: path, message: `${path}: holds no HTML responses with status 200 (${records.length} WARC records read)` });
  } else if (documents === 0) {
    out.push({ input: path, message: `${path}: no HTML page could be read from it` });
  }
  return out;
}
