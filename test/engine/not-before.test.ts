import { describe, expect, it } from 'vitest';
import { runScenario } from '../../machines/run/script.ts';
import { J, instrument, provider, scenario } from './build.ts';

/**
 * A treaty whose entry into force nobody could source is still not older than its signature
 * (`inForce.notBefore`), and a party whose own date is unknown is not bound before its deposit
 * (`partyTerms.ratified`): neither carries a request made before it existed.
 */
const world = (treaty: ReturnType<typeof instrument>) => ({
  jurisdictions: [J('AR'), J('BO'), J('CE')],
  providers: [provider({ id: 'nimbus', home: 'AR' })],
  instruments: [treaty],
});

describe('dates known only as a lower bound', () => {
  const signed = instrument({ id: 'AR-BO-MLAT', kind: 'mlat', parties: ['AR', 'BO'], inForce: { notBefore: '2000-06-01' }, uncertain: 'date unknown: signed 1 Jun 2000' });

  it('a treaty whose entry into force is unknown carries requests made after its signature', () => {
    expect(runScenario(scenario({ world: world(signed), request: { date: '2005-01-01' } }))).toMatchObject({ channel: 'mlat', cites: ['AR-BO-MLAT'] });
  });

  it('and not requests made before it was signed: they go by letters rogatory', () => {
    expect(runScenario(scenario({ world: world(signed), request: { date: '1998-01-01' } }))).toMatchObject({ channel: 'rogatory' });
  });

  it('a party whose own date is unknown is bound from its deposit, not from the convention\'s first day', () => {
    const convention = instrument({
      id: 'CONVENTION', kind: 'mlat', parties: ['AR', 'BO', 'CE'], inForce: { from: '1990-01-01' },
      partyTerms: { BO: { ratified: '2010-03-01', uncertain: 'date unknown: deposit read, entry-into-force rule not applied' } },
    });
    expect(runScenario(scenario({ world: world(convention), request: { date: '2005-01-01' } }))).toMatchObject({ channel: 'rogatory' });
    expect(runScenario(scenario({ world: world(convention), request: { date: '2011-01-01' } }))).toMatchObject({ channel: 'mlat', cites: ['CONVENTION'] });
  });
});
