import { describe, expect, it } from 'vitest';
import { drawAtMost, drawSpreads, normalCdf } from '../../machines/run/draw-odds.ts';

/** The MLAT's default days (test/engine/build.ts): median 300, 90th percentile 540. */
const MLAT_DAYS = { median: 300, p90: 540 };

describe('the odds an exploration gives each side of a race against a drawn duration', () => {
  it('gives the standard normal probabilities to seven places', () => {
    expect(normalCdf(1)).toBeCloseTo(0.8413447, 7);
    expect(normalCdf(-1)).toBeCloseTo(0.1586553, 7);
    expect(normalCdf(0.3)).toBeCloseTo(0.6179114, 7);
    expect(normalCdf(-2)).toBeCloseTo(0.0227501, 7);
    expect(normalCdf(1.2815515655446004)).toBeCloseTo(0.9, 7);
  });

  it('puts a drawn MLAT at or under its median just over half the time, and under its 90th percentile nine times in ten', () => {
    expect(drawAtMost(MLAT_DAYS, 300)).toBeCloseTo(0.501448, 6);
    expect(drawAtMost(MLAT_DAYS, 539)).toBeCloseTo(0.899645, 6);
    expect(drawAtMost(MLAT_DAYS, 540)).toBeCloseTo(0.900354, 6);
  });

  it('counts a part day as the whole days before it', () => {
    expect(drawAtMost({ median: 30, p90: 60 }, 29.7)).toBeCloseTo(drawAtMost({ median: 30, p90: 60 }, 29), 12);
    expect(drawAtMost({ median: 30, p90: 60 }, 29)).toBeCloseTo(0.487605, 6);
  });

  it('never draws under one day from a spread profile, but can draw exactly one', () => {
    expect(drawAtMost({ median: 1, p90: 2 }, 0)).toBe(0);
    expect(drawAtMost({ median: 1, p90: 2 }, 1)).toBeCloseTo(0.773270, 6);
  });

  it('is certain either way when the profile has no spread (90th percentile at the median)', () => {
    const fixed = { median: 10, p90: 10 };
    expect(drawSpreads(fixed)).toBe(false);
    expect(drawAtMost(fixed, 10)).toBe(1);
    expect(drawAtMost(fixed, 11)).toBe(1);
    expect(drawAtMost(fixed, 9)).toBe(0);
  });

  it('is certain either way when the 90th percentile lies below the median', () => {
    const odd = { median: 10, p90: 5 };
    expect(drawSpreads(odd)).toBe(false);
    expect(drawAtMost(odd, 10)).toBe(1);
    expect(drawAtMost(odd, 9)).toBe(0);
  });

  it('treats a zero-day profile as always done, on day zero', () => {
    const instant = { median: 0, p90: 10 };
    expect(drawSpreads(instant)).toBe(false);
    expect(drawAtMost(instant, 0)).toBe(1);
  });

  it('rounds a fixed fractional median to whole days, at least one', () => {
    expect(drawAtMost({ median: 0.3, p90: 0.3 }, 0)).toBe(0);
    expect(drawAtMost({ median: 0.3, p90: 0.3 }, 1)).toBe(1);
    expect(drawAtMost({ median: 9.5, p90: 9.5 }, 9)).toBe(0);
    expect(drawAtMost({ median: 9.5, p90: 9.5 }, 10)).toBe(1);
  });

  it('says a profile with a 90th percentile above its median spreads', () => {
    expect(drawSpreads(MLAT_DAYS)).toBe(true);
    expect(drawSpreads({ median: 1, p90: 2 })).toBe(true);
  });
});
