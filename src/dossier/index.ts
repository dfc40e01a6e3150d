// The dossier stage: articles, readings and linkage → one Dossier per collection. Pure.
// The builder lives in build.ts (what the pipeline loads); this entry point adds the zod schema.
export { assembleDossier, buildDossier, buildStory, dossierArticles, type StoryParts } from './build.js';
export type { AnalyzedArticle, DossierInput } from './model.js';
export { dossierSchema, DOSSIER_SCHEMA_VERSION } from './schema.js';
export type * from './schema.js';
