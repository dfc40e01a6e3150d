// Writes schema/dossier.schema.json from the zod validators (npm run schema). A test checks it is current.
import { writeFileSync } from 'node:fs';
import { dossierJsonSchema } from '../src/dossier/json-schema.js';

writeFileSync(new URL('../schema/dossier.schema.json', import.meta.url), `${JSON.stringify(dossierJsonSchema(), null, 2)}\n`);
console.log('wrote schema/dossier.schema.json');
