import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyInput, InputRejected, replay, type Input } from '../../machines/run/replay.ts';
import { EventRejected } from '../../machines/run/simulation.ts';
import { loadScenarioFile } from '../../scenarios/load.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';

// The server tests' blocking.yaml: the direct request is blocked, the treaty (MLAT) delivers on day 240.
const file = join(import.meta.dirname, '..', 'server', 'fixtures', 'library', 'blocking.yaml');
const scenario = () => {
  const { scenario, errors } = loadScenarioFile(file, BUILTIN_WORLD);
  if (!scenario) throw new Error(errors.map((e) => e.message).join('\n'));
  return scenario;
};

describe('a log the request cannot follow', () => {
  it('names the input a finished request refuses, by its place in the log', () => {
    const delivered: Input[] = [{ kind: 'step' }, { kind: 'advance', to: 400 }];
    expect(replay(scenario(), delivered).state).toBe('delivered');
    let refused: unknown;
    try {
      replay(scenario(), [...delivered, { kind: 'event', event: { type: 'WITHDRAW' } }]);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(InputRejected);
    expect(refused).toMatchObject({ index: 2, state: 'delivered', message: 'The request has already ended (delivered).' });
  });

  it('refuses every kind of input once the request has ended, a step too', () => {
    const sim = replay(scenario(), [{ kind: 'step' }, { kind: 'advance', to: 400 }]);
    expect(() => applyInput(sim, { kind: 'step' })).toThrow(EventRejected);
    expect(() => applyInput(sim, { kind: 'step' })).toThrow('The request has already ended (delivered).');
    expect(() => applyInput(sim, { kind: 'advance', to: 500 })).toThrow('The request has already ended (delivered).');
  });

  it('refuses to let time run backwards, and leaves the day where it was', () => {
    const sim = replay(scenario(), [{ kind: 'step' }, { kind: 'advance', to: 100 }]);
    expect(() => applyInput(sim, { kind: 'advance', to: 50 })).toThrow('Time cannot go back: it is day 100, not 50.');
    expect(sim.time).toBe(100);
  });
});
