import { afterEach, describe, expect, it } from 'vitest';
import type { InputBroadcast, VoteBroadcast } from '../../server/protocol.ts';
import { CONSENT, Cleanup, api, client, command, testPlace, testServer, until } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

describe('a timed vote open when the server stops', () => {
  it('closes on its own at its deadline after the restart, and its winner is applied and broadcast', async () => {
    const place = testPlace(cleanup);
    const first = await testServer(cleanup, { place });
    const s = (await api(first.server.url, 'POST', '/api/sessions', { scenario: CONSENT })).body as { id: string; joinCode: string; trainerToken: string };
    const trainer = await client(cleanup, first.server.url, { sessionId: s.id, trainerToken: s.trainerToken });
    await trainer.snapshot;
    const trainee = await client(cleanup, first.server.url);
    const joined = await trainee.timeout(5000).emitWithAck('join', { code: s.joinCode, name: 'Ines' });
    if (!joined.ok) throw new Error(joined.error.message);
    await command(trainer, { type: 'start' });
    const vote = (await command(trainer, { type: 'openVote', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }], seconds: 3 })).vote!;
    expect(await trainee.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 1 })).toMatchObject({ ok: true });
    const deadline = Date.parse(vote.closesAt!);
    trainee.disconnect();
    trainer.disconnect();
    await first.server.close();

    const second = await testServer(cleanup, { place });
    // The participant comes back with their pass; nobody commands anything after the restart.
    const back = await client(cleanup, second.server.url, { participantToken: joined.participant.token });
    const votes: VoteBroadcast[] = [];
    const inputs: InputBroadcast[] = [];
    back.on('vote', (b) => votes.push(b));
    back.on('input', (b) => inputs.push(b));
    expect(await back.snapshot).toMatchObject({ seq: 0, status: 'running', vote: { id: vote.id, open: true, ballots: 1 } });

    await until('the vote to close by itself', () => votes.some((b) => b.vote.id === vote.id && !b.vote.open), 10_000);
    // Not before its deadline (a tolerance for the two clocks' rounding of milliseconds).
    expect(Date.now()).toBeGreaterThanOrEqual(deadline - 50);
    expect(votes.at(-1)!.vote).toMatchObject({ open: false, result: { winner: 1, applied: true, seq: 1, event: { type: 'CHOOSE_ROGATORY' }, message: 'CHOOSE_ROGATORY won the vote and was applied.' } });
    await until('the winner reaches the room', () => inputs.length === 1);
    expect(inputs[0]).toMatchObject({ seq: 1, record: { actor: 'vote', voteId: vote.id, input: { kind: 'event', event: { type: 'CHOOSE_ROGATORY' } } }, state: { attempts: ['rogatory'] } });
    expect((await api(second.server.url, 'GET', `/api/sessions/${s.id}`)).body).toMatchObject({ seq: 1, vote: { id: vote.id, open: false } });
  });
});
