import { describe, expect, it } from 'vitest';
import { playScript, runScenario } from '../../machines/run/script.ts';
import { EventRejected, Simulation } from '../../machines/run/simulation.ts';
import { sampledChance, seededRandom } from '../../machines/random.ts';
import type { ProviderPractice } from '../../machines/world/types.ts';
import { viewOf } from '../../machines/run/view.ts';
import { BLOCK_AR, J, MLAT, instrument, order, provider, rule, scenario, type Build, twoConsulted } from './build.ts';

/**
 * The notes the request log shows a user, pinned whole with their cited sources, for the steps whose
 * words or citations no other test reads: a blocked direct request, a consent read at its deadline,
 * answers injected by a trainer, a preservation asked for twice, lapsing while the provider still
 * keeps the data, or ending with it; a conflict of laws' choices; refusals by the requested state
 * and by the provider, and a hold that a provider's refusal ends.
 */
type Step = { day: number; event: string; from: string; to: string; reason: string; cites: string[] };
const row = (t: Step) => [t.day, t.event, t.from, t.to, t.reason, t.cites];
const steps = (ts: readonly Step[], ...events: string[]) => ts.filter((t) => events.includes(t.event)).map(row);

const nimbus = provider({ id: 'nimbus', home: 'AR', responseDays: 12, offersServicesIn: ['BO'] });
const BLOCK = rule({ id: 'AR-BLOCK', jurisdiction: 'AR', title: 'Arcadian Blocking Statute', except: ['mlat', 'rogatory', 'agreement'] });
const FULL = order({ id: 'BO-ORDER', title: 'Act', sanction: 'a fine', review: { days: 30, source: 'Act s. 9' } });
const AGR = instrument({ id: 'AR-BO-AGR', kind: 'agreement', parties: ['AR', 'BO'], preservationPending: { source: 'AGR art. 4 (fictional)' } });
const HOLDMLAT = instrument({ ...MLAT, preservationPending: { source: 'AR-BO MLAT art. 9 (fictional)' } });

describe('a blocked direct request', () => {
  it('says why it is blocked, cites the blocking rule, and closes the direct channel', () => {
    const sim = new Simulation(scenario({ world: { rules: [rule({ id: 'AR-ACT-1', jurisdiction: 'AR' })], instruments: [MLAT] } }));
    sim.send({ type: 'SEND_DIRECT' });
    expect(row(sim.transitions.at(-1)!)).toEqual([0, 'SEND_DIRECT', 'intake', 'direct.blocked',
      'Direct request blocked on the day it was sent. A direct request to nimbus is closed: AR-ACT-1 (AR, blocking) covers content data and does not except a direct request.', ['AR-ACT-1']]);
    expect(sim.context.closed.direct).toMatchObject({ open: false, reason: 'The direct request to the provider channel was tried.' });
    expect(sim.context.lastEnd).toEqual({ channel: 'direct', refused: false });
    expect(row(sim.transitions[0]!)).toEqual([0, 'PRESERVATION_REQUESTED', 'preservation.none', 'preservation.preserved',
      'Preservation requested by the default policy: the provider keeps the data through day 90.', []]);
  });
});

describe('consultation answers', () => {
  it('a consent read at its deadline is noted alone, citing its rule, and recorded as consent', () => {
    const sim = new Simulation(scenario({ world: twoConsulted({ answer: 'consent', days: 30 }, { answer: 'consent', days: 60 }) }));
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.advanceTo(30);
    expect(row(sim.transitions.at(-1)!)).toEqual([30, 'THIRD_COUNTRY_ANSWER', 'sovereigntyCheck.consulting', 'sovereigntyCheck.consulting', 'CE consented.', ['CE-LOC']]);
    expect(sim.context.answers).toEqual([{ country: 'CE', name: 'CE', answer: 'consent', channel: 'mlat', day: 30 }]);
  });

  it('a consent injected before its deadline is noted with its rule; the other state is still awaited', () => {
    const sim = new Simulation(scenario({ world: twoConsulted({ answer: 'silent', days: 30 }, { answer: 'silent', days: 60 }) }));
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.send({ type: 'THIRD_COUNTRY_ANSWERS', country: 'DO', answer: 'consent' });
    expect(row(sim.transitions.at(-1)!)).toEqual([0, 'THIRD_COUNTRY_ANSWERS', 'sovereigntyCheck.consulting', 'sovereigntyCheck.consulting', 'DO consented.', ['DO-LOC']]);
    expect(sim.state).toBe('sovereigntyCheck.consulting');
  });

  it('an objection injected closes the channel, saying the state objected, citing its rule', () => {
    const sim = new Simulation(scenario({ world: twoConsulted({ answer: 'silent', days: 30 }, { answer: 'silent', days: 60 }) }));
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.send({ type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'object' });
    expect(row(sim.transitions.at(-1)!)).toEqual([0, 'THIRD_COUNTRY_ANSWERS', 'sovereigntyCheck.consulting', 'sovereigntyCheck.objected',
      'CE objected: the mutual legal assistance channel is closed under CE-LOC.', ['CE-LOC']]);
  });

  it('a silence injected closes the channel, saying the state will not answer', () => {
    const sim = new Simulation(scenario({ world: twoConsulted({ answer: 'consent', days: 30 }, { answer: 'consent', days: 60 }) }));
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.send({ type: 'THIRD_COUNTRY_ANSWERS', country: 'DO', answer: 'silent' });
    expect(row(sim.transitions.at(-1)!)).toEqual([0, 'THIRD_COUNTRY_ANSWERS', 'sovereigntyCheck.consulting', 'sovereigntyCheck.objected',
      'DO will not answer: the mutual legal assistance channel is closed under DO-LOC.', ['DO-LOC']]);
  });

  it('an answer for a state that is not being consulted is refused with a reason', () => {
    const sim = new Simulation(scenario({ world: { rules: [BLOCK_AR], instruments: [MLAT] } }));
    sim.send({ type: 'CHOOSE_MLAT' });
    const answer = { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'consent' } as const;
    expect(sim.accepts(answer)).toBe(false);
    expect(() => sim.send(answer)).toThrow(EventRejected);
    expect(sim.whyNot(answer)).toBe('no consultation of third countries is under way.');
  });

  it('an answer for a state already answered is refused', () => {
    const sim = new Simulation(scenario({ world: twoConsulted({ answer: 'consent', days: 30 }, { answer: 'consent', days: 60 }) }));
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.advanceTo(30);
    expect(sim.accepts({ type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'object' })).toBe(false);
    expect(sim.accepts({ type: 'THIRD_COUNTRY_ANSWERS', country: 'DO', answer: 'object' })).toBe(true);
  });
});

describe('consultation answers read at their deadline', () => {
  it('every state consenting: the request goes out, saying so, citing the last rule and the instrument', () => {
    const r = runScenario(scenario({ world: twoConsulted({ answer: 'consent', days: 30 }, { answer: 'consent', days: 60 }), script: [{ type: 'CHOOSE_MLAT' }] }));
    expect(steps(r.transitions, 'CHOOSE_MLAT', 'THIRD_COUNTRY_ANSWER')).toEqual([
      [0, 'CHOOSE_MLAT', 'intake', 'sovereigntyCheck.consulting',
        'Before the mutual legal assistance request goes out, third countries whose rules cover it are consulted: CE (CE-LOC) and DO (DO-LOC).', ['CE-LOC', 'DO-LOC']],
      [30, 'THIRD_COUNTRY_ANSWER', 'sovereigntyCheck.consulting', 'sovereigntyCheck.consulting', 'CE consented.', ['CE-LOC']],
      [60, 'THIRD_COUNTRY_ANSWER', 'sovereigntyCheck.consulting', 'mlat.drafting',
        'Every consulted third country consented. The mutual legal assistance request goes out (300 days expected). AR-BO-MLAT binds BO and AR; the request goes to the data\'s location (AR).',
        ['DO-LOC', 'AR-BO-MLAT']],
    ]);
  });

  it('a state silent past its deadline closes the channel as late', () => {
    const r = runScenario(scenario({ world: twoConsulted({ answer: 'silent', days: 30 }, { answer: 'consent', days: 60 }), script: [{ type: 'CHOOSE_MLAT' }] }));
    expect(steps(r.transitions, 'THIRD_COUNTRY_ANSWER')[0]).toEqual([30, 'THIRD_COUNTRY_ANSWER', 'sovereigntyCheck.consulting', 'sovereigntyCheck.objected',
      'CE did not answer within 30 days: the mutual legal assistance channel is closed under CE-LOC.', ['CE-LOC']]);
  });

  it('an unknown answer with no published rates: the note says there is no source, and the consent before it is recorded', () => {
    const sim = new Simulation(scenario({ world: twoConsulted({ answer: 'consent', days: 30 }, { answer: 'unknown', days: 30 }) }));
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.advanceTo(30);
    expect(row(sim.transitions.at(-1)!)).toEqual([30, 'THIRD_COUNTRY_ANSWER', 'sovereigntyCheck.consulting', 'sovereigntyCheck.undecided',
      'CE consented; DO: its answer is not known (no source says how it answers such a consultation): its 30 days are over and the check waits for a decision on its answer, consent or objection.',
      ['CE-LOC', 'DO-LOC']]);
    expect(sim.context.answers).toEqual([{ country: 'CE', name: 'CE', answer: 'consent', channel: 'mlat', day: 30 }]);
    // Only the undecided state's answer is taken, and only as consent or objection.
    expect(sim.accepts({ type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'consent' })).toBe(false);
    expect(sim.accepts({ type: 'THIRD_COUNTRY_ANSWERS', country: 'DO', answer: 'silent' })).toBe(false);
    expect(sim.accepts({ type: 'THIRD_COUNTRY_ANSWERS', country: 'DO', answer: 'object' })).toBe(true);
  });
});

describe('the preservation a user sees', () => {
  it('asked for by the user when none is in force: the note says so, in the preservation region', () => {
    const r = runScenario(scenario({ world: { rules: [BLOCK_AR], instruments: [MLAT] }, request: { preservation: 'manual' }, script: [{ type: 'CHOOSE_MLAT' }, [5, { type: 'REQUEST_PRESERVATION' }], [6, { type: 'WITHDRAW' }]] }));
    expect(steps(r.transitions, 'REQUEST_PRESERVATION')).toEqual([[5, 'REQUEST_PRESERVATION', 'preservation.none', 'preservation.preserved',
      'Preservation requested: the provider keeps the data through day 95.', []]]);
  });

  it('asked for while one is in force: the note says through which day, and nothing changes', () => {
    const r = runScenario(scenario({ world: { rules: [BLOCK_AR], instruments: [MLAT] }, script: [{ type: 'CHOOSE_MLAT' }, [10, { type: 'REQUEST_PRESERVATION' }], [20, { type: 'WITHDRAW' }]] }));
    expect(steps(r.transitions, 'REQUEST_PRESERVATION')).toEqual([[10, 'REQUEST_PRESERVATION', 'preservation.preserved', 'preservation.preserved',
      'A preservation is already in force through day 90: nothing changes.', []]]);
  });

  it('lapsing while the provider keeps the data: the note says until when; the data is deleted at the end of that day', () => {
    const r = runScenario(scenario({ world: { rules: [BLOCK_AR], instruments: [MLAT] }, regime: { maxExtensions: 0 }, request: { retentionDays: 150 }, script: [{ type: 'CHOOSE_MLAT' }] }));
    expect(steps(r.transitions, 'PRESERVATION_LAPSED', 'DATA_DELETED')).toEqual([
      [90, 'PRESERVATION_LAPSED', 'preservation.preserved', 'preservation.lapsed',
        'The preservation lapsed at the end of day 90; the provider keeps the data through day 150 under its retention policy.', []],
      [150, 'DATA_DELETED', 'preservation.lapsed', 'dataLost', 'No channel produced the data by the end of day 150: the provider deleted it.', []],
    ]);
  });

  it('a preservation ending on the retention\'s last day: the data is deleted with it, no lapse', () => {
    const r = runScenario(scenario({ world: { rules: [BLOCK_AR], instruments: [MLAT] }, regime: { maxExtensions: 0 }, request: { retentionDays: 90 }, script: [{ type: 'CHOOSE_MLAT' }] }));
    expect(steps(r.transitions, 'PRESERVATION_LAPSED', 'DATA_DELETED')).toEqual([
      [90, 'DATA_DELETED', 'preservation.preserved', 'dataLost', 'No channel produced the data by the end of day 90: the provider deleted it.', []],
    ]);
  });

  it('no preservation and no retention date: nothing is due while the user decides', () => {
    const sim = new Simulation(scenario({ world: { rules: [BLOCK_AR], instruments: [MLAT] }, request: { preservation: 'manual' } }));
    const view = viewOf(sim);
    expect([view.custody, view.nextDue, view.waiting]).toEqual(['preservation.none', null, true]);
  });

  it('no preservation and no retention date: the data is never deleted and the request is delivered', () => {
    const r = runScenario(scenario({ world: { rules: [BLOCK_AR], instruments: [MLAT] }, request: { preservation: 'manual' }, script: [{ type: 'CHOOSE_MLAT' }] }));
    expect([r.outcome, r.days, steps(r.transitions, 'DATA_DELETED')]).toEqual(['delivered', 300, []]);
  });
});

describe('a conflict of laws: what each choice cites', () => {
  const conflict = (script: Build['script'], instruments = [MLAT], rules = [BLOCK]) =>
    runScenario(scenario({ world: { providers: [nimbus], orders: [FULL], rules, instruments }, script: [{ type: 'SEND_DIRECT' }, ...script!] }));

  it('refusing cites the order and the statute it keeps to', () => {
    const r = conflict([{ type: 'PROVIDER_CHOOSES', choice: 'refuse' }, { type: 'WITHDRAW' }]);
    expect(steps(r.transitions, 'PROVIDER_CHOOSES')).toEqual([[12, 'PROVIDER_CHOOSES', 'direct.conflict', 'direct.refused',
      'nimbus refuses to produce, keeping to Arcadian Blocking Statute (AR-BLOCK, AR). Under Act (BO-ORDER, BO) a refusal exposes it to: a fine. The direct channel ends; the requesting state may try another.',
      ['BO-ORDER', 'AR-BLOCK']]]);
  });

  it('seeking review cites the order; the court upholding it cites the order', () => {
    const r = conflict([{ type: 'PROVIDER_CHOOSES', choice: 'review' }, { type: 'REVIEW_DECIDES', outcome: 'upheld' }, { type: 'WITHDRAW' }]);
    expect(steps(r.transitions, 'PROVIDER_CHOOSES', 'REVIEW_DECIDES')).toEqual([
      [12, 'PROVIDER_CHOOSES', 'direct.conflict', 'direct.review', 'nimbus asks a court to review Act (BO-ORDER, BO) (Act s. 9); the ruling is due on day 42.', ['BO-ORDER']],
      [42, 'REVIEW_DECIDES', 'direct.ruling', 'direct.conflict', 'The court upholds Act (BO-ORDER, BO): nimbus must choose again, now without a review.', ['BO-ORDER']],
    ]);
  });

  it('the order lifted: the direct channel is closed, not refused, and the requesting state decides on another', () => {
    const sim = new Simulation(scenario({ world: { providers: [nimbus], orders: [FULL], rules: [BLOCK], instruments: [MLAT] } }));
    sim.send({ type: 'SEND_DIRECT' });
    sim.advanceTo(12);
    sim.send({ type: 'PROVIDER_CHOOSES', choice: 'review' });
    sim.advanceTo(42);
    sim.send({ type: 'REVIEW_DECIDES', outcome: 'lifted' });
    expect(row(sim.transitions.at(-1)!)).toEqual([42, 'REVIEW_DECIDES', 'direct.ruling', 'direct.lifted',
      'The court lifts Act (BO-ORDER, BO): the order falls and the direct channel is closed. The requesting state decides on another channel.', ['BO-ORDER']]);
    expect(sim.context.lastEnd).toEqual({ channel: 'direct', refused: false });
    expect(sim.context.closed.direct).toMatchObject({ open: false, reason: 'The direct request to the provider channel was tried.' });
  });
});

describe('refusals', () => {
  it('a refusal by the provider\'s home state leaves the channel to the data\'s location open', () => {
    const sim = new Simulation(scenario({ world: { providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['CE'] })],
      instruments: [AGR, instrument({ id: 'CE-BO-MLAT', kind: 'mlat', parties: ['CE', 'BO'] })] } }));
    sim.send({ type: 'CHOOSE_AGREEMENT' });
    sim.send({ type: 'REFUSE', ground: 'no dual criminality' });
    expect([sim.state, sim.context.closed.mlat, sim.accepts({ type: 'CHOOSE_MLAT' })]).toEqual(['agreement.refused', undefined, true]);
  });

  it('a refusal after a blocked direct request keeps the direct channel closed with its reason', () => {
    const sim = new Simulation(scenario({ world: { rules: [rule({ id: 'AR-ACT-1', jurisdiction: 'AR', except: ['mlat', 'rogatory', 'agreement'] })], instruments: [AGR, MLAT] } }));
    sim.send({ type: 'SEND_DIRECT' });
    sim.send({ type: 'CHOOSE_AGREEMENT' });
    sim.send({ type: 'REFUSE', ground: 'no dual criminality' });
    expect(sim.context.closed.direct).toEqual({ open: false, reason: 'The direct request to the provider channel was tried.',
      message: { id: 'request.channel.ended', params: { channel: { id: 'channel.direct' } } }, cites: [] });
  });

  it('a refusal by the requested state closes its other channels, saying on what ground', () => {
    const sim = new Simulation(scenario({ world: { rules: [BLOCK_AR], instruments: [AGR, MLAT] } }));
    sim.send({ type: 'CHOOSE_AGREEMENT' });
    sim.send({ type: 'REFUSE', ground: 'no dual criminality' });
    expect(steps(sim.transitions, 'REFUSE')).toEqual([[0, 'REFUSE', 'agreement.ordered', 'agreement.refused',
      'The requested state refused the data-access agreement request (ground: no dual criminality). Every channel through that state is closed.', []]]);
    expect(sim.context.closed.mlat).toEqual({ open: false, reason: 'The requested state refused on the ground of no dual criminality.',
      message: { id: 'request.refused.closure', params: { ground: { authored: 'no dual criminality' } } }, cites: [] });
  });

  it('the provider refusing an agreement request: the note names the channel and its reason', () => {
    const r = runScenario(scenario({ world: { rules: [BLOCK_AR], instruments: [AGR, MLAT] }, script: [{ type: 'CHOOSE_AGREEMENT' }, [5, { type: 'PROVIDER_REFUSES', reason: 'not our data' }], [6, { type: 'WITHDRAW' }]] }));
    expect(steps(r.transitions, 'PROVIDER_REFUSES')).toEqual([[5, 'PROVIDER_REFUSES', 'agreement.ordered', 'agreement.refused',
      'The provider refused the data-access agreement request (not our data).', []]]);
  });

  it('the provider refusing an agreement request ends the preservation held pending it', () => {
    const sim = new Simulation(scenario({ world: { rules: [BLOCK_AR], instruments: [AGR, MLAT] }, regime: { maxExtensions: 0, preservationDays: 10 }, request: { retentionDays: 60 } }));
    sim.send({ type: 'CHOOSE_AGREEMENT' });
    sim.advanceTo(20);
    expect(sim.custody).toBe('preservation.held');
    sim.send({ type: 'PROVIDER_REFUSES', reason: 'not our data' });
    expect([sim.custody, row(sim.transitions.at(-1)!)]).toEqual(['preservation.lapsed', [20, 'PROVIDER_REFUSES', 'agreement.ordered', 'agreement.refused',
      'The provider refused the data-access agreement request (not our data). The preservation held under AR-BO-AGR pending the request ends with this decision (its term ended on day 10); the provider keeps the data through day 60 under its retention policy.', []]]);
  });

  it('a hold outliving the retention, ended by the provider\'s refusal: the data is deleted at once, as of the hold\'s term', () => {
    const sim = new Simulation(scenario({ world: { rules: [BLOCK_AR], instruments: [AGR, MLAT] }, regime: { maxExtensions: 0, preservationDays: 10 }, request: { retentionDays: 5 } }));
    sim.send({ type: 'CHOOSE_AGREEMENT' });
    sim.advanceTo(10.5);
    expect(sim.custody).toBe('preservation.held');
    sim.send({ type: 'PROVIDER_REFUSES', reason: 'not our data' });
    sim.advanceTo(11);
    expect(steps(sim.transitions, 'PROVIDER_REFUSES', 'DATA_DELETED', 'PRESERVATION_HELD')).toEqual([
      [10, 'PRESERVATION_HELD', 'preservation.preserved', 'preservation.held',
        "The preservation's term ended on day 10, but the data-access agreement request under AR-BO-AGR is pending: the data stays preserved until it is decided (AGR art. 4 (fictional)).", ['AR-BO-AGR']],
      [10, 'PROVIDER_REFUSES', 'agreement.ordered', 'agreement.refused',
        "The provider refused the data-access agreement request (not our data). The preservation held under AR-BO-AGR pending the request ends with this decision (its term ended on day 10); the provider's retention period ended on day 5, so it deletes the data now.", []],
      [10, 'DATA_DELETED', 'preservation.lapsed', 'dataLost', 'No channel produced the data by the end of day 10: the provider deleted it.', []],
    ]);
  });

  it('a held mutual legal assistance request: the provider cannot refuse it, and the hold stays', () => {
    const sim = new Simulation(scenario({ world: { rules: [BLOCK_AR], instruments: [HOLDMLAT] }, regime: { maxExtensions: 0, preservationDays: 10 }, request: { retentionDays: 60 } }));
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.advanceTo(20);
    expect(sim.custody).toBe('preservation.held');
    expect(sim.accepts({ type: 'PROVIDER_REFUSES', reason: 'not our data' })).toBe(false);
  });
});

describe('a direct request sent under a published answer rate', () => {
  const practice = (from: string, rate: number, answersDirect: 'subscriber'[]): ProviderPractice[] =>
    [{ from: [from], answersDirect, responseDays: 5, rate, period: '2022', source: 'Nimbus transparency report 2022 (fictional)' }];
  const ask = (from: string, p: ProviderPractice[], script: Build['script'] = []) => scenario({
    world: { jurisdictions: [J('AR'), J('BO'), J('CE')], providers: [provider({ id: 'nimbus', home: 'AR', answersDirect: ['subscriber'], responseDays: 10, practice: p })],
      instruments: [MLAT, instrument({ id: 'AR-CE-MLAT', kind: 'mlat', parties: ['AR', 'CE'] })] },
    request: { from, data: 'subscriber' }, script,
  });

  it('a sampled run that departs from an answering practice says the draw went against it', () => {
    const sim = new Simulation(ask('BO', practice('BO', 0, ['subscriber'])), { chance: sampledChance(seededRandom(1)) });
    playScript(sim, []);
    expect(steps(sim.result().transitions, 'SEND_DIRECT')).toEqual([[0, 'SEND_DIRECT', 'intake', 'direct.sent',
      'Direct request sent. nimbus answers requests from BO for subscriber data directly, after 5 days. Its practice towards BO: it answered 0 % of them in 2022; '
      + 'Nimbus transparency report 2022 (fictional). This time it does not answer (drawn at the published rate). It will go unanswered for 5 days.', []]]);
  });

  it('a sampled run left unanswered: the direct channel ends on the day the answer was due, not refused', () => {
    const sim = new Simulation(ask('BO', practice('BO', 0, ['subscriber'])), { chance: sampledChance(seededRandom(1)) });
    sim.send({ type: 'SEND_DIRECT' });
    sim.advanceTo(5);
    expect([sim.state, sim.context.lastEnd]).toEqual(['direct.declined', { channel: 'direct', refused: false }]);
  });

  it('a sampled run that departs from a declining practice says the provider answers this time', () => {
    const sim = new Simulation(ask('CE', practice('CE', 1, [])), { chance: sampledChance(seededRandom(1)) });
    sim.send({ type: 'SEND_DIRECT' });
    expect(steps(sim.transitions, 'SEND_DIRECT')).toEqual([[0, 'SEND_DIRECT', 'intake', 'direct.sent',
      'Direct request sent. nimbus does not answer requests from CE for subscriber data directly, and no direct-cooperation instrument binds CE and AR. '
      + 'Its practice towards CE: it answered 100 % of them in 2022; Nimbus transparency report 2022 (fictional). This time it answers (drawn at the published rate).', []]]);
  });

  it('a deterministic run follows the practice and says nothing of a draw', () => {
    expect(steps(runScenario(ask('BO', practice('BO', 0.5, ['subscriber']))).transitions, 'SEND_DIRECT')).toEqual([[0, 'SEND_DIRECT', 'intake', 'direct.sent',
      'Direct request sent. nimbus answers requests from BO for subscriber data directly, after 5 days. Its practice towards BO: it answered 50 % of them in 2022; Nimbus transparency report 2022 (fictional).', []]]);
  });
});
