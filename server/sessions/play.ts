import type { Input } from '../../machines/run/replay.ts';
import { AppError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { Actor, InputRecord, PlayStop } from '../protocol.ts';
import type { LiveSession } from './live.ts';
import { roundDay } from './time.ts';

/** What playing needs from the SessionService; kept narrow so this file reads on its own. */
export interface PlayHost {
  readonly log: Logger;
  readonly tickMs: number;
  /** A function, not a flag: the service may close between two ticks. */
  isClosed(): boolean;
  record(session: LiveSession, input: Input, actor: Actor): Promise<InputRecord>;
  /** An advance to `to`, the script's world events on the way recorded as inputs of their own (world.ts). */
  advance(session: LiveSession, to: number, actor: Actor): Promise<void>;
  /** The day of the script's next world event, when world events are on and one is ahead. */
  nextWorldDay(session: LiveSession): number | undefined;
  setStatus(session: LiveSession, status: LiveSession['status'], reason: string | null): Promise<void>;
  emitStatus(session: LiveSession, reason: string | null, stopped?: PlayStop): void;
}

// Playing: one `advance` input per tick.

export async function play(host: PlayHost, session: LiveSession, speed: number): Promise<void> {
  if (session.sim.done) throw new AppError('conflict', `The request has already ended (${session.sim.state}): there is nothing left to play.`);
  if (session.playing?.timer) clearTimeout(session.playing.timer);
  session.playing = { speed, timer: null };
  await host.setStatus(session, 'running', null);
  scheduleTick(host, session);
}

export function stopPlay(host: PlayHost, session: LiveSession, why?: { reason: string; stopped: PlayStop }): void {
  if (!session.playing) return;
  if (session.playing.timer) clearTimeout(session.playing.timer);
  session.playing = null;
  if (why) host.emitStatus(session, why.reason, why.stopped);
}

function scheduleTick(host: PlayHost, session: LiveSession): void {
  if (!session.playing || host.isClosed()) return;
  const timer = setTimeout(() => {
    session.exclusive(() => tick(host, session)).catch((error) => {
      host.log.error(`play stopped in session ${session.id}`, { error: String(error) });
      stopPlay(host, session, { reason: `Play stopped: ${error instanceof Error ? error.message : String(error)}`, stopped: 'error' });
    });
  }, host.tickMs);
  timer.unref();
  session.playing.timer = timer;
}

async function tick(host: PlayHost, session: LiveSession): Promise<void> {
  if (!session.playing) return;
  const sim = session.sim;
  const wasWaiting = sim.waiting;
  const due = sim.clock.nextDue();
  // Stop at the next happening so that every transition gets a tick of its own on screen.
  let to = roundDay(sim.time + (session.playing.speed * host.tickMs) / 1000);
  if (due !== undefined && due < to) to = due;
  // And at the world's next event, which gets its tick too (one of day 0 happens on the first advance).
  const world = host.nextWorldDay(session);
  if (world !== undefined && world > sim.time && world < to) to = world;
  await host.advance(session, to, 'play');
  if (!session.playing) return;
  if (!wasWaiting && session.sim.waiting) stopPlay(host, session, { reason: 'The request waits for a decision.', stopped: 'decision' });
  else scheduleTick(host, session);
}
