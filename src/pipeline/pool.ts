// A pool of worker threads for the per-article stages. A synchronous stage cannot be interrupted in its
// own thread, so budgets are enforced here: a worker over its stage's time budget (or its heap cap) is
// terminated and replaced, and its input becomes a "skipped" problem instead of a hang or a crash.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { SourceDocument, StoryGroup } from '../types.js';
import { outOfMemory, tooSlow, type ArticleStage, type Limits, type StoryStage } from '../limits/index.js';
import type { ArticleOutcome } from './article.js';
import type { ArticleJob, StoryJob } from './article-worker.js';
import { failedStoryWork, type StoryMember, type StoryWork } from './story.js';

type Pending =
  | { job: ArticleJob; resolve: (outcome: ArticleOutcome) => void }
  | { job: StoryJob; resolve: (work: StoryWork) => void };

interface Slot {
  worker: Worker;
  ready: boolean;
  current: Pending | null;
  /**
   * A job already sent to the worker, which it starts as soon as `current` is done: the worker does not
   * wait for this thread (busy grouping or building stories) to hand it the next input.
   */
  next: Pending | null;
  stage: ArticleStage | StoryStage;
  timer: NodeJS.Timeout | null;
}

const MAX_START_FAILURES = 3;

type WorkerMessage =
  | { ready: true }
  | { id: number; stage: ArticleStage }
  | { id: number; outcome: ArticleOutcome }
  | { id: number; work: StoryWork };

const HARD_LIMIT_GRACE_MS = 2000;

/**
 * A story checks its own budgets between steps; this hard limit is for one step that never returns (a
 * single pair alignment, say): twice both budgets and two seconds, then the worker is ended and the story goes without.
 */
function storyHardLimit(limits: Limits): number | null {
  const { link, dossier } = limits.storyMs;
  return link === null || dossier === null ? null : 2 * (link + dossier) + HARD_LIMIT_GRACE_MS;
}

type StoryPending = Extract<Pending, { job: StoryJob }>;
type ArticlePending = Extract<Pending, { job: ArticleJob }>;
const isStory = (p: Pending): p is StoryPending => p.job.kind === 'story';

/** The problem of a job whose worker was ended. */
function failed(pending: Pending, reason: string): void {
  if (isStory(pending)) pending.resolve(failedStoryWork(pending.job.story, reason));
  else pending.resolve({ ok: false, message: `${pending.job.doc.origin}: ${reason}` });
}

/**
 * Starts a worker on article-worker: the compiled JS next to this file, or, when running from the
 * TypeScript source (tests, benches), the .ts file through tsx's loader, registered inside the worker
 * because Node 20 does not pass `--import` hooks on to worker threads.
 */
function startWorker(heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./article-worker.js', import.meta.url), { resourceLimits });
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./article-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true, resourceLimits });
}

export function defaultWorkerCount(): number {
  return availableParallelism();
}

export class ArticlePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;
  /** Workers that failed before they were ready; past a few, the pool gives up rather than respawn forever. */
  private startFailures = 0;

  private wanted: number;
  private storySlots = Infinity;

  constructor(
    size: number,
    private readonly limits: Limits,
  ) {
    this.wanted = Math.max(1, size);
    for (let i = 0; i < this.wanted; i++) this.slots.push(this.spawn());
  }

  /**
   * Story jobs go to this many of the threads only (all by default): a thread that has only extracted and
   * read has none of the story code compiled, and warming it up for a share of the stories costs more than
   * the share, when the caller's own thread can take that share instead.
   */
  set storyThreads(threads: number | null) {
    this.storySlots = threads === null ? Infinity : Math.max(1, threads);
    this.dispatch();
  }

  get storyThreads(): number {
    return this.storySlots;
  }

  /** How many worker threads the pool keeps (a worker that fails is replaced). */
  get size(): number {
    return this.wanted;
  }

  /**
   * Keeps `workers` threads (at least one) from now on: a pool started before its inputs were counted fits
   * itself to them. Surplus threads must be idle (between batches); extra ones start loading at once.
   */
  resize(workers: number): void {
    const wanted = Math.max(1, workers);
    if (this.closed || wanted === this.wanted) return;
    if (wanted < this.slots.length) {
      const idle = this.slots.filter((s) => !s.current && !s.next);
      if (this.slots.length - wanted > idle.length) throw new Error('ArticlePool can only shrink while idle');
      // Threads still loading go first: they have cost the least.
      idle.sort((x, y) => Number(x.ready) - Number(y.ready));
      for (const slot of idle.slice(0, this.slots.length - wanted)) {
        this.slots.splice(this.slots.indexOf(slot), 1);
        void this.retire(slot);
      }
    }
    while (this.slots.length < wanted) this.slots.push(this.spawn());
    this.wanted = wanted;
    this.dispatch();
  }

  /** Extract and read one document in a worker; always resolves, with the article or the problem. */
  run(doc: SourceDocument, published: string | null): Promise<ArticleOutcome> {
    if (this.closed) return Promise.reject(new Error('ArticlePool is closed'));
    const { maxDocumentChars, maxArticleChars } = this.limits;
    return new Promise((resolve) => {
      this.queue.push({ job: { kind: 'article', id: this.nextId++, doc, published, limits: { maxDocumentChars, maxArticleChars } }, resolve });
      this.dispatch();
    });
  }

  /** The story stages for one story in a worker; always resolves, with what was found and any problems. */
  runStory(story: StoryGroup, members: StoryMember[]): Promise<StoryWork> {
    if (this.closed) return Promise.reject(new Error('ArticlePool is closed'));
    return new Promise((resolve) => {
      this.queue.push({ job: { kind: 'story', id: this.nextId++, story, members, limits: { storyMs: this.limits.storyMs } }, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => this.retire(s)));
  }

  private spawn(): Slot {
    const worker = startWorker(this.limits.workerHeapMb);
    const slot: Slot = { worker, ready: false, current: null, next: null, stage: 'extract', timer: null };
    worker.on('message', (m: WorkerMessage) => this.onMessage(slot, m));
    worker.on('error', (error: Error & { code?: string }) => {
      const stage = slot.stage;
      const message = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(stage, this.limits.workerHeapMb) : `${stage} failed in its worker (${error.message})`;
      this.fail(slot, message);
    });
    worker.on('exit', () => this.fail(slot, `the ${slot.stage} worker stopped unexpectedly`));
    // An idle pool must not keep the process alive; see updateRef.
    worker.unref();
    return slot;
  }

  private onMessage(slot: Slot, m: WorkerMessage): void {
    if ('ready' in m) {
      slot.ready = true;
      this.dispatch();
      return;
    }
    if (!slot.current || slot.current.job.id !== m.id) return;
    if ('stage' in m) {
      slot.stage = m.stage;
      this.arm(slot);
      return;
    }
    const done = slot.current;
    this.clearTimer(slot);
    slot.current = null;
    // The worker has started its prefetched job by now: its budget runs from here.
    if (slot.next) this.start(slot, slot.next);
    if (isStory(done)) {
      if ('work' in m) done.resolve(m.work);
    } else if ('outcome' in m) (done as ArticlePending).resolve(m.outcome);
    this.dispatch();
  }

  private arm(slot: Slot): void {
    this.clearTimer(slot);
    const budget = slot.stage === 'extract' || slot.stage === 'read' ? this.limits.stageMs[slot.stage] : storyHardLimit(this.limits);
    if (budget === null) return;
    const stage = slot.stage;
    slot.timer = setTimeout(() => this.fail(slot, tooSlow(stage, budget)), budget);
  }

  private clearTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  /** End a worker that ran over or broke: its input gets the problem and a fresh worker takes its place. */
  private fail(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    const pending = slot.current;
    slot.current = null;
    // The prefetched job never started: it goes back to the head of the queue for another worker.
    if (slot.next) this.queue.unshift(slot.next);
    slot.next = null;
    this.clearTimer(slot);
    this.slots.splice(index, 1);
    void this.retire(slot);
    if (pending) failed(pending, reason);
    if (!slot.ready && ++this.startFailures >= MAX_START_FAILURES) {
      this.closed = true;
      for (const queued of this.queue.splice(0)) failed(queued, `not analysed; no worker thread could start (${reason})`);
      return;
    }
    if (!this.closed) {
      this.slots.push(this.spawn());
      this.dispatch();
    }
  }

  private async retire(slot: Slot): Promise<void> {
    this.clearTimer(slot);
    slot.worker.removeAllListeners('exit');
    slot.worker.removeAllListeners('error');
    slot.worker.on('error', () => undefined);
    await slot.worker.terminate();
  }

  /** Workers keep the process alive only while there is work queued or running (including while they load). */
  private updateRef(): void {
    const busy = this.queue.length > 0 || this.slots.some((s) => s.current || s.next);
    for (const slot of this.slots) {
      if (busy) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  private dispatch(): void {
    this.assign();
    this.updateRef();
  }

  /** Every idle worker gets a job, then every busy one a prefetched job. */
  private assign(): void {
    this.slots.forEach((slot, k) => {
      if (!slot.ready || slot.current) return;
      const job = this.take(k);
      if (!job) return;
      this.start(slot, job);
      slot.worker.postMessage(job.job);
    });
    this.slots.forEach((slot, k) => {
      if (!slot.ready || !slot.current || slot.next) return;
      slot.next = this.take(k);
      if (slot.next) slot.worker.postMessage(slot.next.job);
    });
  }

  /** The first queued job the `k`th worker may take (story jobs go to the first `storyThreads` only). */
  private take(k: number): Pending | null {
    if (this.queue.length === 0) return null;
    const at = k < this.storySlots ? 0 : this.queue.findIndex((p) => !isStory(p));
    if (at < 0 || at >= this.queue.length) return null;
    return at === 0 ? this.queue.shift()! : this.queue.splice(at, 1)[0]!;
  }

  /** `job` becomes the slot's running job, under its first stage's budget. */
  private start(slot: Slot, job: Pending): void {
    if (slot.next === job) slot.next = null;
    slot.current = job;
    slot.stage = job.job.kind === 'story' ? 'dossier' : 'extract';
    this.arm(slot);
  }
}
