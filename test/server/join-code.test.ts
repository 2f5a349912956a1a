import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/limiter.ts';
import { io as connect } from 'socket.io-client';
import { BLOCKING, Cleanup, api, client, command, next, rosterOf, testServer, until, type Client } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

// Presence unthrottled, and slow to forget the away: a ghost would stay in the list for the whole test.
const LIMITS = { ...DEFAULT_LIMITS, presence: { throttleMs: 0, awayMs: 60_000 } };

async function classroom() {
  const { server } = await testServer(cleanup, { limits: LIMITS });
  const created = await api(server.url, 'POST', '/api/sessions', { scenario: BLOCKING });
  expect(created.status).toBe(201);
  const { id, joinCode, trainerToken } = created.body as { id: string; joinCode: string; trainerToken: string };
  const trainer = await client(cleanup, server.url, { sessionId: id, trainerToken });
  await trainer.snapshot;
  return { server, id, joinCode, trainerToken, trainer };
}

async function join(url: string, payload: { code: string; name: string; pass?: string }) {
  const socket = await client(cleanup, url);
  const answer = await socket.timeout(5000).emitWithAck('join', payload);
  return { socket, answer };
}

describe('the join code people type', () => {
  it('is read without its spaces, dashes or case', async () => {
    const { server, id, joinCode } = await classroom();
    const typed = `${joinCode.slice(0, 3).toLowerCase()} - ${joinCode.slice(3)}`;
    const { answer } = await join(server.url, { code: typed, name: 'Ines' });
    expect(answer).toMatchObject({ ok: true, snapshot: { sessionId: id } });
    // Letters other than the code's stay wrong: the normalising does not guess.
    const wrong = await join(server.url, { code: `${joinCode.slice(0, 5)}!`, name: 'Ines 2' });
    expect(wrong.answer).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('follows the class to its branch: a latecomer with the old code lands where the class is', async () => {
    const { server, id, joinCode, trainer } = await classroom();
    await command(trainer, { type: 'step' });
    const branched = await command(trainer, { type: 'branch', atSeq: 0 });
    const branch = branched.created!;
    // The branch took the code the room knows; the session left behind has another.
    expect(branch.joinCode).toBe(joinCode);
    const late = await join(server.url, { code: joinCode, name: 'Latecomer' });
    expect(late.answer).toMatchObject({ ok: true, snapshot: { sessionId: branch.id, seq: 0 } });
    const left = await trainer.timeout(5000).emitWithAck('sync');
    if (!left.ok) throw new Error(left.error.message);
    expect(left.snapshot.sessionId).toBe(id);
    expect(left.snapshot.joinCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(left.snapshot.joinCode).not.toBe(joinCode);

    // A reset of the branch takes the code on again.
    const newTrainer = await client(cleanup, server.url, { sessionId: branch.id, trainerToken: branch.trainerToken });
    await newTrainer.snapshot;
    const reset = (await command(newTrainer, { type: 'reset' })).created!;
    expect(reset.joinCode).toBe(joinCode);
    const later = await join(server.url, { code: joinCode, name: 'Later still' });
    expect(later.answer).toMatchObject({ ok: true, snapshot: { sessionId: reset.id } });
  });

  it('sends a participant who was away during the branch after the class when they come back', async () => {
    const { server, joinCode, trainer } = await classroom();
    const { answer } = await join(server.url, { code: joinCode, name: 'Sleeper' });
    if (!answer.ok) throw new Error(answer.error.message);
    const branch = (await command(trainer, { type: 'branch', atSeq: 0 })).created!;
    // The phone wakes up with its pass for the session the class left.
    const back: Client = connect(server.url, { transports: ['websocket'], auth: { participantToken: answer.participant.token }, forceNew: true, autoConnect: false });
    cleanup.add(() => back.disconnect());
    const moved = next(back, 'moved');
    back.connect();
    expect(await moved).toMatchObject({ to: { id: branch.id, joinCode } });
  });
});

describe('leaving and joining again', () => {
  it('is the same participant, with the pass or by name, and leaves no ghost in the trainer\'s list', async () => {
    const { server, joinCode, trainer } = await classroom();
    const roster = rosterOf(trainer);
    const first = await join(server.url, { code: joinCode, name: 'Noor' });
    if (!first.answer.ok) throw new Error(first.answer.error.message);
    const noor = first.answer.participant;
    await until('the trainer sees Noor', () => roster.list.some((p) => p.id === noor.id && p.connected));

    // Leave: out of the list at once, not "away".
    expect(await first.socket.timeout(5000).emitWithAck('leave')).toMatchObject({ ok: true });
    await until('Noor leaves the list', () => roster.list.length === 0);
    // The connection that left is closed: it cannot vote as someone no longer in the class.
    await until('the connection that left closes', () => first.socket.disconnected);
    // The pass no longer opens the session by itself (another window of Noor's is told to join again).
    await expect(client(cleanup, server.url, { participantToken: noor.token })).rejects.toThrow(/join again/);

    // Back with the pass this browser kept: the same participant, the same pass.
    const again = await join(server.url, { code: joinCode, name: 'Noor', pass: noor.token });
    expect(again.answer).toMatchObject({ ok: true, participant: { id: noor.id, name: 'Noor', token: noor.token } });
    await until('Noor is back, once', () => roster.list.length === 1 && roster.list[0]!.connected);
    expect(roster.list.map((p) => p.id)).toEqual([noor.id]);

    // Left again, and back from another browser under the same name: still Noor, with a new pass.
    await again.socket.timeout(5000).emitWithAck('leave');
    await until('Noor leaves the list again', () => roster.list.length === 0);
    const byName = await join(server.url, { code: joinCode, name: 'noor' });
    if (!byName.answer.ok) throw new Error(byName.answer.error.message);
    expect(byName.answer.participant.id).toBe(noor.id);
    expect(byName.answer.participant.token).not.toBe(noor.token);
    await expect(client(cleanup, server.url, { participantToken: noor.token })).rejects.toThrow(/join again/);
    await until('one entry in the list', () => roster.list.length === 1);

    // Someone who did not leave keeps their name: a second person cannot take it over.
    const impostor = await join(server.url, { code: joinCode, name: 'Noor' });
    expect(impostor.answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('with a pass of another session, joins as a newcomer', async () => {
    const a = await classroom();
    const other = await api(a.server.url, 'POST', '/api/sessions', { scenario: BLOCKING });
    const inA = await join(a.server.url, { code: a.joinCode, name: 'Tariq' });
    if (!inA.answer.ok) throw new Error(inA.answer.error.message);
    const inB = await join(a.server.url, { code: other.body.joinCode, name: 'Tariq', pass: inA.answer.participant.token });
    expect(inB.answer).toMatchObject({ ok: true, snapshot: { sessionId: other.body.id } });
    if (!inB.answer.ok) return;
    expect(inB.answer.participant.id).not.toBe(inA.answer.participant.id);
    expect(inB.answer.participant.token).not.toBe(inA.answer.participant.token);
  });

  it('refuses a leave from a socket that has not joined', async () => {
    const { server } = await classroom();
    const socket = await client(cleanup, server.url);
    expect(await socket.timeout(5000).emitWithAck('leave')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
