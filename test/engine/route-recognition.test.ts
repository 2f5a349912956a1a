import { describe, expect, it } from 'vitest';
import { assessScenario } from '../../machines/run/simulation.ts';
import type { Jurisdiction } from '../../machines/world/types.ts';
import { J, MLAT, instrument, provider, rule, scenario, type Build } from './build.ts';

/**
 * Recognition rules (GDPR art. 48; machines/route/recognition.ts): said and cited on the open
 * channels they concern, never closing one and never consulted. Borealis (BO) asks; Nimbus is based
 * in Arcadia (AR), stores in Arcadia and Cerulea (CE), and answers content requests directly.
 */
const named = (id: string, name: string): Jurisdiction => ({ ...J(id), name });
const nimbus = provider({ id: 'nimbus', home: 'AR', storesIn: ['AR', 'CE'], answersDirect: ['content'] });
const AGREEMENT = instrument({ id: 'AR-BO-AGR', kind: 'agreement', parties: ['AR', 'BO'] });
const CE_48 = rule({ id: 'CE-48', kind: 'recognition', jurisdiction: 'CE' });
const assessment = (build: Build) => assessScenario(scenario({
  ...build,
  world: { jurisdictions: [J('AR'), J('BO'), named('CE', 'Cerulea'), J('DO')], providers: [nimbus], instruments: [MLAT, AGREEMENT], ...build.world },
}));
const SAID = ' CE-48 (Cerulea) governs whether that state recognises the order; it does not close this channel or call for its consultation.';

describe('a recognition rule of a third state', () => {
  it('is said and cited on every open channel, after what the channel says', () => {
    const a = assessment({ world: { rules: [CE_48] } });
    expect(a.direct).toMatchObject({ open: true, path: 'provider', cites: ['CE-48'] });
    expect(a.direct.reason).toBe(`nimbus answers foreign authorities' requests for content data directly, after 10 days.${SAID}`);
    expect(a.agreement).toMatchObject({ open: true, cites: ['AR-BO-AGR', 'CE-48'] });
    expect(a.agreement.reason).toBe(`AR-BO-AGR lets BO order nimbus, based in AR, to produce content data.${SAID}`);
    expect(a.mlat).toMatchObject({ open: true, cites: ['AR-BO-MLAT', 'CE-48'] });
    expect(a.mlat.reason).toBe(`AR-BO-MLAT binds BO and AR; the request goes to the data's location (AR).${SAID}`);
    expect(a.rogatory).toMatchObject({ open: true, cites: ['CE-48'] });
    expect(a.consultations).toEqual({ agreement: [], mlat: [], rogatory: [] });
  });

  it('is not said on a closed channel, which carries no order to recognise', () => {
    const a = assessment({ world: { rules: [CE_48], instruments: [] } });
    expect(a.agreement.open).toBe(false);
    expect(a.agreement.cites).toEqual([]);
    expect(a.agreement.reason).not.toContain('CE-48');
    expect(a.mlat.cites).toEqual([]);
  });

  it('is not said on a channel it excepts', () => {
    const a = assessment({ world: { rules: [rule({ ...CE_48, except: ['mlat', 'direct'] })] } });
    expect(a.mlat).toMatchObject({ open: true, cites: ['AR-BO-MLAT'] });
    expect(a.mlat.reason).not.toContain('CE-48');
    expect(a.direct).toMatchObject({ open: true, cites: [] });
    expect(a.agreement.cites).toEqual(['AR-BO-AGR', 'CE-48']);
  });

  it('is not said where it does not cover the request', () => {
    const a = assessment({ world: { rules: [rule({ ...CE_48, data: ['subscriber'] })] } });
    expect([a.direct.cites, a.agreement.cites, a.mlat.cites, a.rogatory.cites]).toEqual([[], ['AR-BO-AGR'], ['AR-BO-MLAT'], []]);
  });

  it('several are cited in file order', () => {
    const a = assessment({ world: { rules: [rule({ id: 'DO-48', kind: 'recognition', jurisdiction: 'DO', connection: ['subject-nationality'] }), CE_48] }, request: { subject: { nationality: 'DO' } } });
    expect(a.mlat.cites).toEqual(['AR-BO-MLAT', 'DO-48', 'CE-48']);
  });
});

describe('a recognition rule of the states on either end', () => {
  it('the requested state\'s own rule is not said on its channels: its law is the channel', () => {
    const a = assessment({ world: { rules: [rule({ id: 'AR-48', kind: 'recognition', jurisdiction: 'AR' })] } });
    expect(a.mlat.cites).toEqual(['AR-BO-MLAT']);
    expect(a.agreement.cites).toEqual(['AR-BO-AGR']);
    expect(a.mlat.reason).not.toContain('AR-48');
    // The direct request has no requested state: Arcadia's rule concerns it.
    expect(a.direct.cites).toEqual(['AR-48']);
  });

  it('the requesting state\'s own rule is never said', () => {
    const a = assessment({ world: { rules: [rule({ id: 'BO-48', kind: 'recognition', jurisdiction: 'BO', connection: ['subject-location'] })] }, request: { subject: { location: 'BO' } } });
    expect([a.direct.cites, a.agreement.cites, a.mlat.cites, a.rogatory.cites]).toEqual([[], ['AR-BO-AGR'], ['AR-BO-MLAT'], []]);
    expect(a.direct.reason).toBe("nimbus answers foreign authorities' requests for content data directly, after 10 days.");
  });
});

describe('only recognition rules are said this way', () => {
  it('a blocking rule of a third state is consulted on the channels it does not except, never said or cited there', () => {
    const a = assessment({ world: { rules: [rule({ id: 'CE-BLOCK', jurisdiction: 'CE', except: ['direct'] })] } });
    expect([a.direct.cites, a.agreement.cites, a.mlat.cites, a.rogatory.cites]).toEqual([[], ['AR-BO-AGR'], ['AR-BO-MLAT'], []]);
    expect(a.mlat.reason).toBe("AR-BO-MLAT binds BO and AR; the request goes to the data's location (AR).");
    expect(a.consultations.mlat.map((c) => [c.country, c.rules])).toEqual([['CE', ['CE-BLOCK']]]);
  });
});
