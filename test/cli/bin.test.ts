// The installed `corroborate` bin (what `npx corroborate` runs) works from the built package.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('bin/corroborate.js', () => {
  it('prints its version and runs a command end to end', () => {
    const version = execFileSync(process.execPath, ['bin/corroborate.js', '--version'], { encoding: 'utf8' }).trim();
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    const run = spawnSync(process.execPath, ['bin/corroborate.js', 'group', 'examples/security-guarantees', '--json'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).stories).toHaveLength(1);
  });

  it('exits 2 with usage help on an unknown command', () => {
    const run = spawnSync(process.execPath, ['bin/corroborate.js', 'frobnicate'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown command/);
  });
});

describe('bin/corroborate.js writing to a closed pipe', () => {
  it('stops quietly when the reader has gone (`| head`)', async () => {
    const run = spawn(process.execPath, ['bin/corroborate.js', 'read', 'examples/security-guarantees', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    run.stdout.destroy(); // the reader leaves before the first line is written
    let stderr = '';
    run.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => run.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });
});
