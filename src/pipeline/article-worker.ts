// Worker thread body: runs extract + read for one input at a time on behalf of ArticlePool.
// Says "ready" once its modules are loaded (so load time is not charged to an input's budget) and
// announces each stage as it starts (so the pool knows which stage ran over).
import { parentPort } from 'node:worker_threads';
import type { SourceDocument } from '../types.js';
import type { Limits } from '../limits/index.js';
import { analyzeArticle } from './article.js';

export interface ArticleJob {
  id: number;
  doc: SourceDocument;
  published: string | null;
  limits: Pick<Limits, 'maxDocumentChars' | 'maxArticleChars'>;
}

const port = parentPort;
if (!port) throw new Error('article-worker must run in a worker thread');
port.on('message', (job: ArticleJob) => {
  const outcome = analyzeArticle(job.doc, job.published, job.limits, (stage) => port.postMessage({ id: job.id, stage }));
  port.postMessage({ id: job.id, outcome });
});
port.postMessage({ ready: true });
