import { describe, expect, it } from 'vitest';
import { medianDraw } from '../../machines/random.ts';
import { assessScenario } from '../../machines/run/simulation.ts';
import { initialStep, step } from '../../machines/run/step.ts';
import type { RequestInput } from '../../machines/request/context.ts';
import { MLAT, rule, scenario } from './build.ts';

const blockAR = rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory', 'agreement'] });
const s = scenario({ world: { rules: [blockAR], instruments: [MLAT] } });
const input: RequestInput = { assessment: assessScenario(s), request: s.request, regime: s.regime, draw: medianDraw };

/**
 * Without an actor nobody would catch an error XState records in a snapshot's status: the engine
 * must throw it, or a run would go on from a broken snapshot and the user would see a run that
 * neither moves nor says why.
 */
describe('an error inside the machine surfaces at once', () => {
  it('at the first snapshot: an input without its request is refused with the error, not started', () => {
    const broken = { ...input, request: undefined } as unknown as RequestInput;
    expect(() => initialStep(broken)).toThrow(TypeError);
  });

  it('at a step: an error event nothing in the machine handles is thrown as that very error', () => {
    const [start] = initialStep(input);
    const boom = new Error('the provider feed failed');
    expect(() => step(start, { type: 'xstate.error.actor.feed', error: boom } as never)).toThrow(boom);
  });

  it('a valid input starts the request at intake, its data preserved', () => {
    const [start] = initialStep(input);
    expect(start.status).toBe('active');
    expect(start.value).toEqual({ active: { channel: 'intake', preservation: 'preserved' } });
  });
});
