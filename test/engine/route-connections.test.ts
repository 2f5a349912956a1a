import { describe, expect, it } from 'vitest';
import { assessScenario } from '../../machines/run/simulation.ts';
import { J, MLAT, provider, rule, scenario, type Build } from './build.ts';

/**
 * When a state's rule covers a request (machines/route/connections.ts), as a user meets it: the
 * direct request is closed citing the rule, or a third country is consulted. Borealis (BO) asks;
 * Nimbus is based in Arcadia (AR), stores in Arcadia, and answers content requests directly, so
 * only a covering rule closes the direct request.
 */
const nimbus = provider({ id: 'nimbus', home: 'AR', answersDirect: ['content'], emergencyDisclosure: true });
const assessment = (build: Build) =>
  assessScenario(scenario({ ...build, world: { providers: [nimbus], instruments: [MLAT], ...build.world } }));
const direct = (build: Build) => {
  const d = assessment(build).direct;
  return { open: d.open, path: d.path, cites: d.cites };
};

describe('each connection ties only its own state', () => {
  it('subject-nationality: the subject\'s nationality, not another state\'s', () => {
    const ce = rule({ id: 'CE-NAT', jurisdiction: 'CE', connection: ['subject-nationality'] });
    expect(direct({ world: { rules: [ce] }, request: { subject: { nationality: 'CE' } } })).toEqual({ open: false, path: 'blocked', cites: ['CE-NAT'] });
    expect(direct({ world: { rules: [ce] }, request: { subject: { nationality: 'DO' } } })).toEqual({ open: true, path: 'provider', cites: [] });
    expect(direct({ world: { rules: [ce] } })).toEqual({ open: true, path: 'provider', cites: [] });
  });

  it('subject-location: where the subject is, not another state', () => {
    const ce = rule({ id: 'CE-LOC', jurisdiction: 'CE', connection: ['subject-location'] });
    expect(direct({ world: { rules: [ce] }, request: { subject: { location: 'CE' } } })).toEqual({ open: false, path: 'blocked', cites: ['CE-LOC'] });
    expect(direct({ world: { rules: [ce] }, request: { subject: { location: 'DO' } } })).toEqual({ open: true, path: 'provider', cites: [] });
  });

  it('provider-home: the provider\'s home, not where it stores', () => {
    const home = rule({ id: 'HOME', jurisdiction: 'AR', connection: ['provider-home'] });
    expect(direct({ world: { rules: [home] } })).toMatchObject({ open: false, cites: ['HOME'] });
    const storedHere = rule({ id: 'CE-HOME', jurisdiction: 'CE', connection: ['provider-home'] });
    const world = { providers: [provider({ ...nimbus, storesIn: ['CE'] })], rules: [storedHere] };
    expect(direct({ world })).toEqual({ open: true, path: 'provider', cites: [] });
  });

  it('data-location: where the data is stored, not the provider\'s home', () => {
    const located = rule({ id: 'CE-DATA', jurisdiction: 'CE', connection: ['data-location'] });
    expect(direct({ world: { providers: [provider({ ...nimbus, storesIn: ['AR', 'CE'] })], rules: [located] } })).toMatchObject({ open: false, cites: ['CE-DATA'] });
    const atHome = rule({ id: 'AR-DATA', jurisdiction: 'AR', connection: ['data-location'] });
    expect(direct({ world: { providers: [provider({ ...nimbus, storesIn: ['CE'] })], rules: [atHome] } })).toEqual({ open: true, path: 'provider', cites: [] });
  });

  it('a rule naming several connections covers when any one holds', () => {
    // Stored in Arcadia, the subject of no stated nationality: only the first connection holds.
    const either = rule({ id: 'AR-EITHER', jurisdiction: 'AR', connection: ['data-location', 'subject-nationality'] });
    expect(direct({ world: { rules: [either] } })).toEqual({ open: false, path: 'blocked', cites: ['AR-EITHER'] });
  });
});

describe('an unknown data location is never a connection', () => {
  it('a rule of the pseudo-state "unknown" does not cover data of unknown location', () => {
    const world = { providers: [provider({ ...nimbus, storesIn: ['unknown'] })], rules: [rule({ id: 'NOWHERE', jurisdiction: 'unknown', connection: ['data-location'] })] };
    expect(direct({ world })).toEqual({ open: true, path: 'provider', cites: [] });
  });
});

describe('an emergency exception', () => {
  it('uncovers an emergency only for the rule that has one', () => {
    const excepting = rule({ id: 'AR-SCA', jurisdiction: 'AR', emergencyException: true });
    const strict = rule({ id: 'AR-STRICT', jurisdiction: 'AR' });
    expect(direct({ world: { rules: [excepting] }, request: { urgency: 'emergency' } })).toEqual({ open: true, path: 'emergency', cites: [] });
    expect(direct({ world: { rules: [strict] }, request: { urgency: 'emergency' } })).toEqual({ open: false, path: 'blocked', cites: ['AR-STRICT'] });
    expect(direct({ world: { rules: [excepting, strict] }, request: { urgency: 'emergency' } })).toEqual({ open: false, path: 'blocked', cites: ['AR-STRICT'] });
    expect(direct({ world: { rules: [excepting] } })).toEqual({ open: false, path: 'blocked', cites: ['AR-SCA'] });
  });
});

describe('the states tied to a request, as the consultation meets them', () => {
  it('the subject\'s nationality and location tie their states once each, the provider\'s home and data too', () => {
    const cover = (id: string, j: string) => rule({ id, jurisdiction: j, connection: ['data-location', 'provider-home', 'subject-nationality', 'subject-location'] });
    const a = assessment({
      world: {
        jurisdictions: [J('AR'), J('BO'), J('CE'), J('DO'), J('EL')],
        providers: [provider({ ...nimbus, home: 'DO', storesIn: ['AR', 'unknown'] })],
        rules: [cover('EL-1', 'EL'), cover('CE-1', 'CE'), cover('DO-1', 'DO'), cover('AR-1', 'AR')],
      },
      request: { subject: { nationality: 'CE', location: 'EL' } },
    });
    // Mutual assistance goes to Arcadia, where the data is: the others are consulted, in rule order.
    expect(a.consultations.mlat.map((c) => c.country)).toEqual(['EL', 'CE', 'DO']);
  });
});
