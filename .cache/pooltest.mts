import { analyzeDocumentsAsync } from '/work/main/src/pipeline/index.ts';
import { readFileSync } from 'node:fs';
const text = readFileSync('/work/shared/seeds/000_e65738cb91f1e9d0.txt','utf8');
const docs = Array.from({length: 8}, (_, i) => ({ input: 'd'+i, origin: 'd'+i, format: 'text' as const, content: text, meta: {} }));
const t = Date.now();
const r = await analyzeDocumentsAsync(docs, { workers: 2, limits: { stageMs: { read: 3000 } } });
console.log(Date.now()-t, r.analyzed.length, r.problems);
