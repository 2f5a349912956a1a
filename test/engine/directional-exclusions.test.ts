import { describe, expect, it } from 'vitest';
import { runScenario } from '../../machines/run/script.ts';
import { assessScenario } from '../../machines/run/simulation.ts';
import { J, provider, scenario, instrument } from './build.ts';
import type { DataRequest } from '../../machines/world/types.ts';

/**
 * An agreement between Arcadia and Borealis drawn like the UK-US one: Borealis may not target
 * Arcadian nationals or persons in Arcadia; Arcadia may not target persons located in Borealis
 * (but may target Borealis nationals elsewhere). Nimbus is based in Arcadia, Boreal Mail in Borealis.
 */
const agreement = instrument({
  id: 'AR-BO-AGR', kind: 'agreement', parties: ['AR', 'BO'],
  directionalExcludes: [
    { from: 'BO', subjectNationality: ['AR'], subjectLocation: ['AR'], source: 'AR-BO agreement art. 4(3) (fictional)' },
    { from: 'AR', subjectLocation: ['BO'], source: 'AR-BO agreement art. 4(4) (fictional)' },
  ],
});
const world = {
  jurisdictions: [J('AR'), J('BO'), J('CE')],
  providers: [provider({ id: 'nimbus', home: 'AR' }), provider({ id: 'boreal', home: 'BO' })],
  instruments: [agreement],
};
const verdict = (from: string, providerId: string, subject: DataRequest['subject']) =>
  assessScenario(scenario({ world, request: { from, provider: providerId, subject } })).agreement;

describe('exclusions that bind one party', () => {
  it('Borealis may not target an Arcadian national, wherever the person is', () => {
    const v = verdict('BO', 'nimbus', { nationality: 'AR', location: 'CE' });
    expect(v).toMatchObject({ open: false, cites: ['AR-BO-AGR'] });
    expect(v.reason).toBe('AR-BO-AGR may not be used: BO may not target a national of AR under it (AR-BO agreement art. 4(3) (fictional)).');
  });

  it('Borealis may not target a person located in Arcadia', () => {
    expect(verdict('BO', 'nimbus', { nationality: 'CE', location: 'AR' }).reason).toContain('BO may not target a person located in AR under it');
  });

  it('Arcadia may target a Borealis national living elsewhere, but not a person located in Borealis', () => {
    expect(verdict('AR', 'boreal', { nationality: 'BO', location: 'CE' })).toMatchObject({ open: true, instrument: 'AR-BO-AGR' });
    const v = verdict('AR', 'boreal', { nationality: 'CE', location: 'BO' });
    expect(v.open).toBe(false);
    expect(v.reason).toContain('AR may not target a person located in BO under it (AR-BO agreement art. 4(4) (fictional))');
  });

  it('an Arcadian national in Borealis may be targeted by Arcadia, but not by Borealis', () => {
    expect(verdict('AR', 'boreal', { nationality: 'AR', location: 'CE' }).open).toBe(true);
    expect(verdict('BO', 'nimbus', { nationality: 'AR', location: 'BO' }).open).toBe(false);
  });

  it('a request the agreement may not serve goes on to the next channel', () => {
    const r = runScenario(scenario({ world, request: { from: 'BO', provider: 'nimbus', subject: { nationality: 'AR', location: 'BO' } } }));
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'rogatory', attempts: ['rogatory'] });
  });
});

describe('an exclusion of nationals only', () => {
  // Cerulea may not target Arcadian nationals under this agreement; where they are is not said.
  const nationalsOnly = instrument({
    id: 'AR-CE-AGR', kind: 'agreement', parties: ['AR', 'CE'],
    directionalExcludes: [{ from: 'CE', subjectNationality: ['AR'], source: 'AR-CE agreement art. 2 (fictional)' }],
  });
  const ask = (subject: DataRequest['subject']) =>
    assessScenario(scenario({ world: { ...world, instruments: [nationalsOnly] }, request: { from: 'CE', provider: 'nimbus', subject } })).agreement;

  it('leaves a person of another nationality open to the requesting party, wherever the person is located', () => {
    expect(ask({ nationality: 'BO', location: 'AR' })).toMatchObject({ open: true, instrument: 'AR-CE-AGR', cites: ['AR-CE-AGR'] });
    expect(ask({ location: 'AR' })).toMatchObject({ open: true, instrument: 'AR-CE-AGR' });
  });

  it('bars an Arcadian national, citing the article', () => {
    expect(ask({ nationality: 'AR', location: 'BO' })).toMatchObject({
      open: false, cites: ['AR-CE-AGR'],
      reason: 'AR-CE-AGR may not be used: CE may not target a national of AR under it (AR-CE agreement art. 2 (fictional)).',
    });
  });
});
