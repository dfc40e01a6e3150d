// Grouping as articles come out of the pool: each analysed article joins the story index in input order
// (the order a batch grouping would see), so grouping runs on this thread while the workers extract and
// read the rest, instead of after them. The result is the batch grouping of the same articles.
import type { InputProblem, StoryGroup } from '../types.js';
import { StoryIndex } from '../link/index.js';
import type { AnalyzedArticle } from '../dossier/build.js';
import { errorMessage } from './article.js';
import { toLinkInput } from './link-input.js';

/** If grouping fails, each article stands as its own story and the dossier says why. */
export function separateStories(analyzed: AnalyzedArticle[], problems: InputProblem[], error: unknown): StoryGroup[] {
  problems.push({ input: '', message: `linking failed (${errorMessage(error)}); each article is shown as its own story` });
  return analyzed.map((a, i) => ({ id: `s${i + 1}`, articles: [a.article.input], reasons: ['not linked: linking failed'] }));
}

export class OrderedGrouping {
  private readonly index = new StoryIndex();
  private readonly waiting = new Map<number, AnalyzedArticle | null>();
  /** Articles whose turn has come, not yet added. */
  private ready: AnalyzedArticle[] = [];
  private readyHead = 0;
  private next = 0;
  private draining = false;
  private failure: unknown = null;

  /** The outcome of input `position` (null when it failed); articles join once all earlier inputs are in. */
  arrive(position: number, analyzed: AnalyzedArticle | null): void {
    this.waiting.set(position, analyzed);
    for (let a = this.waiting.get(this.next); a !== undefined; a = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      if (a !== null) this.ready.push(a);
    }
    this.scheduleDrain();
  }

  /**
   * One article per turn of the event loop: a worker's result that arrives meanwhile is taken, and the
   * worker given its next input, between two additions rather than after a long run of them.
   */
  private scheduleDrain(): void {
    if (this.draining || this.readyHead >= this.ready.length) return;
    this.draining = true;
    setImmediate(() => {
      this.draining = false;
      this.addReady(1);
      this.scheduleDrain();
    });
  }

  private addReady(count: number): void {
    for (let k = 0; k < count && this.readyHead < this.ready.length; k++) {
      const a = this.ready[this.readyHead++]!;
      if (this.failure !== null) continue;
      try {
        this.index.add(toLinkInput(a));
      } catch (error) {
        this.failure = error;
      }
    }
    // Drop what was added, now and then (shifting one at a time would be quadratic).
    if (this.readyHead > 1024 && this.readyHead * 2 > this.ready.length) {
      this.ready = this.ready.slice(this.readyHead);
      this.readyHead = 0;
    }
  }

  /** The stories of every article that arrived (`analyzed`, in input order, for the fallback). */
  stories(analyzed: AnalyzedArticle[], problems: InputProblem[]): StoryGroup[] {
    this.addReady(Infinity);
    if (this.failure !== null) return separateStories(analyzed, problems, this.failure);
    try {
      return this.index.stories();
    } catch (error) {
      return separateStories(analyzed, problems, error);
    }
  }
}
