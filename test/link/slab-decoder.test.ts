import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SlabDecoder } from '../../src/link/slab-decoder.js';

const base64 = (a: Int32Array | Float32Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

describe('SlabDecoder', () => {
  it('gives back every array exactly, aligned, across slab boundaries and for arrays larger than a slab', () => {
    const arrays = fc.array(
      fc.oneof(
        fc.array(fc.integer(), { maxLength: 40 }).map((xs) => Int32Array.from(xs)),
        fc.array(fc.float({ noNaN: true }), { maxLength: 40 }).map((xs) => Float32Array.from(xs)),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arrays, fc.integer({ min: 8, max: 96 }), (list, slabBytes) => {
        const decode = new SlabDecoder(slabBytes);
        const back = list.map((a) => (a instanceof Int32Array ? decode.int32(base64(a)) : decode.float32(base64(a))));
        // Decoding later arrays must not disturb earlier ones that share their slab.
        back.forEach((b, i) => {
          expect(b.constructor).toBe(list[i]!.constructor);
          expect([...b]).toEqual([...list[i]!]);
          expect(b.byteOffset % 8).toBe(0);
        });
      }),
      { numRuns: 300 },
    );
  });
});
