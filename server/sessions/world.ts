import type { Input } from '../../machines/run/replay.ts';
import { worldEventsAhead, worldEventsDue, type WorldEvent } from '../../machines/run/world-events.ts';
import { AppError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { Actor, InputRecord } from '../protocol.ts';
import type { LiveSession } from './live.ts';

/**
 * The world plays itself: as time moves in a session, the script's world events (a requested state
 * refusing on day 120, a third country answering) happen on their day, each recorded as an input of
 * its own (actor `world`), so that replay, branches and recovery keep them. Which events fall due is
 * the engine's pure answer (machines/run/world-events.ts); this module only records them, in the
 * order the CLI keeps: what the engine scheduled for a moment happens before the script's events of
 * that moment (an event input settles the moment first, replay.ts).
 */
export interface WorldHost {
  readonly log: Logger;
  record(session: LiveSession, input: Input, actor: Actor): Promise<InputRecord>;
}

/**
 * The session's inputs as the engine reads them, without copying the log on every play tick (a plain
 * iterator: a generator costs twice a copy here).
 */
function loggedInputs(session: LiveSession): Iterable<Input> {
  const records = session.inputs;
  return {
    [Symbol.iterator]: () => {
      let i = 0;
      return { next: () => (i < records.length ? { value: records[i++]!.input, done: false } : { value: undefined, done: true }) };
    },
  };
}

/** The world events still ahead of the session's time (empty when the trainer turned them off). */
export function worldAhead(session: LiveSession): WorldEvent[] {
  return session.row.worldEvents ? worldEventsAhead(session.row.scenario.script, loggedInputs(session), session.sim.time) : [];
}

/**
 * Let time run to `to` with the world's events on the way: an advance to each one's day (recorded
 * with `actor`, who moved time), then the event. An event the request can no longer take on its day
 * (the channel it meets was never chosen, the request waits for a decision) is skipped, not an
 * error: the class took another road. Time is left at the last event's day; the caller moves it on.
 */
export async function playWorldThrough(host: WorldHost, session: LiveSession, after: number, to: number, actor: Actor): Promise<void> {
  if (!session.row.worldEvents) return;
  for (const world of worldEventsDue(session.row.scenario.script, loggedInputs(session), after, to)) {
    if (session.sim.done) return;
    if (world.day > session.sim.time) await host.record(session, { kind: 'advance', to: world.day }, actor);
    if (session.sim.done) return;
    try {
      await host.record(session, { kind: 'event', event: world.event, script: world.index }, 'world');
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'conflict') throw error;
      host.log.info(`session ${session.id}: the script's ${world.event.type} of day ${world.day} was skipped`, { reason: error.message });
    }
  }
}

/** An advance to `to`: the world's events of the stretch first, then the rest of the way. */
export async function advanceWithWorld(host: WorldHost, session: LiveSession, to: number, actor: Actor): Promise<void> {
  const before = session.seq;
  await playWorldThrough(host, session, session.sim.time, to, actor);
  // Nothing of the world happened: the advance is recorded as it always was (and refused as it was).
  if (session.seq === before) return void (await host.record(session, { kind: 'advance', to }, actor));
  if (!session.sim.done && to > session.sim.time) await host.record(session, { kind: 'advance', to }, actor);
}

/**
 * One step further. When the script's next world event comes before anything the engine scheduled,
 * the step goes to it; otherwise the step is what it always was, followed by the world's events of
 * the moment it reached.
 */
export async function stepWithWorld(host: WorldHost, session: LiveSession, actor: Actor): Promise<void> {
  const sim = session.sim;
  const after = sim.time;
  const next = sim.waiting ? undefined : worldAhead(session)[0];
  const due = sim.clock.nextDue();
  if (next && (due === undefined || next.day < due)) {
    const before = session.seq;
    await playWorldThrough(host, session, after, next.day, actor);
    // A day-0 event the request cannot take moved nothing: the step is then an ordinary one.
    if (session.seq > before) return;
  }
  await host.record(session, { kind: 'step' }, actor);
  if (session.sim.time > after) await playWorldThrough(host, session, after, session.sim.time, actor);
}

/** The day play should stop at next for the world: its next event's day, if one is ahead. */
export function nextWorldDay(session: LiveSession): number | undefined {
  return worldAhead(session)[0]?.day;
}
