// Extraction speed: pages/s and MB/s of HTML for corroborate's extract() beside @mozilla/readability over
// linkedom and over jsdom, and linkedom's parse + body text alone, each in its own child process (so peak
// RSS is per configuration). The machine is shared: CPU time of the child is the figure to compare; wall
// time is printed beside it. Usage: npm run bench -- extract-speed <dir with html/> [, another dir]
// (both sets when no path is given). SPEED_CONFIGS=a,b limits the configurations; SPEED_WARMUP=all (or N pages)
// warms every configuration on a whole untimed pass (default: five pages).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CONFIGS = ['corroborate', 'readability-linkedom', 'readability-jsdom', 'linkedom-body-text'];
const DEFAULT_SETS = ['/work/shared/data/extraction/scrapinghub', '/work/shared/data/extraction/wcxb-dev'];

interface Result {
  config: string;
  pages: number;
  bytes: number;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  f1: number | null;
}

function measure(config: string, dir: string): Result {
  const child = fileURLToPath(new URL('./_extract-speed-child.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--import', 'tsx', child, config, dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Result;
}

export async function run(dataPath: string): Promise<string> {
  const sets = dataPath ? dataPath.split(',') : DEFAULT_SETS;
  const configs = process.env['SPEED_CONFIGS']?.split(',') ?? CONFIGS;
  const lines: string[] = [];
  for (const dir of sets) {
    const results = configs.map((c) => measure(c, dir));
    const ref = results.find((r) => r.config === 'readability-linkedom');
    lines.push(`## Extraction speed: ${dir} (${results[0]?.pages ?? 0} pages, ${((results[0]?.bytes ?? 0) / 2 ** 20).toFixed(1)} MB of HTML)`, '');
    lines.push('| configuration | pages/s (CPU) | MB/s (CPU) | pages/s (wall) | × readability+linkedom (CPU) | peak RSS MB | ScrapingHub F1 |');
    lines.push('|---|---|---|---|---|---|---|');
    for (const r of results) {
      const pps = (r.pages / r.cpuMs) * 1000;
      const ratio = ref ? pps / ((ref.pages / ref.cpuMs) * 1000) : NaN;
      lines.push(
        `| ${r.config} | ${pps.toFixed(1)} | ${((r.bytes / 2 ** 20 / r.cpuMs) * 1000).toFixed(2)} | ${((r.pages / r.wallMs) * 1000).toFixed(1)} | ${ratio.toFixed(2)} | ${Math.round(r.peakRssMb)} | ${r.f1 === null ? '–' : r.f1.toFixed(3)} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
