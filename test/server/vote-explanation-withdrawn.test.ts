import { afterEach, describe, expect, it } from 'vitest';
import type { VoteView } from '../../server/protocol.ts';
import { CONSENT, Cleanup, client, command, trainerSession, until } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const MLAT = { type: 'CHOOSE_MLAT' } as const;
const ROGATORY = { type: 'CHOOSE_ROGATORY' } as const;

describe('a participant who votes again without a reason', () => {
  it('withdraws the reason given with the earlier ballot: the trainer no longer sees it beside the new choice', async () => {
    const { server, s, trainer } = await trainerSession(cleanup, CONSENT);
    const seen: VoteView[] = [];
    trainer.on('vote', (b) => seen.push(b.vote));
    const ana = await client(cleanup, server.url);
    const joined = await ana.timeout(5000).emitWithAck('join', { code: s.joinCode, name: 'Ana' });
    if (!joined.ok) throw new Error(joined.error.message);
    await command(trainer, { type: 'start' });
    const vote = (await command(trainer, { type: 'openVote', options: [MLAT, ROGATORY], explain: true })).vote!;

    expect(await ana.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 0, explanation: 'The treaty is faster.' })).toMatchObject({ ok: true });
    await until('the trainer sees the reason', () => seen.at(-1)?.voters?.[0]?.explanation === 'The treaty is faster.');
    // Ana changes her mind and gives no reason this time: the old one does not belong to the new choice.
    expect(await ana.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 1 })).toMatchObject({ ok: true });
    await until('the trainer sees the new choice', () => seen.at(-1)?.voters?.[0]?.option === 1);
    expect(seen.at(-1)!.voters).toEqual([{ participant: joined.participant.id, option: 1, explanation: null }]);
    expect((await command(trainer, { type: 'closeVote' })).vote).toMatchObject({ counts: [0, 1], voters: [{ participant: joined.participant.id, option: 1, explanation: null }] });
  });
});
