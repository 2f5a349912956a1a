import { afterEach, describe, expect, it } from 'vitest';
import type { Ack, CommandPayload, CommandResult, InputRecord } from '../../server/protocol.ts';
import { CONSENT, Cleanup, LIBRARY, api, tempDataDir, until } from '../server/helpers.ts';
import { Follower } from './follower.ts';
import { freePort, startMain } from './processes.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** Commands in flight at once on the trainer's socket: enough that some are written but not yet answered when the server dies. */
const IN_FLIGHT = 8;
const COMMANDS = 190;

interface Sent {
  payload: { type: 'advance'; to: number; idempotencyKey: string };
  emitted: boolean;
  /** The first answer, when one came back before the crash. */
  answer: CommandResult | null;
  retried: CommandResult | null;
}

describe('a trainer whose commands carry idempotency keys, the server killed with SIGKILL mid-stream', () => {
  it('loses or doubles no acknowledged input, and applies every retried command exactly once', async () => {
    const env = { PORT: String(await freePort()), DATA_DIR: tempDataDir(cleanup), SCENARIOS_DIR: LIBRARY };
    const first = await startMain(cleanup, env);
    const s = (await api(first.url, 'POST', '/api/sessions', { scenario: CONSENT })).body;
    // A client that reconnects as the trainer by itself, as the browser's does.
    const trainer = new Follower(first.url, cleanup, { auth: { sessionId: s.id, trainerToken: s.trainerToken } });
    await trainer.ready();
    const send = async (payload: CommandPayload, ms = 5000) => (await trainer.ask('command', payload, ms)) as Ack<{ result: CommandResult }>;
    expect(await send({ type: 'event', event: { type: 'CHOOSE_MLAT' } })).toMatchObject({ ok: true });

    // A tenth of a day a command, each with its own key (at most 20 days: well inside the preservation).
    const sent: Sent[] = Array.from({ length: COMMANDS }, (_, i) => ({
      payload: { type: 'advance', to: Math.round((1 + (i + 1) / 10) * 10) / 10, idempotencyKey: `retry-test-${i}` },
      emitted: false, answer: null, retried: null,
    }));
    let next = 0;
    let killed = false;
    const lane = async () => {
      while (!killed && next < sent.length) {
        const c = sent[next++]!;
        c.emitted = true;
        const answer = await send(c.payload, 3000).catch(() => null);
        if (answer?.ok) c.answer = answer.result;
      }
    };
    const lanes = Array.from({ length: IN_FLIGHT }, lane);
    await until('30 commands acknowledged', () => sent.filter((c) => c.answer).length >= 30, 10_000);
    first.child.kill('SIGKILL');
    killed = true;
    expect(await first.exited()).toBe(null);
    await Promise.all(lanes);

    const emitted = sent.filter((c) => c.emitted);
    const unanswered = emitted.filter((c) => !c.answer);
    expect(unanswered.length).toBeGreaterThan(0);

    // The same port and DATA_DIR; the trainer's socket comes back by itself and retries, in order,
    // every command it had no answer for, each with the key it was first sent with.
    const second = await startMain(cleanup, env);
    await until('the trainer is connected again', () => trainer.connected, 20_000);
    const seqAtRestart = (await api(second.url, 'GET', `/api/sessions/${s.id}`)).body.seq as number;
    for (const c of unanswered) {
      const answer = await send(c.payload);
      if (!answer.ok) throw new Error(`retry of ${c.payload.idempotencyKey} refused: ${answer.error.message}`);
      c.retried = answer.result;
    }
    const alreadyApplied = unanswered.filter((c) => c.retried!.seq <= seqAtRestart).length;
    console.log(
      `retry: killed with ${emitted.length - unanswered.length}/${emitted.length} commands answered; of the ${unanswered.length} retried, ` +
        `${alreadyApplied} had been applied before the crash (answer lost) and ${unanswered.length - alreadyApplied} were applied on retry`,
    );

    // Every command sent is in the log exactly once, in the order sent, at the seq its answer gave.
    const log = (await api(second.url, 'GET', `/api/sessions/${s.id}/log`)).body.inputs as InputRecord[];
    expect(log.map((r) => r.seq)).toEqual(log.map((_, i) => i + 1));
    const days = log.filter((r) => r.input.kind === 'advance').map((r) => (r.input as { to: number }).to);
    expect(days).toEqual(emitted.map((c) => c.payload.to));
    for (const c of emitted) {
      const seq = (c.answer ?? c.retried)!.seq;
      expect(log[seq - 1]!.input).toEqual({ kind: 'advance', to: c.payload.to });
    }

    // A second retry of the same command is answered the same way, and applies nothing.
    const last = unanswered.at(-1)!;
    const again = await send(last.payload);
    expect(again).toEqual({ ok: true, result: last.retried });
    expect((await api(second.url, 'GET', `/api/sessions/${s.id}`)).body.seq).toBe(log.length);
  });
});
