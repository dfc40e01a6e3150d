// JSON and JSON Lines inputs: one article per record `{id?, url?, title?, text | html, published?, outlet?, language?}`.
import type { InputProblem, SourceDocument } from '../types.js';
import { MetadataError, toDeclaredMeta } from './metadata.js';

function recordToDocument(value: unknown, path: string, label: string): SourceDocument | InputProblem {
  const input = typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
    ? String((value as { id: string }).id)
    : label;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { input, message: `${label}: a record must be a JSON object with "text" or "html"` };
  }
  const record = value as Record<string, unknown>;
  const html = typeof record.html === 'string' ? record.html : null;
  const text = typeof record.text === 'string' ? record.text : null;
  if (html === null && text === null) return { input, message: `${label}: record has neither a "text" nor an "html" string` };
  if ((html ?? text)!.trim() === '') return { input, message: `${label}: record's ${html !== null ? 'html' : 'text'} is empty` };
  try {
    const meta = toDeclaredMeta(record, label);
    return { input, origin: label, format: html !== null ? 'html' : 'text', content: (html ?? text)!, meta };
  } catch (error) {
    if (error instanceof MetadataError) return { input, message: error.message };
    throw error;
  }
}

/** Each non-blank line one record; a malformed line is a problem for that line only. */
export function jsonLinesToDocuments(content: string, path: string): (SourceDocument | InputProblem)[] {
  const out: (SourceDocument | InputProblem)[] = [];
  const lines = content.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const label = `${path}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      out.push({ input: label, message: `${label}: not valid JSON (${(error as Error).message}); each line must be one JSON object` });
      return;
    }
    out.push(recordToDocument(value, path, label));
  });
  if (out.length === 0) out.push({ input: path, message: `${path}: holds no JSON records` });
  return out;
}

/** A .json file holds one record or an array of records. */
export function jsonToDocuments(content: string, path: string): (SourceDocument | InputProblem)[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return [{ input: path, message: `${path}: not valid JSON (${(error as Error).message})` }];
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return [{ input: path, message: `${path}: holds an empty array, no records` }];
    return value.map((v, i) => recordToDocument(v, path, `${path}[${i}]`));
  }
  return [recordToDocument(value, path, path)];
}
