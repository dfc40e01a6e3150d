import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { removeChrome } from '../../src/extract/text-chrome.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'extract', 'chrome-gold');
const MARK = '[x] ';

interface Gold {
  text: string;
  chrome: Set<string>;
  body: Set<string>;
}

function load(file: string): Gold {
  const chrome = new Set<string>();
  const body = new Set<string>();
  const lines = readFileSync(join(DIR, file), 'utf8').split('\n').filter((l) => l.trim());
  const plain = lines.map((l) => {
    if (l.startsWith(MARK)) {
      chrome.add(l.slice(MARK.length).trim());
      return l.slice(MARK.length);
    }
    body.add(l.trim());
    return l;
  });
  // Scraped text puts a blank line between lines, as the seeds do.
  return { text: plain.join('\n\n'), chrome, body };
}

describe('chrome gold set', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const mistakes: string[] = [];
  for (const file of files) {
    const gold = load(file);
    const removed = new Set(removeChrome(gold.text).removed.map((r) => r.line));
    for (const line of removed) {
      if (gold.chrome.has(line)) tp++;
      else {
        fp++;
        mistakes.push(`${file}: removed body line: ${line}`);
      }
    }
    for (const line of gold.chrome) {
      if (!removed.has(line)) {
        fn++;
        mistakes.push(`${file}: kept chrome line: ${line}`);
      }
    }
  }

  it('has a gold set of several styles', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(tp + fn).toBeGreaterThanOrEqual(40);
  });

  it('removes chrome lines with precision and recall of at least 0.9', () => {
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    if (precision < 0.9 || recall < 0.9) console.log(mistakes.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('never removes a body sentence that ends in punctuation', () => {
    const sentences = mistakes.filter((m) => m.includes('removed body line') && /[.!?”"]$/.test(m));
    expect(sentences).toEqual([]);
  });
});
