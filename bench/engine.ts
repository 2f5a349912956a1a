import { assign, createActor, setup } from 'xstate';
import { BUILTIN_WORLD } from '../machines/world/builtin/index.ts';
import { runScenario } from '../machines/run/script.ts';
import { sampleScenario } from '../machines/run/sample.ts';
import { inertScope } from '../machines/run/step.ts';
import type { Scenario } from '../machines/scenario.ts';
import { findScenarioFiles, loadScenarioFile } from '../scenarios/load.ts';
import { median, percentile } from './stats.ts';

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

/** The nested ring's first snapshot, shared as the engine shares a scenario's. */
const nestedStart = nestedRing.getInitialSnapshot(inertScope, undefined);

/** The nested ring stepped the way the engine steps the request machine: no actor, shared start. */
export function nestedSteppedRun(transitions: number): void {
  let snapshot = nestedStart;
  for (let i = 0; i < transitions; i++) snapshot = nestedRing.transition(snapshot, { type: 'NEXT' }, inertScope);
}

export function nestedRun(transitions: number): void {
  const actor = createActor(nestedRing).start();
  for (let i = 0; i < transitions; i++) actor.send({ type: 'NEXT' });
}

/** Bare XState doing what a run does at the least: start an actor and take `transitions` transitions. */
export function bareRun(transitions: number): void {
  const actor = createActor(ring).start();
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
  runMicros: number;
  bareMicros: number;
  nestedMicros: number;
  /** A run of a scenario seen for the first time: its intake assessed and its machine entered. */
  coldMicros: number;
  /** The median of ratios of runs timed back to back, and its interquartile range. */
  ratio: number;
  ratioSpread: [number, number];
  nestedRatio: number;
  /** What the statechart's shape alone costs: the nested ring against the bare one. */
  shapeRatio: number;
  /** The same, with the nested ring stepped as the engine steps (no actor, shared first snapshot): the floor for this shape. */
  steppedShapeRatio: number;
  samples: { runs: number; seconds: number; scenario: string };
  bySize: { scenario: string; transitions: number; runMicros: number; bareMicros: number; ratio: number }[];
}

export function engineFigures(): EngineFigures {
  const scenarios = library();
  const transitions = scenarios.map((s) => runScenario(s).transitions.length);
  const total = transitions.reduce((a, b) => a + b, 0);
  const runAll = () => { for (const s of scenarios) runScenario(s); };
  const bareAll = () => { for (const n of transitions) bareRun(n); };
  const nestedAll = () => { for (const n of transitions) nestedRun(n); };
  const steppedAll = () => { for (const n of transitions) nestedSteppedRun(n); };
  // This machine shares its cores with others: load comes and goes within seconds. The three are
  // timed back to back many times and compared pair by pair, so that a ratio compares like with like.
  const runTimes: number[] = [];
  const bareTimes: number[] = [];
  const nestedTimes: number[] = [];
  const pairs = { ratio: [] as number[], nested: [] as number[], shape: [] as number[], stepped: [] as number[] };
  for (let i = 0; i < 3; i++) { runAll(); bareAll(); nestedAll(); steppedAll(); }
  for (let round = 0; round < 60; round++) {
    const run = timed(runAll, 5);
    const bare = timed(bareAll, 5);
    const nested = timed(nestedAll, 5);
    const stepped = timed(steppedAll, 5);
    runTimes.push(run); bareTimes.push(bare); nestedTimes.push(nested);
    pairs.stepped.push(stepped / bare);
    pairs.ratio.push(run / bare); pairs.nested.push(run / nested); pairs.shape.push(nested / bare);
  }
  // Cold: copies the caches have never seen (copying is not timed).
  const coldTimes: number[] = [];
  for (let round = 0; round < 15; round++) {
    const fresh = scenarios.map((s) => structuredClone(s));
    const start = performance.now();
    for (const s of fresh) runScenario(s);
    coldTimes.push(((performance.now() - start) * 1000) / fresh.length);
  }
  const runMicros = median(runTimes);
  const bareMicros = median(bareTimes);
  const nestedMicros = median(nestedTimes);

  const bySize = scenarios.map((s, i) => {
    const r = microseconds(() => runScenario(s), 200, 5);
    const b = microseconds(() => bareRun(transitions[i]!), 200, 5);
    return { scenario: s.id, transitions: transitions[i]!, runMicros: r, bareMicros: b, ratio: r / b };
  }).sort((a, b) => a.transitions - b.transitions);

  const sampled = scenarios.find((s) => s.id === 'preservation-race-lost') ?? scenarios[0]!;
  const start = performance.now();
  sampleScenario(sampled, 10_000, 1);
  const seconds = (performance.now() - start) / 1000;

  return {
    scenarios: scenarios.length,
    runsPerSecond: (scenarios.length * 1e6) / runMicros,
    transitionsPerRun: total / scenarios.length,
    runMicros: runMicros / scenarios.length,
    bareMicros: bareMicros / scenarios.length,
    nestedMicros: nestedMicros / scenarios.length,
    coldMicros: median(coldTimes),
    ratio: median(pairs.ratio),
    ratioSpread: [percentile(pairs.ratio, 25), percentile(pairs.ratio, 75)],
    nestedRatio: median(pairs.nested),
    shapeRatio: median(pairs.shape),
    steppedShapeRatio: median(pairs.stepped),
    samples: { runs: 10_000, seconds, scenario: sampled.id },
    bySize,
  };
}
