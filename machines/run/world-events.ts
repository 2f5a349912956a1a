import type { ScriptStep } from '../scenario.ts';
import type { ScenarioEvent } from '../request/events.ts';
import type { Input } from './replay.ts';

/**
 * A scenario's script holds two kinds of steps. The world's own events (a requested state refuses,
 * a provider refuses, a third country answers) happen to the request whoever plays it: in a class
 * and a walk-through they happen on their day, as inputs in the session's log. The rest (the
 * channels chosen, preservation asked for, the request withdrawn) is what the real authorities
 * did: a class decides those itself, and the debrief shows the script's beside the class's.
 */
const WORLD_EVENT_TYPES = new Set<ScenarioEvent['type']>(['REFUSE', 'PROVIDER_REFUSES', 'THIRD_COUNTRY_ANSWERS']);

export function isWorldEvent(event: { type: string }): boolean {
  return WORLD_EVENT_TYPES.has(event.type as ScenarioEvent['type']);
}

/** One world event of a script: its place in the script (the log names it by that), its day, the event. */
export interface WorldEvent {
  index: number;
  day: number;
  event: ScenarioEvent;
}

/** One thing the real authorities did, as the script tells it: on its day, or undated ("when a decision was awaited"). */
export interface AuthorityAct {
  index: number;
  day: number | null;
  event: ScenarioEvent;
}

/**
 * The script's world events with the day each happens on. An undated one happens "at once" when the
 * CLI reaches it in file order; without the CLI's decisions to wait for, it takes the day of the
 * latest dated step before it (day 0 when there is none).
 */
export function worldEventsOf(script: readonly ScriptStep[]): WorldEvent[] {
  const found: WorldEvent[] = [];
  let latest = 0;
  script.forEach((step, index) => {
    if (step.day !== undefined) latest = Math.max(latest, step.day);
    if (isWorldEvent(step.event)) found.push({ index, day: step.day ?? latest, event: step.event });
  });
  return found;
}

/** What the real authorities did: every step of the script that is not the world's. */
export function authorityActsOf(script: readonly ScriptStep[]): AuthorityAct[] {
  return script.flatMap((step, index) => (isWorldEvent(step.event) ? [] : [{ index, day: step.day ?? null, event: step.event }]));
}

/** The same happening: same type and, for a third country's answer, the same country. */
function sameHappening(a: ScenarioEvent, b: ScenarioEvent): boolean {
  if (a.type !== b.type) return false;
  return a.type !== 'THIRD_COUNTRY_ANSWERS' || (b.type === 'THIRD_COUNTRY_ANSWERS' && a.country === b.country);
}

/**
 * What the log already accounts for, read in one pass: the world events played from the script (an
 * input names its index), and the trainer's own injects, each of which overrides the script's
 * version of the same happening.
 */
function accountedBy(inputs: Iterable<Input>): (world: WorldEvent) => boolean {
  const played = new Set<number>();
  const injected: ScenarioEvent[] = [];
  for (const input of inputs) {
    if (input.kind !== 'event') continue;
    if (input.script === undefined) injected.push(input.event);
    else played.add(input.script);
  }
  return (world) => played.has(world.index) || injected.some((event) => sameHappening(event, world.event));
}

/**
 * Whether a day lies in the stretch of time from `after` (exclusive) to `through` (inclusive). Time
 * starts at day 0 with nothing before it, so a day-0 event is still ahead while time stands at 0.
 */
function within(day: number, after: number, through: number): boolean {
  return (day > after || (day === 0 && after === 0)) && day <= through;
}

/**
 * The script's world events that fall due while time moves from `after` to `through`, in the order
 * they happen (by day, then file order), leaving out those the log already accounts for. An event
 * whose day time has already passed is not due again: time passed it while world events were off,
 * or it could not be taken on its day and was skipped.
 */
export function worldEventsDue(script: readonly ScriptStep[], inputs: Iterable<Input>, after: number, through: number): WorldEvent[] {
  const inStretch = worldEventsOf(script).filter((w) => within(w.day, after, through));
  // Every play tick asks: the log is read only when some world event falls in the stretch.
  if (inStretch.length === 0) return [];
  const accounted = accountedBy(inputs);
  return inStretch.filter((w) => !accounted(w)).sort((a, b) => a.day - b.day || a.index - b.index);
}

/** The world events still to come once time stands at `now`: what the trainer may see as "next". */
export function worldEventsAhead(script: readonly ScriptStep[], inputs: Iterable<Input>, now: number): WorldEvent[] {
  return worldEventsDue(script, inputs, now, Infinity);
}
