import { assign, createActor, setup } from 'xstate';
import { BUILTIN_WORLD } from '../machines/world/builtin/index.ts';
import { runScenario } from '../machines/run/script.ts';
import { sampleScenario } from '../machines/run/sample.ts';
import { inertScope } from '../machines/run/step.ts';
import type { Scenario } from '../machines/scenario.ts';
import { findScenarioFiles, loadScenarioFile } from '../scenarios/load.ts';
import { median, repeated, type Repeated } from './stats.ts';

/** Bare XState at its least: a named guard and an assign on every transition. */
const counting = setup({
  types: { context: {} as { n: number }, events: {} as { type: 'NEXT' } },
  guards: { always: () => true },
  actions: { count: assign({ n: ({ context }) => context.n + 1 }) },
});

/** A ring of five states, each going on to the next. */
const ringStates = Object.fromEntries(
  [0, 1, 2, 3, 4].map((i) => [`s${i}`, { on: { NEXT: { target: `s${(i + 1) % 5}`, guard: 'always' as const, actions: 'count' as const } } }]),
);

/** The floor: the ring alone. */
const ring = counting.createMachine({ context: { n: 0 }, initial: 's0', states: ringStates });

/**
 * The same ring nested the way the request machine nests its stages (root > parallel > region >
 * channel > stage, beside a second region): what XState itself charges for the statechart's shape.
 */
const nestedRing = counting.createMachine({
  context: { n: 0 },
  initial: 'active',
  states: {
    active: {
      type: 'parallel',
      states: {
        channel: { initial: 'mlat', states: { mlat: { initial: 's0', states: ringStates } } },
        preservation: { initial: 'none', states: { none: {}, preserved: {} } },
      },
    },
  },
});

/**
 * Each ring's first snapshot, made once and shared by every run, as the engine shares a scenario's
 * (machines/run/simulation.ts): a baseline that made its own each time would charge itself a cost
 * the engine does not pay, and small scenarios would look free.
 */
const ringStart = ring.getInitialSnapshot(inertScope, undefined);
const nestedStart = nestedRing.getInitialSnapshot(inertScope, undefined);

/**
 * The like-for-like baseline: bare XState doing what a run does at the least, stepped exactly as
 * the engine steps (machines/run/step.ts: the machine's transition function, no actor, the shared
 * first snapshot), `transitions` transitions.
 */
export function bareRun(transitions: number): void {
  let snapshot = ringStart;
  for (let i = 0; i < transitions; i++) snapshot = ring.transition(snapshot, { type: 'NEXT' }, inertScope);
}

/** The nested ring stepped the way the engine steps the request machine: the floor for this shape. */
export function nestedSteppedRun(transitions: number): void {
  let snapshot = nestedStart;
  for (let i = 0; i < transitions; i++) snapshot = nestedRing.transition(snapshot, { type: 'NEXT' }, inertScope);
}

/** The nested ring through an actor, one started per run: what the engine would pay had it kept actors. */
export function nestedActorRun(transitions: number): void {
  const actor = createActor(nestedRing).start();
  for (let i = 0; i < transitions; i++) actor.send({ type: 'NEXT' });
}

/** Microseconds for `times` calls of `fn`, timed once. */
function timed(fn: () => void, times: number): number {
  const start = performance.now();
  for (let i = 0; i < times; i++) fn();
  return ((performance.now() - start) * 1000) / times;
}

/** Microseconds per call of `fn`: the median of `rounds` timed batches, after a warm-up. */
export function microseconds(fn: () => void, batch: number, rounds = 7): number {
  for (let i = 0; i < batch; i++) fn();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) fn();
    times.push(((performance.now() - start) * 1000) / batch);
  }
  return median(times);
}

export function library(): Scenario[] {
  return findScenarioFiles(['scenarios']).flatMap((file) => {
    const { scenario } = loadScenarioFile(file, BUILTIN_WORLD);
    return scenario ? [scenario] : [];
  });
}


export interface EngineFigures {
  scenarios: number;
  runsPerSecond: number;
  transitionsPerRun: number;
  /** µs per deterministic run of a scenario, medians of the paired rounds. */
  runMicros: number;
  /** µs for the flat ring with as many transitions, stepped as the engine steps (the like-for-like baseline). */
  bareMicros: number;
  /** µs for the nested ring stepped as the engine steps. */
  nestedSteppedMicros: number;
  /** µs for the nested ring through an actor started per run. */
  nestedActorMicros: number;
  /** A run of a scenario seen for the first time: its intake assessed and its machine entered. */
  coldMicros: number;
  /** Paired rounds timed back to back; each ratio is the median of the per-round ratios, with its middle half. */
  rounds: number;
  /** A deterministic run against the like-for-like baseline (the goal's ratio). */
  ratio: Repeated;
  /** The same-shape floor: the nested ring stepped, against the flat ring stepped. */
  floorRatio: Repeated;
  /** What the request machine adds over its shape: a run against the nested ring stepped. */
  overFloorRatio: Repeated;
  /** What an actor costs for this shape: the nested ring through an actor against it stepped. */
  actorRatio: Repeated;
  /** 10,000 sampled runs of one scenario, timed `seconds.n` times after a warm-up. */
  samples: { runs: number; scenario: string; seconds: Repeated; each: number[] };
  bySize: { scenario: string; transitions: number; runMicros: number; bareMicros: number; ratio: number }[];
}

export const SAMPLED_RUNS = 10_000;

export function engineFigures(options: { sampleRepeats: number } = { sampleRepeats: 7 }): EngineFigures {
  const scenarios = library();
  const transitions = scenarios.map((s) => runScenario(s).transitions.length);
  const total = transitions.reduce((a, b) => a + b, 0);
  const runAll = () => { for (const s of scenarios) runScenario(s); };
  const bareAll = () => { for (const n of transitions) bareRun(n); };
  const steppedAll = () => { for (const n of transitions) nestedSteppedRun(n); };
  const actorAll = () => { for (const n of transitions) nestedActorRun(n); };
  // This machine shares its cores with others: load comes and goes within seconds. The four are
  // timed back to back many times and compared round by round, so that a ratio compares like with like.
  const ROUNDS = 60;
  const times = { run: [] as number[], bare: [] as number[], stepped: [] as number[], actor: [] as number[] };
  const pairs = { ratio: [] as number[], floor: [] as number[], overFloor: [] as number[], actor: [] as number[] };
  for (let i = 0; i < 3; i++) { runAll(); bareAll(); steppedAll(); actorAll(); }
  for (let round = 0; round < ROUNDS; round++) {
    const run = timed(runAll, 5);
    const bare = timed(bareAll, 5);
    const stepped = timed(steppedAll, 5);
    const actor = timed(actorAll, 5);
    times.run.push(run); times.bare.push(bare); times.stepped.push(stepped); times.actor.push(actor);
    pairs.ratio.push(run / bare); pairs.floor.push(stepped / bare); pairs.overFloor.push(run / stepped); pairs.actor.push(actor / stepped);
  }
  // Cold: copies the caches have never seen (copying is not timed).
  const coldTimes: number[] = [];
  for (let round = 0; round < 15; round++) {
    const fresh = scenarios.map((s) => structuredClone(s));
    const start = performance.now();
    for (const s of fresh) runScenario(s);
    coldTimes.push(((performance.now() - start) * 1000) / fresh.length);
  }
  const perScenario = (values: number[]) => median(values) / scenarios.length;

  const bySize = scenarios.map((s, i) => {
    const r = microseconds(() => runScenario(s), 200, 5);
    const b = microseconds(() => bareRun(transitions[i]!), 200, 5);
    return { scenario: s.id, transitions: transitions[i]!, runMicros: r, bareMicros: b, ratio: r / b };
  }).sort((a, b) => a.transitions - b.transitions);

  // Repeated, after a warm-up of its own: one timing against a goal it straddles says nothing.
  const sampled = scenarios.find((s) => s.id === 'preservation-race-lost') ?? scenarios[0]!;
  sampleScenario(sampled, SAMPLED_RUNS / 10, 1);
  const each: number[] = [];
  for (let r = 0; r < options.sampleRepeats; r++) {
    const start = performance.now();
    sampleScenario(sampled, SAMPLED_RUNS, 1);
    each.push((performance.now() - start) / 1000);
  }

  return {
    scenarios: scenarios.length,
    runsPerSecond: (scenarios.length * 1e6) / median(times.run),
    transitionsPerRun: total / scenarios.length,
    runMicros: perScenario(times.run),
    bareMicros: perScenario(times.bare),
    nestedSteppedMicros: perScenario(times.stepped),
    nestedActorMicros: perScenario(times.actor),
    coldMicros: median(coldTimes),
    rounds: ROUNDS,
    ratio: repeated(pairs.ratio),
    floorRatio: repeated(pairs.floor),
    overFloorRatio: repeated(pairs.overFloor),
    actorRatio: repeated(pairs.actor),
    samples: { runs: SAMPLED_RUNS, scenario: sampled.id, seconds: repeated(each), each },
    bySize,
  };
}
