/** Plain-text tables for the terminal: columns padded to their widest cell, numbers right-aligned. */
export function table(header: string[], rows: string[][], align: ('l' | 'r')[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => ((align[i] ?? 'l') === 'r' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const ms = (value: number, digits = 1) => `${value.toFixed(digits)} ms`;
export const x = (value: number) => `${value.toFixed(2)}x`;

/** "met" or how far a figure is from its goal, as a factor. */
export function verdict(value: number, goal: number, lowerIsBetter = true): string {
  const met = lowerIsBetter ? value <= goal : value >= goal;
  if (met) return 'met';
  const factor = lowerIsBetter ? value / goal : goal / value;
  return `MISSED (${factor.toFixed(2)}x the goal)`;
}
