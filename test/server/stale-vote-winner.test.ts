import { afterEach, describe, expect, it } from 'vitest';
import { BLOCKING, Cleanup, api, client, command, trainerSession, until } from './helpers.ts';
import type { VoteBroadcast } from '../../server/protocol.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

describe('a vote whose winner the request can no longer take', () => {
  it('still closes, keeping the winner on record as not applied and saying why, and records no input', async () => {
    const { server, s, trainer } = await trainerSession(cleanup, BLOCKING);
    const trainee = await client(cleanup, server.url);
    const votes: VoteBroadcast[] = [];
    trainee.on('vote', (b) => votes.push(b));
    expect((await trainee.timeout(5000).emitWithAck('join', { code: s.joinCode, name: 'Ada' })).ok).toBe(true);

    await command(trainer, { type: 'start' });
    // The default policy chooses the treaty (blocking.yaml): the request is drafted on day 0.
    expect((await command(trainer, { type: 'step' })).state).toMatchObject({ state: 'mlat.drafting', day: 0 });
    const vote = (await command(trainer, { type: 'openVote', options: [{ type: 'WITHDRAW' }, { type: 'REQUEST_PRESERVATION' }] })).vote!;
    expect(await trainee.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 0 })).toMatchObject({ ok: true });

    // "Eight months pass while you deliberate": the treaty delivers on day 240 (its median), and a
    // finished request can be withdrawn no more.
    const later = await command(trainer, { type: 'advance', to: 300 });
    expect(later).toMatchObject({ seq: 2, state: { state: 'delivered', day: 240, done: true, outcome: 'delivered' } });

    const closed = await command(trainer, { type: 'closeVote' });
    expect(closed.seq).toBe(2);
    expect(closed.vote).toMatchObject({
      id: vote.id, open: false, counts: [1, 0],
      result: {
        winner: 0, event: { type: 'WITHDRAW' }, applied: false, seq: null,
        message: 'WITHDRAW won the vote but can no longer be taken: The request has already ended (delivered).',
      },
    });
    await until('the trainee sees the vote closed', () => votes.at(-1)?.vote.open === false);
    expect(votes.at(-1)!.vote.result).toMatchObject({ applied: false, winner: 0 });

    const log = await api(server.url, 'GET', `/api/sessions/${s.id}/log`);
    expect(log.body.inputs.map((r: { actor: string; input: { kind: string } }) => [r.actor, r.input.kind])).toEqual([['trainer', 'step'], ['trainer', 'advance']]);
    // Closed on record too: no open vote is left holding the request.
    expect((await api(server.url, 'GET', `/api/sessions/${s.id}`)).body).toMatchObject({ seq: 2, vote: { id: vote.id, open: false }, state: { state: 'delivered' } });
  });
});
