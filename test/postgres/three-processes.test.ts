import { afterEach, describe, expect, it } from 'vitest';
import { LiveSession, WireFailure } from '../../client/app/live.ts';
import type { CommandResult } from '../../server/protocol.ts';
import { CONSENT, Cleanup, api, testPlace, until } from '../server/helpers.ts';
import { sqlOnce } from './cluster.ts';
import { startNginx, startProcess } from './deployment.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** Tried again while the screen is reconnecting ("not sent": nothing was applied), for up to `ms`. */
async function persist<T>(act: () => Promise<T>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await act();
    } catch (error) {
      const retry = error instanceof WireFailure && (error.wire.code === 'unavailable' || error.wire.code === 'elsewhere');
      if (!retry || Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

interface Class {
  session: { id: string; joinCode: string; trainerToken: string };
  trainer: LiveSession;
  participants: LiveSession[];
  /** The seq of every input a command of the trainer's was acknowledged with. */
  acknowledged: number[];
  voteId: string;
}

describe('three server processes behind nginx (docs/deploy/nginx.conf)', () => {
  it('carries every class through the SIGKILL of a process: its sessions go on elsewhere within 5 s, every screen resyncs, no acknowledged input lost or doubled, ballots kept', async () => {
    const p = testPlace(cleanup);
    if (!('databaseUrl' in p)) throw new Error('test/postgres runs in the postgres project only');
    const database = { url: p.databaseUrl, schema: p.schema! };
    const processes = await Promise.all(['p1', 'p2', 'p3'].map((name) => startProcess(cleanup, database, name)));
    const nginx = await startNginx(processes);
    cleanup.add(() => nginx.stop());
    const url = nginx.url;

    const classes: Class[] = [];
    for (let c = 0; c < 4; c++) {
      const session = (await api(url, 'POST', '/api/sessions', { scenario: CONSENT })).body;
      // The trainer's link is the address the trainer used, the proxy's port included.
      expect(session.trainerUrl).toBe(`${url}/#/session/${session.id}/${session.trainerToken}`);
      const trainer = new LiveSession({ sessionId: session.id, trainerToken: session.trainerToken }, {}, url);
      cleanup.add(() => trainer.close());
      await until('the trainer screen has the session', () => trainer.snapshot !== null, 10_000);
      const participants: LiveSession[] = [];
      for (let i = 0; i < 4; i++) {
        const participant = new LiveSession({}, {}, url);
        cleanup.add(() => participant.close());
        await participant.join(session.joinCode, `Class ${c} trainee ${i}`);
        participants.push(participant);
      }
      classes.push({ session, trainer, participants, acknowledged: [], voteId: '' });
    }
    const record = (k: Class, result: CommandResult) => (k.acknowledged.push(result.seq), result);
    for (const k of classes) {
      await k.trainer.command({ type: 'start' });
      record(k, await k.trainer.command({ type: 'advance', to: 2 }));
      record(k, await k.trainer.command({ type: 'advance', to: 3 }));
      k.voteId = (await k.trainer.command({ type: 'openVote', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }] })).vote!.id;
      await k.participants[0]!.vote(k.voteId, 1);
      await k.participants[1]!.vote(k.voteId, 0);
    }

    // Every screen of a session is on the process that serves it.
    const owners = await sqlOnce<{ session_id: string; process: string }>(database.url, `SELECT session_id, process FROM ${database.schema}.session_owners`);
    const ownerOf = new Map(owners.map((o) => [o.session_id, o.process]));
    expect(classes.every((k) => ownerOf.has(k.session.id))).toBe(true);
    const victim = processes.find((proc) => proc.name === ownerOf.get(classes[0]!.session.id))!;
    const hit = classes.filter((k) => ownerOf.get(k.session.id) === victim.name);

    // One more class, on the same process, runs a timed vote: its clock is the owner's alone, and
    // whoever takes the session over closes the vote on time, once.
    const timed = (await api(url, 'POST', '/api/sessions', { scenario: CONSENT })).body;
    expect((await api(victim.url, 'GET', `/api/sessions/${timed.id}`)).status).toBe(200);
    const timedTrainer = new LiveSession({ sessionId: timed.id, trainerToken: timed.trainerToken }, {}, url);
    cleanup.add(() => timedTrainer.close());
    const voter = new LiveSession({}, {}, url);
    cleanup.add(() => voter.close());
    await voter.join(timed.joinCode, 'Timed trainee');
    await until('the timed class\'s trainer screen has the session', () => timedTrainer.snapshot !== null, 10_000);
    await timedTrainer.command({ type: 'start' });
    const timedVote = (await timedTrainer.command({ type: 'openVote', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }], seconds: 4 })).vote!;
    await voter.vote(timedVote.id, 0);

    // A command of every trainer's is on its way when the process dies: the screen sends it again,
    // with its key, wherever its session went; it is applied once either way.
    expect(timedTrainer.snapshot?.vote?.open).toBe(true);
    const inFlight = classes.map((k) => k.trainer.command({ type: 'advance', to: 4 }));
    victim.child.kill('SIGKILL');
    const killedAt = Date.now();
    // The class goes on: the other trainees' ballots are taken, by whichever process took the session over.
    await Promise.all(classes.map(async (k) => {
      await persist(() => k.participants[2]!.vote(k.voteId, 1));
      await persist(() => k.participants[3]!.vote(k.voteId, 1));
    }));
    for (const [i, k] of classes.entries()) record(k, await inFlight[i]!);
    const resumedMs = Date.now() - killedAt;
    expect(resumedMs).toBeLessThan(5000);
    const after = new Map((await sqlOnce<{ session_id: string; process: string }>(database.url, `SELECT session_id, process FROM ${database.schema}.session_owners`)).map((o) => [o.session_id, o.process]));
    for (const k of hit) expect(after.get(k.session.id)).not.toBe(victim.name);

    // Every screen catches up: the four ballots, two before the kill and two after.
    for (const k of classes) {
      for (const screen of [k.trainer, ...k.participants]) {
        await until('every screen shows the four ballots', () => screen.state.connected && screen.snapshot?.vote?.ballots === 4, 10_000);
      }
      const closed = record(k, await persist(() => k.trainer.command({ type: 'closeVote' })));
      expect(closed.vote?.counts).toEqual([1, 3]);
      expect(closed.vote?.result).toMatchObject({ winner: 1, applied: true });
      for (const screen of [k.trainer, ...k.participants]) await until('every screen reaches the close', () => screen.snapshot?.seq === closed.seq, 10_000);
      // The log holds each acknowledged input once, and nothing else.
      const log = (await api(url, 'GET', `/api/sessions/${k.session.id}/log`, undefined, k.session.trainerToken)).body;
      expect(log.inputs.map((i: { seq: number }) => i.seq)).toEqual(k.acknowledged);
      expect(k.acknowledged).toEqual([1, 2, 3, 4]);
    }
    expect(hit.length).toBeGreaterThan(0);

    // The timed vote closed by itself on the process that took its session over, with its ballot.
    await until('the timed vote closes on its own', () => timedTrainer.snapshot?.vote?.open === false, 10_000);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(timedVote.closesAt!));
    expect(timedTrainer.snapshot?.vote).toMatchObject({ counts: [1, 0], result: { winner: 0, applied: true, seq: 1 } });
    await until('the trainee sees it close', () => voter.snapshot?.seq === 1, 5000);
    const timedLog = (await api(url, 'GET', `/api/sessions/${timed.id}/log`, undefined, timed.trainerToken)).body;
    expect(timedLog.inputs.map((i: { seq: number; actor: string }) => [i.seq, i.actor])).toEqual([[1, 'vote']]);
  }, 120_000);
});
