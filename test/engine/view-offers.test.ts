import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../scenarios/load.ts';
import { applyInput, replay, type Input } from '../../machines/run/replay.ts';
import { viewOf } from '../../machines/run/view.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';

const file = join(import.meta.dirname, '..', '..', 'scenarios', 'fictional', 'preservation-held-pending.yaml');

describe('what the view offers', () => {
  // The treaty holds the preserved data while the request is pending; Arcadia refuses on day 200,
  // which ends the hold, and the data are deleted that same day.
  const inputs: Input[] = [{ kind: 'step' }, { kind: 'advance', to: 200 }, { kind: 'event', event: { type: 'REFUSE', ground: 'dual criminality' } }];

  it('offers nothing the next input would refuse: after a refusal whose deletion is due the same day, not WITHDRAW', () => {
    const scenario = load();
    const sim = replay(scenario, inputs);
    const view = viewOf(sim);
    expect({ state: view.state, day: view.day, nextDue: view.nextDue }).toEqual({ state: 'mlat.refused', day: 200, nextDue: 200 });
    expect(view.allowed).toEqual([]);
    expect(() => applyInput(replay(scenario, inputs), { kind: 'event', event: { type: 'WITHDRAW' } })).toThrow(/^WITHDRAW cannot be taken/);
  });

  it('leaves the run it shows where it was', () => {
    const sim = replay(load(), inputs);
    viewOf(sim);
    expect({ state: sim.state, inputs: sim.inputs.length, transitions: sim.transitions.length }).toEqual({ state: 'mlat.refused', inputs: 3, transitions: 10 });
  });

  it('offers what the request can take when nothing falls due at once: while the treaty request is pending, withdrawing it or an inject refusing it', () => {
    const view = viewOf(replay(load(), [{ kind: 'step' }, { kind: 'advance', to: 150 }]));
    expect(view.nextDue).toBeGreaterThan(150);
    expect(view.allowed.map((e) => e.type)).toEqual(expect.arrayContaining(['WITHDRAW', 'REFUSE']));
  });
});

function load() {
  const { scenario, errors } = loadScenarioFile(file, BUILTIN_WORLD);
  if (!scenario) throw new Error(errors.map((e) => e.message).join('\n'));
  return scenario;
}
