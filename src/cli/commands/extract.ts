// `corroborate extract`: main text and metadata of each input.
import { extract } from '../../extract/index.js';
import type { Io, RunState } from '../context.js';
import { warn, writeJsonLine } from '../context.js';
import { collectInputs } from '../inputs.js';

export async function extractCommand(inputs: string[], options: { json?: boolean }, io: Io, state: RunState): Promise<void> {
  for (const item of await collectInputs(inputs, io, state)) {
    if ('problem' in item) {
      if (options.json) writeJsonLine(io, { input: item.problem.input, error: item.problem.message });
      continue;
    }
    const doc = item.document;
    let article;
    try {
      article = extract(doc);
    } catch (error) {
      const message = `${doc.origin}: extraction failed (${(error as Error).message})`;
      warn(io, message);
      state.failed = true;
      if (options.json) writeJsonLine(io, { input: doc.input, error: message });
      continue;
    }
    const { input, title, authors, published, site, language, text } = article;
    if (options.json) {
      writeJsonLine(io, { input, title, authors, published, site, language, text, url: article.url, notes: article.notes });
    } else {
      io.stdout.write(
        [
          `== ${input}`,
          `title:     ${title ?? '(unknown)'}`,
          `authors:   ${authors.length ? authors.join(', ') : '(unknown)'}`,
          `published: ${published ?? '(unknown)'}`,
          `site:      ${site ?? '(unknown)'}`,
          `language:  ${language ?? '(unknown)'}`,
          ...article.notes.map((n) => `note:      ${n}`),
          '',
          text,
          '',
          '',
        ].join('\n'),
      );
    }
  }
}
