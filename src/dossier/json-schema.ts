// The dossier's JSON Schema, generated from the zod validators.
import { z } from 'zod';
import { dossierSchema } from './schema.js';

export function dossierJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(dossierSchema, { target: 'draft-2020-12' }),
    $id: 'urn:corroborate:dossier:1.0',
    title: 'corroborate story dossier',
  };
}
