import { describe, expect, it } from 'vitest';
import { runScenario } from '../../machines/run/script.ts';
import { Simulation } from '../../machines/run/simulation.ts';
import { BLOCK_AR, MLAT, instrument, scenario, type Build, twoConsulted } from './build.ts';

/**
 * The notes of a consultation of two states answering on the same day, and of a preservation held
 * pending a request. Nimbus (Arcadia) stores the data in Arcadia, Cerulea and Dorado; Arcadia's
 * blocking statute leaves mutual legal assistance, which needs the consent of Cerulea and Dorado.
 */

describe('two consulted states answering on the same day', () => {
  it('a consent then an objection: the note tells both, cites both rules, and the channel closes', () => {
    const r = runScenario(scenario({ world: twoConsulted({ answer: 'consent', days: 30 }, { answer: 'object', days: 30 }), script: [{ type: 'CHOOSE_MLAT' }] }));
    const note = r.transitions.find((t) => t.event === 'THIRD_COUNTRY_ANSWER')!;
    expect(note).toMatchObject({ day: 30, to: 'sovereigntyCheck.objected', reason: 'CE consented; DO objected: the mutual legal assistance channel is closed under DO-LOC.' });
    expect(note.cites).toEqual(['CE-LOC', 'DO-LOC']);
    expect(r.outcome).toBe('blocked');
  });

  it('a consent then an unknown answer: the note tells the consent, then waits for the decision, citing both rules', () => {
    const sim = new Simulation(scenario({
      world: twoConsulted({ answer: 'consent', days: 30 }, { answer: 'unknown', days: 30, rates: { consent: 0.65, object: 0.2, source: 'DO stats (fictional)' } }),
    }));
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.advanceTo(30);
    expect(sim.state).toBe('sovereigntyCheck.undecided');
    expect(sim.undecided).toBe('DO');
    const note = sim.transitions.at(-1)!;
    expect(note.reason).toBe('CE consented; DO: its answer is not known (its published rates (DO stats (fictional): consent 0.65, objection 0.2) give shares, '
      + 'not this answer; a sampled run draws from them, a deterministic run takes a decision or the default policy\'s assumption): '
      + 'its 30 days are over and the check waits for a decision on its answer, consent or objection.');
    expect(note.cites).toEqual(['CE-LOC', 'DO-LOC']);
    // A share of more than one decimal is shown as written; one of one decimal as a number (said with the user's decimal sign).
    const then = (note.message as unknown as { params: { then: { params: { why: { params: Record<string, unknown> } } } } }).params.then;
    expect(then.params.why.params).toEqual({ source: 'DO stats (fictional)', consent: '0.65', object: 0.2 });
    // CE is answered: only DO is left to decide.
    expect(sim.whyNot({ type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'consent' })).toBe("the consultation waits for a decision on DO's answer first (consent or object).");
  });

  it('an answer said to be drawn for a state with no published rates names no source', () => {
    const sim = new Simulation(scenario({ world: twoConsulted({ answer: 'consent', days: 30 }, { answer: 'unknown', days: 30 }) }));
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.advanceTo(30);
    // As a recorded input of a sampled path carries it (basis is the engine's, not a script's).
    const drawn = { type: 'THIRD_COUNTRY_ANSWERS', country: 'DO', answer: 'consent', basis: 'drawn' } as const;
    sim.send(drawn);
    expect(sim.state).toBe('mlat.drafting');
    expect(sim.transitions.at(-1)!.reason).toMatch(/^DO: its answer is not known; drawn from its published rates \(no source\): consent\. /);
  });
});

describe('a preservation held pending the request', () => {
  const holding = instrument({ ...MLAT, preservationPending: { source: 'AR-BO MLAT art. 9 (fictional)' } });
  const held = (script: Build['script'] = [{ type: 'CHOOSE_MLAT' }]) =>
    scenario({ world: { rules: [BLOCK_AR], instruments: [holding] }, request: { retentionDays: 60 }, script });

  it('needs no extension: asked for one, the user is told it is held', () => {
    const sim = new Simulation(held());
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.advanceTo(200);
    expect(sim.custody).toBe('preservation.held');
    expect(sim.whyNot({ type: 'EXTEND_PRESERVATION' })).toBe('the preservation is held until the pending request is decided; it needs no extension.');
  });

  it('asked for again, it changes nothing and says so', () => {
    const r = runScenario(held([{ type: 'CHOOSE_MLAT' }, [200, { type: 'REQUEST_PRESERVATION' }]]));
    const step = r.transitions.find((t) => t.event === 'REQUEST_PRESERVATION' && t.day === 200)!;
    expect(step).toMatchObject({ from: 'preservation.held', to: 'preservation.held', reason: 'The preservation is already held until the pending request is decided: nothing changes.', cites: [] });
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'mlat', days: 300 });
  });
});
