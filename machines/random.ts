import type { DurationProfile } from './world/types.ts';

/** A seeded generator of numbers in [0, 1): the only randomness the engine knows. */
export type Random = () => number;

/** sfc32, seeded through splitmix32 so that nearby seeds give unrelated streams. */
export function seededRandom(seed: number): Random {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(), b = split(), c = split(), d = split();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

/** z of the 90th percentile of the standard normal distribution. */
const Z90 = 1.2815515655446004;

/** A standard normal draw (Box-Muller). */
function normal(random: Random): number {
  const u = 1 - random(); // (0, 1], so the log is finite
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Durations are counted in whole simulated days; a positive duration takes at least one day
 * (so an 8-hour deadline is answered on the next day).
 */
export function wholeDays(days: number): number {
  return days <= 0 ? 0 : Math.max(1, Math.round(days));
}

/** How a run turns a profile into days: the median, or a draw. */
export type Draw = (profile: DurationProfile) => number;

export const medianDraw: Draw = (profile) => wholeDays(profile.median);

/** A log-normal draw through the profile's median and 90th percentile. */
export function sampledDraw(random: Random): Draw {
  return (profile) => {
    if (profile.median <= 0) return 0;
    const sigma = profile.p90 > profile.median ? Math.log(profile.p90 / profile.median) / Z90 : 0;
    return wholeDays(profile.median * Math.exp(sigma * normal(random)));
  };
}

/**
 * How a run settles a documented rate (a provider answering some share of requests): deterministic
 * runs follow the documented practice, sampled runs answer yes with probability `rate`.
 */
export type Chance = (rate: number, documented: boolean) => boolean;

export const documentedChance: Chance = (_rate, documented) => documented;

/** A seeded yes with probability `rate`; 0 and 1 are exact and draw nothing. */
export function sampledChance(random: Random): Chance {
  return (rate) => (rate >= 1 ? true : rate <= 0 ? false : random() < rate);
}
