import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'dist' ? [] : sources(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('what the browser client takes from the server', () => {
  it('only types, and only from the protocol module that both ends share', () => {
    const reaching: string[] = [];
    for (const file of sources(join(ROOT, 'client'))) {
      for (const [statement, path] of readFileSync(file, 'utf8').matchAll(/^import (.*?) from '([^']+)';$/gms)) {
        if (!path!.includes('/server/')) continue;
        const ok = statement!.startsWith('type ') && path!.endsWith('/server/protocol.ts');
        if (!ok) reaching.push(`${relative(ROOT, file)}: ${path}`);
      }
    }
    expect(reaching).toEqual([]);
  });
});
