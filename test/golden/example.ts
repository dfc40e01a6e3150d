// The example collection's dossier, built the way `corroborate analyze` builds it.
import { ingestAll } from '../../src/ingest/index.js';
import { analyze } from '../../src/pipeline/index.js';
import type { Dossier } from '../../src/dossier/index.js';

export const EXAMPLE = 'examples/security-guarantees';
export const GOLDEN_DOSSIER = 'test/golden/security-guarantees.dossier.json';

export async function exampleDossier(): Promise<Dossier> {
  const { documents, problems } = await ingestAll([EXAMPLE]);
  // A fixed version keeps the golden file stable across releases.
  return analyze(documents, problems, { toolVersion: 'golden' });
}
