import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../server/errors.ts';
import type { Actor, PlayStop } from '../../server/protocol.ts';
import type { LiveSession } from '../../server/sessions/live.ts';
import { play, stopPlay, type PlayHost } from '../../server/sessions/play.ts';
import { advanceWithWorld, nextWorldDay } from '../../server/sessions/world.ts';
import { REFUSED, SAUDI, liveSession, logOf, recordingHost } from './live-fixtures.ts';

/**
 * Auto-play driven by a host as the SessionService builds one (advance with the world's events,
 * the next world day), its clock vitest's: what days play moves to, and why it stops.
 */

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function playHost(options: { closed?: boolean; advance?: PlayHost['advance'] } = {}) {
  const recorder = recordingHost();
  const advances: [number, Actor][] = [];
  const statuses: [string, string | null][] = [];
  const emitted: [string | null, PlayStop | undefined][] = [];
  const host: PlayHost = {
    log: recorder.log,
    tickMs: 1000,
    isClosed: () => options.closed ?? false,
    record: recorder.record,
    advance: options.advance ?? (async (session, to, actor) => {
      advances.push([to, actor]);
      await advanceWithWorld(recorder, session, to, actor);
    }),
    nextWorldDay,
    async setStatus(session, status, reason) {
      statuses.push([status, reason]);
      session.status = status;
    },
    emitStatus(_session, reason, stopped) {
      emitted.push([reason, stopped]);
    },
  };
  return { host, advances, statuses, emitted, log: recorder.log, recorder };
}

async function mlatSession(host: ReturnType<typeof playHost>): Promise<LiveSession> {
  const session = liveSession(REFUSED, { status: 'paused' });
  await host.recorder.record(session, { kind: 'event', event: { type: 'CHOOSE_MLAT' } }, 'trainer');
  return session;
}

describe('auto-play', () => {
  it('moves time by speed per tick, stopping at each happening and at the refusal, then stops for the decision', async () => {
    const h = playHost();
    const session = await mlatSession(h);
    await play(h.host, session, 40);
    expect(h.statuses).toEqual([['running', null]]);
    expect(session.playing).toMatchObject({ speed: 40 });
    await vi.advanceTimersByTimeAsync(20_000);
    // Happenings on days 15, 30, 45 and 90 each get a tick; 40 days a tick between them; the refusal of day 120 gets its own.
    expect(h.advances).toEqual([[15, 'play'], [30, 'play'], [45, 'play'], [85, 'play'], [90, 'play'], [120, 'play']]);
    expect(session.sim.state).toBe('mlat.refused');
    expect(h.emitted).toEqual([['The request waits for a decision.', 'decision']]);
    expect(session.playing).toBeNull();
    expect(session.idle).toBe(true);
  });

  it("a world event of day 0 at day 0 gets no tick of its own: the first tick's advance plays it on the way", async () => {
    const h = playHost();
    const session = liveSession(SAUDI);
    await h.recorder.record(session, { kind: 'event', event: { type: 'SEND_DIRECT' } }, 'trainer');
    await play(h.host, session, 10);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(h.advances).toEqual([[10, 'play']]);
    expect(logOf(session)).toEqual([['event', 'SEND_DIRECT', 'trainer'], ['event', 'PROVIDER_REFUSES', 'world'], ['advance', 10, 'play']]);
    expect(h.emitted).toEqual([['The request waits for a decision.', 'decision']]);
  });

  it('at a slow speed, a tick moves time by speed × tick length in days', async () => {
    const h = playHost();
    const session = await mlatSession(h);
    await play(h.host, session, 4);
    await vi.advanceTimersByTimeAsync(5_000);
    stopPlay(h.host, session);
    expect(h.advances.map(([to]) => to)).toEqual([4, 8, 12, 15, 19]);
    expect(h.emitted).toEqual([]);
  });

  it('playing again replaces the running play: one advance per tick, at the new speed', async () => {
    const h = playHost();
    const session = await mlatSession(h);
    await play(h.host, session, 4);
    await play(h.host, session, 2);
    await vi.advanceTimersByTimeAsync(2_000);
    stopPlay(h.host, session);
    expect(h.advances.map(([to]) => to)).toEqual([2, 4]);
  });

  it('refuses to play a request that has ended, saying its state', async () => {
    const h = playHost();
    const session = await mlatSession(h);
    await advanceWithWorld(h.recorder, session, 120, 'trainer');
    await h.recorder.record(session, { kind: 'step' }, 'trainer');
    expect(session.sim.done).toBe(true);
    const error = await play(h.host, session, 10).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('conflict');
    expect((error as AppError).message).toBe('The request has already ended (refused): there is nothing left to play.');
    expect(h.statuses).toEqual([]);
    expect(session.playing).toBeNull();
  });

  it('a failing advance stops play, said to the room and logged', async () => {
    const h = playHost({ advance: () => Promise.reject(new Error('disk full')) });
    const session = await mlatSession(h);
    await play(h.host, session, 10);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(h.emitted).toEqual([['Play stopped: disk full', 'error']]);
    expect(h.log.lines).toEqual([{ level: 'error', message: 'play stopped in session s1', details: { error: 'Error: disk full' } }]);
    expect(session.playing).toBeNull();
  });

  it('a failure that is not an Error is said as it is', async () => {
    const h = playHost({ advance: () => Promise.reject('gone') });
    const session = await mlatSession(h);
    await play(h.host, session, 10);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(h.emitted).toEqual([['Play stopped: gone', 'error']]);
  });

  it('a closed service schedules no tick', async () => {
    const h = playHost({ closed: true });
    const session = await mlatSession(h);
    await play(h.host, session, 10);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(h.advances).toEqual([]);
    expect(h.statuses).toEqual([['running', null]]);
  });

  it('stopping: silent without a reason, said with one, nothing when not playing', async () => {
    const h = playHost();
    const session = await mlatSession(h);
    stopPlay(h.host, session, { reason: 'x', stopped: 'ended' });
    expect(h.emitted).toEqual([]);
    await play(h.host, session, 10);
    stopPlay(h.host, session);
    expect(session.playing).toBeNull();
    expect(h.emitted).toEqual([]);
    await play(h.host, session, 10);
    stopPlay(h.host, session, { reason: 'Paused by the trainer.', stopped: 'ended' });
    expect(h.emitted).toEqual([['Paused by the trainer.', 'ended']]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(h.advances).toEqual([]);
  });

  it('play stopped while an advance is under way schedules nothing more', async () => {
    const h = playHost();
    let session!: LiveSession;
    h.host.advance = async (s, to, actor) => {
      h.advances.push([to, actor]);
      await advanceWithWorld(h.recorder, s, to, actor);
      stopPlay(h.host, s);
    };
    session = await mlatSession(h);
    await play(h.host, session, 10);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(h.advances).toEqual([[10, 'play']]);
    expect(h.emitted).toEqual([]);
  });
});
