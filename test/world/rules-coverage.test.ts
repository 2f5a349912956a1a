import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_WORLD, SEED_STATES, withMembership } from '../../machines/world/builtin/index.ts';
import { LAWS_NOT_MODELLED } from '../../machines/world/builtin/laws-not-modelled.ts';

const { jurisdictions, rules, providers } = BUILTIN_WORLD;
const known = new Set(jurisdictions.map((j) => j.id));
const SOURCES = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'sources.md'), 'utf8');

/** Issue 12: "at least the seed states, the G20, the EU and the home states of the providers". */
const REQUIRED = {
  'seed state': [...SEED_STATES],
  'G20 member': withMembership('G20'),
  'EU member': withMembership('EU'),
  "provider's home": providers.map((p) => p.home),
};

describe('the rules of the states issue 12 names', () => {
  it('are modelled, or the laws read are listed as not modelled, for every seed, G20 and EU state and every provider\'s home', () => {
    const withRule = new Set(rules.map((r) => r.jurisdiction));
    const read = new Set(LAWS_NOT_MODELLED.map((l) => l.jurisdiction));
    const missing = Object.entries(REQUIRED).flatMap(([why, states]) =>
      [...new Set(states)].filter((s) => !withRule.has(s) && !read.has(s)).map((s) => `${s} (${why})`));
    expect(missing).toEqual([]);
    // The lists themselves are not empty: a renamed membership would otherwise pass this vacuously.
    expect(REQUIRED['G20 member']).toHaveLength(19);
    expect(REQUIRED['EU member']).toHaveLength(27);
  });

  it('lists each law not modelled under a real jurisdiction, with what was read, why, and a source that exists', () => {
    const problems = LAWS_NOT_MODELLED.flatMap((l) => [
      ...(known.has(l.jurisdiction) ? [] : [`${l.jurisdiction}: not a jurisdiction`]),
      ...(['law', 'finding', 'source'] as const).filter((f) => !l[f].trim()).map((f) => `${l.jurisdiction}: no ${f}`),
      ...[...l.source.matchAll(/\[(S\d+[a-z]?)\]/g)]
        .filter(([, id]) => !SOURCES.includes(`<a id="${id!.toLowerCase()}"></a>`))
        .map(([ref]) => `${l.jurisdiction}: ${ref} is not in docs/sources.md`),
    ]);
    expect(problems).toEqual([]);
  });
});
