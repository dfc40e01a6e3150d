// `corroborate group`: which inputs tell the same story.
import { groupStories } from '../../link/index.js';
import { analyzeDocuments, toLinkInput } from '../../pipeline/index.js';
import type { Io, RunState } from '../context.js';
import { warn } from '../context.js';
import { collectInputs, documentsOf } from '../inputs.js';

export async function groupCommand(inputs: string[], options: { json?: boolean; published?: string }, io: Io, state: RunState): Promise<void> {
  const items = await collectInputs(inputs, io, state);
  const { analyzed, problems } = analyzeDocuments(documentsOf(items), { published: options.published });
  for (const p of problems) {
    warn(io, p.message);
    state.failed = true;
  }
  const stories = groupStories(analyzed.map(toLinkInput));
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ stories: stories.map((s) => ({ id: s.id, articles: s.articles, reasons: s.reasons })) })}\n`);
    return;
  }
  for (const story of stories) {
    io.stdout.write(`${story.id}: ${story.articles.length} article(s)\n`);
    for (const a of story.articles) io.stdout.write(`  ${a}\n`);
    for (const r of story.reasons) io.stdout.write(`  why: ${r}\n`);
  }
}
