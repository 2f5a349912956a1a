import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay } from '../../machines/run/replay.ts';
import { runScenario, ScriptError } from '../../machines/run/script.ts';
import { assessScenario, Simulation } from '../../machines/run/simulation.ts';
import { playScript } from '../../machines/run/script.ts';
import { OUTCOMES, type Scenario, type ScriptStep } from '../../machines/scenario.ts';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import { ANSWERS, GIVEN_ANSWERS, CATEGORIES, CHANNELS, CONNECTIONS, EXCLUSIONS, INSTRUMENT_KINDS, RULE_KINDS, type World } from '../../machines/world/types.ts';

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

const eventArb: fc.Arbitrary<ScenarioEvent> = fc.oneof(
  fc.constantFrom<ScenarioEvent>({ type: 'SEND_DIRECT' }, { type: 'CHOOSE_AGREEMENT' }, { type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' },
    { type: 'REQUEST_PRESERVATION' }, { type: 'EXTEND_PRESERVATION' }, { type: 'WITHDRAW' },
    { type: 'REFUSE', ground: 'dual criminality' }, { type: 'PROVIDER_REFUSES', reason: 'policy' }),
  fc.record({ type: fc.constant('THIRD_COUNTRY_ANSWERS' as const), country: jurisdiction, answer: fc.constantFrom(...GIVEN_ANSWERS) }),
);
const scriptArb = fc.array(fc.record({ day: fc.option(days, { nil: undefined }), event: eventArb }), { maxLength: 5 });

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

describe('engine properties over random worlds and requests', () => {
  it('the default policy always ends the run in one of the contract\'s outcomes, every step with a reason', () => {
    fc.assert(fc.property(worldArb, requestArb, (w, r) => {
      const scenario = build(w, r);
      const result = runScenario(scenario);
      expect(OUTCOMES).toContain(result.outcome);
      for (const t of result.transitions) expect(t.reason.length).toBeGreaterThan(10);
      const ids = new Set([...scenario.world.rules.map((x) => x.id), ...scenario.world.instruments.map((x) => x.id)]);
      for (const id of result.cites) expect(ids).toContain(id);
    }), RUNS);
  });

  it('no run is delivered through a channel whose verdict was closed', () => {
    fc.assert(fc.property(worldArb, requestArb, scriptArb, (w, r, script) => {
      const scenario = build(w, r, script);
      let result;
      try {
        result = runScenario(scenario);
      } catch (error) {
        // A script the request cannot follow is the contract's error, never anything else.
        expect(error).toBeInstanceOf(ScriptError);
        return;
      }
      expect(OUTCOMES).toContain(result.outcome);
      if (result.outcome === 'delivered') {
        const verdict = assessScenario(scenario)[result.channel!];
        if (result.channel === 'direct') expect(['emergency', 'domestic', 'provider', 'instrument']).toContain(assessScenario(scenario).direct.path);
        else expect(verdict.open).toBe(true);
      }
      expect(new Set(result.attempts).size).toBe(result.attempts.length);
    }), RUNS);
  });

  it('replaying a run\'s inputs gives the same run', () => {
    fc.assert(fc.property(worldArb, requestArb, scriptArb, (w, r, script) => {
      const scenario = build(w, r, script);
      const sim = new Simulation(scenario);
      try {
        playScript(sim, scenario.script);
      } catch (error) {
        expect(error).toBeInstanceOf(ScriptError);
        return;
      }
      expect(replay(scenario, sim.inputs).result()).toEqual(sim.result());
    }), RUNS);
  });
});
