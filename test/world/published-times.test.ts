import { describe, expect, it } from 'vitest';
import { sampleScenario } from '../../machines/run/sample.ts';
import type { Scenario } from '../../machines/scenario.ts';
import { BUILTIN_AS_OF, BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { worldOn } from '../../machines/world/in-force.ts';
import { ANY_PARTY, type DurationProfile, type Instrument, type Provider } from '../../machines/world/types.ts';

/**
 * Calibration of every published figure (issue 12): for each duration whose basis is `published`,
 * a request between two of the instrument's parties (or to the provider) is sampled 2,000 times
 * (seed 1) in a world holding only that instrument, and the median the engine produces must be
 * within 15 % of the median the source publishes. A channel that adds its own waits (a notified
 * state's window, a consultation) would show here as a median off its figure.
 */

const RUNS = 2000;
const SEED = 1;
const TOLERANCE = 0.15;
const PROVIDER = 'calibration-provider';

// The parties each instrument binds on the as-of date, as the engine reads the dates.
const boundOn = new Map(worldOn(BUILTIN_WORLD, BUILTIN_AS_OF).instruments.map((i) => [i.id, new Set(i.parties)]));

interface Case { label: string; instrument?: Instrument; provider?: Provider; from: string; to: string; days: DurationProfile }

function cases(): Case[] {
  const found: Case[] = [];
  for (const i of BUILTIN_WORLD.instruments) {
    const bound = i.parties.filter((p) => boundOn.get(i.id)?.has(p));
    for (const pair of i.pairDays ?? []) {
      // `*`: any party requesting from `to`; the first bound one stands for them all.
      const from = pair.from === ANY_PARTY ? bound.find((p) => p !== pair.to) : pair.from;
      if (pair.days.basis === 'published' && from) found.push({ label: `${i.id} ${from}→${pair.to}`, instrument: i, from, to: pair.to, days: pair.days });
    }
    if (i.days.basis !== 'published' || bound.length < 2) continue;
    // A pair with no figure of its own, so that the instrument's own profile applies.
    const own = new Set((i.pairDays ?? []).map((p) => `${p.from}>${p.to}`));
    const pair = bound.flatMap((a) => bound.filter((b) => b !== a).map((b) => [a, b] as const)).find(([a, b]) => !own.has(`${a}>${b}`));
    if (pair) found.push({ label: `${i.id} ${pair[0]}→${pair[1]}`, instrument: i, from: pair[0], to: pair[1], days: i.days });
  }
  for (const p of BUILTIN_WORLD.providers) {
    if (p.responseProfile?.basis !== 'published') continue;
    const from = BUILTIN_WORLD.jurisdictions.find((j) => j.id !== p.home)!.id;
    found.push({ label: `${p.id} direct answers`, provider: p, from, to: p.home, days: p.responseProfile });
  }
  // One profile shared by many instruments of one kind (requests to the US) is calibrated once.
  const seen = new Set<string>();
  return found.filter((c) => {
    const key = JSON.stringify([c.days, c.instrument?.kind, c.instrument?.notify, c.provider?.id]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A world of the two states, the one instrument and a provider in the requested state that answers nobody (or the provider itself). */
function scenarioFor(c: Case): Scenario {
  const states = BUILTIN_WORLD.jurisdictions.filter((j) => j.id === c.from || j.id === c.to).map((j) => ({ ...j, consultation: { answer: 'consent' as const, days: 30 } }));
  const provider: Provider = c.provider
    ? { ...c.provider, id: PROVIDER, storesIn: [c.to], practice: undefined, answersDirect: ['subscriber', 'traffic', 'content'] }
    : { id: PROVIDER, name: 'provider', home: c.to, storesIn: [c.to], answersDirect: [], responseDays: 10, emergencyDisclosure: false };
  const data = c.instrument?.data[0] ?? 'subscriber';
  return {
    id: `calibration-${c.label}`, title: c.label, summary: '', objectives: [], script: [],
    world: { jurisdictions: states, providers: [provider], rules: [], instruments: c.instrument ? [c.instrument] : [] },
    regime: { requestedState: 'provider-home', maxExtensions: 1 },
    request: {
      from: c.from, provider: PROVIDER, data, urgency: 'routine', subject: {}, preservation: 'auto', date: BUILTIN_AS_OF,
      ...(c.instrument?.offences ? { offenceCategory: c.instrument.offences[0] } : {}),
    },
  };
}

describe('every published duration, sampled (2,000 runs, seed 1)', () => {
  const all = cases();

  it('calibrates every published figure the world holds, on at least the MLAT channel', () => {
    // Read from the world, not from cases(): every figure whose basis is published.
    const published = [
      ...BUILTIN_WORLD.instruments.flatMap((i) => [i.days, ...(i.pairDays ?? []).map((p) => p.days)]),
      ...BUILTIN_WORLD.providers.flatMap((p) => (p.responseProfile ? [p.responseProfile] : [])),
    ].filter((d) => d.basis === 'published');
    // 70 figures on the data's as-of date (requests to the US from each party, one figure [S27]).
    expect(published.length).toBeGreaterThanOrEqual(70);
    // Each is sampled, itself or as the same profile shared with another case.
    const calibrated = new Set(all.map((c) => JSON.stringify(c.days)));
    for (const d of published) expect(calibrated.has(JSON.stringify(d)), d.source).toBe(true);
    const channels = new Set(all.map((c) => (c.provider || c.instrument?.kind === 'direct-cooperation' ? 'direct' : c.instrument!.kind)));
    expect([...channels]).toContain('mlat');
  });

  it.each(all.map((c) => ({ label: c.label, c })))('$label: the median is within 15 % of the published figure', ({ c }) => {
    const result = sampleScenario(scenarioFor(c), RUNS, SEED);
    expect(result.outcomes.delivered, 'every run delivers').toBe(RUNS);
    const p50 = result.days!.p50;
    expect(p50).toBeGreaterThanOrEqual(c.days.median * (1 - TOLERANCE));
    expect(p50).toBeLessThanOrEqual(c.days.median * (1 + TOLERANCE));
  });
});
