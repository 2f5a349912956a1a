import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Reads the engine's source text, so it stays out of the mutation run (Stryker instruments that text).
/**
 * Lines of the engine that still build an English sentence: a string with three words in a row,
 * outside the catalogue, comments and programmer errors (`throw new Error`, never shown to a user).
 */
function englishLines(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      // The catalogue is where sentences live; the built-in world is data whose sources and notes
      // keep the language of the texts they cite (docs/translation.md).
      if (path.endsWith(join('messages', 'catalogue')) || path.endsWith(join('world', 'builtin'))) continue;
      found.push(...englishLines(path));
      continue;
    }
    if (!name.endsWith('.ts')) continue;
    readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
      const code = line.trim();
      if (/^(\/\/|\*|\/\*\*)/.test(code) || /throw new (Type)?Error\(/.test(code) || /^import /.test(code)) return;
      const strings = code.match(/`[^`]*`|'[^']*'|"[^"]*"/g) ?? [];
      if (strings.some((s) => /[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}/.test(s.replace(/\$\{[^}]*\}/g, '')))) found.push(`${path}:${i + 1}: ${code}`);
    });
  }
  return found;
}

describe('the engine', () => {
  it('builds no English sentence outside the English catalogue', () => {
    expect(englishLines('machines')).toEqual([]);
  });
});
