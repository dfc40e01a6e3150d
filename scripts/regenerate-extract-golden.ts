// Rewrites test/fixtures/extract/pages/*/expected.{txt,json} from the current extract output.
// Review the diff before committing: the golden files are the reference the test compares against.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPage, metaOf, pageNames, PAGES_DIR } from '../test/extract/golden-pages.js';

for (const name of pageNames()) {
  const article = extractPage(name);
  writeFileSync(join(PAGES_DIR, name, 'expected.txt'), `${article.text}\n`);
  writeFileSync(join(PAGES_DIR, name, 'expected-meta.json'), `${JSON.stringify(metaOf(article), null, 2)}\n`);
  console.log(`wrote ${name}`);
}
