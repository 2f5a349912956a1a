import { afterEach, describe, expect, it } from 'vitest';
import type { InputBroadcast } from '../../server/protocol.ts';
import { BLOCKING, Cleanup, api, client, command, next, testServer } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

describe('a connection that has joined a session', () => {
  it('is refused a second join, with the same code or another, and stays in its first session', async () => {
    const { server } = await testServer(cleanup);
    const open = async () => {
      const s = (await api(server.url, 'POST', '/api/sessions', { scenario: BLOCKING })).body as { id: string; joinCode: string; trainerToken: string };
      const trainer = await client(cleanup, server.url, { sessionId: s.id, trainerToken: s.trainerToken });
      await trainer.snapshot;
      return { ...s, trainer };
    };
    const first = await open();
    const second = await open();

    const socket = await client(cleanup, server.url);
    const inputs: InputBroadcast[] = [];
    socket.on('input', (b) => inputs.push(b));
    const joined = await socket.timeout(5000).emitWithAck('join', { code: first.joinCode, name: 'Ada' });
    expect(joined).toMatchObject({ ok: true, snapshot: { sessionId: first.id } });

    // A second join would put one connection in two classes (and hand it a second identity).
    for (const code of [second.joinCode, first.joinCode]) {
      const again = await socket.timeout(5000).emitWithAck('join', { code, name: 'Ada again' });
      expect(again).toEqual({ ok: false, error: { code: 'conflict', message: 'This connection has already joined a session.' } });
    }
    const sync = await socket.timeout(5000).emitWithAck('sync');
    expect(sync).toMatchObject({ ok: true, snapshot: { sessionId: first.id, role: 'participant', you: { name: 'Ada' } } });

    // The other session moves first: had the socket entered its room, that broadcast would arrive
    // before the first session's (socket.io keeps one connection's messages in order).
    await command(second.trainer, { type: 'event', event: { type: 'SEND_DIRECT' } });
    const mine = next(socket, 'input');
    await command(first.trainer, { type: 'step' });
    expect(await mine).toMatchObject({ sessionId: first.id, seq: 1, state: { state: 'mlat.drafting' } });
    expect(inputs.map((b) => [b.sessionId, b.seq])).toEqual([[first.id, 1]]);
  });
});
