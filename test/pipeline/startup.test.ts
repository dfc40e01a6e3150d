// What the pipeline's threads load at start-up: every module a thread imports is read and compiled before
// its first input, in the main thread and again in each worker.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** Package specifiers imported (at run time, not `import type`) by `entry` and the project modules it reaches. */
function importsReached(entry: string): Set<string> {
  const specifiers = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else if (!spec.startsWith('node:')) specifiers.add(spec);
    }
  };
  visit(resolve(SRC, entry));
  return specifiers;
}

/** Packages reached from `entry` (specifiers without their subpath). */
function packagesReached(entry: string): Set<string> {
  return new Set([...importsReached(entry)].map((spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2) : spec.split('/').slice(0, 1)).join('/')));
}

describe('pipeline start-up', () => {
  it('loads the extraction and reading libraries but not zod (the dossier schema is for validating, not building)', () => {
    for (const entry of ['pipeline/index.ts', 'pipeline/article-worker.ts']) {
      const packages = packagesReached(entry);
      expect(packages.has('zod'), entry).toBe(false);
      expect(packages.has('chrono-node'), entry).toBe(true);
    }
    // The extract and read stages take chrono-node's English parsers only (its root loads every locale).
    for (const stage of ['extract/index.ts', 'read/index.ts']) {
      const reached = importsReached(stage);
      expect(reached.has('chrono-node/en'), stage).toBe(true);
      expect(reached.has('chrono-node'), stage).toBe(false);
    }
    // The dossier's public entry point still gives the schema.
    expect(packagesReached('dossier/index.ts').has('zod')).toBe(true);
  });
});
