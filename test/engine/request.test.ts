import { describe, expect, it } from 'vitest';
import { runScenario, ScriptError } from '../../machines/run/script.ts';
import { Simulation } from '../../machines/run/simulation.ts';
import { J, MLAT, instrument, provider, rule, scenario } from './build.ts';

const answering = provider({ id: 'nimbus', home: 'AR', answersDirect: ['subscriber', 'traffic', 'content'], responseDays: 7 });
const blockAR = rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory', 'agreement'] });
const agreement = instrument({ id: 'AR-BO-AGR', kind: 'agreement', parties: ['AR', 'BO'] });

describe('each channel delivers after its simulated days', () => {
  it('direct: the provider answers after its responseDays', () => {
    const r = runScenario(scenario({ world: { providers: [answering] } }));
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'direct', attempts: ['direct'], days: 7 });
    expect(r.transitions.at(-1)).toMatchObject({ from: 'direct.sent', to: 'delivered', day: 7 });
  });

  it('agreement: after the agreement\'s median days', () => {
    const r = runScenario(scenario({ world: { rules: [blockAR], instruments: [agreement] } }));
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'agreement', days: 30, cites: ['AR-BO-AGR'] });
  });

  it('mlat: through every stage, ending on the median day', () => {
    const r = runScenario(scenario({ world: { rules: [blockAR], instruments: [MLAT] } }));
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'mlat', days: 300 });
    const stages = r.transitions.filter((t) => t.from.startsWith('mlat.')).map((t) => t.from);
    expect(stages).toEqual(['mlat.drafting', 'mlat.requestingReview', 'mlat.transmission', 'mlat.requestedReview', 'mlat.domesticOrder', 'mlat.production', 'mlat.return']);
    const days = r.transitions.map((t) => t.day);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('rogatory: with no treaty, after 540 days', () => {
    const r = runScenario(scenario({ world: { rules: [blockAR] } }));
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'rogatory', attempts: ['rogatory'], days: 540, cites: [] });
  });

  it('uses an instrument\'s emergency days for an emergency request', () => {
    const fast = instrument({ ...MLAT, days: { median: 300, p90: 540, emergency: 20 } });
    const r = runScenario(scenario({ world: { rules: [blockAR], instruments: [fast] }, request: { urgency: 'emergency' } }));
    expect(r).toMatchObject({ channel: 'mlat', days: 20 });
  });

  it('answers an emergency direct request after exactly 1 day where the provider discloses in emergencies', () => {
    const r = runScenario(scenario({
      world: { providers: [provider({ id: 'nimbus', home: 'AR', emergencyDisclosure: true, responseDays: 10 })] },
      request: { urgency: 'emergency' },
    }));
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'direct', days: 1 });
  });
});

describe('direct requests that fail', () => {
  it('a direct request a rule closes is blocked on the day it is sent, and the request waits for the next decision', () => {
    const r = runScenario(scenario({ world: { rules: [blockAR], instruments: [MLAT] }, script: [[5, { type: 'SEND_DIRECT' }]] }));
    expect(r.transitions[1]).toMatchObject({ day: 5, event: 'SEND_DIRECT', from: 'intake', to: 'direct.blocked', cites: ['AR-BLOCK'] });
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'mlat', attempts: ['direct', 'mlat'], days: 305, cites: ['AR-BLOCK', 'AR-BO-MLAT'] });
  });

  it('a direct request the provider does not answer ends declined after its responseDays', () => {
    const r = runScenario(scenario({ world: { instruments: [MLAT] }, script: [{ type: 'SEND_DIRECT' }] }));
    expect(r.transitions.find((t) => t.to === 'direct.declined')).toMatchObject({ day: 10 });
    expect(r).toMatchObject({ channel: 'mlat', days: 310 });
  });

  it('the provider refusing ends the attempt; with nothing left the request ends refused', () => {
    const r = runScenario(scenario({
      world: { providers: [provider({ ...answering, storesIn: ['BO'], home: 'BO' })] },
      request: { from: 'CE' },
      script: [{ type: 'SEND_DIRECT' }, [3, { type: 'PROVIDER_REFUSES', reason: 'user notice policy' }]],
    }));
    // BO is both home and location: rogatory to BO stays open, so the default policy tries it.
    expect(r.attempts).toEqual(['direct', 'rogatory']);
    const onlyDirect = runScenario(scenario({
      world: { providers: [answering] }, request: { from: 'AR' },
      script: [{ type: 'SEND_DIRECT' }, [3, { type: 'PROVIDER_REFUSES', reason: 'policy' }]],
    }));
    expect(onlyDirect).toMatchObject({ outcome: 'refused', channel: 'direct', attempts: ['direct'], days: 3 });
  });
});

describe('final states', () => {
  it('blocked: no channel is open and no decision remains', () => {
    const r = runScenario(scenario({ world: { providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['unknown'] })], rules: [blockAR] } }));
    expect(r).toMatchObject({ outcome: 'blocked', channel: null, attempts: [], days: 0 });
  });

  it('refused: the requested state refuses, closing every channel through it', () => {
    const r = runScenario(scenario({
      world: { rules: [blockAR], instruments: [MLAT, agreement] },
      script: [{ type: 'CHOOSE_MLAT' }, [100, { type: 'REFUSE', ground: 'dual criminality' }]],
    }));
    expect(r).toMatchObject({ outcome: 'refused', channel: 'mlat', attempts: ['mlat'], days: 100 });
    expect(r.transitions.at(-2)!.reason).toMatch(/dual criminality/);
  });

  it('withdrawn: at once, naming the channel under way', () => {
    const r = runScenario(scenario({ world: { rules: [blockAR], instruments: [MLAT] }, script: [{ type: 'CHOOSE_MLAT' }, [42, { type: 'WITHDRAW' }]] }));
    expect(r).toMatchObject({ outcome: 'withdrawn', channel: 'mlat', days: 42 });
  });

  it('data-lost: retention runs out before a slow channel delivers, on the last day the data exists', () => {
    const r = runScenario(scenario({ world: { rules: [blockAR], instruments: [MLAT] }, request: { retentionDays: 120, preservation: 'manual' } }));
    expect(r).toMatchObject({ outcome: 'data-lost', channel: 'mlat', days: 120 });
    expect(r.transitions.at(-1)).toMatchObject({ event: 'DATA_DELETED', to: 'dataLost', day: 120 });
  });

  it('a delivery on the data\'s last day succeeds', () => {
    const r = runScenario(scenario({ world: { rules: [blockAR], instruments: [MLAT] }, request: { retentionDays: 300, preservation: 'manual' } }));
    expect(r).toMatchObject({ outcome: 'delivered', days: 300 });
  });
});

describe('preservation races the channel', () => {
  const world = { rules: [blockAR], instruments: [MLAT] };

  it('the default policy preserves on day 0 and extends once: 180 days are not enough for a 300-day MLAT', () => {
    const r = runScenario(scenario({ world, request: { retentionDays: 30 } }));
    expect(r).toMatchObject({ outcome: 'data-lost', days: 180 });
    expect(r.transitions.filter((t) => t.to.startsWith('preservation.')).map((t) => [t.day, t.event])).toEqual([
      [0, 'PRESERVATION_REQUESTED'], [90, 'PRESERVATION_EXTENDED'],
    ]);
  });

  it('more extensions allowed by the regime save the data', () => {
    const r = runScenario(scenario({ world, request: { retentionDays: 30 }, regime: { maxExtensions: 3 } }));
    expect(r).toMatchObject({ outcome: 'delivered', days: 300 });
  });

  it('a manual preservation and extensions keep the data through their days', () => {
    const r = runScenario(scenario({
      world, request: { retentionDays: 30, preservation: 'manual' }, regime: { maxExtensions: 2 },
      script: [[20, { type: 'REQUEST_PRESERVATION' }], { type: 'CHOOSE_MLAT' }, [110, { type: 'EXTEND_PRESERVATION' }], [200, { type: 'EXTEND_PRESERVATION' }]],
    }));
    // Preserved day 20 through 110, extended to 200, then to 290: the MLAT from day 0 delivers on 300.
    expect(r).toMatchObject({ outcome: 'data-lost', days: 290 });
  });

  it('an extension beyond regime.maxExtensions is an error naming the line and the state', () => {
    const s = scenario({
      world, request: { retentionDays: 400, preservation: 'manual' },
      script: [{ type: 'REQUEST_PRESERVATION' }, [10, { type: 'EXTEND_PRESERVATION' }], [20, { type: 'EXTEND_PRESERVATION' }]],
    });
    expect(() => runScenario(s)).toThrow(ScriptError);
    expect(() => runScenario(s)).toThrow(/line 3: EXTEND_PRESERVATION on day 20 in state mlat\.requestingReview: the one extension the regime allows has been used/);
  });
});

describe('the third-country sovereignty check', () => {
  const base = (answer: 'consent' | 'object' | 'silent', days = 20) => ({
    jurisdictions: [J('AR'), J('BO'), J('CE', { answer, days }), J('DO')],
    providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['AR', 'CE'] })],
    rules: [blockAR, rule({ id: 'CE-LOC', jurisdiction: 'CE', kind: 'consent-required' })],
    instruments: [MLAT],
  });

  it('a consent lets the channel go out when it arrives, citing the consenting rule', () => {
    const r = runScenario(scenario({ world: base('consent') }));
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'mlat', days: 320, cites: ['CE-LOC', 'AR-BO-MLAT'] });
    expect(r.transitions[1]).toMatchObject({ from: 'intake', to: 'sovereigntyCheck.consulting', day: 0 });
    expect(r.transitions[2]).toMatchObject({ from: 'sovereigntyCheck.consulting', to: 'mlat.drafting', day: 20 });
  });

  it('an objection closes the channel on its day; the next channel is tried', () => {
    const r = runScenario(scenario({ world: base('object', 15) }));
    expect(r.transitions[2]).toMatchObject({ to: 'sovereigntyCheck.objected', day: 15, cites: ['CE-LOC'] });
    expect(r).toMatchObject({ attempts: ['mlat', 'rogatory'] });
  });

  it('silence closes the channel at the deadline', () => {
    const r = runScenario(scenario({ world: base('silent', 30), script: [{ type: 'CHOOSE_MLAT' }] }));
    expect(r.transitions[2]).toMatchObject({ to: 'sovereigntyCheck.objected', day: 30 });
    expect(r.transitions[2]!.reason).toMatch(/did not answer within 30 days/);
  });

  it('an injected answer replaces the one the country would have given', () => {
    const r = runScenario(scenario({
      world: base('object', 30),
      script: [{ type: 'CHOOSE_MLAT' }, [4, { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'consent' }]],
    }));
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'mlat', days: 304 });
  });

  it('an answer with no consultation under way is an error', () => {
    const s = scenario({ world: { rules: [blockAR], instruments: [MLAT] }, script: [[0, { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'consent' }]] });
    expect(() => runScenario(s)).toThrow(/no consultation of third countries is under way/);
  });
});

describe('decisions the request cannot take', () => {
  const world = { rules: [blockAR], instruments: [MLAT] };

  it('choosing a channel that is not open', () => {
    expect(() => runScenario(scenario({ world, script: [{ type: 'CHOOSE_AGREEMENT' }] }))).toThrow(/CHOOSE_AGREEMENT on day 0 in state intake: No data-access agreement/);
  });

  it('choosing while another channel is under way', () => {
    expect(() => runScenario(scenario({ world, script: [{ type: 'CHOOSE_MLAT' }, [5, { type: 'CHOOSE_ROGATORY' }]] }))).toThrow(/the mutual legal assistance channel is under way/);
  });

  it('choosing a channel already tried', () => {
    const s = scenario({ world, script: [{ type: 'CHOOSE_MLAT' }, [5, { type: 'REFUSE', ground: 'political offence' }], { type: 'CHOOSE_MLAT' }] });
    expect(() => runScenario(s)).toThrow(/Already tried: mutual legal assistance\. Each channel is tried at most once\./);
  });

  it('a refusal with nothing gone out', () => {
    expect(() => runScenario(scenario({ world, script: [[0, { type: 'REFUSE', ground: 'x' }]] }))).toThrow(/nothing has gone out for the requested state to refuse/);
  });
});

describe('simulated time', () => {
  it('moves only when the runner moves it, and fires what is due in order', () => {
    const sim = new Simulation(scenario({ world: { rules: [blockAR], instruments: [MLAT] } }));
    sim.send({ type: 'CHOOSE_MLAT' });
    expect(sim.state).toBe('mlat.drafting');
    sim.advanceTo(29);
    expect(sim.state).toBe('mlat.requestingReview');
    sim.advanceTo(30);
    expect(sim.state).toBe('mlat.transmission');
    expect(sim.clock.nextDue()).toBe(45);
    sim.advanceTo(10_000);
    expect(sim.result()).toMatchObject({ outcome: 'delivered', days: 300 });
  });
});
