import { describe, expect, it } from 'vitest';
import { mergeWorld } from '../../machines/world/merge.ts';
import type { World } from '../../machines/world/types.ts';
import { TEST_BUILTIN } from './world.ts';

const EMPTY: World = { jurisdictions: [], providers: [], rules: [], instruments: [] };

describe('mergeWorld', () => {
  it('replaces entries with the same id where they stood and appends new ones, kind by kind', () => {
    const overlay: World = {
      ...EMPTY,
      jurisdictions: [
        { id: 'CE', name: 'Cerulea', consultation: { answer: 'consent', days: 5 } },
        { id: 'US', name: 'USA', consultation: { answer: 'object', days: 10 } },
      ],
      rules: [{ ...TEST_BUILTIN.rules[0]!, id: 'US-CLOUD', except: [] }],
    };
    const merged = mergeWorld(TEST_BUILTIN, overlay);
    expect(merged.jurisdictions.map((j) => `${j.id} ${j.name}`)).toEqual(['US USA', 'FR France', 'CE Cerulea']);
    expect(merged.rules.map((r) => r.id)).toEqual(['US-SCA', 'US-CLOUD']);
    expect(merged.providers).toEqual(TEST_BUILTIN.providers);
    expect(merged.instruments).toEqual(TEST_BUILTIN.instruments);
  });

  it('leaves both worlds as they were', () => {
    const before = structuredClone(TEST_BUILTIN);
    const overlay: World = { ...EMPTY, providers: [{ ...TEST_BUILTIN.providers[0]!, name: 'Renamed' }] };
    mergeWorld(TEST_BUILTIN, overlay);
    expect(TEST_BUILTIN).toEqual(before);
    expect(overlay.providers[0]?.name).toBe('Renamed');
  });

  it('over an empty base is the overlay', () => {
    expect(mergeWorld(EMPTY, TEST_BUILTIN)).toEqual(TEST_BUILTIN);
  });
});
