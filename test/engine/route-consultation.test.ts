import { describe, expect, it } from 'vitest';
import { assessScenario } from '../../machines/run/simulation.ts';
import type { Jurisdiction } from '../../machines/world/types.ts';
import { J, MLAT, provider, rule, scenario, type Build } from './build.ts';

/**
 * Who is consulted before a channel goes out (machines/route/consultation.ts), as the assessment
 * lists it: the third countries, in what order, with which rules, their answer and days. Borealis
 * (BO) asks; Nimbus is based in Arcadia (AR) and stores in Arcadia and Cerulea (CE).
 */
const named = (id: string, name: string, consultation: Partial<Jurisdiction['consultation']> = {}): Jurisdiction => ({ ...J(id, consultation), name });
const nimbus = provider({ id: 'nimbus', home: 'AR', storesIn: ['AR', 'CE'] });
const consulted = (build: Build) => assessScenario(scenario({ ...build, world: { providers: [nimbus], instruments: [MLAT], ...build.world } })).consultations;
const rows = (list: { country: string; rules: string[]; answer: string; days: number }[]) => list.map((c) => [c.country, c.rules, c.answer, c.days]);

describe('the third countries consulted', () => {
  it('come in the file order of their first covering rule, each with all its covering rules in file order', () => {
    const c = consulted({
      world: {
        jurisdictions: [J('AR'), J('BO'), J('CE', { answer: 'consent', days: 12 }), J('DO', { answer: 'object', days: 5 })],
        rules: [
          rule({ id: 'DO-NAT', jurisdiction: 'DO', connection: ['subject-nationality'] }),
          rule({ id: 'CE-LOC', jurisdiction: 'CE' }),
          rule({ id: 'DO-NAT-2', jurisdiction: 'DO', connection: ['subject-nationality'] }),
          rule({ id: 'CE-LOC-2', jurisdiction: 'CE', kind: 'consent-required' }),
        ],
      },
      request: { subject: { nationality: 'DO' } },
    });
    expect(rows(c.mlat)).toEqual([
      ['DO', ['DO-NAT', 'DO-NAT-2'], 'object', 5],
      ['CE', ['CE-LOC', 'CE-LOC-2'], 'consent', 12],
    ]);
    expect(rows(c.rogatory)).toEqual(rows(c.mlat));
  });

  it('are named as the world names them', () => {
    const c = consulted({ world: { jurisdictions: [J('AR'), J('BO'), named('CE', 'Cerulea')], rules: [rule({ id: 'CE-LOC', jurisdiction: 'CE' })] } });
    expect(c.mlat.map((x) => [x.country, x.name])).toEqual([['CE', 'Cerulea']]);
  });

  it('a country the world has no consultation entry for answers silent after 30 days, under its id', () => {
    // Dorado is connected by the subject's nationality but missing from the jurisdictions.
    const c = consulted({
      world: { jurisdictions: [J('AR'), J('BO'), J('CE')], rules: [rule({ id: 'DO-NAT', jurisdiction: 'DO', connection: ['subject-nationality'] })] },
      request: { subject: { nationality: 'DO' } },
    });
    expect(c.mlat).toEqual([{ country: 'DO', name: 'DO', rules: ['DO-NAT'], answer: 'silent', days: 30 }]);
  });

  it('a rule that excepts a channel makes no consultation on that channel only', () => {
    const c = consulted({ world: { rules: [rule({ id: 'CE-LOC', jurisdiction: 'CE', except: ['mlat'] })] } });
    expect(c.mlat).toEqual([]);
    expect(c.rogatory.map((x) => x.country)).toEqual(['CE']);
  });

  it('a rule that does not cover the category, or no longer covers an emergency, makes no consultation', () => {
    expect(consulted({ world: { rules: [rule({ id: 'CE-SUB', jurisdiction: 'CE', data: ['subscriber'] })] } }).mlat).toEqual([]);
    const urgent = rule({ id: 'CE-URG', jurisdiction: 'CE', emergencyException: true });
    expect(consulted({ world: { rules: [urgent] }, request: { urgency: 'emergency' } }).mlat).toEqual([]);
    expect(consulted({ world: { rules: [urgent] } }).mlat.map((x) => x.country)).toEqual(['CE']);
  });

  it('a rule of a state not connected to the request makes no consultation', () => {
    expect(consulted({ world: { rules: [rule({ id: 'DO-LOC', jurisdiction: 'DO' })] } }).mlat).toEqual([]);
  });

  it('a recognition rule (GDPR art. 48) is cited, never a reason to consult', () => {
    const c = consulted({ world: { rules: [rule({ id: 'CE-48', jurisdiction: 'CE', kind: 'recognition' })] } });
    expect(c).toEqual({ agreement: [], mlat: [], rogatory: [] });
  });
});

describe('the requesting and the requested state are never consulted', () => {
  it('not the requesting state, even where its own rule covers the request', () => {
    const c = consulted({ world: { rules: [rule({ id: 'BO-LOC', jurisdiction: 'BO', connection: ['subject-location'] })] }, request: { subject: { location: 'BO' } } });
    expect(c).toEqual({ agreement: [], mlat: [], rogatory: [] });
  });

  it('not the requested state of the channel, which is consulted on the others', () => {
    // Stored first in Cerulea: mutual assistance goes there; the agreement goes to Arcadia, the home.
    const c = consulted({
      world: { providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['CE', 'AR'] })], rules: [rule({ id: 'CE-LOC', jurisdiction: 'CE' }), rule({ id: 'AR-LOC', jurisdiction: 'AR' })] },
    });
    expect(c.mlat.map((x) => x.country)).toEqual(['AR']);
    expect(c.rogatory.map((x) => x.country)).toEqual(['AR']);
    expect(c.agreement.map((x) => x.country)).toEqual(['CE']);
  });

  it('where the data\'s location is unknown there is no requested state: every connected state with a rule is consulted', () => {
    const c = consulted({
      world: { providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['unknown'] })], rules: [rule({ id: 'AR-HOME', jurisdiction: 'AR', connection: ['provider-home'] })] },
    });
    expect(c.mlat.map((x) => x.country)).toEqual(['AR']);
  });
});

describe('published rates', () => {
  const rates = { consent: 0.6, object: 0.1, source: 'Cerulean ministry report 2020 (fictional)' };
  const withRates = (answer: Jurisdiction['consultation']['answer'], r?: typeof rates) =>
    consulted({ world: { jurisdictions: [J('AR'), J('BO'), J('CE', { answer, days: 20, ...(r ? { rates: r } : {}) })], rules: [rule({ id: 'CE-LOC', jurisdiction: 'CE' })] } }).mlat;

  it('go with an unknown answer', () => {
    expect(withRates('unknown', rates)).toEqual([{ country: 'CE', name: 'CE', rules: ['CE-LOC'], answer: 'unknown', days: 20, rates }]);
  });

  it('are left out for a given answer: the world says what the country will do', () => {
    expect(Object.keys(withRates('consent', rates)[0]!)).toEqual(['country', 'name', 'rules', 'answer', 'days']);
  });

  it('an unknown answer without rates has no rates field at all', () => {
    expect(Object.keys(withRates('unknown')[0]!)).toEqual(['country', 'name', 'rules', 'answer', 'days']);
  });
});
