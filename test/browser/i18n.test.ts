import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness.ts';

const I18N = join(ROOT, 'client', 'i18n');
const LANGUAGES = ['en', 'zh', 'ru', 'fr', 'ar'];
const strings = (l: string) => JSON.parse(readFileSync(join(I18N, `${l}.json`), 'utf8')) as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (entry === 'dist') return [];
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|html)$/.test(entry) ? [path] : [];
  });
}

describe('interface strings', () => {
  it('every language has every English key, with the same placeholders, and nothing else', () => {
    const en = strings('en');
    for (const l of LANGUAGES.slice(1)) {
      const other = strings(l);
      expect(Object.keys(other).sort(), l).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) expect(placeholders(other[key]!), `${l} ${key}`).toEqual(placeholders(text));
    }
  });

  it('every key the client names literally exists in English', () => {
    const en = strings('en');
    const used = new Set<string>();
    for (const file of sources(join(ROOT, 'client'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([\w.-]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/data-i18n(?:-label)?="([\w.-]+)"/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(150);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it('names every state of the machine and every event the engine records', async () => {
    const { machineGraph } = await import('../../machines/request/graph.ts');
    const en = strings('en');
    const paths = machineGraph().nodes.map((n) => n.id.replace(/^active\.channel\./, '').replace(/^active\./, ''));
    expect(paths.filter((p) => !(`state.${p}` in en))).toEqual([]);
    const machine = readdirSync(join(ROOT, 'machines', 'request')).map((f) => readFileSync(join(ROOT, 'machines', 'request', f), 'utf8')).join('\n');
    const recorded = new Set([...machine.matchAll(/'([A-Z][A-Z_]{3,})'/g)].map((m) => m[1]!));
    expect([...recorded].filter((e) => !(`event.${e}` in en))).toEqual([]);
  });
});
