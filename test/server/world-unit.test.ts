import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors.ts';
import { advanceWithWorld, nextWorldDay, playWorldThrough, stepWithWorld, worldAhead } from '../../server/sessions/world.ts';
import { REFUSED, SAUDI, liveSession, logOf, recordingHost, shipped } from './live-fixtures.ts';

/**
 * The script's world events as a session plays them, straight on a LiveSession from a shipped
 * scenario (no server): which inputs land in the log, on which day, by whom.
 */

const MLAT = { kind: 'event', event: { type: 'CHOOSE_MLAT' } } as const;

describe('the next world day', () => {
  it("is the script's refusal on day 120, and nothing once it has been played", async () => {
    const host = recordingHost();
    const session = liveSession(REFUSED);
    await host.record(session, MLAT, 'trainer');
    expect(nextWorldDay(session)).toBe(120);
    expect(worldAhead(session).map((w) => [w.day, w.event.type, w.index])).toEqual([[120, 'REFUSE', 1]]);
    await advanceWithWorld(host, session, 120, 'trainer');
    expect(nextWorldDay(session)).toBeUndefined();
    expect(worldAhead(session)).toEqual([]);
  });

  it('is nothing when the trainer turned world events off', () => {
    const session = liveSession(REFUSED, { worldEvents: false });
    expect(worldAhead(session)).toEqual([]);
    expect(nextWorldDay(session)).toBeUndefined();
  });

  it('a day-0 event played at day 0 is no longer ahead, though time has not moved', async () => {
    const host = recordingHost();
    const session = liveSession(SAUDI);
    await host.record(session, { kind: 'event', event: { type: 'SEND_DIRECT' } }, 'trainer');
    expect(nextWorldDay(session)).toBe(0);
    await playWorldThrough(host, session, 0, 0, 'trainer');
    expect(session.sim.time).toBe(0);
    expect(nextWorldDay(session)).toBeUndefined();
    await advanceWithWorld(host, session, 5, 'trainer');
    expect(logOf(session)).toEqual([
      ['event', 'SEND_DIRECT', 'trainer'],
      ['event', 'PROVIDER_REFUSES', 'world'],
      ['advance', 5, 'trainer'],
    ]);
    expect(session.inputs[1]!.input).toMatchObject({ kind: 'event', script: 1 });
    expect(session.sim.state).toBe('direct.refused');
    expect(nextWorldDay(session)).toBeUndefined();
  });
});

describe('an advance with the world', () => {
  it("stops at the refusal's day, records it as the world's, then goes on to the day asked", async () => {
    const host = recordingHost();
    const session = liveSession(REFUSED);
    await host.record(session, MLAT, 'trainer');
    await advanceWithWorld(host, session, 300, 'trainer');
    expect(logOf(session)).toEqual([
      ['event', 'CHOOSE_MLAT', 'trainer'],
      ['advance', 120, 'trainer'],
      ['event', 'REFUSE', 'world'],
      ['advance', 300, 'trainer'],
    ]);
    expect(session.inputs[2]!.input).toEqual({ kind: 'event', event: shipped(REFUSED).script[1]!.event, script: 1 });
    expect(session.sim.state).toBe('mlat.refused');
    expect(session.sim.time).toBe(300);
  });

  it('to the very day of the event: no second advance after it', async () => {
    const host = recordingHost();
    const session = liveSession(REFUSED);
    await host.record(session, MLAT, 'play');
    await advanceWithWorld(host, session, 120, 'play');
    expect(logOf(session)).toEqual([
      ['event', 'CHOOSE_MLAT', 'play'],
      ['advance', 120, 'play'],
      ['event', 'REFUSE', 'world'],
    ]);
  });

  it('with world events off: one plain advance, and no refusal', async () => {
    const host = recordingHost();
    const session = liveSession(REFUSED, { worldEvents: false });
    await host.record(session, MLAT, 'trainer');
    await advanceWithWorld(host, session, 300, 'trainer');
    expect(logOf(session)).toEqual([['event', 'CHOOSE_MLAT', 'trainer'], ['advance', 300, 'trainer']]);
    expect(session.sim.state).not.toBe('mlat.refused');
  });

  it('with nothing of the world on the way: the advance is recorded as asked, even to the current day', async () => {
    const host = recordingHost();
    const session = liveSession(REFUSED);
    await advanceWithWorld(host, session, 0, 'trainer');
    await advanceWithWorld(host, session, 10, 'trainer');
    expect(logOf(session)).toEqual([['advance', 0, 'trainer'], ['advance', 10, 'trainer']]);
  });

  it('back in time: refused, as a conflict the trainer reads', async () => {
    const host = recordingHost();
    const session = liveSession(REFUSED);
    await advanceWithWorld(host, session, 10, 'trainer');
    const error = await advanceWithWorld(host, session, 5, 'trainer').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('conflict');
    expect((error as AppError).message).toBe('Time cannot go back: it is day 10, not 5.');
    expect(logOf(session)).toEqual([['advance', 10, 'trainer']]);
  });

  it('an event the request cannot take on its day is skipped, said in the log, not an error', async () => {
    const host = recordingHost();
    const session = liveSession(SAUDI);
    await advanceWithWorld(host, session, 10, 'trainer');
    expect(logOf(session)).toEqual([['advance', 10, 'trainer']]);
    expect(host.log.lines).toEqual([{
      level: 'info',
      message: "session s1: the script's PROVIDER_REFUSES of day 0 was skipped",
      details: { reason: expect.stringMatching(/^PROVIDER_REFUSES cannot be taken in state intake/) },
    }]);
  });

  it('a failure that is not a refusal stops the advance', async () => {
    const host = recordingHost();
    const session = liveSession(REFUSED);
    await host.record(session, MLAT, 'trainer');
    const failing = { log: host.log, record: (s: typeof session, input: Parameters<typeof host.record>[1], actor: Parameters<typeof host.record>[2]) =>
      input.kind === 'event' ? Promise.reject(new Error('disk full')) : host.record(s, input, actor) };
    await expect(advanceWithWorld(failing, session, 300, 'trainer')).rejects.toThrow('disk full');
    const internal = { log: host.log, record: (s: typeof session, input: Parameters<typeof host.record>[1], actor: Parameters<typeof host.record>[2]) =>
      input.kind === 'event' ? Promise.reject(new AppError('internal', 'store gone')) : host.record(s, input, actor) };
    await expect(advanceWithWorld(internal, liveSession(REFUSED, {}, [...session.inputs.slice(0, 1)]), 300, 'trainer')).rejects.toThrow('store gone');
    expect(host.log.lines).toEqual([]);
  });

  it('when the request ends before the world events of the stretch, none of them is tried', async () => {
    const scenario = shipped(REFUSED);
    (scenario.script[1] as { day: number }).day = 900;
    scenario.script.push({ day: 950, event: { type: 'REFUSE', ground: 'again' } } as (typeof scenario.script)[number]);
    const host = recordingHost();
    const session = liveSession(scenario);
    await host.record(session, { kind: 'event', event: { type: 'CHOOSE_ROGATORY' } }, 'trainer');
    await advanceWithWorld(host, session, 1000, 'trainer');
    expect(logOf(session)).toEqual([['event', 'CHOOSE_ROGATORY', 'trainer'], ['advance', 900, 'trainer']]);
    expect(session.sim.state).toBe('delivered');
    expect(host.log.lines).toEqual([]);
  });

  it('playWorldThrough with world events off records nothing', async () => {
    const host = recordingHost();
    const session = liveSession(REFUSED, { worldEvents: false });
    await host.record(session, MLAT, 'trainer');
    await playWorldThrough(host, session, 0, 300, 'trainer');
    expect(logOf(session)).toEqual([['event', 'CHOOSE_MLAT', 'trainer']]);
  });
});

describe('a step with the world', () => {
  it("steps through the engine's happenings, then jumps to the refusal when it comes first", async () => {
    const host = recordingHost();
    const session = liveSession(REFUSED);
    await host.record(session, MLAT, 'trainer');
    const days: number[] = [];
    for (let i = 0; i < 5; i++) {
      await stepWithWorld(host, session, 'trainer');
      days.push(session.sim.time);
    }
    expect(days).toEqual([15, 30, 45, 90, 120]);
    expect(logOf(session).slice(4)).toEqual([['step', null, 'trainer'], ['advance', 120, 'trainer'], ['event', 'REFUSE', 'world']]);
    expect(session.sim.state).toBe('mlat.refused');
    await stepWithWorld(host, session, 'trainer');
    expect(logOf(session).at(-1)).toEqual(['step', null, 'trainer']);
    expect(session.sim.state).toBe('refused');
  });

  it('a world event on the day the step reaches is played after the step', async () => {
    const scenario = shipped(REFUSED);
    (scenario.script[1] as { day: number }).day = 45;
    const host = recordingHost();
    const session = liveSession(scenario);
    await host.record(session, MLAT, 'trainer');
    for (let i = 0; i < 3; i++) await stepWithWorld(host, session, 'trainer');
    expect(logOf(session)).toEqual([
      ['event', 'CHOOSE_MLAT', 'trainer'],
      ['step', null, 'trainer'],
      ['step', null, 'trainer'],
      ['step', null, 'trainer'],
      ['event', 'REFUSE', 'world'],
    ]);
    expect(session.sim.state).toBe('mlat.refused');
    expect(session.sim.time).toBe(45);
  });

  it('a day-0 event the request cannot take: the step is an ordinary one', async () => {
    const host = recordingHost();
    const session = liveSession(SAUDI);
    await host.record(session, { kind: 'event', event: { type: 'CHOOSE_ROGATORY' } }, 'trainer');
    await stepWithWorld(host, session, 'trainer');
    expect(logOf(session)).toEqual([['event', 'CHOOSE_ROGATORY', 'trainer'], ['step', null, 'trainer']]);
    expect(session.sim.time).toBe(81);
    expect(session.sim.state).toBe('rogatory.requestedReview');
  });

  it('while a decision is awaited, the step decides by policy and the world waits', async () => {
    const host = recordingHost();
    const session = liveSession(SAUDI);
    await stepWithWorld(host, session, 'trainer');
    expect(logOf(session)).toEqual([['step', null, 'trainer']]);
    expect(session.sim.state).toBe('direct.sent');
  });
});
