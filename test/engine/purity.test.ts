import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The engine runs in Node, in tests and in the browser: nothing in machines/ may reach the world. */
function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(folder, e.name)) : e.name.endsWith('.ts') ? [join(folder, e.name)] : []);
}

const FORBIDDEN = [
  { what: 'a Node built-in module', pattern: /from ['"](node:|fs|path|http|https|net|child_process|os)['"/]/ },
  { what: 'the wall clock', pattern: /\bDate\.now\(|new Date\(|performance\.now\(/ },
  { what: 'unseeded randomness', pattern: /Math\.random\(/ },
  { what: 'the network', pattern: /\bfetch\(|XMLHttpRequest|WebSocket/ },
  { what: 'the process', pattern: /\bprocess\./ },
];

describe('the engine is pure', () => {
  const files = sources('machines');
  it('has files to check', () => expect(files.length).toBeGreaterThan(10));
  for (const file of files) {
    it(file, () => {
      const text = readFileSync(file, 'utf8');
      const found = FORBIDDEN.filter((f) => f.pattern.test(text)).map((f) => f.what);
      expect(found, `${file} uses ${found.join(', ')}`).toEqual([]);
    });
  }
});
