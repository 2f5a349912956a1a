import { describe, expect, it } from 'vitest';
import { documentedChance, medianDraw, sampledChance, sampledDraw, seededRandom, wholeDays, type Random } from '../../machines/random.ts';
import { sampleScenario } from '../../machines/run/sample.ts';
import { MLAT, rule, scenario } from './build.ts';

/**
 * The engine's only randomness (machines/random.ts), pinned so that a seed a trainer quotes gives the
 * same figures tomorrow: the seeded stream, the log-normal draw, whole days, and the documented-rate
 * chance with its exact ends.
 */
const mlatOnly = scenario({ world: { rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory'] })], instruments: [MLAT] } });
/** A generator that hands out the given numbers and counts how many were taken. */
const fixed = (...values: number[]) => {
  const taken = { count: 0 };
  const random: Random = () => values[taken.count++ % values.length]!;
  return { random, taken };
};

describe('a seed', () => {
  it('gives the same stream every time: seeds 0 and 1 pinned', () => {
    const one = seededRandom(1);
    expect([one(), one(), one()]).toEqual([0.1368907024152577, 0.8611914061475545, 0.5877782991155982]);
    const zero = seededRandom(0);
    expect([zero(), zero()]).toEqual([0.1080503910779953, 0.48646655259653926]);
  });

  it('gives the same sampled days: 20 MLAT runs of seed 42, and the first draws of seed 3', () => {
    expect(sampleScenario(mlatOnly, 20, 42).days).toEqual({ p10: 163, p50: 316, p90: 501 });
    const draw = sampledDraw(seededRandom(3));
    expect(Array.from({ length: 6 }, () => draw({ median: 300, p90: 540 }))).toEqual([388, 176, 344, 227, 469, 270]);
  });
});

describe('draws at their edges', () => {
  it('a profile of no days draws nothing and takes 0 days', () => {
    const { random, taken } = fixed(0.3);
    expect(sampledDraw(random)({ median: 0, p90: 10 })).toBe(0);
    expect(taken.count).toBe(0);
  });

  it('a 90th percentile below the median is no spread: the median, always', () => {
    const draw = sampledDraw(seededRandom(5));
    expect(new Set(Array.from({ length: 20 }, () => draw({ median: 40, p90: 20 })))).toEqual(new Set([40]));
  });

  it('a draw at the middle of the normal is the median: u = 1 - 0.5, v = 0.25 gives cos(π/2) = 0', () => {
    expect(sampledDraw(fixed(0.5, 0.25).random)({ median: 300, p90: 540 })).toBe(300);
  });

  it('whole days: nothing or less is 0, a part of a day is 1, the median rounded', () => {
    expect([wholeDays(-2), wholeDays(0.5), wholeDays(1.5)]).toEqual([0, 1, 2]);
    expect([medianDraw({ median: 0.4, p90: 1 }), medianDraw({ median: 0, p90: 5 }), medianDraw({ median: 30.5, p90: 60 })]).toEqual([1, 0, 31]);
  });
});

describe('a documented rate', () => {
  it('deterministic runs follow the practice, whatever the rate', () => {
    expect([documentedChance(0.9, false), documentedChance(0.1, true)]).toEqual([false, true]);
  });

  it('a rate of 1 or more is always yes and 0 or less always no, drawing nothing', () => {
    const { random, taken } = fixed(0.99);
    const chance = sampledChance(random);
    expect([chance(1, false), chance(1.2, false), chance(0, true), chance(-0.1, true)]).toEqual([true, true, false, false]);
    expect(taken.count).toBe(0);
  });

  it('between, yes when the draw falls below the rate', () => {
    expect([sampledChance(fixed(0.49).random)(0.5, false), sampledChance(fixed(0.5).random)(0.5, true)]).toEqual([true, false]);
  });
});
