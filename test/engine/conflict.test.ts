import { describe, expect, it } from 'vitest';
import { runScenario, ScriptError } from '../../machines/run/script.ts';
import { Simulation } from '../../machines/run/simulation.ts';
import { replay } from '../../machines/run/replay.ts';
import { viewOf } from '../../machines/run/view.ts';
import { unmet } from '../../machines/run/expectation.ts';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import type { Provider } from '../../machines/world/types.ts';
import { MLAT, order, provider, rule, scenario, type Build } from './build.ts';

/**
 * A conflict of laws (issue 11, part A): Borealis (BO) orders Nimbus, which offers services there, to
 * produce content stored in Arcadia (AR), whose blocking statute does not permit a direct disclosure.
 * The provider's answer is due after its 12 response days; then it chooses.
 */
const nimbus = (more: Partial<Provider> = {}) => provider({ id: 'nimbus', home: 'AR', responseDays: 12, offersServicesIn: ['BO'], ...more });
const BLOCK = rule({ id: 'AR-BLOCK', jurisdiction: 'AR', title: 'Arcadian Blocking Statute', except: ['mlat', 'rogatory', 'agreement'] });
const ORDER = order({ id: 'BO-ORDER', title: 'Borealis Production Order Act', sanction: 'a fine of 1,000 crowns a day' });
const REVIEWABLE = order({ ...ORDER, review: { days: 30, source: 'Production Order Act s. 9' } });

const conflictWorld = (o = ORDER, more: Partial<Provider> = {}) => ({ providers: [nimbus(more)], orders: [o], rules: [BLOCK], instruments: [MLAT] });
const run = (build: Build) => runScenario(scenario(build));
const choose = (choice: 'comply' | 'refuse' | 'review'): ScenarioEvent => ({ type: 'PROVIDER_CHOOSES', choice });
const rule_ = (outcome: 'upheld' | 'lifted'): ScenarioEvent => ({ type: 'REVIEW_DECIDES', outcome });

describe('the run reaches a conflict of laws when the provider must answer', () => {
  it('the direct request goes out and, on the day the answer is due, the provider faces both laws: a decision', () => {
    const sim = new Simulation(scenario({ world: conflictWorld() }));
    sim.send({ type: 'SEND_DIRECT' });
    sim.fireNext();
    expect(sim.state).toBe('direct.conflict');
    expect(sim.waiting).toBe(true);
    const met = sim.transitions.at(-1)!;
    expect(met).toMatchObject({ day: 12, event: 'CONFLICT', from: 'direct.sent', to: 'direct.conflict', cites: ['BO-ORDER', 'AR-BLOCK'] });
    expect(met.reason).toContain('Borealis Production Order Act (BO-ORDER, BO) requires it to produce the content data');
    expect(met.reason).toContain('Arcadian Blocking Statute (AR-BLOCK, AR) does not permit that disclosure');
    expect(met.reason).toContain('refuse (and face: a fine of 1,000 crowns a day)');
    expect(viewOf(sim).allowed.filter((e) => e.type === 'PROVIDER_CHOOSES')).toEqual([choose('comply'), choose('refuse')]);
  });

  it('comply: the data is delivered, and the note names the law the disclosure breaches', () => {
    const r = run({ world: conflictWorld(), script: [{ type: 'SEND_DIRECT' }, choose('comply')] });
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'direct', days: 12, conflict: { choice: 'comply', breached: ['AR-BLOCK'] } });
    expect(r.conflict!.sanction).toBeUndefined();
    expect(r.assumptions).toBeUndefined();
    const chose = r.transitions.find((t) => t.event === 'PROVIDER_CHOOSES')!;
    expect(chose).toMatchObject({ from: 'direct.conflict', to: 'delivered', cites: ['BO-ORDER', 'AR-BLOCK'] });
    expect(chose.reason).toContain('discloses what Arcadian Blocking Statute (AR-BLOCK, AR) does not permit');
  });

  it('refuse: the direct channel ends refused with the sanction stated, and the requesting state may still use another channel', () => {
    const r = run({ world: conflictWorld(), script: [{ type: 'SEND_DIRECT' }, choose('refuse')] });
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'mlat', attempts: ['direct', 'mlat'], days: 312 });
    // Refusing keeps to Arcadia's statute: the law it breaks is Borealis's order.
    expect(r.conflict).toEqual({ choice: 'refuse', breached: ['BO-ORDER'], sanction: 'a fine of 1,000 crowns a day' });
    const chose = r.transitions.find((t) => t.event === 'PROVIDER_CHOOSES')!;
    expect(chose).toMatchObject({ from: 'direct.conflict', to: 'direct.refused' });
    expect(chose.reason).toContain('a refusal exposes it to: a fine of 1,000 crowns a day');
  });

  it('refuse with no other channel: the request ends refused', () => {
    // Stored in Borealis itself: mutual assistance and letters rogatory would ask the requesting state.
    const world = conflictWorld(ORDER, { storesIn: ['BO'] });
    const r = run({ world, script: [{ type: 'SEND_DIRECT' }, choose('refuse')] });
    expect(r).toMatchObject({ outcome: 'refused', channel: 'direct', conflict: { choice: 'refuse' } });
  });

  it('the note lists the choices as "a, b or c", the review\'s days and source apart, and names an untitled rule once', () => {
    const untitled = rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory', 'agreement'] });
    const sim = new Simulation(scenario({ world: { ...conflictWorld(REVIEWABLE), rules: [untitled] } }));
    sim.send({ type: 'SEND_DIRECT' });
    sim.fireNext();
    const met = sim.transitions.at(-1)!.reason;
    expect(met).toContain('AR-BLOCK (AR) does not permit that disclosure');
    expect(met).not.toContain('AR-BLOCK (AR-BLOCK');
    expect(met).toContain('may comply, refuse (and face: a fine of 1,000 crowns a day) or ask a court to review the order (30 days; Production Order Act s. 9).');
  });

  it('review then lifted leaves no law breached', () => {
    const r = run({ world: conflictWorld(REVIEWABLE), script: [{ type: 'SEND_DIRECT' }, choose('review'), rule_('lifted')] });
    expect(r.conflict).toEqual({ choice: 'review', breached: [] });
  });

  it('review is offered only when the order provides one', () => {
    expect(() => run({ world: conflictWorld(), script: [{ type: 'SEND_DIRECT' }, choose('review')] })).toThrow(ScriptError);
    expect(() => run({ world: conflictWorld(), script: [{ type: 'SEND_DIRECT' }, choose('review')] })).toThrow(/the order provides no review/);
  });

  it('review then upheld: the court rules after the review days, and the provider chooses again without review', () => {
    const r = run({ world: conflictWorld(REVIEWABLE), script: [{ type: 'SEND_DIRECT' }, choose('review'), rule_('upheld'), choose('comply')] });
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'direct', days: 42, conflict: { choice: 'comply' } });
    expect(r.transitions.map((t) => t.to).filter((s) => s.startsWith('direct.') || s === 'delivered'))
      .toEqual(['direct.sent', 'direct.conflict', 'direct.review', 'direct.ruling', 'direct.conflict', 'delivered']);
    expect(r.transitions.find((t) => t.to === 'direct.ruling')).toMatchObject({ day: 42, event: 'REVIEW_DUE' });
  });

  it('after an upheld review the review option is gone', () => {
    const sim = replay(scenario({ world: conflictWorld(REVIEWABLE) }), [
      { kind: 'event', event: { type: 'SEND_DIRECT' } }, { kind: 'advance', to: 12 },
      { kind: 'event', event: choose('review') }, { kind: 'advance', to: 42 }, { kind: 'event', event: rule_('upheld') },
    ]);
    expect(sim.state).toBe('direct.conflict');
    expect(viewOf(sim).allowed.filter((e) => e.type === 'PROVIDER_CHOOSES')).toEqual([choose('comply'), choose('refuse')]);
    expect(() => sim.send(choose('review'))).toThrow(/already been reviewed and upheld/);
  });

  it('review then lifted: the order falls, the direct channel is closed and the run goes back to a channel decision', () => {
    const r = run({ world: conflictWorld(REVIEWABLE), script: [{ type: 'SEND_DIRECT' }, choose('review'), rule_('lifted')] });
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'mlat', attempts: ['direct', 'mlat'], days: 342, conflict: { choice: 'review' } });
    const lifted = r.transitions.find((t) => t.event === 'REVIEW_DECIDES')!;
    expect(lifted).toMatchObject({ from: 'direct.ruling', to: 'direct.lifted', day: 42, cites: ['BO-ORDER'] });
    expect(lifted.reason).toContain('the order falls and the direct channel is closed');
  });

  it('a ruling may come before the review days are over, as an inject on its day', () => {
    const r = run({ world: conflictWorld(REVIEWABLE), script: [{ type: 'SEND_DIRECT' }, choose('review'), [20, rule_('lifted')]] });
    expect(r.transitions.find((t) => t.event === 'REVIEW_DECIDES')).toMatchObject({ from: 'direct.review', to: 'direct.lifted', day: 20 });
    expect(r).toMatchObject({ channel: 'mlat', days: 320 });
  });

  it('a choice sent where no conflict awaits it is refused with a reason', () => {
    const sim = new Simulation(scenario({ world: conflictWorld() }));
    expect(() => sim.send(choose('comply'))).toThrow(/no conflict of laws awaits the provider's choice/);
    expect(() => sim.send(rule_('upheld'))).toThrow(/no review of an order is under way/);
  });
});

describe('the default policy at a conflict, recorded as an assumption', () => {
  it('without a documented practice the provider is assumed to refuse', () => {
    const r = run({ world: conflictWorld() });
    expect(r).toMatchObject({ attempts: ['direct', 'mlat'], conflict: { choice: 'refuse' } });
    expect(r.assumptions).toEqual([{ about: "nimbus's choice between BO-ORDER and AR-BLOCK", assumed: 'refuse', why: expect.stringContaining('nothing is documented'), aboutMessage: expect.objectContaining({ id: expect.any(String) }), whyMessage: expect.objectContaining({ id: expect.any(String) }) }]);
    expect(r.transitions.find((t) => t.event === 'PROVIDER_CHOOSES')!.reason).toContain('Assumed by the default policy: refuse');
  });

  it('a documented practice is followed, and still said to be assumed, with its source', () => {
    const r = run({ world: conflictWorld(ORDER, { conflictPractice: { choice: 'comply', source: 'Nimbus transparency report 2020' } }) });
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'direct', conflict: { choice: 'comply' } });
    expect(r.assumptions).toEqual([{ about: expect.any(String), assumed: 'comply', why: "nimbus's documented practice (Nimbus transparency report 2020)", aboutMessage: expect.objectContaining({ id: expect.any(String) }), whyMessage: expect.objectContaining({ id: expect.any(String) }) }]);
  });

  it('at a review the ruling is assumed to uphold the order, then the practice decides again', () => {
    const r = run({ world: conflictWorld(REVIEWABLE, { conflictPractice: { choice: 'review', source: 'files motions to quash' } }) });
    expect(r.assumptions!.map((a) => a.assumed)).toEqual(['review', 'upheld', 'refuse']);
    expect(r.assumptions![1]).toMatchObject({ country: 'BO', about: 'the ruling on the review of BO-ORDER' });
    expect(r).toMatchObject({ attempts: ['direct', 'mlat'], conflict: { choice: 'refuse' } });
  });

  it('replaying the inputs of a policy-driven run assumes the same', () => {
    const sc = scenario({ world: conflictWorld() });
    const sim = new Simulation(sc);
    sim.decideByPolicy();
    sim.fireNext();
    sim.decideByPolicy();
    const again = replay(sc, sim.inputs);
    expect(again.state).toBe('direct.refused');
    expect(again.assumptions).toEqual(sim.assumptions);
  });
});

describe('expect.conflict pins the provider\'s choice', () => {
  it('passes when the choice matches and says what happened otherwise', () => {
    const r = run({ world: conflictWorld() });
    expect(unmet({ conflict: { choice: 'refuse' } }, r)).toEqual([]);
    expect(unmet({ conflict: { choice: 'comply' } }, r)).toEqual(['conflict: expected the provider to comply, got refuse']);
    const none = run({ world: { providers: [nimbus()], orders: [ORDER], instruments: [MLAT] } });
    expect(unmet({ conflict: { choice: 'comply' } }, none)).toEqual(['conflict: expected the provider to comply, got no conflict of laws']);
  });
});

describe('an undated scripted choice waits for the conflict', () => {
  it('the policy sends the direct request, and the scripted choice is taken at the conflict', () => {
    const r = run({ world: conflictWorld(), script: [choose('comply')] });
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'direct' });
    expect(r.assumptions).toBeUndefined();
  });
});

describe('who decides the conflict\'s events in a class with roles', () => {
  it('the provider\'s counsel chooses at a conflict; a court\'s ruling belongs to no role, so the whole class decides it', async () => {
    const { deciderOf } = await import('../../machines/request/roles.ts');
    const roles = ['prosecutor', 'centralAuthority', 'providerCounsel', 'thirdState'] as const;
    expect(deciderOf(choose('refuse'), roles)).toBe('providerCounsel');
    expect(deciderOf(rule_('upheld'), roles)).toBeNull();
  });
});
