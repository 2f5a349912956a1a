import { sampledChance, sampledDraw, seededRandom } from '../../machines/random.ts';
import { underRegime } from '../../machines/run/regime.ts';
import { playScript } from '../../machines/run/script.ts';
import { Simulation } from '../../machines/run/simulation.ts';
import type { Outcome, Scenario } from '../../machines/scenario.ts';

/** Sampled runs of one scenario under one regime, every run's days kept (for a histogram). */
export interface RegimeSample {
  regime: string;
  runs: number;
  outcomes: Partial<Record<Outcome, number>>;
  /** Days of each delivered run. */
  delivered: number[];
  error: string | null;
}

/**
 * The engine's sampling (machines/run/sample.ts), run in the browser so that every run's days are
 * kept, not only the percentiles the API returns. It yields to the page every `chunk` runs, so the
 * page stays responsive while thousands of runs go by.
 */
export async function sampleUnder(scenario: Scenario, regime: string, runs: number, seed: number, chunk = 200): Promise<RegimeSample> {
  const result: RegimeSample = { regime, runs, outcomes: {}, delivered: [], error: null };
  try {
    const variant = underRegime(scenario, regime);
    const random = seededRandom(seed);
    const draw = sampledDraw(random);
    const chance = sampledChance(random);
    for (let n = 0; n < runs; n++) {
      if (n > 0 && n % chunk === 0) await new Promise((r) => setTimeout(r, 0));
      const sim = new Simulation(variant, { draw, chance, record: false });
      playScript(sim, variant.script);
      const run = sim.result();
      result.outcomes[run.outcome] = (result.outcomes[run.outcome] ?? 0) + 1;
      if (run.outcome === 'delivered') result.delivered.push(run.days);
    }
  } catch (error) {
    // Under another regime a script may meet a state its author did not plan for: say so in the row.
    result.error = error instanceof Error ? error.message : String(error);
  }
  return result;
}
