import fc from 'fast-check';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { Cleanup, client, testServer, until, type Client } from '../server/helpers.ts';
import { twoSessions } from './classroom.ts';
import { badBallot, badCommand, badHandshake, badJoin, draw, junk, strangerCode, strangerId } from './malformed.ts';
import { OPEN_LIMITS, tally } from './refusals.ts';
import { refusedCommands } from './refused.ts';
import { deepArray, deepObject, rawEmit } from './wire.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const BATCH = 100;
type Answer = { ok: boolean } | null;

/** Emit each payload with an acknowledgement, `BATCH` at a time; the answer is null when none came. */
async function emitAll(socket: Client, event: string, payloads: unknown[], record: (payload: unknown, answer: Answer) => void): Promise<void> {
  const emit = socket.timeout(5000) as unknown as { emitWithAck(event: string, payload: unknown): Promise<Answer> };
  for (let from = 0; from < payloads.length; from += BATCH) {
    await Promise.all(payloads.slice(from, from + BATCH).map(async (p) => record(p, await emit.emitWithAck(event, p).catch(() => null))));
  }
}

const show = (value: unknown) => (JSON.stringify(value) ?? String(value)).slice(0, 120);

describe('malformed socket payloads and handshakes', () => {
  it('refuses each one, keeps every connection it need not drop, and changes nothing in any session', async () => {
    const { server, log } = await testServer(cleanup, { limits: OPEN_LIMITS });
    const world = await twoSessions(cleanup, server);
    const { a, b, voteId } = world;
    const trainer = await client(cleanup, server.url, { sessionId: a.id, trainerToken: a.trainerToken });
    const participant = await client(cleanup, server.url, { participantToken: world.participantToken });
    const stranger = await client(cleanup, server.url);
    const outcome = tally();
    const refused = (what: string) => (payload: unknown, answer: Answer) => outcome.record(what, answer?.ok === false, `${show(payload)} -> ${show(answer)}`);
    const started = performance.now();

    // The trainer's socket: malformed commands, and well-formed ones the state refuses.
    await emitAll(trainer, 'command', draw(badCommand, 2000), refused('trainer: malformed command'));
    await emitAll(trainer, 'command', draw(refusedCommands(world.allowedInA, world.seqA, world.dayA), 400), refused('trainer: command refused in this state'));

    // The owner's links: malformed requests, and a participant asking for them.
    await emitAll(trainer, 'links', draw(junk, 300), refused('trainer: malformed links'));
    await emitAll(participant, 'links', [{ action: 'create', role: 'trainer' }, { action: 'list' }, ...draw(junk, 48)], refused('participant: links'));

    // A participant's socket: malformed ballots, ballots for a vote that is not open or an option it lacks, trainer commands.
    await emitAll(participant, 'vote', draw(badBallot, 1200), refused('participant: malformed ballot'));
    const wrongBallot = fc.oneof(
      fc.record({ voteId: strangerId.filter((id) => id !== voteId && id.length <= 64), option: fc.integer({ min: 0, max: 9 }) }),
      fc.record({ voteId: fc.constant(voteId), option: fc.integer({ min: 2, max: 9 }) }),
    );
    await emitAll(participant, 'vote', draw(wrongBallot, 300), refused('participant: ballot for no open vote or option'));
    await emitAll(participant, 'command', draw(fc.oneof(junk, fc.constant({ type: 'step' }), fc.constant({ type: 'reset' })), 200), refused('participant: trainer command'));

    // A socket that has joined nothing: malformed joins, codes no session has, ballots, syncs.
    const codes = new Set([a.joinCode, b.joinCode]);
    await emitAll(stranger, 'join', draw(badJoin, 1000), refused('stranger: malformed join'));
    await emitAll(stranger, 'join', draw(strangerCode.filter((c) => !codes.has(c)), 300).map((code) => ({ code, name: 'Mallory' })), refused('stranger: unknown join code'));
    await emitAll(stranger, 'vote', [{ voteId, option: 0 }, ...draw(junk, 99)], refused('stranger: ballot'));
    for (let i = 0; i < 100; i++) refused('stranger: sync')(null, await stranger.timeout(5000).emitWithAck('sync').catch(() => null));

    // Under the client's encoder: nesting deeper than JSON.stringify writes, and events nobody handles.
    for (const [i, depth] of [2_000, 8_000, 20_000, 45_000].entries()) {
      for (const [event, socket] of [['command', trainer], ['vote', participant], ['join', stranger]] as const) {
        for (const deep of [deepArray(depth), deepObject(Math.floor(depth / 3))]) {
          const answer = await rawEmit(socket, `["${event}",${deep}]`);
          outcome.record('wire: nested too deep to stringify', answer !== null && JSON.parse(answer)[0].ok === false, `${event} at depth ${depth} (${i}) -> ${answer?.slice(0, 100)}`);
        }
      }
    }
    // Events nobody handles: the server must ignore them (no answer ever comes) and keep the connection.
    const unknown = draw(fc.tuple(fc.string({ minLength: 1, maxLength: 30 }).filter((e) => !['command', 'vote', 'join', 'sync', 'links'].includes(e)), junk), 300);
    const answers = await Promise.all(unknown.map(([event, payload]) => rawEmit(stranger, JSON.stringify([event, payload]), 500)));
    answers.forEach((answer, i) => outcome.record('wire: unknown event', answer === null && stranger.connected, `${unknown[i]![0]} -> ${answer}`));

    // Handshakes with a forged pass or malformed auth: refused before any event is read.
    for (const auth of draw(badHandshake(a.id), 300)) {
      const socket = io(server.url, { transports: ['websocket'], auth: auth as object, forceNew: true, reconnection: false, timeout: 5000 });
      const answer = await new Promise<string>((resolve) => {
        socket.once('connect', () => resolve('connected'));
        socket.once('connect_error', (error) => resolve((error as Error & { data?: { code?: string } }).data?.code ?? `error: ${error.message}`));
      });
      socket.disconnect();
      outcome.record('handshake: forged or malformed', ['unauthorized', 'invalid', 'not-found'].includes(answer), `${show(auth)} -> ${answer}`);
    }

    // A message over the size limit: the server drops that connection, and only that one.
    for (let i = 0; i < 5; i++) {
      const big = await client(cleanup, server.url);
      big.emit('join', { code: 'ABCD', name: 'x'.repeat(150_000) }, () => undefined);
      const dropped = await until('the oversized message closes the connection', () => !big.connected, 5000).then(() => true, () => false);
      outcome.record('wire: message over the size limit', dropped, 'still connected');
      big.disconnect();
    }

    const total = outcome.count();
    console.log(outcome.summary(`socket: ${total} malformed payloads and handshakes in ${((performance.now() - started) / 1000).toFixed(1)} s`));
    expect(total).toBeGreaterThanOrEqual(5000);
    expect(outcome.failures()).toEqual([]);
    // The sockets that sent all this are still connected and still answered.
    expect([trainer, participant, stranger].every((s) => s.connected)).toBe(true);
    expect((await trainer.timeout(5000).emitWithAck('sync')).ok).toBe(true);
    expect(log.lines.filter((l) => l.level === 'error')).toEqual([]);
    expect(await world.state()).toEqual(world.before);
  });
});
