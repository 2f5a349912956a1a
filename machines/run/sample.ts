import { sampledChance, sampledDraw, seededRandom } from '../random.ts';
import type { Scenario } from '../scenario.ts';
import { playScript } from './script.ts';
import { Simulation } from './simulation.ts';
import type { SampleResult } from './result.ts';
import type { ChannelName } from '../world/types.ts';
import type { Outcome } from '../scenario.ts';

/** The value below which a share `p` of the sorted values fall (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1]!;
}

/**
 * N runs of a scenario, each duration drawn from its profile by one seeded generator: the same
 * scenario and seed always give the same figures.
 */
export function sampleScenario(scenario: Scenario, runs: number, seed: number): SampleResult {
  // One generator for durations, documented rates and answers alike: the seed alone decides every
  // draw, and a scenario without rates draws as before.
  const random = seededRandom(seed);
  const draw = sampledDraw(random);
  const chance = sampledChance(random);
  let assumed = 0;
  const outcomes: Partial<Record<Outcome, number>> = {};
  const channels: Partial<Record<ChannelName, number>> = {};
  const delivered: number[] = [];
  for (let n = 0; n < runs; n++) {
    const sim = new Simulation(scenario, { draw, chance, random, record: false });
    try {
      playScript(sim, scenario.script);
    } catch (error) {
      if (error instanceof Error) error.message = `sampled run ${n + 1} of ${runs} (seed ${seed}): ${error.message}`;
      throw error;
    }
    const result = sim.result();
    if (result.assumptions !== undefined) assumed++;
    outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
    if (result.channel) channels[result.channel] = (channels[result.channel] ?? 0) + 1;
    if (result.outcome === 'delivered') delivered.push(result.days);
  }
  delivered.sort((a, b) => a - b);
  return {
    scenario: scenario.id, runs, seed, outcomes, channels, ...(assumed > 0 && { assumed }),
    days: delivered.length === 0 ? null : { p10: percentile(delivered, 0.1), p50: percentile(delivered, 0.5), p90: percentile(delivered, 0.9) },
  };
}
