import { describe, expect, it } from 'vitest';
import { assessScenario } from '../../machines/run/simulation.ts';
import { runScenario } from '../../machines/run/script.ts';
import type { Provider } from '../../machines/world/types.ts';
import { MLAT, order, provider, rule, scenario, type Build } from './build.ts';

/**
 * Reach (issue 11, part A): a requesting state's production order binds a provider established or
 * offering services on its territory, for data anywhere or only data stored there. Borealis (BO)
 * asks; Nimbus is based in Arcadia (AR) and stores there.
 */
const nimbus = (more: Partial<Provider> = {}) =>
  provider({ id: 'nimbus', home: 'AR', responseDays: 12, ...more });
const BO_ORDER = order({ id: 'BO-ORDER' });
const direct = (build: Build) => assessScenario(scenario(build)).direct;

describe('which order of the requesting state reaches the provider and the data', () => {
  it('an order reaching a provider that offers services in the requesting state makes the direct request a compelled order, answered after responseDays and citing it', () => {
    const world = { providers: [nimbus({ offersServicesIn: ['BO'] })], orders: [BO_ORDER], instruments: [MLAT] };
    expect(direct({ world })).toMatchObject({ open: true, path: 'compelled', cites: ['BO-ORDER'], timing: { fixed: 12 } });
    const r = runScenario(scenario({ world }));
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'direct', days: 12, cites: ['BO-ORDER'] });
  });

  it('without an order the direct request is what it was: declined by a provider that does not answer', () => {
    const world = { providers: [nimbus({ offersServicesIn: ['BO'] })], instruments: [MLAT] };
    expect(direct({ world })).toMatchObject({ open: false, path: 'declined' });
    expect(direct({ world }).reach).toBeUndefined();
  });

  it('the token * offers services everywhere', () => {
    expect(direct({ world: { providers: [nimbus({ offersServicesIn: ['*'] })], orders: [BO_ORDER] } }).path).toBe('compelled');
  });

  it('an order of another state, or for another category, does not reach the request', () => {
    const elsewhere = direct({ world: { providers: [nimbus({ offersServicesIn: ['*'] })], orders: [order({ id: 'CE-ORDER', jurisdiction: 'CE' })] } });
    expect(elsewhere.path).toBe('declined');
    const subscriberOnly = direct({ world: { providers: [nimbus({ offersServicesIn: ['*'] })], orders: [order({ id: 'BO-SUB', data: ['subscriber'] })] } });
    expect(subscriberOnly).toMatchObject({ path: 'declined', reach: { open: false } });
    expect(subscriberOnly.reach!.reason).toContain('BO-SUB does not cover content data');
  });

  describe('established versus offers-services', () => {
    const established = order({ id: 'BO-EST', reach: { providers: ['established'], data: 'anywhere' } });

    it('an order binding established providers reaches one with an establishment (or legal representative) in the requesting state', () => {
      expect(direct({ world: { providers: [nimbus({ establishments: ['BO'] })], orders: [established] } })).toMatchObject({ path: 'compelled', cites: ['BO-EST'] });
    });

    it('but not one that merely offers services there', () => {
      const d = direct({ world: { providers: [nimbus({ offersServicesIn: ['BO'] })], orders: [established] } });
      expect(d.path).toBe('declined');
      expect(d.reach!.reason).toContain('binds providers established in BO, and nimbus is not');
    });

    it('an order binding providers offering services does not reach one established there that offers none', () => {
      expect(direct({ world: { providers: [nimbus({ establishments: ['BO'] })], orders: [BO_ORDER] } }).path).toBe('declined');
    });

    it('a provider based in the requesting state is established there: its domestic order is compelled under the law that reaches it', () => {
      const d = direct({ world: { providers: [provider({ id: 'nimbus', home: 'BO' })], orders: [established] } });
      expect(d).toMatchObject({ path: 'compelled', cites: ['BO-EST'] });
    });
  });

  describe('in-territory versus anywhere', () => {
    const inTerritory = order({ id: 'BO-LOCAL', reach: { providers: ['offers-services'], data: 'in-territory' } });

    it('an in-territory order does not reach data stored abroad', () => {
      const d = direct({ world: { providers: [nimbus({ offersServicesIn: ['BO'] })], orders: [inTerritory] } });
      expect(d.path).toBe('declined');
      expect(d.reach!.reason).toContain('reaches only data stored in BO, and the data is stored in AR');
    });

    it('it does reach data stored in the requesting state', () => {
      const d = direct({ world: { providers: [nimbus({ offersServicesIn: ['BO'], storesIn: ['AR', 'BO'] })], orders: [inTerritory] } });
      expect(d).toMatchObject({ path: 'compelled', cites: ['BO-LOCAL'] });
    });

    it('a domestic order under a law that stops at the border does not reach data its own provider stores abroad: the treaty it is', () => {
      const local = order({ id: 'BO-LOCAL', reach: { providers: ['established'], data: 'in-territory' } });
      const world = { providers: [provider({ id: 'nimbus', home: 'BO', storesIn: ['AR'] })], orders: [local], instruments: [MLAT] };
      const d = direct({ world });
      expect(d).toMatchObject({ open: false, path: 'declined', cites: ['BO-LOCAL'] });
      expect(d.reason).toContain('A domestic order to nimbus does not reach the data where it is stored');
      expect(runScenario(scenario({ world }))).toMatchObject({ outcome: 'delivered', channel: 'mlat', attempts: ['mlat'] });
      // The same provider storing at home is compelled; without any order law the domestic order is as before.
      expect(direct({ world: { ...world, providers: [provider({ id: 'nimbus', home: 'BO', storesIn: ['BO'] })] } }).path).toBe('compelled');
      expect(direct({ world: { ...world, orders: [] } }).path).toBe('domestic');
    });

    it('an order reaching data anywhere reaches data stored abroad', () => {
      expect(direct({ world: { providers: [nimbus({ offersServicesIn: ['BO'] })], orders: [BO_ORDER] } }).path).toBe('compelled');
    });
  });

  describe('an order applies only while in force on the request date', () => {
    const dated = order({ id: 'BO-2018', inForce: { from: '2018-03-23' } });
    const world = { providers: [nimbus({ offersServicesIn: ['BO'] })], orders: [dated], instruments: [MLAT] };

    it('before its first day the order does not exist for the request', () => {
      expect(direct({ world, request: { date: '2018-03-22' } }).path).toBe('declined');
    });

    it('from its first day it compels', () => {
      expect(direct({ world, request: { date: '2018-03-23' } })).toMatchObject({ path: 'compelled', cites: ['BO-2018'] });
    });

    it('a dated order replaced by a later one: each request meets the order of its date', () => {
      const older = order({ id: 'BO-OLD', reach: { providers: ['offers-services'], data: 'in-territory' }, inForce: { to: '2018-03-22' } });
      const both = { ...world, orders: [older, dated] };
      expect(direct({ world: both, request: { date: '2017-06-01' } }).reach!.reason).toContain('BO-OLD reaches only data stored in BO');
      expect(direct({ world: both, request: { date: '2019-06-01' } }).cites).toEqual(['BO-2018']);
    });
  });

  it('an emergency disclosure needs no order: the provider answers after 1 day as before', () => {
    const d = direct({ world: { providers: [nimbus({ offersServicesIn: ['BO'], emergencyDisclosure: true })], orders: [BO_ORDER] }, request: { urgency: 'emergency' } });
    expect(d.path).toBe('emergency');
  });

  it('a rule of another state forbidding the disclosure turns the compelled order into a conflict of laws, citing both', () => {
    const d = direct({ world: { providers: [nimbus({ offersServicesIn: ['BO'] })], orders: [BO_ORDER], rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR' })] } });
    expect(d).toMatchObject({ open: true, path: 'conflict', cites: ['BO-ORDER', 'AR-BLOCK'], conflict: { order: 'BO-ORDER', breached: ['AR-BLOCK'] } });
  });

  it('without a reaching order the same rule still blocks the direct request', () => {
    const d = direct({ world: { providers: [nimbus({ offersServicesIn: ['CE'] })], orders: [BO_ORDER], rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR' })] } });
    expect(d).toMatchObject({ open: false, path: 'blocked', cites: ['AR-BLOCK'] });
  });
});
