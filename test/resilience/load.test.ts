import { afterEach, describe, expect, it } from 'vitest';
import type { Ack, TrainerCommand } from '../../server/protocol.ts';
import { BLOCKING, Cleanup, LIBRARY, api, tempDataDir, until } from '../server/helpers.ts';
import { Follower } from './follower.ts';
import type { FromLoadServer, ToLoadServer } from './harness/load-server.ts';
import { sleep, spawnServer, type ServerChild } from './processes.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const SESSIONS = 20;
const CLASS = 25;
/** One `advance` per session every 50 ms: 400 inputs a second over the 20, each to 26 sockets. */
const TICK_MS = 50;
/** Simulated days per second: the 240-day treaty request outlasts the test. */
const SPEED = 30;
const WARM_MS = 1500;
const RUN_MS = 6000;
/**
 * What a recorded input may keep on the heap: its log record, the simulation's copy, and now and
 * then a transition; a kept broadcast (2–3 KB, written to 26 sockets) would be far above it.
 */
const MAX_BYTES_PER_INPUT = 2048;
/** RSS moves in allocator-sized steps; it may grow by this much over the run, no more. */
const MAX_RSS_GROWTH = 64 * 1024 * 1024;

function memory(server: ServerChild): Promise<Extract<FromLoadServer, { type: 'memory' }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not report its memory')), 10_000);
    server.child.once('message', (m: FromLoadServer) => {
      clearTimeout(timer);
      if (m.type === 'memory') resolve(m);
    });
    server.child.send({ type: 'memory' } satisfies ToLoadServer);
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

describe('20 sessions of 25 participants played at full speed', () => {
  it('loses and reorders no broadcast, logs no error, and keeps memory flat', async () => {
    const server = await spawnServer(cleanup, ['--expose-gc', '--import', 'tsx', 'test/resilience/harness/load-server.ts'], {
      DATA_DIR: tempDataDir(cleanup), SCENARIOS_DIR: LIBRARY, TICK_MS: String(TICK_MS),
    }, true);
    const url = server.url;

    const classes = await Promise.all(Array.from({ length: SESSIONS }, async (_, n) => {
      const s = (await api(url, 'POST', '/api/sessions', { scenario: BLOCKING })).body;
      const trainer = new Follower(url, cleanup, { auth: { sessionId: s.id, trainerToken: s.trainerToken }, syncOnGap: false });
      await trainer.ready();
      const people = Array.from({ length: CLASS }, () => new Follower(url, cleanup, { syncOnGap: false }));
      await Promise.all(people.map((p, i) => p.join(s.joinCode, `S${n} T${i}`)));
      const command = async (c: TrainerCommand) => {
        const answer = (await trainer.ask('command', c, 10_000)) as Ack;
        if (!answer.ok) throw new Error(`${c.type}: ${answer.error.message}`);
      };
      return { id: s.id as string, trainer, people, command, start: people.map((p) => p.seq) };
    }));
    const everyone = classes.flatMap((c) => [c.trainer, ...c.people]);
    const inputs = () => classes.reduce((sum, c) => sum + c.trainer.seq, 0);

    for (const c of classes) {
      await c.command({ type: 'start' });
      await c.command({ type: 'event', event: { type: 'SEND_DIRECT' } });
      await c.command({ type: 'event', event: { type: 'CHOOSE_MLAT' } });
      await c.command({ type: 'play', speed: SPEED });
    }
    await sleep(WARM_MS);
    const before = await memory(server);
    const inputsBefore = inputs();
    await sleep(RUN_MS);
    await Promise.all(classes.map((c) => c.command({ type: 'pause' })));

    // Everyone has every input, in order, once.
    const finals = await Promise.all(classes.map(async (c) => (await api(url, 'GET', `/api/sessions/${c.id}`)).body.seq as number));
    await until('every client has every input', () => classes.every((c, i) => [c.trainer, ...c.people].every((f) => f.seq === finals[i])), 20_000);
    const after = await memory(server);
    const played = inputs() - inputsBefore;

    const delivered = classes.reduce((sum, c) => sum + c.people.reduce((n, p) => n + p.applied.length, 0) + c.trainer.applied.length, 0);
    const perInput = (after.heapUsed - before.heapUsed) / played;
    console.log([
      `load: ${SESSIONS} sessions x ${CLASS} participants, ${inputs()} inputs recorded (${played} in the ${RUN_MS / 1000} s measured), ${delivered} broadcasts delivered in order`,
      `load: server heapUsed ${mb(before.heapUsed)} -> ${mb(after.heapUsed)} (${perInput.toFixed(0)} bytes per input recorded), rss ${mb(before.rss)} -> ${mb(after.rss)}`,
    ].join('\n'));

    expect(played).toBeGreaterThan(SESSIONS * 20);
    for (const [i, c] of classes.entries()) {
      for (const f of [c.trainer, ...c.people]) {
        expect(f.errors).toEqual([]);
        expect(f.connects).toBe(1);
        expect(f.syncs).toBe(0);
        expect(f.seq).toBe(finals[i]);
      }
      c.people.forEach((p, k) => expect(p.applied).toEqual(Array.from({ length: finals[i]! - c.start[k]! }, (_, j) => c.start[k]! + j + 1)));
    }
    expect(everyone.every((f) => f.connected)).toBe(true);
    expect(after.errors).toEqual([]);
    expect(after.warnings).toEqual([]);
    expect(perInput).toBeLessThan(MAX_BYTES_PER_INPUT);
    expect(after.rss - before.rss).toBeLessThan(MAX_RSS_GROWTH);
  });
});
