// `corroborate read`: sentences, actors, mentions, quotes, times and statements of each input.
import { extract } from '../../extract/index.js';
import { read } from '../../read/index.js';
import type { Io, RunState } from '../context.js';
import { warn, writeJsonLine } from '../context.js';
import { collectInputs } from '../inputs.js';

export async function readCommand(
  inputs: string[],
  options: { json?: boolean; published?: string },
  io: Io,
  state: RunState,
): Promise<void> {
  for (const item of await collectInputs(inputs, io, state)) {
    if ('problem' in item) {
      if (options.json) writeJsonLine(io, { input: item.problem.input, error: item.problem.message });
      continue;
    }
    const doc = item.document;
    try {
      // Offsets index the text as given; only HTML is first reduced to its main text (reported as `text`).
      const article = doc.format === 'html' ? extract(doc) : null;
      const text = article ? article.text : doc.content;
      const published = doc.meta.published ?? article?.published ?? options.published ?? null;
      const reading = read(text, { published, language: doc.meta.language ?? article?.language ?? null });
      if (options.json) {
        writeJsonLine(io, { input: doc.input, ...reading, ...(article ? { text } : {}) });
        continue;
      }
      const name = (id: string | null) => (id ? (reading.actors.find((a) => a.id === id)?.name ?? id) : 'unattributed');
      const lines = [`== ${doc.input}  (${reading.sentences.length} sentences, published ${published ?? 'unknown'})`];
      lines.push(`actors: ${reading.actors.map((a) => `${a.name} [${a.type}]${a.aliases.length > 1 ? ` (${a.aliases.join(' / ')})` : ''}`).join('; ')}`);
      for (const q of reading.quotes) lines.push(`quote (${name(q.speaker)}): ${text.slice(q.content.start, q.content.end).replace(/\s+/g, ' ').slice(0, 160)}`);
      for (const t of reading.times) lines.push(`time: "${t.text}" ${t.type} ${t.value}`);
      for (const s of reading.statements) {
        lines.push(`statement: ${name(s.actor)} ${s.negated ? 'NOT ' : ''}${s.type}${s.target ? ` → ${name(s.target)}` : ''} (${s.modality}): "${text.slice(s.trigger.start, s.trigger.end)}"`);
      }
      io.stdout.write(`${lines.join('\n')}\n\n`);
    } catch (error) {
      const message = `${doc.origin}: reading failed (${(error as Error).message})`;
      warn(io, message);
      state.failed = true;
      if (options.json) writeJsonLine(io, { input: doc.input, error: message });
    }
  }
}
