import { afterEach, describe, expect, it } from 'vitest';
import { BLOCKING, Cleanup, api, client, command, testServer } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** A running class on blocking.yaml, its treaty request drafted (day 0), one trainee joined. */
async function classroom(options: { approve?: boolean } = {}) {
  const { server } = await testServer(cleanup);
  const s = (await api(server.url, 'POST', '/api/sessions', { scenario: BLOCKING })).body as { id: string; joinCode: string; trainerToken: string };
  const trainer = await client(cleanup, server.url, { sessionId: s.id, trainerToken: s.trainerToken });
  await trainer.snapshot;
  if (options.approve) await command(trainer, { type: 'admission', approve: true });
  const trainee = await client(cleanup, server.url);
  expect((await trainee.timeout(5000).emitWithAck('join', { code: s.joinCode, name: 'Ada' })).ok).toBe(true);
  await command(trainer, { type: 'start' });
  await command(trainer, { type: 'step' });
  const refusal = async (type: string, body: object) => {
    const answer = await trainer.timeout(5000).emitWithAck('command', { type, ...body } as never);
    return answer.ok ? null : answer.error;
  };
  const ballot = (voteId: string, option: number) => trainee.timeout(5000).emitWithAck('vote', { voteId, option });
  return { trainer, trainee, refusal, ballot };
}

describe('what a class is refused at a vote, and why', () => {
  it('the same choice twice in one vote', async () => {
    const { refusal } = await classroom();
    expect(await refusal('openVote', { options: [{ type: 'WITHDRAW' }, { type: 'WITHDRAW' }] }))
      .toMatchObject({ code: 'invalid', message: 'Each option of a vote must be different.' });
  });

  it('a reveal before any vote', async () => {
    const { refusal } = await classroom();
    expect(await refusal('reveal', {})).toMatchObject({ code: 'conflict', message: 'There is no vote to reveal: open one first.' });
  });

  it('a ballot for an option past the last one: with two options, option 2', async () => {
    const { trainer, ballot } = await classroom();
    const vote = (await command(trainer, { type: 'openVote', options: [{ type: 'WITHDRAW' }, { type: 'REQUEST_PRESERVATION' }] })).vote!;
    expect(await ballot(vote.id, 2)).toMatchObject({ ok: false, error: { code: 'invalid', message: 'This vote has 2 options, numbered from 0.' } });
    expect(await ballot(vote.id, 1)).toMatchObject({ ok: true });
  });

  it('a ballot for a vote that has closed, even when another is open', async () => {
    const { trainer, ballot } = await classroom();
    const first = (await command(trainer, { type: 'openVote', options: [{ type: 'WITHDRAW' }, { type: 'REQUEST_PRESERVATION' }] })).vote!;
    await command(trainer, { type: 'closeVote' });
    const second = (await command(trainer, { type: 'openVote', options: [{ type: 'WITHDRAW' }, { type: 'REQUEST_PRESERVATION' }] })).vote!;
    expect(await ballot(first.id, 0)).toMatchObject({ ok: false, error: { code: 'conflict', message: 'This vote is closed.' } });
    expect(await ballot(second.id, 0)).toMatchObject({ ok: true });
  });

  it('a ballot from a trainee the trainer has not let in yet', async () => {
    const { trainer, ballot } = await classroom({ approve: true });
    const vote = (await command(trainer, { type: 'openVote', options: [{ type: 'WITHDRAW' }, { type: 'REQUEST_PRESERVATION' }] })).vote!;
    expect(await ballot(vote.id, 0)).toMatchObject({
      ok: false, error: { code: 'forbidden', message: 'The trainer has not let you in yet: your vote counts once you are admitted.' },
    });
    expect((await command(trainer, { type: 'closeVote' })).vote).toMatchObject({ counts: [0, 0] });
  });
});
