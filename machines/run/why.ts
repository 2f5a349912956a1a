import type { Scenario } from '../scenario.ts';
import type { Verdict } from '../route/verdict.ts';
import { said } from '../messages/say.ts';
import { FINAL_OUTCOMES } from './paths.ts';
import type { RunResult } from './result.ts';
import { assessScenario, effectiveWorld } from './simulation.ts';

const FINAL_STATES = new Set<string>(Object.keys(FINAL_OUTCOMES));
const custody = (state: string) => state.startsWith('preservation');

/**
 * Why a run ended as it did, in one reason with its sources: for a delivery, the verdict that opened
 * the channel taken (the law or practice that let it through); otherwise the step that ended the
 * request (a refusal, an objection, the data deleted, a withdrawal), not the closing "no channel is
 * left", which says the same for every ending. The run must have been recorded (its transitions).
 */
export function whyOfRun(scenario: Scenario, result: RunResult): Pick<Verdict, 'reason' | 'message' | 'cites'> {
  if (result.outcome === 'delivered' && result.channel) {
    const verdict = assessScenario(scenario)[result.channel];
    return { reason: verdict.reason, message: verdict.message, cites: [...verdict.cites] };
  }
  const steps = result.transitions;
  const last = steps.at(-1);
  if (!last) return { ...said('run.text', { text: '' }), cites: [] };
  let ending = last;
  if (last.event === 'CONCLUDE' && FINAL_STATES.has(last.to)) {
    for (let i = steps.length - 2; i >= 0; i--) {
      if (!custody(steps[i]!.from) && !custody(steps[i]!.to)) { ending = steps[i]!; break; }
    }
  }
  // A withdrawal gives no reason of its own: say on which day, and the step it followed (what the record gives).
  if (ending.event === 'WITHDRAW') {
    const at = steps.indexOf(ending);
    const before = steps.slice(0, at).reverse().find((s) => !custody(s.from) && !custody(s.to) && s.reason);
    const day = String(ending.day);
    const words = before
      ? said('run.why.withdrawnAfter', { day, before: before.message })
      : said('run.why.withdrawn', { day });
    return { ...words, cites: [...(before?.cites ?? [])] };
  }
  return { reason: ending.reason, ...(ending.message && { message: ending.message }), cites: [...ending.cites] };
}

/** The source of each rule, instrument and order of the world the request met (regime rules included), by id. */
export function worldSources(scenario: Scenario): Map<string, string> {
  const sources = new Map<string, string>();
  const world = effectiveWorld(scenario);
  for (const e of [...world.rules, ...world.instruments, ...(world.orders ?? [])]) {
    sources.set(e.id, e.uncertain ? `${e.source} (uncertain: ${e.uncertain})` : e.source);
  }
  return sources;
}
