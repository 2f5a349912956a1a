import { describe, expect, it } from 'vitest';
import { channelDays, percentile, sampledRuns, SampleTally, sampleScenario } from '../../machines/run/sample.ts';
import { loadScenarioFile } from '../../scenarios/load.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import type { Scenario } from '../../machines/scenario.ts';
import { MLAT, rule, scenario } from './build.ts';

function shipped(path: string): Scenario {
  const loaded = loadScenarioFile(path, BUILTIN_WORLD);
  if (!loaded.scenario) throw new Error(`${path} did not load`);
  return loaded.scenario;
}

// A provider's documented practice answers some states' requests directly and not others: sampled
// runs deliver through two channels whose days are an order of magnitude apart.
const twoChannels = shipped('scenarios/fictional/provider-practice-by-state.yaml');

describe('sampled days per channel', () => {
  // Sampled inside each test, not once for the describe: a mutation run switches its change on per
  // test, and a result computed while the suite is collected would never see it.
  const sampled = () => sampleScenario(twoChannels, 600, 11);

  it('counts every delivered run once, under the channel that delivered it', () => {
    const result = sampled();
    const byChannel = result.byChannel!;
    expect(Object.keys(byChannel).sort()).toEqual(['direct', 'mlat']);
    const counted = Object.values(byChannel).reduce((sum, c) => sum + c.delivered, 0);
    expect(counted).toBe(result.outcomes.delivered);
    for (const [channel, days] of Object.entries(byChannel)) {
      expect(days.delivered).toBe(result.channels[channel as 'direct' | 'mlat']);
      expect(days.histogram.reduce((sum, b) => sum + b.runs, 0)).toBe(days.delivered);
    }
  });

  it("takes each channel's percentiles from that channel's runs only", () => {
    const result = sampled();
    // The same runs, replayed from the same seed, split by channel by hand.
    const days: Record<string, number[]> = {};
    for (const run of sampledRuns(twoChannels, 600, 11)) if (run.outcome === 'delivered') (days[run.channel!] ??= []).push(run.days);
    for (const [channel, list] of Object.entries(days)) {
      const sorted = list.sort((a, b) => a - b);
      expect(result.byChannel![channel as 'direct' | 'mlat']!.days).toEqual({ p10: percentile(sorted, 0.1), p50: percentile(sorted, 0.5), p90: percentile(sorted, 0.9) });
    }
    // Mixed, the direct answers' weeks and the treaty's months give a median neither channel has.
    expect(result.byChannel!.direct!.days.p90).toBeLessThan(result.byChannel!.mlat!.days.p10);
  });

  it('bins cover every run, consecutive and of equal width', () => {
    const { histogram } = sampled().byChannel!.mlat!;
    const width = histogram[0]!.to - histogram[0]!.from;
    histogram.forEach((b, i) => {
      expect(b.to - b.from).toBe(width);
      if (i > 0) expect(b.from).toBe(histogram[i - 1]!.to);
    });
    expect(histogram.length).toBeLessThanOrEqual(12);
  });

  it('never more than twelve bins, even when the days span exactly twelve round widths or the first bin starts early', () => {
    // 0..12 is thirteen one-day bins, so two-day bins; 9..125 starts its first ten-day bin at 0, so 0..130 would be thirteen.
    const shape = (days: number[]) => channelDays(days).histogram.map((b) => [b.from, b.to, b.runs]);
    expect(shape([0, 12])).toEqual([[0, 2, 1], [2, 4, 0], [4, 6, 0], [6, 8, 0], [8, 10, 0], [10, 12, 0], [12, 14, 1]]);
    expect(shape([9, 125])).toEqual([[0, 20, 1], [20, 40, 0], [40, 60, 0], [60, 80, 0], [80, 100, 0], [100, 120, 0], [120, 140, 1]]);
    expect(shape([300, 420]).map(([from]) => from)).toEqual([300, 320, 340, 360, 380, 400, 420]);
    expect(shape([0, 11]).length).toBe(12);
    // Days far from zero are binned by their spread, not their size: 1000..1010 is eleven one-day bins.
    expect(shape([1000, 1005, 1010]).map(([from, , runs]) => [from, runs])).toEqual([[1000, 1], [1001, 0], [1002, 0], [1003, 0], [1004, 0], [1005, 1], [1006, 0], [1007, 0], [1008, 0], [1009, 0], [1010, 1]]);
    for (let low = 0; low < 60; low += 7) {
      for (let span = 0; span < 400; span += 13) {
        const { histogram } = channelDays([low, low + span]);
        expect(histogram.length).toBeLessThanOrEqual(12);
        expect(histogram[0]!.from).toBeLessThanOrEqual(low);
        expect(histogram.at(-1)!.to).toBeGreaterThan(low + span);
      }
    }
  });

  it('a single day lands in one bin; an empty channel is absent; nothing delivered gives no byChannel', () => {
    expect(channelDays([40, 40, 40])).toEqual({ delivered: 3, days: { p10: 40, p50: 40, p90: 40 }, histogram: [{ from: 40, to: 41, runs: 3 }] });
    expect(channelDays([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).histogram.map((b) => b.runs)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const mlatOnly = scenario({ world: { rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory'] })], instruments: [MLAT] } });
    expect(Object.keys(sampleScenario(mlatOnly, 50, 2).byChannel!)).toEqual(['mlat']);
    const tally = new SampleTally();
    for (let i = 0; i < 5; i++) tally.add({ scenario: 's', outcome: 'refused', channel: 'mlat', attempts: ['mlat'], days: 120, cites: [], transitions: [] });
    const none = tally.result('s', 1);
    expect(none.outcomes).toEqual({ refused: 5 });
    expect(none.days).toBeNull();
    expect(none).not.toHaveProperty('byChannel');
  });
});

describe('a small sample of the same scenario', () => {
  it('keeps only what each run came to: its channel and days, no trace of its steps', () => {
    // Ten runs from seed 11: the fifth and tenth go unanswered directly and go on by the MLAT. A
    // sample of thousands keeps no transitions (record: false), only the outcomes it counts.
    const runs = [...sampledRuns(twoChannels, 10, 11)];
    expect(runs.map((r) => `${r.channel} ${r.days}`)).toEqual([
      'direct 5', 'direct 5', 'direct 5', 'direct 5', 'mlat 849', 'direct 5', 'direct 5', 'direct 5', 'direct 5', 'mlat 357',
    ]);
    for (const run of runs) expect(run.transitions).toEqual([]);
  });

  it("bins the MLAT's 12 deliveries by hundreds of days, from the hundred below the fastest", () => {
    // 40 runs: 28 answered directly on day 5, 12 by the MLAT between days 100 and 900. A span of
    // about 700 days in at most 12 bins takes bins of 100 days, starting at 100, not at day 0 or
    // at the fastest delivery's own day.
    const { byChannel } = sampleScenario(twoChannels, 40, 11);
    expect(byChannel!.direct).toEqual({ delivered: 28, days: { p10: 5, p50: 5, p90: 5 }, histogram: [{ from: 5, to: 6, runs: 28 }] });
    expect(byChannel!.mlat!.days).toEqual({ p10: 196, p50: 341, p90: 529 });
    expect(byChannel!.mlat!.histogram).toEqual([
      { from: 100, to: 200, runs: 2 }, { from: 200, to: 300, runs: 2 }, { from: 300, to: 400, runs: 5 }, { from: 400, to: 500, runs: 1 },
      { from: 500, to: 600, runs: 1 }, { from: 600, to: 700, runs: 0 }, { from: 700, to: 800, runs: 0 }, { from: 800, to: 900, runs: 1 },
    ]);
  });
});

describe('a sampled run that breaks on an error of its own', () => {
  it('names the run, the number of runs and the seed, so that it can be replayed, and stays the error it was', () => {
    // Built in code, a treaty may lack the days the loader would have given it: the first run that
    // goes on by the MLAT (the fifth from seed 11) has no duration to draw.
    const noDays = { ...twoChannels, world: { ...twoChannels.world, instruments: twoChannels.world.instruments.map((i) => ({ ...i, days: undefined as never })) } };
    let broke: unknown;
    try {
      sampleScenario(noDays, 40, 11);
    } catch (error) {
      broke = error;
    }
    expect(broke).toBeInstanceOf(TypeError);
    expect((broke as Error).message).toBe("sampled run 5 of 40 (seed 11): Cannot read properties of undefined (reading 'median')");
    // Not a refused step: it has no message of the catalogue to be said in another language.
    expect(broke).not.toHaveProperty('said');
  });
});
