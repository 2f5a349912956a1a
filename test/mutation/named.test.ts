import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyOnce, NAMED_MUTATIONS } from './named.ts';

describe('the nine named edits of `npm run mutation:named`', () => {
  it.each(NAMED_MUTATIONS.map((m) => [m.what, m] as const))('"%s" still finds its code exactly once, and its test exists', (_, mutation) => {
    const source = readFileSync(mutation.file, 'utf8');
    const edited = applyOnce(source, mutation);
    expect(edited).not.toBe(source);
    expect(readFileSync(mutation.test, 'utf8')).toContain(mutation.caughtBy.replaceAll("'", "\\'"));
  });

  it('refuses an edit whose code is missing or appears twice, naming the file', () => {
    const edit = { what: 'x', file: 'f.ts', from: 'a < b', to: 'a <= b', test: 't', caughtBy: 'n' };
    expect(applyOnce('if (a < b) go();', edit)).toBe('if (a <= b) go();');
    expect(() => applyOnce('if (a > b) go();', edit)).toThrow(/^f\.ts: the text to change for "x" must occur exactly once/);
    expect(() => applyOnce('a < b; a < b;', edit)).toThrow(/exactly once/);
  });
});
