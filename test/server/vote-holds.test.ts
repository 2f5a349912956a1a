import { afterEach, describe, expect, it } from 'vitest';
import { CONSENT, Cleanup, api, client, command, testServer } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

describe('a vote the trainer controls (issue 13, item 3)', () => {
  it('holds the request while the class votes: Step, Play and Send are refused, and the winner is applied at the close', async () => {
    const { server } = await testServer(cleanup);
    const s = (await api(server.url, 'POST', '/api/sessions', { scenario: CONSENT })).body;
    const trainer = await client(cleanup, server.url, { sessionId: s.id, trainerToken: s.trainerToken });
    await trainer.snapshot;
    await command(trainer, { type: 'start' });
    const vote = (await command(trainer, { type: 'openVote', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }] })).vote!;
    const p = await client(cleanup, server.url);
    const joined = await p.timeout(5000).emitWithAck('join', { code: s.joinCode, name: 'Ana' });
    expect(joined.ok).toBe(true);
    expect((await p.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 1 })).ok).toBe(true);

    for (const held of [{ type: 'step' }, { type: 'play', speed: 30 }, { type: 'event', event: { type: 'CHOOSE_MLAT' } }] as const) {
      const answer = await trainer.timeout(5000).emitWithAck('command', held);
      expect(answer).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^A vote is open: the request waits for the class/) } });
    }
    const rest = await api(server.url, 'POST', `/api/sessions/${s.id}/commands`, { type: 'step' }, s.trainerToken);
    expect(rest.status).toBe(409);
    expect((await api(server.url, 'GET', `/api/sessions/${s.id}`)).body.seq).toBe(0);

    const closed = await command(trainer, { type: 'closeVote' });
    expect(closed.vote?.result).toMatchObject({ winner: 1, applied: true, seq: 1 });
    expect(closed.state.channel).toBe('rogatory');
    // The class has answered: the request moves again.
    expect((await trainer.timeout(5000).emitWithAck('command', { type: 'step' })).ok).toBe(true);
  });
});
