// Restoring a saved story index: its typed arrays travel as base64 (see StoryIndex.toJSON).
/**
 * Decodes base64 typed arrays into shared slabs, each array at an 8-byte-aligned offset: a restore decodes
 * four arrays per article, and one ArrayBuffer for each cost more than the decoding (allocation and GC).
 */
export class SlabDecoder {
  private slab = Buffer.allocUnsafeSlow(0);
  private used = 0;

  /** `slabBytes`: the size of each slab (an array larger than that gets one of its own size). */
  constructor(private readonly slabBytes = 1 << 20) {}

  private bytes(text: string): { buffer: ArrayBuffer; offset: number; length: number } {
    const size = Buffer.byteLength(text, 'base64');
    if (this.used + size > this.slab.length) {
      this.slab = Buffer.allocUnsafeSlow(Math.max(this.slabBytes, size));
      this.used = 0;
    }
    const offset = this.used;
    const length = this.slab.write(text, offset, 'base64');
    this.used = offset + ((length + 7) & ~7);
    return { buffer: this.slab.buffer, offset: this.slab.byteOffset + offset, length };
  }

  int32(text: string): Int32Array {
    const b = this.bytes(text);
    return new Int32Array(b.buffer, b.offset, b.length >> 2);
  }

  float32(text: string): Float32Array {
    const b = this.bytes(text);
    return new Float32Array(b.buffer, b.offset, b.length >> 2);
  }
}
