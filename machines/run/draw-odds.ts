import { wholeDays } from '../random.ts';
import type { DurationProfile } from '../world/types.ts';

/** z of the 90th percentile of the standard normal distribution (as random.ts draws). */
const Z90 = 1.2815515655446004;

/** The standard normal distribution function. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

function erfc(x: number): number {
  // Numerical Recipes' erfc via Chebyshev fit (fractional error < 1.2e-7 everywhere): ample for
  // probabilities compared with sampled shares.
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? r : 2 - r;
}

/**
 * The spread of a sampled draw (random.ts sampledDraw): log-normal through the profile's median and
 * 90th percentile, rounded to whole days. Null when the draw is fixed (no spread).
 */
function spread(profile: DurationProfile): { median: number; sigma: number } | null {
  if (profile.median <= 0 || !(profile.p90 > profile.median)) return null;
  return { median: profile.median, sigma: Math.log(profile.p90 / profile.median) / Z90 };
}

/** P(a sampled draw of `profile` ≤ `days`), for whole days; exact for a fixed draw. */
export function drawAtMost(profile: DurationProfile, days: number): number {
  const s = spread(profile);
  if (!s) return wholeDays(profile.median) <= days ? 1 : 0;
  // wholeDays: at least one day, then Math.round, which sends k + 0.5 up to k + 1.
  if (days < 1) return 0;
  return normalCdf(Math.log((Math.floor(days) + 0.5) / s.median) / s.sigma);
}

/** Whether a sampled draw of `profile` can take more than one value. */
export function drawSpreads(profile: DurationProfile): boolean {
  return spread(profile) !== null;
}
