// JSON text in pieces: the same text as JSON.stringify(value, null, 2), produced a piece at a time, so a
// dossier of tens of thousands of articles can be written without one string larger than V8 allows
// (about 512 MB; an indented dossier reaches that near 15,000 articles).

const INDENT = '  ';

/** Containers this shallow are opened up; deeper values are small enough to stringify whole. */
const OPEN_DEPTH = 3;

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** A value JSON leaves out of an object (and writes as null in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function leaf(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2) ?? 'null';
  // JSON strings never hold a raw line break, so every one in the text is layout and takes the depth's indent.
  return depth === 0 ? text : text.replace(/\n/g, `\n${INDENT.repeat(depth)}`);
}

export function* jsonChunks(value: unknown, depth = 0): Generator<string> {
  if (!isContainer(value) || depth >= OPEN_DEPTH) {
    yield leaf(value, depth);
    return;
  }
  const inner = INDENT.repeat(depth + 1);
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      yield* jsonChunks(omitted(value[i]) ? null : value[i], depth + 1);
    }
    yield `\n${INDENT.repeat(depth)}]`;
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => !omitted(v));
  if (entries.length === 0) return yield '{}';
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i]!;
    yield `${i === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
    yield* jsonChunks(v, depth + 1);
  }
  yield `\n${INDENT.repeat(depth)}}`;
}
