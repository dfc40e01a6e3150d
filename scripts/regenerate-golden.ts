// Regenerates the example's golden dossier (npm run golden). Review the diff before committing it.
import { writeFileSync, mkdirSync } from 'node:fs';
import { exampleDossier, GOLDEN_DOSSIER } from '../test/golden/example.js';

mkdirSync('test/golden', { recursive: true });
writeFileSync(GOLDEN_DOSSIER, `${JSON.stringify(await exampleDossier(), null, 2)}\n`);
console.log(`wrote ${GOLDEN_DOSSIER}`);
