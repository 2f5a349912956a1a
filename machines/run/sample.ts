import { sampledChance, sampledDraw, seededRandom } from '../random.ts';
import type { Scenario } from '../scenario.ts';
import { playScript } from './script.ts';
import { EventRejected, Simulation } from './simulation.ts';
import { ScriptError } from './script.ts';
import { said } from '../messages/say.ts';
import type { ChannelDays, RunResult, SampleResult } from './result.ts';
import type { ChannelName } from '../world/types.ts';
import { CHANNELS } from '../world/types.ts';
import type { Outcome } from '../scenario.ts';

/** The value below which a share `p` of the sorted values fall (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1]!;
}

/**
 * The narrowest bin width of 1, 2 or 5 times a power of ten giving at most `most` bins from `low` to
 * `high` once the first bin starts on a multiple of the width (days are whole, so bin k holds
 * [k·width, (k+1)·width)).
 */
function binWidth(low: number, high: number, most: number): number {
  const bins = (width: number) => Math.floor(high / width) - Math.floor(low / width) + 1;
  for (let power = 10 ** Math.max(0, Math.floor(Math.log10((high - low) / most))); ; power *= 10) {
    const width = [1, 2, 5].map((m) => m * power).find((w) => bins(w) <= most);
    if (width !== undefined) return width;
  }
}

/** The days one channel delivered in, summed up: count, p10/p50/p90, and up to `bins` equal bins. */
export function channelDays(days: readonly number[], bins = 12): ChannelDays {
  const sorted = [...days].sort((a, b) => a - b);
  const low = sorted[0]!;
  const high = sorted.at(-1)!;
  const width = binWidth(low, high, bins);
  const start = Math.floor(low / width) * width;
  const count = Math.floor((high - start) / width) + 1;
  const histogram = Array.from({ length: count }, (_, i) => ({ from: start + i * width, to: start + (i + 1) * width, runs: 0 }));
  for (const d of sorted) histogram[Math.floor((d - start) / width)]!.runs++;
  return { delivered: sorted.length, days: { p10: percentile(sorted, 0.1), p50: percentile(sorted, 0.5), p90: percentile(sorted, 0.9) }, histogram };
}

/**
 * N runs of a scenario, one after another, each duration drawn from its profile by one seeded
 * generator: the engine's sampling, kept as a generator so that the browser can pause between runs.
 */
export function* sampledRuns(scenario: Scenario, runs: number, seed: number): Generator<RunResult> {
  // One generator for durations, documented rates and answers alike: the seed alone decides every
  // draw, and a scenario without rates draws as before.
  const random = seededRandom(seed);
  const draw = sampledDraw(random);
  const chance = sampledChance(random);
  for (let n = 0; n < runs; n++) {
    const sim = new Simulation(scenario, { draw, chance, random, record: false });
    try {
      playScript(sim, scenario.script);
    } catch (error) {
      // The run that failed, said before the error's own words (in English and as a message).
      if (error instanceof ScriptError || error instanceof EventRejected) {
        const which = said('run.sampled', { n: String(n + 1), runs: String(runs), seed: String(seed), error: error.said });
        error.message = which.reason;
        (error as { said: typeof which.message }).said = which.message;
      } else if (error instanceof Error) {
        error.message = said('run.sampled', { n: String(n + 1), runs: String(runs), seed: String(seed), error: { authored: error.message } }).reason;
      }
      throw error;
    }
    yield sim.result();
  }
}

/** Sampled runs counted as they come: outcomes, channels, assumptions, and days per delivering channel. */
export class SampleTally {
  runs = 0;
  assumed = 0;
  readonly outcomes: Partial<Record<Outcome, number>> = {};
  readonly channels: Partial<Record<ChannelName, number>> = {};
  readonly delivered: Partial<Record<ChannelName, number[]>> = {};
  /** Days of every delivered run. */
  readonly days: number[] = [];

  add(result: RunResult): void {
    this.runs++;
    if (result.assumptions !== undefined) this.assumed++;
    this.outcomes[result.outcome] = (this.outcomes[result.outcome] ?? 0) + 1;
    if (result.channel) this.channels[result.channel] = (this.channels[result.channel] ?? 0) + 1;
    if (result.outcome !== 'delivered') return;
    this.days.push(result.days);
    if (result.channel) (this.delivered[result.channel] ??= []).push(result.days);
  }

  /** Per delivering channel, in the contract's order of channels. */
  byChannel(): Partial<Record<ChannelName, ChannelDays>> {
    const out: Partial<Record<ChannelName, ChannelDays>> = {};
    for (const c of CHANNELS) if (this.delivered[c]) out[c] = channelDays(this.delivered[c]);
    return out;
  }

  result(scenario: string, seed: number): SampleResult {
    const all = [...this.days].sort((a, b) => a - b);
    return {
      scenario, runs: this.runs, seed, outcomes: this.outcomes, channels: this.channels, ...(this.assumed > 0 && { assumed: this.assumed }),
      days: all.length === 0 ? null : { p10: percentile(all, 0.1), p50: percentile(all, 0.5), p90: percentile(all, 0.9) },
      ...(all.length > 0 && { byChannel: this.byChannel() }),
    };
  }
}

/**
 * N runs of a scenario, each duration drawn from its profile by one seeded generator: the same
 * scenario and seed always give the same figures.
 */
export function sampleScenario(scenario: Scenario, runs: number, seed: number): SampleResult {
  const tally = new SampleTally();
  for (const result of sampledRuns(scenario, runs, seed)) tally.add(result);
  return tally.result(scenario.id, seed);
}
