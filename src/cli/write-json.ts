// Writes JSON to a stream piece by piece (see render/json), in batches of about a megabyte, waiting when the
// stream asks: a large dossier never becomes one string, and a slow pipe never buffers all of it.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { jsonChunks } from '../render/index.js';

const BATCH_CHARS = 1 << 20;

export async function writeJson(stream: NodeJS.WritableStream, value: unknown): Promise<void> {
  let batch = '';
  const flush = async () => {
    if (!stream.write(batch)) await once(stream, 'drain');
    batch = '';
  };
  for (const chunk of jsonChunks(value)) {
    batch += chunk;
    if (batch.length >= BATCH_CHARS) await flush();
  }
  batch += '\n';
  await flush();
}

export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  const file = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => file.once('error', reject));
  await Promise.race([
    (async () => {
      await writeJson(file, value);
      file.end();
      await once(file, 'finish');
    })(),
    failed,
  ]);
}
