import { describe, expect, it } from 'vitest';
import { Simulation } from '../../machines/run/simulation.ts';
import { say } from '../../machines/messages/say.ts';
import { policyAtConflict } from '../../machines/run/conflict-policy.ts';
import { MLAT, scenario, unknownConsulted } from './build.ts';

/**
 * Why the engine refuses an event, in the words a user reads (the menus' and the CLI's "not now"),
 * and what it says when a run's result is asked for too early. Borealis asks Arcadia (MLAT) for
 * Nimbus's data about a Cerulean national; Cerulea must approve, and its answer is not known.
 */
const unknownCerulea = (rated = false) => unknownConsulted({ rated });

describe('why an event is refused, as the user reads it', () => {
  it('names the channel under way when a channel is chosen during the consultation', () => {
    const sim = new Simulation(unknownCerulea());
    sim.send({ type: 'CHOOSE_MLAT' });
    expect(sim.state).toBe('sovereigntyCheck.consulting');
    expect(sim.whyNot({ type: 'CHOOSE_ROGATORY' })).toBe('the mutual legal assistance channel is under way.');
  });

  it('names the state whose unknown answer is awaited, and the channel it holds back', () => {
    const sim = new Simulation(unknownCerulea());
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.advanceTo(30);
    expect(sim.state).toBe('sovereigntyCheck.undecided');
    expect(sim.whyNot({ type: 'CHOOSE_ROGATORY' }))
      .toBe("the decision awaited is CE's unknown answer (consent or object), before the mutual legal assistance request goes out.");
  });

  it('says the request has ended, with its end state, when any event comes after the end', () => {
    const sim = new Simulation(scenario({ world: { instruments: [MLAT] } }));
    sim.send({ type: 'CHOOSE_MLAT' });
    while (sim.fireNext());
    expect(sim.state).toBe('delivered');
    expect(sim.whyNot({ type: 'CHOOSE_ROGATORY' })).toBe('the request has already ended (delivered).');
    expect(sim.whyNot({ type: 'EXTEND_PRESERVATION' })).toBe('the request has already ended (delivered).');
    expect(() => sim.send({ type: 'WITHDRAW' })).toThrow(/the request has already ended \(delivered\)\.$/);
  });

  it('names a state that is not consulted by its id, and the states awaited', () => {
    const sim = new Simulation(unknownCerulea());
    sim.send({ type: 'CHOOSE_MLAT' });
    expect(sim.whyNot({ type: 'THIRD_COUNTRY_ANSWERS', country: 'ZZ', answer: 'consent' })).toBe('ZZ is not awaited in the consultation under way (awaiting: CE).');
  });

  it('says no request is with the provider when a provider refusal comes at intake', () => {
    const sim = new Simulation(unknownCerulea());
    expect(sim.whyNot({ type: 'PROVIDER_REFUSES', reason: 'no' })).toBe('no direct or agreement request is with the provider.');
  });

  it('says the one extension allowed is used, or that no preservation is in force, when an extension is asked for', () => {
    const auto = new Simulation(scenario({ world: { instruments: [MLAT] } }));
    auto.send({ type: 'CHOOSE_MLAT' });
    expect(auto.custody).toBe('preservation.preserved');
    expect(auto.whyNot({ type: 'EXTEND_PRESERVATION' })).toBe('the one extension the regime allows has been used.');
    const none = new Simulation(scenario({ world: { instruments: [MLAT] }, request: { preservation: 'manual' } }));
    expect(none.custody).toBe('preservation.none');
    expect(none.whyNot({ type: 'EXTEND_PRESERVATION' })).toBe('no preservation is in force to extend.');
  });

  it('says a preservation asked for again does not apply here', () => {
    const sim = new Simulation(scenario({ world: { instruments: [MLAT] } }));
    sim.send({ type: 'CHOOSE_MLAT' });
    expect(sim.whyNot({ type: 'REQUEST_PRESERVATION' })).toBe('it does not apply here.');
  });
});

describe('a consulted state named in the user\'s language', () => {
  /** The undecided step's refusal, said in French, with Cerulea's place taken by `id` named `name`. */
  function undecidedInFrench(id: string, name: string): string {
    const sim = new Simulation(unknownConsulted({ id, name }));
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.advanceTo(30);
    return say(sim.whyNotSaid({ type: 'CHOOSE_ROGATORY' }), 'fr');
  }

  it('names a real state in the reader\'s language, and keeps the name a fictional state is given, even under a real code', () => {
    // Ireland is the built-in world's IE under its own name: French says Irlande.
    expect(undecidedInFrench('IE', 'Ireland')).toContain('Irlande');
    // A world that calls its IE "Ierne" keeps that name: it is not Ireland.
    const fictional = undecidedInFrench('IE', 'Ierne');
    expect(fictional).toContain('Ierne');
    expect(fictional).not.toContain('Irlande');
  });
});

describe('a run asked for its result before it ends', () => {
  it('is refused, naming the state it is in', () => {
    const sim = new Simulation(unknownCerulea());
    expect(() => sim.result()).toThrow('The run has not ended (state intake).');
    sim.send({ type: 'CHOOSE_MLAT' });
    expect(() => sim.result()).toThrow('The run has not ended (state sovereigntyCheck.consulting).');
  });
});

describe('an unknown answer with published rates, in a run that draws it', () => {
  it('takes the drawn answer, cites the rates\' source and records no assumption', () => {
    const asked: string[] = [];
    const sim = new Simulation(unknownCerulea(true), { answer: (country) => (asked.push(country), 'object') });
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.advanceTo(30);
    sim.decideByPolicy();
    expect(asked).toEqual(['CE']);
    expect(sim.state).toBe('sovereigntyCheck.objected');
    expect(sim.transitions.at(-1)!.reason).toBe('CE: its answer is not known; drawn from its published rates (CE yearbook (fictional)): object. CE objected: the mutual legal assistance channel is closed under CE-APPROVAL.');
    expect(sim.assumptions).toEqual([]);
  });
});

describe('the default policy at a conflict of laws, for a request that met none', () => {
  it('decides nothing and assumes nothing, whatever state it is asked about', () => {
    const s = scenario({ world: { instruments: [MLAT] } });
    const sim = new Simulation(s);
    expect(sim.assessment.direct.conflict).toBeUndefined();
    for (const state of ['direct.conflict', 'direct.ruling', 'intake']) expect(policyAtConflict(state, sim.context, s.world)).toBeNull();
  });
});
