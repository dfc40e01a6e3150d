// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by function and by source file.
//   npx tsx bench/_profile-summary.ts <file.cpuprofile> [top]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: _profile-summary.ts <file.cpuprofile> [top]');
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
const fnTotals = new Map<string, number>();
const fileTotals = new Map<string, number>();
for (const [id, us] of selfUs) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const short = url.replace(/^file:\/\/\/work\/main\//, '').replace(/^.*node_modules\//, 'nm:') || '(native)';
  const key = `${functionName || '(anonymous)'} ${short}:${lineNumber + 1}`;
  fnTotals.set(key, (fnTotals.get(key) ?? 0) + us);
  const fileKey = short.replace(/^nm:([^/]+(\/[^/]+)?).*$/, 'nm:$1') || '(native)';
  fileTotals.set(fileKey, (fileTotals.get(fileKey) ?? 0) + us);
}
const pct = (us: number) => ((100 * us) / total).toFixed(1);
const table = (m: Map<string, number>, title: string) =>
  [`| ${title} | self ms | % |`, '|---|---:|---:|', ...[...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => `| \`${k}\` | ${(us / 1000).toFixed(0)} | ${pct(us)} |`)].join('\n');
console.log(`Total sampled: ${(total / 1000).toFixed(0)} ms\n\n${table(fileTotals, 'file')}\n\n${table(fnTotals, 'function')}`);
