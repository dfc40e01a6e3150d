// Validates a dossier against the published JSON Schema file (not only the zod validators it was generated from).
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/dossier.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

/** Throws with every schema error when the dossier does not conform. */
export function assertValidDossier(dossier: unknown): void {
  if (!validate(dossier)) {
    throw new Error(`dossier does not match schema/dossier.schema.json:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  }
}
