import { describe, expect, it } from 'vitest';
import { assessScenario } from '../../machines/run/simulation.ts';
import { scenario } from './build.ts';

/** The intake's own check (machines/route/assess.ts): a request names a provider the world has. */
describe('assessing a request', () => {
  it('for a provider the world does not have is refused, naming it', () => {
    expect(() => assessScenario(scenario({ request: { provider: 'ghost' } }))).toThrow('Unknown provider "ghost"');
  });

  it('gives every channel a verdict and each assisted channel its consultations', () => {
    const a = assessScenario(scenario());
    expect([a.direct.channel, a.agreement.channel, a.mlat.channel, a.rogatory.channel]).toEqual(['direct', 'agreement', 'mlat', 'rogatory']);
    expect(a.consultations).toEqual({ agreement: [], mlat: [], rogatory: [] });
    expect(a.preservationPending).toEqual({});
  });
});
