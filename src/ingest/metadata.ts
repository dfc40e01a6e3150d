// Declared metadata: YAML front matter at the top of a text file, or a sidecar file beside it.
import { parse as parseYaml } from 'yaml';
import type { DeclaredMeta } from '../types.js';

export class MetadataError extends Error {}

const FIELDS = ['id', 'url', 'title', 'published', 'outlet', 'language'] as const;

/** Validate a parsed metadata object; unknown keys are ignored so sidecars may carry notes. */
export function toDeclaredMeta(value: unknown, where: string): DeclaredMeta {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new MetadataError(`${where}: metadata must be a mapping of fields`);
  const record = value as Record<string, unknown>;
  const meta: DeclaredMeta = {};
  for (const key of FIELDS) {
    const v = record[key];
    if (v === undefined || v === null || v === '') continue;
    if (v instanceof Date) meta[key] = v.toISOString().slice(0, 10);
    else if (typeof v === 'string' || typeof v === 'number') meta[key] = String(v).trim();
    else throw new MetadataError(`${where}: field "${key}" must be a string`);
  }
  if (record.site !== undefined && meta.outlet === undefined && typeof record.site === 'string') meta.outlet = record.site;
  const authors = record.authors ?? record.author;
  if (typeof authors === 'string') meta.authors = [authors];
  else if (Array.isArray(authors)) meta.authors = authors.filter((a): a is string => typeof a === 'string');
  if (meta.published !== undefined && Number.isNaN(Date.parse(meta.published))) {
    throw new MetadataError(`${where}: "published" is not a date: "${meta.published}" (use YYYY-MM-DD)`);
  }
  return meta;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Split YAML front matter from a text; the body is what offsets index. */
export function splitFrontMatter(text: string, where: string): { meta: DeclaredMeta; body: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { meta: {}, body: text };
  let parsed: unknown;
  try {
    parsed = parseYaml(m[1]!, { logLevel: 'silent' });
  } catch (error) {
    throw new MetadataError(`${where}: front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  return { meta: toDeclaredMeta(parsed, `${where} front matter`), body: text.slice(m[0].length) };
}

export function parseSidecar(text: string, where: string): DeclaredMeta {
  let parsed: unknown;
  try {
    parsed = parseYaml(text, { logLevel: 'silent' }); // YAML is a superset of JSON, so .meta.json parses too
  } catch (error) {
    throw new MetadataError(`${where}: not valid YAML or JSON (${(error as Error).message.split('\n')[0]})`);
  }
  return toDeclaredMeta(parsed, where);
}

/** Declared fields win; sidecar fills what front matter leaves. */
export function mergeMeta(...layers: DeclaredMeta[]): DeclaredMeta {
  const out: DeclaredMeta = {};
  for (const layer of layers) for (const [k, v] of Object.entries(layer)) if (v !== undefined && !(k in out)) (out as Record<string, unknown>)[k] = v;
  return out;
}
