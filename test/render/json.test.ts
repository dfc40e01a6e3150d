// JSON written in pieces must be the very text JSON.stringify(value, null, 2) gives.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { jsonChunks } from '../../src/render/json.js';
import { writeJson } from '../../src/cli/write-json.js';

const joined = (value: unknown) => [...jsonChunks(value)].join('');

describe('jsonChunks', () => {
  it('equals JSON.stringify with two-space indent on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => joined(value) === JSON.stringify(value, null, 2)), { numRuns: 400 });
  });

  it('leaves out undefined and function members as JSON does, and writes them as null in arrays', () => {
    const value = { a: undefined, b: [undefined, () => 1, 2], c: { d: undefined }, e: new Date(0), f: 'line\nbreak' };
    expect(joined(value)).toBe(JSON.stringify(value, null, 2));
  });

  it('gives the golden dossier byte for byte', () => {
    const text = readFileSync(new URL('../golden/security-guarantees.dossier.json', import.meta.url), 'utf8');
    expect(`${joined(JSON.parse(text))}\n`).toBe(text);
  });
});

describe('writeJson', () => {
  it('waits for a slow stream and writes the whole text with a final newline', async () => {
    const parts: string[] = [];
    const slow = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _enc, done) {
        parts.push(chunk.toString());
        setImmediate(done);
      },
    });
    const value = { items: Array.from({ length: 3000 }, (_, i) => ({ i, text: 'x'.repeat(500) })) };
    await writeJson(slow, value);
    expect(parts.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(parts.length).toBeGreaterThan(1);
  });
});
