/** The engine's public face: what the server, the CLI and the client use. */
export { runScenario, playScript, ScriptError } from './run/script.ts';
export { sampleScenario, percentile } from './run/sample.ts';
export { Simulation, EventRejected, assessScenario } from './run/simulation.ts';
export { unmet } from './run/expectation.ts';
export type { Assumption, RunResult, SampleResult, Transition } from './run/result.ts';
export type { Scenario, ScriptStep, Expectation, Outcome } from './scenario.ts';
export { OUTCOMES } from './scenario.ts';
export type { Assessment } from './route/assess.ts';
export { requestMachine } from './request/machine.ts';
export { machineGraph } from './request/graph.ts';
export type { ScenarioEvent } from './request/events.ts';
export * from './world/types.ts';
export { replay, applyInput, InputRejected, type Input } from './run/replay.ts';
export { viewOf, type RequestView } from './run/view.ts';
