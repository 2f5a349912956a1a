import { describe, expect, it } from 'vitest';
import { assessScenario } from '../../machines/run/simulation.ts';
import { J, MLAT, instrument, provider, rule, scenario } from './build.ts';
import { namedRegime } from '../../machines/world/regimes.ts';

const assessment = (...args: Parameters<typeof scenario>) => assessScenario(scenario(...args));

describe('direct request verdicts', () => {
  it('is closed by a blocking rule of the data location, citing it', () => {
    const a = assessment({ world: { rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR' })] } });
    expect(a.direct).toMatchObject({ open: false, path: 'blocked', cites: ['AR-BLOCK'] });
    expect(a.direct.reason).toContain('AR-BLOCK');
  });

  it('stays open when the rule excepts a direct request, or does not cover the category', () => {
    const excepting = assessment({
      world: { providers: [provider({ id: 'nimbus', home: 'AR', answersDirect: ['content'] })], rules: [rule({ id: 'R', jurisdiction: 'AR', except: ['direct'] })] },
    });
    expect(excepting.direct).toMatchObject({ open: true, path: 'provider' });
    const otherData = assessment({
      world: { providers: [provider({ id: 'nimbus', home: 'AR', answersDirect: ['content'] })], rules: [rule({ id: 'R', jurisdiction: 'AR', data: ['traffic'] })] },
    });
    expect(otherData.direct.open).toBe(true);
  });

  it('is closed by a consent-required rule, since a direct request cannot consult', () => {
    const a = assessment({ world: { rules: [rule({ id: 'AR-CONSENT', kind: 'consent-required', jurisdiction: 'AR' })] } });
    expect(a.direct).toMatchObject({ open: false, path: 'blocked', cites: ['AR-CONSENT'] });
  });

  it('ignores rules of the requesting state and of unconnected states', () => {
    const a = assessment({
      world: {
        providers: [provider({ id: 'nimbus', home: 'AR', answersDirect: ['content'] })],
        rules: [rule({ id: 'BO-OWN', jurisdiction: 'BO', connection: ['subject-location'] }), rule({ id: 'CE-FAR', jurisdiction: 'CE' })],
      },
      request: { subject: { location: 'BO' } },
    });
    expect(a.direct.open).toBe(true);
  });

  it('follows a rule to the subject\'s nationality when the rule names that connection', () => {
    const a = assessment({
      world: { providers: [provider({ id: 'nimbus', home: 'AR', answersDirect: ['content'] })], rules: [rule({ id: 'CE-NAT', jurisdiction: 'CE', connection: ['subject-nationality'] })] },
      request: { subject: { nationality: 'CE' } },
    });
    expect(a.direct).toMatchObject({ open: false, cites: ['CE-NAT'] });
  });

  it('opens in an emergency when the provider discloses in emergencies, answering in 1 day', () => {
    const a = assessment({
      world: { providers: [provider({ id: 'nimbus', home: 'AR', emergencyDisclosure: true })] },
      request: { urgency: 'emergency' },
    });
    expect(a.direct).toMatchObject({ open: true, path: 'emergency', timing: { fixed: 1 } });
  });

  it('opens through a direct-cooperation instrument binding the requesting state and the provider\'s home', () => {
    const coop = instrument({ id: 'COOP', kind: 'direct-cooperation', parties: ['AR', 'BO'], data: ['subscriber'] });
    const a = assessment({ world: { instruments: [coop] }, request: { data: 'subscriber' } });
    expect(a.direct).toMatchObject({ open: true, path: 'instrument', instrument: 'COOP', cites: ['COOP'] });
    expect(assessment({ world: { instruments: [coop] }, request: { data: 'content' } }).direct).toMatchObject({ open: false, path: 'declined' });
  });

  it('is a domestic order, open for any category, when the provider is based in the requesting state', () => {
    const a = assessment({ world: { providers: [provider({ id: 'nimbus', home: 'BO', storesIn: ['AR'] })] } });
    expect(a.direct).toMatchObject({ open: true, path: 'domestic', timing: { fixed: 10 } });
    const blocked = assessment({ world: { providers: [provider({ id: 'nimbus', home: 'BO', storesIn: ['AR'] })], rules: [rule({ id: 'AR-LOC', jurisdiction: 'AR' })] } });
    expect(blocked.direct).toMatchObject({ open: false, cites: ['AR-LOC'] });
  });

  it('is not open when the provider does not answer the category and no instrument helps', () => {
    expect(assessment().direct).toMatchObject({ open: false, path: 'declined', timing: { fixed: 10 } });
  });
});

describe('agreement verdicts', () => {
  const agreement = instrument({ id: 'AR-BO-AGR', kind: 'agreement', parties: ['AR', 'BO'], excludes: ['party-nationals'] });

  it('opens where an agreement binds the requesting state and the provider\'s home', () => {
    const a = assessment({ world: { instruments: [agreement] } });
    expect(a.agreement).toMatchObject({ open: true, requestedState: 'AR', instrument: 'AR-BO-AGR' });
  });

  it('is closed for a subject the agreement excludes', () => {
    const a = assessment({ world: { instruments: [agreement] }, request: { subject: { nationality: 'AR' } } });
    expect(a.agreement.open).toBe(false);
    expect(a.agreement.reason).toMatch(/national of AR/);
  });

  it('excludes residents only where it says party-residents', () => {
    const residents = instrument({ ...agreement, id: 'RES', excludes: ['party-residents'] });
    expect(assessment({ world: { instruments: [residents] }, request: { subject: { location: 'AR' } } }).agreement.open).toBe(false);
    expect(assessment({ world: { instruments: [residents] }, request: { subject: { nationality: 'AR' } } }).agreement.open).toBe(true);
  });

  it('is closed without an agreement for the category', () => {
    const narrow = instrument({ ...agreement, data: ['subscriber'] });
    expect(assessment({ world: { instruments: [narrow] } }).agreement.open).toBe(false);
  });
});

describe('mlat and letters rogatory verdicts', () => {
  it('go to the data\'s location by default and to the provider\'s home under provider-home', () => {
    const world = { providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['CE'] })], instruments: [MLAT] };
    const located = assessment({ world });
    expect(located.mlat).toMatchObject({ open: false, requestedState: 'CE' });
    expect(located.rogatory).toMatchObject({ open: true, requestedState: 'CE' });
    const home = assessment({ world, regime: { requestedState: 'provider-home' } });
    expect(home.mlat).toMatchObject({ open: true, requestedState: 'AR', instrument: 'AR-BO-MLAT' });
  });

  it('are not open when the data\'s location is unknown under the data-location doctrine', () => {
    const world = { providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['unknown'] })], instruments: [MLAT] };
    const a = assessment({ world });
    expect(a.mlat.open).toBe(false);
    expect(a.rogatory.open).toBe(false);
    expect(assessment({ world, regime: { requestedState: 'provider-home' } }).mlat.open).toBe(true);
  });

  it('name the regime that sends them to the provider\'s home as the named regimes do, never as a doctrine of ours', () => {
    const world = { providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['CE'] })], instruments: [MLAT] };
    const named = assessment({ world, regime: namedRegime('provider-control')!.regime });
    expect(named.mlat.reason).toContain("the provider's home (AR), where the provider control regime sends such requests");
    const own = assessment({ world, regime: { requestedState: 'provider-home' } });
    expect(own.mlat.reason).toContain("where the scenario's own regime sends such requests");
    for (const a of [named, own]) expect(JSON.stringify(a)).not.toMatch(/provider-home doctrine|data-location doctrine/);
  });

  it('are not open when the requested state would be the requesting state', () => {
    const a = assessment({ world: { providers: [provider({ id: 'nimbus', home: 'BO' })], instruments: [MLAT] } });
    expect(a.mlat.open).toBe(false);
    expect(a.rogatory.open).toBe(false);
    expect(a.rogatory.reason).toMatch(/domestic order/);
  });

  it('prefer a bilateral instrument, then the smallest median', () => {
    const multilateral = instrument({ id: 'MULTI', kind: 'mlat', parties: ['AR', 'BO', 'CE'], days: { median: 100, p90: 200 } });
    const slow = instrument({ id: 'SLOW', kind: 'mlat', parties: ['AR', 'BO'], days: { median: 400, p90: 600 } });
    const fast = instrument({ id: 'FAST', kind: 'mlat', parties: ['BO', 'AR'], days: { median: 200, p90: 300 } });
    expect(assessment({ world: { instruments: [multilateral, slow, fast] } }).mlat.instrument).toBe('FAST');
    expect(assessment({ world: { instruments: [multilateral] } }).mlat.instrument).toBe('MULTI');
  });

  it('never lets a rule of the requested state close its own procedure', () => {
    const a = assessment({ world: { rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR' })], instruments: [MLAT] } });
    expect(a.mlat.open).toBe(true);
    expect(a.consultations.mlat).toEqual([]);
  });
});

describe('third-country consultation plans', () => {
  it('consults connected third countries whose rules cover the request and do not except the channel', () => {
    const a = assessment({
      world: {
        jurisdictions: [J('AR'), J('BO'), J('CE', { answer: 'consent', days: 12 }), J('DO')],
        providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['AR', 'CE'] })],
        rules: [rule({ id: 'CE-LOC', jurisdiction: 'CE', except: ['rogatory'] }), rule({ id: 'DO-NAT', jurisdiction: 'DO', connection: ['subject-nationality'] })],
        instruments: [MLAT],
      },
      request: { subject: { nationality: 'DO' } },
    });
    expect(a.consultations.mlat.map((c) => [c.country, c.rules, c.answer, c.days])).toEqual([
      ['CE', ['CE-LOC'], 'consent', 12],
      ['DO', ['DO-NAT'], 'silent', 30],
    ]);
    expect(a.consultations.rogatory.map((c) => c.country)).toEqual(['DO']);
  });
});

describe('the location principle regime', () => {
  // A law of the data's location that covers the request but closes no channel itself, so what
  // closes is the principle's consent alone (test/engine/location-principle.test.ts: without it).
  const CE_SAYS = rule({ id: 'CE-SAYS', jurisdiction: 'CE', connection: ['data-location'], except: ['direct', 'agreement', 'mlat', 'rogatory'] });

  it('makes the state where the data is located consent: a direct request is closed, citing the principle', () => {
    const a = assessment({ world: { providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['CE'], answersDirect: ['content'] })], rules: [CE_SAYS] }, regime: { locationConsent: true } });
    expect(a.direct).toMatchObject({ open: false, cites: ['LOCATION-PRINCIPLE-CE'] });
    expect(a.mlat.requestedState).toBe('CE');
  });

  it('counts an instrument between the two states as that consent', () => {
    const coop = instrument({ id: 'CE-BO-COOP', kind: 'direct-cooperation', parties: ['CE', 'BO'] });
    const agreement = instrument({ id: 'AR-BO-AGR', kind: 'agreement', parties: ['AR', 'BO'] });
    const world = { providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['CE'], answersDirect: ['content'] })], rules: [CE_SAYS], instruments: [coop, agreement] };
    const a = assessment({ world, regime: { locationConsent: true } });
    expect(a.direct.open).toBe(true);
    // The agreement binds the provider's home, not the data's location: the location is consulted.
    expect(a.consultations.agreement.map((c) => [c.country, c.rules])).toEqual([['CE', ['LOCATION-PRINCIPLE-CE']]]);
  });
});

describe('notified direct orders (e-Evidence)', () => {
  const order = instrument({ id: 'EPOC', kind: 'direct-cooperation', parties: ['AR', 'BO'], days: { median: 8, p90: 10, emergency: 1 }, notify: { data: ['traffic', 'content'], days: 10 } });

  it('hold the answer to the end of the notified state\'s window for covered categories', () => {
    expect(assessment({ world: { instruments: [order] }, request: { data: 'content', subject: { location: 'CE' } } }).direct.timing).toMatchObject({ atLeast: 10 });
    expect(assessment({ world: { instruments: [order] }, request: { data: 'subscriber' } }).direct.timing).not.toHaveProperty('atLeast');
  });

  it('are not notified when the subject is located in the requesting state, nor held back in an emergency', () => {
    expect(assessment({ world: { instruments: [order] }, request: { data: 'content', subject: { location: 'BO' } } }).direct.timing).not.toHaveProperty('atLeast');
    const emergency = assessment({ world: { instruments: [order] }, request: { data: 'content', urgency: 'emergency' } });
    expect(emergency.direct.timing).not.toHaveProperty('atLeast');
    expect(emergency.direct.reason).toMatch(/answers at once/);
  });
});

describe('a rule with an emergency exception', () => {
  it('closes a routine direct request but not an emergency one', () => {
    const world = { providers: [provider({ id: 'nimbus', home: 'AR', emergencyDisclosure: true })], rules: [rule({ id: 'AR-SCA', jurisdiction: 'AR', emergencyException: true })] };
    expect(assessment({ world }).direct).toMatchObject({ open: false, cites: ['AR-SCA'] });
    expect(assessment({ world, request: { urgency: 'emergency' } }).direct).toMatchObject({ open: true, path: 'emergency' });
  });
});
