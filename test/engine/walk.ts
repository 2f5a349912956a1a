import type { ScenarioEvent } from '../../machines/request/events.ts';
import type { RunResult } from '../../machines/run/result.ts';
import { playScript } from '../../machines/run/script.ts';
import { Simulation } from '../../machines/run/simulation.ts';
import { viewOf } from '../../machines/run/view.ts';
import type { Scenario, ScriptStep } from '../../machines/scenario.ts';

/** One choice on a walk: which of the options to take, and whether to end the channel under way when the world can. */
export interface Pick {
  n: number;
  /** Take an event that ends the channel under way (a refusal, an objection) when one is possible. */
  end?: boolean;
}

/** What ends the channel under way without data, when the world does it. */
const endsChannel = (e: ScenarioEvent) =>
  e.type === 'REFUSE' || e.type === 'PROVIDER_REFUSES' || (e.type === 'THIRD_COUNTRY_ANSWERS' && e.answer !== 'consent');

/**
 * A script the request can follow, written by walking the machine: at each pick, one of the events
 * the request accepts at that moment (viewOf(...).allowed, what the console offers), or letting time
 * run to the next happening. Each event is dated the day it was taken, on a whole day, after what
 * the engine scheduled for that day (as the contract plays a script). While the request waits for a
 * decision, time does not run: the walk decides, as a script's remaining decision would. After the
 * last pick the default policy finishes the run, as it does after a script's last step; `result` is
 * that run, which playing `script` must reproduce.
 */
export function walk(scenario: Scenario, picks: readonly Pick[]): { script: ScriptStep[]; result: RunResult } {
  const sim = new Simulation(scenario);
  const script: ScriptStep[] = [];
  for (const pick of picks) {
    sim.advanceTo(Math.ceil(sim.time));
    if (sim.done) break;
    const allowed = viewOf(sim).allowed;
    const ending = pick.end ? allowed.filter(endsChannel) : [];
    // A withdrawal ends the walk: offered in one pick in forty, so that most walks go somewhere.
    const options = ending.length > 0 ? ending : allowed.filter((e) => e.type !== 'WITHDRAW' || pick.n % 40 === 0);
    const waitOffered = !sim.waiting && ending.length === 0;
    // Waiting with nothing the walk may choose (no channel open, nothing to preserve): the policy concludes.
    if (options.length === 0 && !waitOffered) break;
    const at = pick.n % (options.length + (waitOffered ? 1 : 0));
    if (at === options.length) {
      sim.fireNext();
      continue;
    }
    const event = options[at]!;
    sim.send(event);
    script.push({ day: sim.time, event, line: script.length + 1 });
  }
  playScript(sim, []);
  return { script, result: sim.result() };
}
