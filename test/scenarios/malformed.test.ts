import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatError, parseScenario } from '../../scenarios/load.ts';
import { TEST_BUILTIN } from './world.ts';

/**
 * Each fixture states the errors it must produce in its own header, in the order the loader
 * reports them, as `# expect: LINE:COLUMN PATH: MESSAGE FRAGMENT` (for YAML syntax, PATH is the field the error stands in and the message ends with a hint).
 */
const folder = fileURLToPath(new URL('../fixtures/malformed/', import.meta.url));
const fixtures = readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort();

interface Expected {
  line: number;
  column: number;
  path: string;
  fragment: string;
}

function expectations(text: string): Expected[] {
  return [...text.matchAll(/^# expect: (\d+):(\d+) (\S*): (.+)$/gm)].map(([, line, column, path, fragment]) => ({
    line: Number(line),
    column: Number(column),
    path: path ?? '',
    fragment: fragment ?? '',
  }));
}

describe('malformed scenario files', () => {
  it('cover at least 14 distinct mistakes', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(14);
  });

  for (const name of fixtures) {
    it(`${name} is refused with the error at the right place`, () => {
      const text = readFileSync(join(folder, name), 'utf8');
      const wanted = expectations(text);
      expect(wanted, 'the fixture must declare its errors with "# expect:" lines').not.toHaveLength(0);

      const { scenario, errors } = parseScenario(text, `fixtures/${name}`, TEST_BUILTIN);

      expect(scenario).toBeUndefined();
      expect(errors.map(({ line, column, path }) => ({ line, column, path }))).toEqual(
        wanted.map(({ line, column, path }) => ({ line, column, path })),
      );
      errors.forEach((error, i) => {
        expect(error.file).toBe(`fixtures/${name}`);
        expect(error.message).toContain(wanted[i]?.fragment);
        const prefix = `fixtures/${name}:${error.line}:${error.column}: `;
        expect(formatError(error)).toBe(prefix + (error.path ? `${error.path}: ` : '') + error.message);
      });
    });
  }
});
