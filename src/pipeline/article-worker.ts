// Worker thread body: runs extract + read for one input, or the story stages for one story, at a time on
// behalf of ArticlePool.
// Says "ready" once its modules are loaded (so load time is not charged to an input's budget) and
// announces each stage after the first as it starts (so the pool knows which stage ran over).
import { parentPort } from 'node:worker_threads';
import type { SourceDocument, StoryGroup } from '../types.js';
import type { Limits } from '../limits/index.js';
import { analyzeArticle } from './article.js';
import { storyWork, type StoryMember } from './story.js';

export interface ArticleJob {
  kind: 'article';
  id: number;
  doc: SourceDocument;
  published: string | null;
  limits: Pick<Limits, 'maxDocumentChars' | 'maxArticleChars'>;
}

export interface StoryJob {
  kind: 'story';
  id: number;
  story: StoryGroup;
  members: StoryMember[];
  limits: Pick<Limits, 'storyMs'>;
}

const port = parentPort;
if (!port) throw new Error('article-worker must run in a worker thread');
port.on('message', (job: ArticleJob | StoryJob) => {
  if (job.kind === 'story') {
    port.postMessage({ id: job.id, work: storyWork(job.story, job.members, job.limits) });
    return;
  }
  // The pool puts a job under the extract budget when it starts it, so only the move to read is announced.
  const outcome = analyzeArticle(job.doc, job.published, job.limits, (stage) => {
    if (stage !== 'extract') port.postMessage({ id: job.id, stage });
  });
  port.postMessage({ id: job.id, outcome });
});
// Warm up before saying ready: the first read pays for lazy set-up (NLP model, date parser), which is not
// the input's cost and would otherwise eat its budget.
analyzeArticle({ input: 'warm-up', origin: 'warm-up', format: 'text', content: 'The minister said on Monday, 17 February, that talks would go on.', meta: {} }, null, {
  maxDocumentChars: 1000,
  maxArticleChars: 1000,
});
port.postMessage({ ready: true });
