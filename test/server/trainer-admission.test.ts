import { afterEach, describe, expect, it } from 'vitest';
import type { PresenceBroadcast, Snapshot, VoteBroadcast } from '../../server/protocol.ts';
import { memoryLogger } from '../../server/log.ts';
import { SessionService } from '../../server/sessions/service.ts';
import { CONSENT, Cleanup, client, command, testStore, trainerSession, until, type Client } from './helpers.ts';
import { blocking } from './vote-harness.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const MLAT = { type: 'CHOOSE_MLAT' } as const;
const ROGATORY = { type: 'CHOOSE_ROGATORY' } as const;
// The trainer's presence list is sent at most once a second: waits on it leave room for a loaded machine.
const PRESENCE_MS = 15_000;

/** A participant's socket with the snapshots and votes it was sent since it joined. */
async function participant(url: string, code: string, name: string) {
  const socket: Client = await client(cleanup, url);
  const snapshots: Snapshot[] = [];
  const votes: VoteBroadcast[] = [];
  socket.on('snapshot', (s) => snapshots.push(s));
  socket.on('vote', (b) => votes.push(b));
  const joined = await socket.timeout(5000).emitWithAck('join', { code, name });
  if (!joined.ok) throw new Error(joined.error.message);
  return { socket, snapshots, votes, id: joined.participant.id, status: joined.participant.status };
}

/**
 * The trainer's admission commands, as the console sends them over the socket: asking newcomers to
 * wait, letting one in, letting everyone in, renaming. Each participant's screen shows the change
 * at once, and only someone let in has a vote that counts.
 */
describe('the trainer lets people in (admission, admit, admitAll, rename)', () => {
  it('keeps newcomers waiting once asked to, lets one in, then everyone, and a new name reaches its owner', async () => {
    const { server, s, trainer } = await trainerSession(cleanup, CONSENT);
    const presence: PresenceBroadcast[] = [];
    trainer.on('presence', (b) => presence.push(b));

    // Before approval is asked for, a newcomer is in at once.
    const early = await participant(server.url, s.joinCode, 'Early');
    expect(early.status).toBe('admitted');

    await command(trainer, { type: 'admission', approve: true });
    await until('the trainer sees that newcomers now wait', () => presence.at(-1)?.approveJoins === true, PRESENCE_MS);
    const ana = await participant(server.url, s.joinCode, 'Ana');
    const ben = await participant(server.url, s.joinCode, 'Ben');
    const cleo = await participant(server.url, s.joinCode, 'Cleo');
    expect([ana.status, ben.status, cleo.status]).toEqual(['pending', 'pending', 'pending']);
    await until('the trainer counts three waiting', () => presence.at(-1)?.counts.pending === 3, PRESENCE_MS);

    // Someone waiting sees the vote but cannot vote in it.
    await command(trainer, { type: 'start' });
    const vote = (await command(trainer, { type: 'openVote', options: [MLAT, ROGATORY] })).vote!;
    await until('Ana sees the vote', () => ana.votes.some((b) => b.vote.id === vote.id));
    expect(await ana.socket.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 0 })).toMatchObject({
      ok: false, error: { code: 'forbidden', message: 'The trainer has not let you in yet: your vote counts once you are admitted.' },
    });

    // Ana is let in: her screen says so at once, and her vote now counts.
    await command(trainer, { type: 'admit', participant: ana.id });
    await until('Ana is told she is in', () => ana.snapshots.at(-1)?.you?.status === 'admitted');
    expect(ben.snapshots.at(-1)?.you?.status ?? 'pending').toBe('pending');
    expect(await ana.socket.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 0 })).toMatchObject({ ok: true });
    await until('the trainer counts two waiting', () => presence.at(-1)?.counts.pending === 2, PRESENCE_MS);

    // Everyone still waiting is let in together.
    await command(trainer, { type: 'admitAll' });
    await until('Ben and Cleo are told they are in', () => ben.snapshots.at(-1)?.you?.status === 'admitted' && cleo.snapshots.at(-1)?.you?.status === 'admitted');
    await until('the trainer counts nobody waiting', () => presence.at(-1)?.counts.pending === 0, PRESENCE_MS);
    expect(await ben.socket.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 1 })).toMatchObject({ ok: true });

    // A new name reaches its owner's screen; the others keep theirs.
    await command(trainer, { type: 'rename', participant: cleo.id, name: 'Cléo M.' });
    await until('Cleo sees her new name', () => cleo.snapshots.at(-1)?.you?.name === 'Cléo M.');
    expect(ana.snapshots.at(-1)?.you?.name).toBe('Ana');

    // Asking no longer: the next newcomer is in at once.
    await command(trainer, { type: 'admission', approve: false });
    expect((await participant(server.url, s.joinCode, 'Late')).status).toBe('admitted');
  });
});

describe("a session's command budget (LIMIT_COMMANDS)", () => {
  it('refuses the command past the budget with when to try again, leaves the log as it was, and spends nothing of another session', async () => {
    const store = await testStore(cleanup);
    const service = new SessionService({ store, log: memoryLogger(), idleMs: Infinity, maxParticipants: 500, commandsPerSession: { limit: 3, windowMs: 60_000 } });
    cleanup.add(() => service.close());
    const one = await service.get((await service.create(blocking())).id);
    const other = await service.get((await service.create(blocking())).id);

    await service.command(one, { type: 'start' });
    await service.command(one, { type: 'step' });
    const seq = (await service.command(one, { type: 'step' })).seq;
    await expect(service.command(one, { type: 'step' })).rejects.toMatchObject({
      code: 'rate-limited',
      message: expect.stringMatching(/^Too many commands to this session: 3 a minute at most \(LIMIT_COMMANDS\)\. Try again in (60|59) s\.$/),
    });
    expect(one.seq).toBe(seq);
    // The other session's trainer is not slowed by this one's.
    await expect(service.command(other, { type: 'start' })).resolves.toMatchObject({ seq: 0 });
  });
});
