import { describe, expect, it } from 'vitest';
import { sampleScenario } from '../../machines/run/sample.ts';
import type { Scenario } from '../../machines/scenario.ts';
import { BUILTIN_AS_OF, BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import type { Instrument, PairDays, Provider } from '../../machines/world/types.ts';

/**
 * Statutory figures for one direction between two parties (`pairDays` with basis `statutory`, e.g.
 * the UK's seven days to produce under an overseas production order): published-times.test.ts
 * samples only published figures, so these are sampled here (2,000 runs, seed 1) in a world holding
 * only their instrument. The engine's median must be within 15 % of the profile's median, and its
 * 90th percentile must not pass the legal deadline (the profile's p90) by more than 15 %.
 */

const RUNS = 2000;
const SEED = 1;
const TOLERANCE = 0.15;
const PROVIDER = 'statutory-provider';

const statutory = BUILTIN_WORLD.instruments.flatMap((i) =>
  (i.pairDays ?? []).filter((p) => p.days.basis === 'statutory').map((pair) => ({ label: `${i.id} ${pair.from}→${pair.to}`, instrument: i, pair })),
);

function scenarioFor(instrument: Instrument, pair: PairDays): Scenario {
  const states = BUILTIN_WORLD.jurisdictions.filter((j) => j.id === pair.from || j.id === pair.to);
  const provider: Provider = { id: PROVIDER, name: 'provider', home: pair.to, storesIn: [pair.to], answersDirect: [], responseDays: 10, emergencyDisclosure: false };
  return {
    id: `statutory-${instrument.id}`, title: instrument.id, summary: '', objectives: [], script: [],
    world: { jurisdictions: states, providers: [provider], rules: [], instruments: [instrument] },
    regime: { requestedState: 'provider-home', maxExtensions: 1 },
    request: { from: pair.from, provider: PROVIDER, data: instrument.data[0]!, urgency: 'routine', subject: {}, preservation: 'auto', date: BUILTIN_AS_OF },
  };
}

describe('every statutory figure for one direction between two parties, sampled (2,000 runs, seed 1)', () => {
  it('the world holds the UK\'s seven days for orders to US providers under the UK-US agreement', () => {
    const uk = statutory.find((s) => s.instrument.id === 'US-GB-CLOUD-2019' && s.pair.from === 'GB' && s.pair.to === 'US');
    expect(uk?.pair.days).toMatchObject({ p90: 7, basis: 'statutory' });
    expect(uk?.pair.days.source).toContain('Crime (Overseas Production Orders) Act 2019');
  });

  it.each(statutory)('$label: the median is within 15 % of the profile and the 90th percentile keeps to the deadline', ({ instrument, pair }) => {
    const result = sampleScenario(scenarioFor(instrument, pair), RUNS, SEED);
    expect(result.outcomes.delivered, 'every run delivers').toBe(RUNS);
    const { p50, p90 } = result.days!;
    expect(p50).toBeGreaterThanOrEqual(pair.days.median * (1 - TOLERANCE));
    expect(p50).toBeLessThanOrEqual(pair.days.median * (1 + TOLERANCE));
    expect(p90).toBeLessThanOrEqual(pair.days.p90 * (1 + TOLERANCE));
  });
});
