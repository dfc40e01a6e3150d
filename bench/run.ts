// Benchmark runner: `npm run bench -- <suite> [data-path]`. Each suite is bench/<suite>.ts exporting
// `run(dataPath: string): Promise<string>` that returns a Markdown report; the runner adds the machine.
import { existsSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const suites = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

const [suite, dataPath = ''] = process.argv.slice(2);
if (!suite || !suites.includes(suite)) {
  console.error(`usage: npm run bench -- <suite> [data-path]\nsuites: ${suites.join(', ')}`);
  process.exit(2);
}
if (dataPath && !existsSync(dataPath)) {
  console.error(`bench ${suite}: data path ${dataPath} does not exist`);
  process.exit(2);
}
const mod = (await import(pathToFileURL(`${here}${suite}.ts`).href)) as { run: (dataPath: string) => Promise<string> };
const started = Date.now();
const report = await mod.run(dataPath);
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(report.trimEnd());
console.log(
  `\n_Command: \`npm run bench -- ${suite}${dataPath ? ` ${dataPath}` : ''}\`; machine: ${cpus().length} × ${cpu}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}; ${((Date.now() - started) / 1000).toFixed(1)} s._`,
);
