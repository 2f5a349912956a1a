import { afterEach, describe, expect, it } from 'vitest';
import type { InputRecord } from '../../server/protocol.ts';
import { LiveSession } from '../../server/sessions/live.ts';
import type { VoteRow } from '../../server/store/store.ts';
import { Cleanup, testStore } from './helpers.ts';
import { REFUSED, liveSession, recordingHost, sessionRow, shipped } from './live-fixtures.ts';

/** A session held in memory: the state replayed from its log, its votes, and when it may leave memory. */

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const at = '2026-01-01T10:00:00.000Z';
const record = (seq: number, input: InputRecord['input'], actor: InputRecord['actor'] = 'trainer'): InputRecord => ({ seq, input, actor, voteId: null, recordedAt: at });

function voteRow(id: string, extra: Partial<VoteRow> = {}): VoteRow {
  return {
    id, sessionId: 's1', options: [{ type: 'CHOOSE_MLAT' }, { type: 'WITHDRAW' }], openedAtSeq: 0, openedAt: at, closesAt: null, closedAt: null, result: null,
    ballots: new Map(), settings: { prompt: null, tie: 'trainer', hideResults: false, explain: true, seconds: null } as VoteRow['settings'],
    leftMs: null, revealedAt: null, explanations: new Map(), ...extra,
  };
}

describe('a live session replays its log', () => {
  it('stands where its inputs lead: MLAT chosen, day 120, refused by the requested state', () => {
    const inputs = [
      record(1, { kind: 'event', event: { type: 'CHOOSE_MLAT' } }),
      record(2, { kind: 'advance', to: 120 }),
      record(3, { kind: 'event', event: shipped(REFUSED).script[1]!.event, script: 1 }, 'world'),
    ];
    const session = liveSession(REFUSED, {}, inputs);
    expect(session.id).toBe('s1');
    expect(session.seq).toBe(3);
    expect(session.status).toBe('running');
    expect(session.sim.time).toBe(120);
    expect(session.sim.state).toBe('mlat.refused');
    expect(session.view).toMatchObject({ state: 'mlat.refused', day: 120, waiting: true });
  });

  it('its view follows each new input, and is the same object while nothing changes', async () => {
    const host = recordingHost();
    const session = liveSession(REFUSED);
    const first = session.view;
    expect(first).toMatchObject({ state: 'intake', day: 0 });
    expect(session.view).toBe(first);
    await host.record(session, { kind: 'event', event: { type: 'CHOOSE_MLAT' } }, 'trainer');
    const second = session.view;
    expect(second).not.toBe(first);
    expect(second.state).not.toBe('intake');
    await host.record(session, { kind: 'advance', to: 20 }, 'trainer');
    expect(session.view.day).toBe(20);
    expect(first).toMatchObject({ state: 'intake', day: 0 });
  });

  it('rebuild derives the state again from the log', () => {
    const session = liveSession(REFUSED, {}, [record(1, { kind: 'event', event: { type: 'CHOOSE_MLAT' } })]);
    const before = session.view;
    session.sim.advanceTo(50);
    session.rebuild();
    expect(session.sim.time).toBe(0);
    expect(session.sim.state).toBe(before.state);
    session.inputs.push(record(2, { kind: 'advance', to: 30 }));
    session.rebuild();
    expect(session.sim.time).toBe(30);
    expect(session.view.day).toBe(30);
  });
});

describe('its votes', () => {
  it('the open vote is the last one while it has not closed', () => {
    const session = liveSession(REFUSED, {}, [], [voteRow('v1', { closedAt: at }), voteRow('v2', { closedAt: at }), voteRow('v3')]);
    expect(session.openVote?.id).toBe('v3');
    expect(session.lastVote?.id).toBe('v3');
  });

  it('no open vote once the last one closed, though it stays the last vote', () => {
    const session = liveSession(REFUSED, {}, [], [voteRow('v1', { closedAt: at }), voteRow('v2'), voteRow('v3', { closedAt: at })]);
    expect(session.openVote).toBeNull();
    expect(session.lastVote?.id).toBe('v3');
  });

  it('no vote at all: neither an open one nor a last one', () => {
    const session = liveSession(REFUSED);
    expect(session.openVote).toBeNull();
    expect(session.lastVote).toBeNull();
  });

  it("loaded with only the last vote's ballots, reads the earlier votes' ballots from the store once", async () => {
    const store = await testStore(cleanup);
    const row = sessionRow(shipped(REFUSED));
    await store.createSession(row, []);
    await store.addParticipant({ id: 'p1', sessionId: 's1', name: 'Ana', nameKey: 'ana', status: 'admitted', tokenHash: 'h1', joinedAt: at });
    await store.addParticipant({ id: 'p2', sessionId: 's1', name: 'Ben', nameKey: 'ben', status: 'admitted', tokenHash: 'h2', joinedAt: at });
    await store.openVote(voteRow('v1'));
    await store.castBallot('v1', 'p1', 1, at, { explanation: 'too slow' });
    await store.closeVote('s1', 'v1', at, { winner: 1, event: { type: 'WITHDRAW' }, applied: false, seq: null, message: '' } as VoteRow['result'] & object, null);
    await store.openVote(voteRow('v2'));
    await store.castBallot('v2', 'p2', 0, at);
    await store.closeVote('s1', 'v2', at, { winner: 0, event: { type: 'CHOOSE_MLAT' }, applied: false, seq: null, message: '' } as VoteRow['result'] & object, null);
    await store.openVote(voteRow('v3'));
    await store.closeVote('s1', 'v3', at, { winner: null, event: null, applied: false, seq: null, message: '' } as VoteRow['result'] & object, null);
    await store.openVote(voteRow('v4'));
    await store.castBallot('v4', 'p2', 0, at);

    const votes = await store.votes('s1', 'last');
    expect(votes.map((v) => v.ballots.size)).toEqual([0, 0, 0, 1]);
    const session = new LiveSession(row, [], votes, 'last');
    // The open vote is held in memory as it is: a ballot the store has and memory not yet is not read into it.
    await store.castBallot('v4', 'p1', 1, at);
    const every = await session.everyVote(store);
    expect(every.map((v) => [v.id, [...v.ballots]])).toEqual([['v1', [['p1', 1]]], ['v2', [['p2', 0]]], ['v3', []], ['v4', [['p2', 0]]]]);
    expect(every[0]!.explanations).toEqual(new Map([['p1', 'too slow']]));
    // Read once: a ballot cast in the store afterwards is not read again into the closed vote.
    await store.castBallot('v1', 'p2', 0, at);
    expect([...(await session.everyVote(store))[0]!.ballots]).toEqual([['p1', 1]]);
  });

  it("loaded with every vote's ballots, or a single vote, never reads them again", async () => {
    const store = await testStore(cleanup);
    const row = sessionRow(shipped(REFUSED));
    await store.createSession(row, []);
    await store.addParticipant({ id: 'p1', sessionId: 's1', name: 'Ana', nameKey: 'ana', status: 'admitted', tokenHash: 'h1', joinedAt: at });
    await store.openVote(voteRow('v1'));
    await store.castBallot('v1', 'p1', 1, at);
    const mine = voteRow('v1', { ballots: new Map([['p1', 0]]) });
    expect([...(await new LiveSession(row, [], [mine, voteRow('v2')]).everyVote(store))[0]!.ballots]).toEqual([['p1', 0]]);
    expect([...(await new LiveSession(row, [], [mine], 'last').everyVote(store))[0]!.ballots]).toEqual([['p1', 0]]);
    const held = voteRow('v1', { ballots: new Map([['p1', 0]]) });
    expect([...(await new LiveSession(row, [], [held, voteRow('v2')], 'last').everyVote(store))[0]!.ballots]).toEqual([['p1', 1]]);
  });
});

describe('one command at a time, and idleness', () => {
  it('runs queued work in order, a failure not stopping the next, and is idle only when nothing is under way', async () => {
    const session = liveSession(REFUSED);
    expect(session.idle).toBe(true);
    const order: string[] = [];
    let release!: () => void;
    const first = session.exclusive(() => new Promise<void>((resolve) => { release = resolve; }).then(() => { order.push('first'); }));
    const failing = session.exclusive(async () => { order.push('second'); throw new Error('refused'); });
    const third = session.exclusive(async () => { order.push('third'); return 3; });
    expect(session.idle).toBe(false);
    await Promise.resolve();
    release();
    await first;
    await expect(failing).rejects.toThrow('refused');
    expect(await third).toBe(3);
    expect(order).toEqual(['first', 'second', 'third']);
    expect(session.idle).toBe(true);
  });

  it('is not idle while playing or while a vote timer runs; stopping timers makes it idle again', () => {
    const session = liveSession(REFUSED);
    session.playing = { speed: 5, timer: setTimeout(() => undefined, 60_000) };
    expect(session.idle).toBe(false);
    session.stopTimers();
    expect(session.playing).toBeNull();
    expect(session.idle).toBe(true);
    session.voteTimer = setTimeout(() => undefined, 60_000);
    expect(session.idle).toBe(false);
    session.stopVoteTimer();
    expect(session.voteTimer).toBeNull();
    expect(session.idle).toBe(true);
    session.playing = { speed: 5, timer: null };
    session.voteTimer = setTimeout(() => undefined, 60_000);
    session.stopTimers();
    expect([session.playing, session.voteTimer, session.idle]).toEqual([null, null, true]);
  });
});
