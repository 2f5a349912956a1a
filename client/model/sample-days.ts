import { underRegime } from '../../machines/run/regime.ts';
import type { ChannelDays } from '../../machines/run/result.ts';
import { sampledRuns, SampleTally } from '../../machines/run/sample.ts';
import type { Outcome, Scenario } from '../../machines/scenario.ts';
import type { ChannelName } from '../../machines/world/types.ts';
import { errorText } from '../i18n/engine-text.ts';

/** Sampled runs of one scenario (under one regime, when compared), their days per delivering channel. */
export interface RegimeSample {
  regime: string;
  runs: number;
  outcomes: Partial<Record<Outcome, number>>;
  /** How many runs delivered the data. */
  delivered: number;
  /** Per channel that delivered: count, p10/p50/p90 and a histogram (machines/run/sample.ts). */
  byChannel: Partial<Record<ChannelName, ChannelDays>>;
  error: string | null;
}

/**
 * The engine's own sampling (machines/run/sample.ts: the same runs, draws and figures as
 * `rogatory run --sample`), run in the browser. It yields to the page every `chunk` runs, so the
 * page stays responsive while thousands of runs go by.
 */
export async function sampleDays(scenario: Scenario, runs: number, seed: number, chunk = 200, regime = ''): Promise<RegimeSample> {
  const result: RegimeSample = { regime, runs, outcomes: {}, delivered: 0, byChannel: {}, error: null };
  const tally = new SampleTally();
  try {
    let n = 0;
    for (const run of sampledRuns(scenario, runs, seed)) {
      tally.add(run);
      if (++n % chunk === 0) await new Promise((r) => setTimeout(r, 0));
    }
  } catch (error) {
    // Under another regime a script may meet a state its author did not plan for: say so in the row.
    result.error = errorText(error);
    return result;
  }
  const sampled = tally.result(scenario.id, seed);
  return { ...result, outcomes: sampled.outcomes, delivered: sampled.outcomes.delivered ?? 0, byChannel: sampled.byChannel ?? {} };
}

/** Sampled runs of one scenario under one regime. */
export async function sampleUnder(scenario: Scenario, regime: string, runs: number, seed: number, chunk = 200): Promise<RegimeSample> {
  let variant: Scenario;
  try {
    variant = underRegime(scenario, regime);
  } catch (error) {
    return { regime, runs, outcomes: {}, delivered: 0, byChannel: {}, error: errorText(error) };
  }
  return sampleDays(variant, runs, seed, chunk, regime);
}
