import type { Scenario, ScriptStep } from '../scenario.ts';
import { isConflictChoice, isDecision } from '../request/events.ts';
import { EventRejected, Simulation, type SimulationOptions } from './simulation.ts';
import type { RunResult } from './result.ts';
import { said } from '../messages/say.ts';
import type { Message, Said } from '../messages/types.ts';

/** A script step the request could not take: names the line of the event and the state it met. */
export class ScriptError extends Error {
  /** The same as a message, to be said in the user's language; `message` is its English. */
  said: Message;
  constructor(
    why: Said,
    readonly step: ScriptStep,
    readonly state: string,
    readonly file?: string,
  ) {
    super(why.reason);
    this.said = why.message;
  }
  get line(): number | undefined {
    return this.step.line;
  }
}

/**
 * What a run does at the points where the script leaves it a choice. playScript's driver follows
 * the script and the default policy; the outcome explorer's (explore.ts) branches at each point.
 * Both go through driveScript's one loop, so they read a script the same way.
 */
export interface ScriptDriver {
  /** At the start of every turn of the loop, before anything happens (the explorer's probe looks here). */
  turn?(): void;
  /** Before the script's next step: bring about a world event the script does not fix; true when the run moved. */
  offerWorldEvents?(script: readonly ScriptStep[], from: number): boolean;
  /** A step that no longer applies on this run (passed over, never taken). */
  skip?(step: ScriptStep): boolean;
  /** Take a script step that is due. */
  take(step: ScriptStep): void;
  /** The request waits for a decision the script does not take: decide it. */
  decide(): void;
  /** Whether the script's remaining decisions still steer this run. */
  followsScript(): boolean;
  /** The error to throw when the request is stuck with nothing scheduled. */
  stuck(step: ScriptStep | undefined): Error;
}

/**
 * Drive a simulation with a scenario's script and the default policy until the request ends
 * (SCENARIO-FORMAT.md, "Events" and "Running and results"):
 * - events are taken in file order; a dated one waits for its day, an undated decision waits until
 *   the request waits for a decision, any other undated event happens at once;
 * - what the engine scheduled for a moment happens before the script's events of that moment;
 * - when the request waits for a decision and no decision remains in the script, the default
 *   policy decides (which may be to conclude);
 * - an undated choice at a conflict of laws (PROVIDER_CHOOSES, REVIEW_DECIDES) waits until the
 *   request awaits it; until then the policy takes the decisions the script leaves to it.
 */
export function playScript(sim: Simulation, script: readonly ScriptStep[]): void {
  driveScript(sim, script, policyDriver(sim));
}

/** The script as written, and the default policy for what it leaves open. */
function policyDriver(sim: Simulation): ScriptDriver {
  return {
    take: (step) => take(sim, step),
    decide: () => sim.decideByPolicy(),
    followsScript: () => true,
    // Only where something waits forever (a consulted state given days: Infinity in code); said at the step that waits.
    stuck: (step) => new ScriptError(said('run.stuck', { state: sim.state }), step ?? { event: { type: 'WITHDRAW' } }, sim.state),
  };
}

/** The one loop that plays a script: when each step is due, and who decides what it leaves open. */
export function driveScript(sim: Simulation, script: readonly ScriptStep[], driver: ScriptDriver): void {
  // decisionsFrom[i]: whether a decision remains in the script from step i on.
  const decisionsFrom = new Array<boolean>(script.length + 1).fill(false);
  for (let i = script.length - 1; i >= 0; i--) decisionsFrom[i] = decisionsFrom[i + 1]! || isDecision(script[i]!.event);

  let i = 0;
  while (!sim.done) {
    driver.turn?.();
    const nextTimer = sim.clock.nextDue() ?? Infinity;
    const now = sim.time;
    if (nextTimer <= now) {
      sim.fireNext();
      continue;
    }
    if (driver.offerWorldEvents?.(script, i)) continue;
    if (driver.skip) while (i < script.length && driver.skip(script[i]!)) i++;
    const step = script[i];
    const awaitsConflict = step !== undefined && step.day === undefined && isConflictChoice(step.event);
    if (step) {
      // An undated channel choice waits for a channel decision, not for an unknown answer's; an
      // undated provider's choice or ruling waits for the state that asks for it.
      const due = step.day === undefined
        ? awaitsConflict ? sim.state === AWAITED_IN[step.event.type] : !isDecision(step.event) || (sim.waiting && sim.undecided === null)
        : step.day <= now;
      if (due) {
        driver.take(step);
        i++;
        continue;
      }
    }
    // At an unknown answer the script decides only with its own answer for that country, dated or not;
    // otherwise the default policy does, and the script's later choices follow.
    const undecided = sim.undecided;
    const scriptDecides = undecided === null
      ? decisionsFrom[i] && !awaitsConflict && driver.followsScript()
      : step?.event.type === 'THIRD_COUNTRY_ANSWERS' && step.event.country === undecided;
    if (sim.waiting && !scriptDecides) {
      driver.decide();
      continue;
    }
    if (step?.day !== undefined && step.day < nextTimer) {
      sim.advanceTo(step.day);
      continue;
    }
    if (!sim.fireNext()) throw driver.stuck(step);
  }
}

/** The state in which each conflict choice is awaited (a ruling may come earlier only on a dated step). */
export const AWAITED_IN: Record<string, string> = { PROVIDER_CHOOSES: 'direct.conflict', REVIEW_DECIDES: 'direct.ruling' };

function take(sim: Simulation, step: ScriptStep): void {
  try {
    sim.send(step.event);
  } catch (error) {
    // Asked on another date or in another world, the script's world may no longer allow the step
    // (the channel it refuses was never taken): it did not happen there.
    if (error instanceof EventRejected && sim.scenario.asked) return;
    if (error instanceof EventRejected) {
      // whyNotSaid says so itself when the run has ended.
      const at = { event: step.event.type, day: String(Math.floor(sim.time)), state: error.state, why: sim.whyNotSaid(step.event) };
      throw new ScriptError(step.line !== undefined ? said('run.script.stepAt', { line: String(step.line), ...at }) : said('run.script.step', at), step, error.state);
    }
    throw error;
  }
}

/** Run a scenario once: deterministic (every stage takes its median) unless a draw is given. */
export function runScenario(scenario: Scenario, options: SimulationOptions = {}): RunResult {
  const sim = new Simulation(scenario, options);
  playScript(sim, scenario.script);
  return sim.result();
}
