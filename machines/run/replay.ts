import type { Scenario } from '../scenario.ts';
import type { ScenarioEvent } from '../request/events.ts';
import { EventRejected, Simulation, type SimulationOptions } from './simulation.ts';
import { said } from '../messages/say.ts';
import type { Message } from '../messages/types.ts';

/**
 * What a session records: every state is derived by replaying these, in order, from its scenario
 * (DESIGN.md, "One idea under everything"). Time moves only by inputs.
 */
export type Input =
  /**
   * A scenario event (a decision, an inject), taken at the current simulated time. `script`: the
   * index of the script step it plays, when it is one of the script's world events (world-events.ts).
   */
  | { kind: 'event'; event: ScenarioEvent; script?: number }
  /** Let time run to day `to`: everything scheduled until then happens. */
  | { kind: 'advance'; to: number }
  /** One transition further: the next scheduled happening, or the default policy's decision when one is awaited. */
  | { kind: 'step' };

/** An input the request could not take, with its place in the log. */
export class InputRejected extends Error {
  constructor(
    message: string,
    readonly index: number,
    readonly state: string,
    /** The same as a message, to be said in the user's language. */
    readonly said: Message,
  ) {
    super(message);
  }
}

/** Apply one input; throws EventRejected (nothing changed) when the request cannot take it. */
export function applyInput(sim: Simulation, input: Input): void {
  if (sim.done) throw new EventRejected(said('run.ended', { state: sim.state }), sim.state);
  switch (input.kind) {
    case 'event':
      settleNow(sim);
      sim.send(input.event);
      return;
    case 'advance':
      if (input.to < sim.time) throw new EventRejected(said('run.timeBack', { day: String(Math.floor(sim.time)), to: String(input.to) }), sim.state);
      sim.advanceTo(input.to);
      return;
    case 'step':
      settleNow(sim);
      // A run that settling ended neither waits nor has anything left to fire: nothing more happens.
      if (sim.waiting) sim.decideByPolicy();
      else sim.fireNext();
      return;
  }
}

/** What the engine scheduled for this very moment happens before anything else. */
export function settleNow(sim: Simulation): void {
  sim.advanceTo(sim.time);
}

/** The simulation a scenario and its inputs lead to. */
export function replay(scenario: Scenario, inputs: readonly Input[], options: SimulationOptions = {}): Simulation {
  const sim = new Simulation(scenario, options);
  inputs.forEach((input, index) => {
    try {
      applyInput(sim, input);
    } catch (error) {
      if (error instanceof EventRejected) throw new InputRejected(error.message, index, error.state, error.said);
      throw error;
    }
  });
  return sim;
}
