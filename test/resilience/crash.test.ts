import { afterEach, describe, expect, it } from 'vitest';
import type { Ack, InputRecord, TrainerCommand } from '../../server/protocol.ts';
import { CONSENT, Cleanup, LIBRARY, api, tempDataDir, until } from '../server/helpers.ts';
import { Follower } from './follower.ts';
import { freePort, sleep, startMain } from './processes.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const PARTICIPANTS = 100;
const WITHDRAW = 0;
const EXTEND = 1;

/** What a client sent and what came back, to judge the log against after the crash. */
interface Sent<T> {
  payload: T;
  acked: boolean;
}

describe('the server process killed with SIGKILL in the middle of a class, then started again', () => {
  it('loses no acknowledged input or ballot, applies none twice, and every client resyncs on its own', async () => {
    const dataDir = tempDataDir(cleanup);
    const env = { PORT: String(await freePort()), DATA_DIR: dataDir, SCENARIOS_DIR: LIBRARY };
    const first = await startMain(cleanup, env);
    const url = first.url;

    const s = (await api(url, 'POST', '/api/sessions', { scenario: CONSENT })).body;
    const trainer = new Follower(url, cleanup, { auth: { sessionId: s.id, trainerToken: s.trainerToken } });
    await trainer.ready();
    const people = Array.from({ length: PARTICIPANTS }, () => new Follower(url, cleanup));
    await Promise.all(people.map((p, i) => p.join(s.joinCode, `Trainee ${i + 1}`)));
    const command = async (c: TrainerCommand) => {
      const answer = (await trainer.ask('command', c)) as Ack<{ result: { seq: number; vote: { id: string } | null } }>;
      if (!answer.ok) throw new Error(`${c.type}: ${answer.error.message}`);
      return answer.result;
    };
    await command({ type: 'start' });
    await command({ type: 'event', event: { type: 'CHOOSE_MLAT' } });
    const voteId = (await command({ type: 'openVote', options: [{ type: 'WITHDRAW' }, { type: 'EXTEND_PRESERVATION' }] })).vote!.id;

    // Two streams under way: the trainer lets time pass, a tenth of a day a command (at most 20 days,
    // well inside the preservation the vote may extend); ballots come in.
    const commands: (Sent<TrainerCommand> & { seq?: number })[] = [];
    const ballots = new Map<number, Sent<number>>();
    let killed = false;
    let day = 1;
    const advance = async () => {
      const sent: (typeof commands)[number] = { payload: { type: 'advance', to: Math.round((day += 0.1) * 10) / 10 }, acked: false };
      commands.push(sent);
      const answer = (await trainer.ask('command', sent.payload).catch(() => null)) as Ack<{ result: { seq: number } }> | null;
      if (answer?.ok) Object.assign(sent, { acked: true, seq: answer.result.seq });
    };
    const vote = async (i: number) => {
      // A fifth vote to withdraw, the rest to extend: the request goes on after the vote.
      const sent: Sent<number> = { payload: i % 5 === 0 ? WITHDRAW : EXTEND, acked: false };
      ballots.set(i, sent);
      const answer = await people[i]!.ask('vote', { voteId, option: sent.payload }).catch(() => null);
      if (answer?.ok) sent.acked = true;
    };
    const trainerLoop = (async () => {
      for (let i = 0; i < 200 && !killed; i++) await advance();
    })();
    // Half the class votes and is answered while commands keep coming...
    await Promise.all(Array.from({ length: 50 }, (_, i) => sleep(i * 10).then(() => vote(i))));
    await until('ten commands acknowledged', () => commands.filter((c) => c.acked).length >= 10, 10_000);
    // ...then thirty ballots go out at once, and the server dies under them.
    const burst = Array.from({ length: 30 }, (_, i) => vote(50 + i));
    await sleep(2);
    first.child.kill('SIGKILL');
    killed = true;
    expect(await first.exited()).toBe(null);
    await Promise.all([...burst, trainerLoop]);

    const ackedBallots = [...ballots.values()].filter((b) => b.acked).length;
    const ackedCommands = commands.filter((c) => c.acked);
    console.log(`crash: killed with ${ackedCommands.length}/${commands.length} commands and ${ackedBallots}/${ballots.size} ballots acknowledged`);
    expect(ackedCommands.length).toBeGreaterThanOrEqual(10);

    // The same port and DATA_DIR: every client comes back by itself, with the pass it holds.
    const second = await startMain(cleanup, env);
    const restarted = performance.now();
    const session = async () => (await api(second.url, 'GET', `/api/sessions/${s.id}`)).body;
    const seq = (await session()).seq as number;
    const everyone = [trainer, ...people];
    await until('every client is back at the server\'s seq', () => everyone.every((c) => c.connected && c.connects >= 2 && c.snapshots >= 2 && c.seq === seq), 20_000);
    console.log(`crash: all ${everyone.length} clients back at seq ${seq} ${(performance.now() - restarted).toFixed(0)} ms after the new server listened`);

    // Every acknowledged command is in the log at the seq it was acknowledged with; nothing is there twice.
    const log = (await api(second.url, 'GET', `/api/sessions/${s.id}/log`)).body.inputs as InputRecord[];
    expect(log.map((r) => r.seq)).toEqual(Array.from({ length: seq }, (_, i) => i + 1));
    for (const c of ackedCommands) expect(log[c.seq! - 1]!.input).toEqual({ kind: 'advance', to: (c.payload as { to: number }).to });
    const advances = log.filter((r) => r.input.kind === 'advance').map((r) => (r.input as { to: number }).to);
    expect(new Set(advances).size).toBe(advances.length);
    const sentDays = commands.map((c) => (c.payload as { to: number }).to);
    expect(advances).toEqual(sentDays.slice(0, advances.length));

    // Every acknowledged ballot is counted; none more than was sent.
    const open = (await session()).vote;
    expect(open).toMatchObject({ id: voteId, open: true });
    for (const option of [WITHDRAW, EXTEND]) {
      const of = [...ballots.values()].filter((b) => b.payload === option);
      expect(open.counts[option]).toBeGreaterThanOrEqual(of.filter((b) => b.acked).length);
      expect(open.counts[option]).toBeLessThanOrEqual(of.length);
    }

    // No client applied anything twice or saw the server go back.
    for (const c of everyone) {
      expect(c.errors).toEqual([]);
      expect(new Set(c.applied).size).toBe(c.applied.length);
      expect(c.applied).toEqual([...c.applied].sort((a, b) => a - b));
    }

    // The class carries on: whoever's ballot was lost votes again, the rest of the class too.
    await Promise.all(people.map((_, i) => (ballots.get(i)?.acked ? undefined : vote(i))));
    expect([...ballots.values()].every((b) => b.acked)).toBe(true);
    const closed = await command({ type: 'closeVote' });
    expect(closed.seq).toBe(seq + 1);
    await until('everyone has the vote\'s input', () => everyone.every((c) => c.seq === seq + 1), 10_000);
    const after = await session();
    expect(after.vote).toMatchObject({ id: voteId, open: false, ballots: PARTICIPANTS, counts: [20, 80], result: { applied: true, seq: seq + 1 } });
    for (const c of everyone) expect(c.state).toEqual(after.state);
  // Two server starts, each loading the shipped library beside the fixtures (issue 16), and 100 clients: a minute on a busy machine.
  }, 60_000);
});
