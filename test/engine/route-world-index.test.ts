import { describe, expect, it } from 'vitest';
import { assessScenario } from '../../machines/run/simulation.ts';
import { isRealState } from '../../machines/route/world-index.ts';
import { say } from '../../machines/messages/say.ts';
import type { Jurisdiction } from '../../machines/world/types.ts';
import { J, instrument, provider, rule, scenario } from './build.ts';

/**
 * How states are named (machines/route/world-index.ts): a built-in state under its own name is
 * named in the user's language; a classroom's state keeps its world's name, however real its code
 * looks; a state the world does not list is named by its id.
 */
const named = (id: string, name: string): Jurisdiction => ({ ...J(id), name });

describe('a state in a verdict said in French', () => {
  const verdict = (home: Jurisdiction) => assessScenario(scenario({
    world: {
      jurisdictions: [home, named('BO', 'Borealis')],
      providers: [provider({ id: 'nimbus', home: home.id })],
      instruments: [instrument({ id: 'MLAT', kind: 'mlat', parties: [home.id, 'BO'] })],
    },
  })).mlat;

  it('Germany under its own name is named in French', () => {
    expect(say(verdict(named('DE', 'Germany')).message, 'fr')).toContain('Allemagne');
  });

  it('a fictional Arcadia with the id AR keeps its name', () => {
    const text = say(verdict(named('AR', 'Arcadia')).message, 'fr');
    expect(text).toContain('Arcadia');
    expect(text).not.toContain('Argentine');
  });
});

describe('a state the world does not list', () => {
  it('is named by its id where it is consulted and where it is said', () => {
    const a = assessScenario(scenario({
      world: { jurisdictions: [J('AR'), J('BO')], rules: [rule({ id: 'DO-NAT', jurisdiction: 'DO', connection: ['subject-nationality'] })] },
      request: { subject: { nationality: 'DO' } },
    }));
    expect(a.consultations.rogatory.map((c) => [c.country, c.name])).toEqual([['DO', 'DO']]);
    expect(a.direct.reason).toBe('A direct request to nimbus is closed: DO-NAT (DO, blocking) covers content data and does not except a direct request.');
  });
});

describe('whether a state is real', () => {
  it('a built-in id with its built-in name, or with no name given, is real', () => {
    expect(isRealState('DE', 'Germany')).toBe(true);
    expect(isRealState('DE')).toBe(true);
  });

  it('a built-in id under another name, or an id the built-in world lacks, is not', () => {
    expect(isRealState('AR', 'Arcadia')).toBe(false);
    expect(isRealState('QQ')).toBe(false);
    expect(isRealState('QQ', 'Qualia')).toBe(false);
  });
});
