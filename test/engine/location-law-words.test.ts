import { describe, expect, it } from 'vitest';
import { say } from '../../machines/messages/say.ts';
import { locationLaw, namedRegime, regimeRules } from '../../machines/world/regimes.ts';
import type { World } from '../../machines/world/types.ts';
import { J, instrument, provider, rule, scenario } from './build.ts';

/**
 * The location principle's words and rules (machines/world/regimes.ts), called directly: what the
 * verdict on a state's law says, in English and in French (a real state under its French name, a
 * world's own state under the name its world gives it), and which states the principle asks: none for
 * an unknown provider, never the requesting state itself nor an unknown location.
 * Nimbus stores in Germany (DE), in Borealis (BO, the requesting state) and somewhere unknown.
 */
const NIMBUS = provider({ id: 'nimbus', home: 'AR', storesIn: ['DE', 'BO', 'unknown'] });
const LOCATION = namedRegime('location-principle')!.regime;
const world = (over: Partial<World> = {}): World => ({
  jurisdictions: [J('AR'), J('BO'), J('CE'), { ...J('DE'), name: 'Germany' }], providers: [NIMBUS],
  rules: [rule({ id: 'DE-LAW', jurisdiction: 'DE' }), rule({ id: 'BO-LAW', jurisdiction: 'BO' })],
  instruments: [instrument({ id: 'DE-BO-AGREEMENT', kind: 'agreement', parties: ['DE', 'BO'] })], ...over,
});
const request = () => scenario({ request: { provider: 'nimbus' } }).request;

describe('the verdict on a state\'s law', () => {
  it('permits the answer where no rule of that state covers the request, other states\' rules aside', () => {
    const v = locationLaw(world(), request(), NIMBUS, 'CE');
    expect(v).toMatchObject({ state: 'CE', permits: true, cites: [] });
    expect(v.reason).toBe('No rule of CE covers the request: its law permits the answer, and the location principle adds nothing.');
  });

  it('asks for consent citing only that state\'s covering rules', () => {
    const v = locationLaw(world(), request(), NIMBUS, 'DE');
    expect(v).toMatchObject({ state: 'DE', permits: false, cites: ['DE-LAW'] });
    expect(v.reason).toBe('The law of Germany covers the data leaving it (DE-LAW): under the location principle, Germany consents first.');
  });

  it('names a real state in French by its French name, a renamed one by its world\'s name', () => {
    expect(say(locationLaw(world(), request(), NIMBUS, 'DE').message, 'fr')).toContain('Allemagne');
    const renamed = world({ jurisdictions: [J('AR'), J('BO'), { ...J('DE'), name: 'Ruritania' }] });
    const fr = say(locationLaw(renamed, request(), NIMBUS, 'DE').message, 'fr');
    expect(fr).toContain('Ruritania');
    expect(fr).not.toContain('Allemagne');
  });
});

describe('the rules the location principle adds', () => {
  it('adds none for a provider the world does not know', () => {
    expect(regimeRules(LOCATION, world(), { ...request(), provider: 'nobody' })).toEqual([]);
  });

  it('asks only the state where the data is located, not the requesting state nor an unknown place; its own procedures and shared treaties are excepted', () => {
    const added = regimeRules(LOCATION, world(), request());
    expect(added.map((r) => r.id)).toEqual(['LOCATION-PRINCIPLE-DE']);
    expect(added[0]!.title).toBe('Location principle: the consent of Germany, where the data is located and whose law covers it (DE-LAW)');
    expect(added[0]!.except).toEqual(['mlat', 'rogatory', 'agreement']);
  });
});
