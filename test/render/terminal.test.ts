import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../../src/render/index.js';
import { hostileDossier, largeDossier, seedDossier } from './dossiers.js';

const ANSI = /\u001b\[/;

describe('renderTerminal', () => {
  const d = seedDossier();

  it('plain output has the key sections and no escape codes', () => {
    const out = renderTerminal(d);
    expect(out).not.toMatch(ANSI);
    for (const heading of ['Articles (2)', 'Claims carried by several outlets (6)', 'Claims unique to one outlet (4)', 'Quotes by speaker (8)', 'Timeline (6)', 'Reuse (1 article pair)', 'Problems (1)'])
      expect(out).toContain(heading);
    expect(out).toContain('Foreign Ministry releases reaction to US response on security guarantees');
    expect(out).toContain('Sergei Lavrov (1)');
    expect(out).toMatch(/2021-12-17 +Recall that on December 17/);
    expect(out).toMatch(/\[1\] .* ↔ \[2\] RT: 5 shared passages, shared-source/);
    // Shared claims list the outlets carrying them.
    expect(out).toMatch(/2 outlets: .*\(outlet unknown\), RT/);
  });

  it('colour only when asked', () => {
    expect(renderTerminal(d, { color: true })).toMatch(ANSI);
    expect(renderTerminal(d, { color: false })).not.toMatch(ANSI);
  });

  it('cuts every line at the width with an ellipsis', () => {
    for (const width of [40, 60, 100]) {
      const lines = renderTerminal(d, { width }).split('\n');
      for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(width);
      expect(lines.some((l) => l.endsWith('…'))).toBe(true);
    }
    // Width counts visible characters, not escape codes.
    const coloured = renderTerminal(d, { width: 50, color: true }).split('\n');
    for (const line of coloured) expect(Array.from(line.replace(/\u001b\[[0-9;]*m/g, '')).length).toBeLessThanOrEqual(50);
  });

  it('strips control sequences carried by article text', () => {
    const out = renderTerminal(hostileDossier(), { color: false });
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(out).toContain('RED');
  });

  it('keeps a large dossier to bounded lists', () => {
    const out = renderTerminal(largeDossier(100, 50));
    expect(out).toContain('Articles (100)');
    expect(out).toMatch(/… and \d+ more/);
    expect(out.split('\n').length).toBeLessThan(500);
  });
});
