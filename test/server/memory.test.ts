import { afterEach, describe, expect, it } from 'vitest';
import type { InputBroadcast } from '../../server/protocol.ts';
import { CONSENT, Cleanup, api, client, testServer, until, command } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const IDLE_MS = 60_000;
/** A moment past the idle limit: the sweep is driven by hand rather than waited for. */
const later = () => Date.now() + IDLE_MS + 1;

async function classroom() {
  const { server, log } = await testServer(cleanup, { idleMs: IDLE_MS });
  const created = (await api(server.url, 'POST', '/api/sessions', { scenario: CONSENT })).body;
  const trainer = await client(cleanup, server.url, { sessionId: created.id, trainerToken: created.trainerToken });
  const trainee = await client(cleanup, server.url);
  const joined = await trainee.timeout(5000).emitWithAck('join', { code: created.joinCode, name: 'Amara' });
  if (!joined.ok) throw new Error(joined.error.message);
  return { server, log, id: created.id as string, trainer, trainee };
}

describe('sessions nobody uses leave memory', () => {
  it('releases an idle session and serves it again exactly as it was, to the people still connected', async () => {
    const { server, log, id, trainer, trainee } = await classroom();
    await command(trainer, { type: 'start' });
    const vote = (await command(trainer, { type: 'openVote', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }] })).vote!;
    await trainee.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 1 });
    await command(trainer, { type: 'closeVote' });
    const before = (await api(server.url, 'GET', `/api/sessions/${id}`)).body;
    const held = await server.sessions.get(id);

    expect(await server.sessions.releaseIdle(Date.now())).toEqual([]);
    expect(await server.sessions.releaseIdle(later())).toEqual([id]);
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 'info', message: expect.stringMatching(/released 1 idle session/) }));

    expect((await api(server.url, 'GET', `/api/sessions/${id}`)).body).toEqual(before);
    expect(await server.sessions.get(id)).not.toBe(held);
    // The class carries on: the trainer's next command reaches the trainee still connected.
    const seen: InputBroadcast[] = [];
    trainee.on('input', (b) => seen.push(b));
    await command(trainer, { type: 'step' });
    await until('the trainee sees the step', () => seen.some((b) => b.seq === before.seq + 1));
  });

  it('keeps a session that is playing or waiting on a timed vote', async () => {
    const { server, id, trainer } = await classroom();
    await command(trainer, { type: 'start' });
    await command(trainer, { type: 'openVote', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }], seconds: 600 });
    expect(await server.sessions.releaseIdle(later())).toEqual([]);
    await command(trainer, { type: 'closeVote' });
    await command(trainer, { type: 'play', speed: 0.1 });
    expect(await server.sessions.releaseIdle(later())).toEqual([]);
    await command(trainer, { type: 'pause' });
    expect(await server.sessions.releaseIdle(later())).toEqual([id]);
  });

  it('releases a session whose timed vote waits for the start: a held countdown has nothing scheduled, and goes on once started', async () => {
    const { server, id, trainer } = await classroom();
    // Opened before the start, the vote keeps its 600 seconds on record instead of counting them down.
    const vote = (await command(trainer, { type: 'openVote', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }], seconds: 600 })).vote!;
    expect(vote).toMatchObject({ closesAt: null, secondsLeft: 600 });
    expect(await server.sessions.releaseIdle(later())).toEqual([id]);
    const started = Date.now();
    const resumed = (await command(trainer, { type: 'start' })).vote!;
    expect(resumed).toMatchObject({ id: vote.id, open: true, secondsLeft: null });
    expect(Date.parse(resumed.closesAt!)).toBeGreaterThanOrEqual(started + 600_000 - 50);
    expect(await server.sessions.releaseIdle(later())).toEqual([]);
  });

  it('keeps a session while a command is under way', async () => {
    const { server, id } = await classroom();
    const session = await server.sessions.get(id);
    let finish: () => void = () => {};
    const work = session.exclusive(() => new Promise<void>((resolve) => (finish = resolve)));
    expect(await server.sessions.releaseIdle(later())).toEqual([]);
    finish();
    await work;
    expect(await server.sessions.releaseIdle(later())).toEqual([id]);
  });
});
