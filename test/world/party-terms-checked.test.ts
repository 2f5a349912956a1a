import { describe, expect, it } from 'vitest';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { ids, partyReferences } from '../../scenarios/check.ts';
import { instrument } from '../engine/build.ts';

/**
 * The built-in world is not run through the scenario checker, so its per-party terms and
 * reservations are held to the same rule here: states that exist, dates only for parties (a state
 * that signed without being bound is in partyTerms alone), reservations by parties, real dates in order.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const known = ids(BUILTIN_WORLD.jurisdictions.map((j) => j.id));

describe('per-party terms in the built-in world', () => {
  it('the checker it uses finds a misplaced date, an unknown state and a reservation by a non-party', () => {
    const wrong = instrument({
      id: 'X', kind: 'mlat', parties: ['US', 'GB'],
      partyTerms: { ZZ: { from: '2001-01-01' }, BR: { from: '2023-03-01' } },
      reservations: [{ party: 'JP', data: ['content'], text: 'x', source: 'x' }],
    });
    expect(partyReferences(wrong, ['X'], known).map((p) => p.path.join('.'))).toEqual(['X.partyTerms.ZZ', 'X.partyTerms.BR', 'X.reservations.0.party']);
  });

  for (const i of BUILTIN_WORLD.instruments.filter((x) => x.partyTerms || x.reservations)) {
    it(`${i.id}: names shipped states, gives dates only to parties, in order`, () => {
      expect(partyReferences(i, [i.id], known).map((p) => p.message)).toEqual([]);
      for (const [party, terms] of Object.entries(i.partyTerms ?? {})) {
        for (const field of ['signed', 'ratified', 'from', 'to'] as const) {
          const v = terms[field];
          if (v !== undefined) expect(v, `${party}.${field}`).toMatch(ISO_DATE);
        }
        if (terms.from && terms.to) expect(terms.from <= terms.to, `${party}: from after to`).toBe(true);
      }
    });
  }
});
