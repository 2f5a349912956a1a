import { describe, expect, it } from 'vitest';
import { assessScenario } from '../../machines/run/simulation.ts';
import { runScenario } from '../../machines/run/script.ts';
import { locationLaw, NAMED_REGIMES, namedRegime, regimeRules } from '../../machines/world/regimes.ts';
import type { DataRequest } from '../../machines/world/types.ts';
import { MLAT, provider, rule, scenario } from './build.ts';

/**
 * The location principle as the seed text states it: data located in another state are not obtained
 * directly "without the permission of the other state's law" (SEED-0). Nimbus (home AR) stores in
 * Cerulea (CE); Borealis (BO) asks. Whether CE's law permits the answer is read from CE's rules.
 */
const IN_CERULEA = provider({ id: 'nimbus', home: 'AR', storesIn: ['CE'], answersDirect: ['subscriber', 'traffic', 'content'] });
const LOCATION = { locationConsent: true } as const;
const build = (rules: ReturnType<typeof rule>[], request: Partial<DataRequest> = {}) =>
  scenario({ world: { providers: [IN_CERULEA], rules, instruments: [MLAT] }, regime: LOCATION, request });

describe('the location principle asks the law of the state where the data is located', () => {
  it('closes nothing where no rule of that state covers the request: its law permits the answer', () => {
    const s = build([]);
    const a = assessScenario(s);
    expect(a.direct).toMatchObject({ open: true, path: 'provider' });
    expect(a.mlat.requestedState).toBe('CE');
    const run = runScenario(s);
    expect(run).toMatchObject({ outcome: 'delivered', channel: 'direct', days: 10 });
    expect(run.cites.filter((c) => c.startsWith('LOCATION-PRINCIPLE'))).toEqual([]);
  });

  it('asks that state\'s consent where one of its rules covers the request: the direct request is closed, citing the principle', () => {
    const law = rule({ id: 'CE-DATA-LAW', jurisdiction: 'CE', kind: 'consent-required', connection: ['data-location'], except: ['direct', 'agreement', 'mlat', 'rogatory'] });
    const a = assessScenario(build([law]));
    expect(a.direct).toMatchObject({ open: false, cites: ['LOCATION-PRINCIPLE-CE'] });
    // Without the regime, the same law (which excepts every channel) closes nothing.
    const contract = assessScenario(scenario({ world: { providers: [IN_CERULEA], rules: [law], instruments: [MLAT] } }));
    expect(contract.direct.open).toBe(true);
  });

  it('reads a rule for another category, or one yielding to an emergency, as permitting the answer', () => {
    const contentOnly = rule({ id: 'CE-CONTENT', jurisdiction: 'CE', data: ['content'], except: ['direct'] });
    expect(assessScenario(build([contentOnly], { data: 'subscriber' })).direct.open).toBe(true);
    expect(assessScenario(build([contentOnly], { data: 'content' })).direct).toMatchObject({ open: false, cites: ['LOCATION-PRINCIPLE-CE'] });

    const yielding = rule({ id: 'CE-YIELDS', jurisdiction: 'CE', except: ['direct'], emergencyException: true });
    expect(assessScenario(build([yielding], { urgency: 'emergency' })).direct.open).toBe(true);
    expect(assessScenario(build([yielding])).direct.open).toBe(false);
  });

  it('does not count a rule of another state, nor a rule of the location not yet in force on the request\'s date', () => {
    const elsewhere = rule({ id: 'DO-LAW', jurisdiction: 'DO', connection: ['data-location'] });
    expect(assessScenario(build([elsewhere])).direct.open).toBe(true);
    const later = rule({ id: 'CE-LATER', jurisdiction: 'CE', except: ['direct'], inForce: { from: '2030-01-01' } });
    expect(assessScenario(build([later], { date: '2025-01-01' })).direct.open).toBe(true);
    expect(assessScenario(build([later], { date: '2031-01-01' })).direct).toMatchObject({ open: false, cites: ['LOCATION-PRINCIPLE-CE'] });
  });

  it('gives its verdict with a reason and the covering rules, and the added rule carries them', () => {
    const law = rule({ id: 'CE-DATA-LAW', jurisdiction: 'CE' });
    const world = { jurisdictions: [], providers: [IN_CERULEA], rules: [law], instruments: [] };
    const request = build([]).request;
    expect(locationLaw({ ...world, rules: [] }, request, IN_CERULEA, 'CE')).toMatchObject({ permits: true, cites: [] });
    const verdict = locationLaw(world, request, IN_CERULEA, 'CE');
    expect(verdict).toMatchObject({ state: 'CE', permits: false, cites: ['CE-DATA-LAW'] });
    expect(verdict.reason).toContain('CE-DATA-LAW');
    const [added] = regimeRules(namedRegime('location-principle')!.regime, world, request);
    expect(added).toMatchObject({ id: 'LOCATION-PRINCIPLE-CE', jurisdiction: 'CE', kind: 'consent-required' });
    expect(added!.source).toContain('未經他國法律允許');
    expect(added!.source).toContain('CE-DATA-LAW');
  });
});

describe('the named regimes', () => {
  it('each state the doctrine in its own terms, say how the engine applies it, and name their sources', () => {
    expect(NAMED_REGIMES.map((r) => r.name)).toEqual(['location-principle', 'provider-control', 'e-evidence']);
    for (const r of NAMED_REGIMES) {
      expect(r.title.length, r.name).toBeGreaterThan(0);
      expect(r.summary.length, r.name).toBeGreaterThan(80);
      expect(r.effect.length, r.name).toBeGreaterThan(40);
      expect(r.sources.length, r.name).toBeGreaterThan(0);
      expect(r.regime.name).toBe(r.name);
    }
    expect(new Set(NAMED_REGIMES.map((r) => r.title)).size).toBe(NAMED_REGIMES.length);
  });

  it('cite for provider control the CLOUD Act, Budapest art. 18(1) and the national rulings', () => {
    const sources = namedRegime('provider-control')!.sources.join('\n');
    for (const s of ['2713', 'art. 18(1)', 'Yahoo!', 'ADC 51', 'Brecknell', 'King v. OVH']) expect(sources).toContain(s);
  });

  it('grade no doctrine', () => {
    const loaded = /\b(merely|only a|aggressive|unilateral|overreach|extraterritorial|better|worse|cost of the doctrine|legitimate|illegitimate)\b/i;
    for (const r of NAMED_REGIMES) {
      for (const text of [r.title, r.summary, r.effect, ...r.sources]) expect(text, r.name).not.toMatch(loaded);
    }
  });
});
