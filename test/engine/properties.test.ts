import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay } from '../../machines/run/replay.ts';
import { playScript, runScenario } from '../../machines/run/script.ts';
import { Simulation } from '../../machines/run/simulation.ts';
import { OUTCOMES, type Scenario, type ScriptStep } from '../../machines/scenario.ts';
import { expectContract } from './run-contract.ts';
import { walk } from './walk.ts';
import { ANSWERS, CATEGORIES, CHANNELS, CONNECTIONS, EXCLUSIONS, INSTRUMENT_KINDS, RULE_KINDS, type World } from '../../machines/world/types.ts';

/** Random fictional worlds and requests of the contract's shape (what the loader would accept). */
const IDS = ['A', 'B', 'C', 'D', 'E'];
const jurisdiction = fc.constantFrom(...IDS);
const someOf = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: values.length });
const days = fc.integer({ min: 0, max: 400 });

const worldArb = fc.record({
  consultations: fc.array(fc.record({ answer: fc.constantFrom(...ANSWERS), days: fc.integer({ min: 0, max: 60 }) }), { minLength: 5, maxLength: 5 }),
  provider: fc.record({
    home: jurisdiction,
    storesIn: fc.oneof(fc.uniqueArray(jurisdiction, { minLength: 1, maxLength: 3 }), fc.constant(['unknown'] as string[])),
    answersDirect: fc.uniqueArray(fc.constantFrom(...CATEGORIES), { maxLength: 3 }),
    responseDays: fc.integer({ min: 0, max: 40 }),
    emergencyDisclosure: fc.boolean(),
  }),
  rules: fc.array(fc.record({
    kind: fc.constantFrom(...RULE_KINDS), jurisdiction, data: someOf(CATEGORIES), connection: someOf(CONNECTIONS),
    except: fc.uniqueArray(fc.constantFrom(...CHANNELS), { maxLength: 4 }),
  }), { maxLength: 5 }),
  instruments: fc.array(fc.record({
    kind: fc.constantFrom(...INSTRUMENT_KINDS), parties: fc.uniqueArray(jurisdiction, { minLength: 2, maxLength: 4 }), data: someOf(CATEGORIES),
    median: fc.integer({ min: 1, max: 500 }), spread: fc.integer({ min: 0, max: 300 }), emergency: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    excludes: fc.uniqueArray(fc.constantFrom(...EXCLUSIONS), { maxLength: 2 }),
  }), { maxLength: 5 }),
});

const requestArb = fc.record({
  from: jurisdiction, data: fc.constantFrom(...CATEGORIES), urgency: fc.constantFrom('routine' as const, 'emergency' as const),
  nationality: fc.option(jurisdiction, { nil: undefined }), location: fc.option(jurisdiction, { nil: undefined }),
  retentionDays: fc.option(days, { nil: undefined }), preservation: fc.constantFrom('auto' as const, 'manual' as const),
  requestedState: fc.constantFrom('data-location' as const, 'provider-home' as const), maxExtensions: fc.integer({ min: 0, max: 3 }),
});

/** Picks for a walk through the machine (walk.ts): every script it writes is one the request can follow. */
const picksArb = fc.array(fc.record({ n: fc.nat({ max: 9999 }) }), { maxLength: 8 });
/** Picks that end the channel under way whenever the world can (a refusal, an objection), two times in three. */
const endingPicksArb = fc.array(fc.record({ n: fc.nat({ max: 9999 }), end: fc.nat({ max: 2 }).map((x) => x > 0) }), { minLength: 2, maxLength: 10 });

type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;

function build(w: Of<typeof worldArb>, r: Of<typeof requestArb>, script: ScriptStep[] = []): Scenario {
  const world: World = {
    jurisdictions: IDS.map((id, i) => ({ id, name: `State ${id}`, consultation: w.consultations[i]! })),
    providers: [{ id: 'p', name: 'Provider', ...w.provider }],
    rules: w.rules.map((rule, i) => ({ id: `R${i}`, source: `rule ${i}`, ...rule })),
    instruments: w.instruments.map(({ median, spread, emergency, ...i }, n) => ({
      id: `I${n}`, source: `instrument ${n}`, ...i, parties: i.kind === 'agreement' ? i.parties.slice(0, 2) : i.parties,
      days: { median, p90: median + spread, ...(emergency === undefined ? {} : { emergency }) },
    })),
  };
  return {
    id: 'property', title: 'Property', summary: '', objectives: [], world,
    regime: { requestedState: r.requestedState, maxExtensions: r.maxExtensions },
    request: {
      from: r.from, provider: 'p', data: r.data, urgency: r.urgency, preservation: r.preservation,
      subject: { ...(r.nationality ? { nationality: r.nationality } : {}), ...(r.location ? { location: r.location } : {}) },
      ...(r.retentionDays === undefined ? {} : { retentionDays: r.retentionDays }),
    },
    script: script.map((s, i) => ({ ...s, line: i + 1 })),
  };
}

const RUNS = { numRuns: 400, seed: 20261122 };

/** The script a walk of the machine wrote, played as a scenario: it runs as walked and keeps the contract. */
function playWalked(w: Of<typeof worldArb>, r: Of<typeof requestArb>, picks: Parameters<typeof walk>[1]) {
  const walked = walk(build(w, r), picks);
  const scenario = build(w, r, walked.script);
  const result = runScenario(scenario);
  expect(result).toEqual(walked.result);
  expectContract(scenario, result);
  return result;
}

describe('engine properties over random worlds and requests', () => {
  it('the default policy ends every run in one of the contract\'s outcomes, with the channel, steps and cites the contract gives it', () => {
    const outcomes = new Set<string>();
    fc.assert(fc.property(worldArb, requestArb, (w, r) => {
      const scenario = build(w, r);
      const result = runScenario(scenario);
      expectContract(scenario, result);
      outcomes.add(result.outcome);
    }), RUNS);
    // The worlds are varied enough that the policy meets each of its outcomes.
    expect([...outcomes].sort()).toEqual(['blocked', 'data-lost', 'delivered']);
  });

  it('a script written by walking the machine always plays, as it was walked, and its run keeps the contract', () => {
    const outcomes = new Set<string>();
    fc.assert(fc.property(worldArb, requestArb, picksArb, (w, r, picks) => {
      outcomes.add(playWalked(w, r, picks).outcome);
    }), RUNS);
    expect([...outcomes].sort()).toEqual([...OUTCOMES].sort());
  });

  it('runs that try a second channel after the first ended without data keep the contract, and are a good share of the runs generated', () => {
    let several = 0;
    fc.assert(fc.property(worldArb, requestArb, endingPicksArb, (w, r, picks) => {
      if (playWalked(w, r, picks).attempts.length >= 2) several++;
    }), RUNS);
    // The generator exists to exercise what happens after a channel closes: a run of one channel is not its business.
    expect(several).toBeGreaterThan(RUNS.numRuns / 4);
  });

  it('replaying a run\'s inputs gives the same run', () => {
    fc.assert(fc.property(worldArb, requestArb, picksArb, (w, r, picks) => {
      const scenario = build(w, r, walk(build(w, r), picks).script);
      const sim = new Simulation(scenario);
      playScript(sim, scenario.script);
      expect(replay(scenario, sim.inputs).result()).toEqual(sim.result());
    }), RUNS);
  });
});
