// The pipeline stage: runs extract → read → link → dossier over a batch of documents.
// Pure apart from the progress callback; the CLI and the store call it.
import type { Article, InputProblem, Linkage, LinkInput, Reading, ReuseLink, SourceDocument, StoryGroup } from '../types.js';
import { extract } from '../extract/index.js';
import { read } from '../read/index.js';
import { alignClaims, findReuse, link } from '../link/index.js';
import { buildDossier, type AnalyzedArticle, type Dossier } from '../dossier/index.js';

export type Stage = 'extract' | 'read' | 'link' | 'dossier';

export interface AnalyzeOptions {
  toolVersion: string;
  /** Publication date for documents that declare none and whose page states none. */
  published?: string | null;
  onProgress?: (stage: Stage, done: number, total: number) => void;
}

/** The text an offset-reporting command works on: HTML is reduced to its main text, other text is taken as given. */
export function textAsGiven(doc: SourceDocument): string {
  return doc.format === 'html' ? extract(doc).text : doc.content;
}

export function readArticle(article: Article): Reading {
  return read(article.text, { published: article.published, language: article.language });
}

export function toLinkInput({ article, reading }: AnalyzedArticle): LinkInput {
  return {
    id: article.input,
    text: article.text,
    published: article.published,
    sentences: reading.sentences,
    actors: [...new Set(reading.mentions.map((m) => m.actor))],
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Extract and read every document; a document that fails becomes a problem and the rest go on. */
export function analyzeDocuments(
  documents: SourceDocument[],
  options: Pick<AnalyzeOptions, 'published' | 'onProgress'> = {},
): { analyzed: AnalyzedArticle[]; problems: InputProblem[] } {
  const analyzed: AnalyzedArticle[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  documents.forEach((doc, i) => {
    if (seen.has(doc.input)) {
      problems.push({ input: doc.input, message: `${doc.origin}: given more than once; read the first copy only` });
      return;
    }
    seen.add(doc.input);
    let article: Article;
    try {
      article = extract(doc);
      if (!article.published && options.published) {
        article = { ...article, published: options.published, notes: [...article.notes, 'published: from --published'] };
      }
      if (article.text.trim() === '') {
        problems.push({ input: doc.input, message: `${doc.origin}: no article text found after extraction` });
        return;
      }
    } catch (error) {
      problems.push({ input: doc.input, message: `${doc.origin}: extraction failed (${message(error)})` });
      return;
    }
    options.onProgress?.('extract', i + 1, documents.length);
    try {
      analyzed.push({ article, reading: readArticle(article) });
    } catch (error) {
      problems.push({ input: doc.input, message: `${doc.origin}: reading failed (${message(error)})` });
    }
    options.onProgress?.('read', i + 1, documents.length);
  });
  return { analyzed, problems };
}

/** Shared passages between every two articles of each given story (stories are small; this is not all-pairs over a collection). */
export function reuseWithin(stories: StoryGroup[], analyzed: AnalyzedArticle[]): ReuseLink[] {
  const text = new Map(analyzed.map((a) => [a.article.input, a.article.text]));
  const links: ReuseLink[] = [];
  for (const story of stories) {
    const ids = story.articles.filter((id) => text.has(id));
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const passages = findReuse(text.get(ids[i]!)!, text.get(ids[j]!)!);
        if (passages.length > 0) links.push({ a: ids[i]!, b: ids[j]!, passages });
      }
    }
  }
  return links;
}

/**
 * Build the dossier for analysed articles. Without `stories`, link groups them; with stories (from a store),
 * that grouping is kept and only the passages within each story are computed.
 */
export function dossierFor(analyzed: AnalyzedArticle[], problems: InputProblem[], options: AnalyzeOptions, stories?: StoryGroup[]): Dossier {
  options.onProgress?.('link', 0, analyzed.length);
  const linkage: Linkage = stories ? { stories, reuse: reuseWithin(stories, analyzed) } : link(analyzed.map(toLinkInput));
  const index = new Map(analyzed.map((a) => [a.article.input, a]));
  const claims = Object.fromEntries(
    linkage.stories.map((story) => [
      story.id,
      alignClaims(
        story.articles
          .map((id) => index.get(id))
          .filter((a) => a !== undefined)
          .map((a) => ({ id: a.article.input, text: a.article.text, sentences: a.reading.sentences })),
      ),
    ]),
  );
  options.onProgress?.('dossier', analyzed.length, analyzed.length);
  return buildDossier({ articles: analyzed, linkage, claims, problems, toolVersion: options.toolVersion });
}

/** The whole pipeline: documents (and the problems ingest already found) → dossier. */
export function analyze(documents: SourceDocument[], ingestProblems: InputProblem[], options: AnalyzeOptions): Dossier {
  const { analyzed, problems } = analyzeDocuments(documents, options);
  return dossierFor(analyzed, [...ingestProblems, ...problems], options);
}
