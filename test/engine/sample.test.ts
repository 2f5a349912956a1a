import { describe, expect, it } from 'vitest';
import { sampleScenario, percentile } from '../../machines/run/sample.ts';
import { sampledDraw, seededRandom, wholeDays } from '../../machines/random.ts';
import { MLAT, rule, scenario } from './build.ts';

const mlatOnly = scenario({ world: { rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory'] })], instruments: [MLAT] } });

describe('sampled runs', () => {
  it('the same seed gives the same figures; another seed gives others', () => {
    const a = sampleScenario(mlatOnly, 200, 42);
    expect(sampleScenario(mlatOnly, 200, 42)).toEqual(a);
    expect(sampleScenario(mlatOnly, 200, 43).days).not.toEqual(a.days);
  });

  it('1,000 runs report a distribution through the profile\'s median and 90th percentile', () => {
    const result = sampleScenario(mlatOnly, 1000, 7);
    expect(result).toMatchObject({ runs: 1000, outcomes: { delivered: 1000 }, channels: { mlat: 1000 } });
    const days = result.days!;
    expect(days.p10).toBeLessThan(days.p50);
    expect(days.p50).toBeLessThan(days.p90);
    // Log-normal through median 300 and p90 540: a thousand draws land within a few percent of both.
    expect(days.p50).toBeGreaterThan(280);
    expect(days.p50).toBeLessThan(320);
    expect(days.p90).toBeGreaterThan(500);
    expect(days.p90).toBeLessThan(580);
  });

  it('counts every outcome: a preservation race is lost in some runs and won in others', () => {
    const racing = scenario({ ...{ world: mlatOnly.world }, request: { retentionDays: 30 }, regime: { maxExtensions: 2 } });
    const result = sampleScenario(racing, 1000, 1);
    // Preserved through day 270 (90 days and two extensions of 90): the MLAT delivers when it takes at most
    // 270 days, P = Φ(ln(270.5/300) / (ln(540/300)/1.2816)) = Φ(-0.226) ≈ 41 %: 411 runs of 1,000, give or take 16.
    expect(result.outcomes.delivered).toBeGreaterThan(350);
    expect(result.outcomes.delivered).toBeLessThan(470);
    expect(result.outcomes.delivered! + result.outcomes['data-lost']!).toBe(1000);
    expect(result.days!.p90).toBeLessThanOrEqual(270);
  });
});

describe('durations', () => {
  it('are whole days, a positive one at least a day', () => {
    expect([wholeDays(0), wholeDays(0.33), wholeDays(2.5), wholeDays(299.4)]).toEqual([0, 1, 3, 299]);
  });

  it('a profile without spread always draws its median', () => {
    const draw = sampledDraw(seededRandom(3));
    expect(new Set(Array.from({ length: 50 }, () => draw({ median: 30, p90: 30 })))).toEqual(new Set([30]));
  });

  it('percentiles are nearest-rank', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([7], 0.1)).toBe(7);
  });
});
