// The dossier format's version, apart from the zod schema so the builder can stamp it without loading zod.
export const DOSSIER_SCHEMA_VERSION = '1.0';
