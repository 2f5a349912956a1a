/** Shared by the bad-input tests: limits lifted (so that every input reaches validation) and a tally of outcomes. */
const OPEN = { limit: 1_000_000, windowMs: 60_000 };
export const OPEN_LIMITS = { joins: OPEN, votes: OPEN, creates: OPEN, validations: OPEN };

/** Counts refusals by kind of input, and keeps a few examples of anything that was not refused as it should be. */
export function tally() {
  const kinds = new Map<string, { refused: number; wrong: number; examples: string[] }>();
  return {
    record(kind: string, refused: boolean, example: string): void {
      const k = kinds.get(kind) ?? { refused: 0, wrong: 0, examples: [] };
      kinds.set(kind, k);
      if (refused) k.refused++;
      else {
        k.wrong++;
        if (k.examples.length < 3) k.examples.push(example);
      }
    },
    count(): number {
      return [...kinds.values()].reduce((n, k) => n + k.refused + k.wrong, 0);
    },
    failures(): string[] {
      return [...kinds].flatMap(([kind, k]) => (k.wrong ? [`${kind}: ${k.wrong} not refused, e.g. ${k.examples.join(' | ')}`] : []));
    },
    summary(title: string): string {
      return [title, ...[...kinds].map(([kind, k]) => `  ${String(k.refused + k.wrong).padStart(5)}  ${kind}${k.wrong ? ` (${k.wrong} NOT refused)` : ''}`)].join('\n');
    },
  };
}
