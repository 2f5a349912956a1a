import { afterEach, describe, expect, it, vi } from 'vitest';
import { medianDraw, sampledDraw, seededRandom } from '../../machines/random.ts';
import { assessScenario } from '../../machines/run/simulation.ts';
import { runScenario } from '../../machines/run/script.ts';
import { sampleScenario } from '../../machines/run/sample.ts';
import { initialStep, step } from '../../machines/run/step.ts';
import { MLAT, rule, scenario } from './build.ts';

const blockAR = rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory', 'agreement'] });
const mlatWorld = scenario({ world: { rules: [blockAR], instruments: [MLAT] } });
const inputOf = (s: typeof mlatWorld) => ({ assessment: assessScenario(s), request: s.request, regime: s.regime, draw: medianDraw });

describe('the machine stepped without an actor', () => {
  it('reports the deadlines a state sets on entry and clears on exit', () => {
    const s = scenario({ world: { rules: [blockAR], instruments: [MLAT] }, request: { retentionDays: 400, preservation: 'manual' } });
    const [start, initial] = initialStep(inputOf(s));
    // Without preservation, the data is deleted at the end of day 400.
    expect(initial).toEqual([expect.objectContaining({ kind: 'schedule', delay: 400.5 })]);
    const [going, effects] = step(start, { type: 'CHOOSE_MLAT', day: 0 });
    expect(going.value).toEqual({ active: { channel: { mlat: 'drafting' }, preservation: 'none' } });
    // Drafting ends at 5% of the MLAT's 300 median days.
    expect(effects).toEqual([expect.objectContaining({ kind: 'schedule', delay: 15 })]);
    const drafted = effects[0]!;
    const [reviewing, next] = step(going, drafted.kind === 'schedule' ? drafted.event : { type: 'none' });
    expect(reviewing.value).toMatchObject({ active: { channel: { mlat: 'requestingReview' } } });
    expect(next.map((e) => e.kind)).toEqual(['cancel', 'schedule']);
  });

  it('leaves the snapshot as it was for an event the request cannot take', () => {
    const [start] = initialStep(inputOf(mlatWorld));
    const [after, effects] = step(start, { type: 'REFUSE', ground: 'dual criminality', day: 0 });
    expect(after).toBe(start);
    expect(effects).toEqual([]);
  });
});

describe('runs of one scenario share its start and nothing else', () => {
  it('gives the same result every time, whatever ran before', () => {
    const first = runScenario(mlatWorld);
    sampleScenario(mlatWorld, 50, 7);
    runScenario(mlatWorld, { draw: sampledDraw(seededRandom(3)) });
    expect(runScenario(mlatWorld)).toEqual(first);
  });

  it('draws afresh for each sampled run even though they start from one shared snapshot', () => {
    const draw = sampledDraw(seededRandom(11));
    const days = new Set(Array.from({ length: 20 }, () => runScenario(mlatWorld, { draw }).days));
    expect(days.size).toBeGreaterThan(10);
  });
});

describe('the engine never reads the wall clock or unseeded randomness, even inside XState', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs and samples a scenario with Date.now and Math.random unavailable', () => {
    const forbidden = () => {
      throw new Error('the engine must not read this');
    };
    vi.spyOn(Date, 'now').mockImplementation(forbidden);
    vi.spyOn(Math, 'random').mockImplementation(forbidden);
    const s = scenario({ world: { rules: [blockAR], instruments: [MLAT] }, request: { retentionDays: 400 } });
    expect(runScenario(s).outcome).toBe('delivered');
    expect(sampleScenario(s, 20, 1).runs).toBe(20);
  });
});

describe('a result belongs to its caller', () => {
  it('can be changed without changing the next run of the same scenario', () => {
    const withdrawn = scenario({ world: { rules: [blockAR], instruments: [MLAT] }, script: [[0, { type: 'WITHDRAW' }]] });
    const first = runScenario(withdrawn);
    expect(first.attempts).toEqual([]);
    first.attempts.push('direct');
    first.cites.push('INVENTED');
    expect(runScenario(withdrawn)).toMatchObject({ attempts: [], cites: [] });
  });
});
