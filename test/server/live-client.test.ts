import { afterEach, describe, expect, it } from 'vitest';
import { LiveSession } from '../../client/app/live.ts';
import type { RunningServer } from '../../server/http.ts';
import { BLOCKING, Cleanup, api, testServer, until } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/**
 * The browser's session client (client/app/live.ts), run here against the real server. Every
 * `command` packet the server receives is noted with its key; `drop` decides, packet by packet,
 * whether to cut the connection under it right after it is taken in (so it is applied, but its
 * answer is lost on the way back).
 */
async function trainerOn(server: RunningServer, drop: (n: number) => boolean) {
  const s = (await api(server.url, 'POST', '/api/sessions', { scenario: BLOCKING })).body;
  const received: string[] = [];
  server.io.on('connection', (socket) => {
    socket.use(([event, payload], next) => {
      if (event !== 'command') return next();
      received.push((payload as { idempotencyKey?: string }).idempotencyKey ?? '(none)');
      next();
      if (drop(received.length)) socket.conn.close();
    });
  });
  const live = new LiveSession({ sessionId: s.id, trainerToken: s.trainerToken }, {}, server.url);
  cleanup.add(() => live.close());
  await until('the console is connected', () => live.state.connected && live.snapshot !== null);
  const seq = async () => (await api(server.url, 'GET', `/api/sessions/${s.id}`)).body.seq as number;
  return { live, received, seq };
}

describe("the trainer's console client", () => {
  it('sends a command whose answer was lost again, with the same key, once reconnected: applied once, answered', async () => {
    const { server } = await testServer(cleanup);
    const { live, received, seq } = await trainerOn(server, (n) => n === 1);
    const result = await live.command({ type: 'advance', to: 2 });
    expect(result.seq).toBe(1);
    expect(received).toHaveLength(2);
    expect(received[1]).toBe(received[0]);
    expect(received[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(await seq()).toBe(1);

    // The next command has a key of its own.
    expect((await live.command({ type: 'advance', to: 3 })).seq).toBe(2);
    expect(new Set(received).size).toBe(2);
  });

  it('refuses a command given while disconnected at once, instead of sending it later to decide something nobody sees', async () => {
    const { server } = await testServer(cleanup);
    const { live, received, seq } = await trainerOn(server, () => false);
    for (const socket of await server.io.fetchSockets()) socket.disconnect();
    await until('the console sees the disconnection', () => !live.state.connected);
    await expect(live.command({ type: 'step' })).rejects.toThrow(/Not sent: the connection to the server is lost/);
    // A server-side disconnect is final for socket.io's client: the page would reload; here, connect again.
    (live as unknown as { socket: { connect(): void } }).socket.connect();
    await until('the console is back', () => live.state.connected);
    expect((await live.command({ type: 'step' })).seq).toBe(1);
    expect(received).toHaveLength(1);
    expect(await seq()).toBe(1);
  });
});
