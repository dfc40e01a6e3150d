// The PolNeAR train split as the cue scripts read it: the first annotator's file of each article (as
// bench/polnear.ts scores it), by article.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The train split's folder and, per article, the file name of its first annotator's attributions. */
export function polnearTrain(root: string): { dir: string; first: Map<string, string> } {
  const dir = join(root, 'data', 'train');
  const first = new Map<string, string>();
  for (const f of readdirSync(join(dir, 'attributions')).sort()) {
    const base = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!first.has(base)) first.set(base, f);
  }
  return { dir, first };
}

/** Each article with a text: its text and the lines of its first annotator's attributions. */
export function* polnearArticles(dir: string, first: Map<string, string>): Generator<{ text: string; lines: string[] }> {
  for (const [base, file] of first) {
    let text: string;
    try {
      text = readFileSync(join(dir, 'text', `${base}.txt`), 'utf8');
    } catch {
      continue;
    }
    yield { text, lines: readFileSync(join(dir, 'attributions', file), 'utf8').split('\n') };
  }
}
