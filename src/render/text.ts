// Plain-text helpers shared by the terminal, Markdown and CSV renderers.

/**
 * Removes terminal control sequences and control characters from untrusted text and
 * folds line breaks and tabs (with the spaces around them) to one space, so one entry
 * stays on one line and an article cannot recolour or rewrite the user's terminal.
 * Runs of plain spaces are kept: callers use them for alignment.
 */
export function oneLine(value: string): string {
  return value
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g, '')
    .replace(/[ ]*[\u0000-\u001f\u007f-\u009f\u2028\u2029]+[ ]*/g, ' ')
    .trim();
}

/** Cuts text to at most `max` characters (code points), ending with "…" when cut. */
export function truncate(value: string, max: number): string {
  const chars = Array.from(value);
  if (chars.length <= max) return value;
  if (max <= 1) return '…'.slice(0, Math.max(0, max));
  return chars.slice(0, max - 1).join('').trimEnd() + '…';
}

/** Length in code points, the unit `truncate` counts in. */
export function displayLength(value: string): number {
  return Array.from(value).length;
}

/** "1 claim", "3 claims". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
