import { afterEach, describe, expect, it, vi } from 'vitest';
import { Catalog } from '../../server/catalog.ts';
import { AppError } from '../../server/errors.ts';
import { memoryLogger } from '../../server/log.ts';
import type { Participant, TrainerCommand, VoteView } from '../../server/protocol.ts';
import { SessionService } from '../../server/sessions/service.ts';
import { BLOCKING, CONSENT, Cleanup, LIBRARY, testStore } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(async () => {
  vi.useRealTimers();
  await cleanup.run();
});

const MLAT = { type: 'CHOOSE_MLAT' } as const;
const ROGATORY = { type: 'CHOOSE_ROGATORY' } as const;
const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();

/**
 * A running class on the session service itself, its clock in the test's hands: a vote's countdown
 * is a timer, and a timer that falls due while the trainer's commands are still queued is the case
 * these tests are about. Every vote broadcast is kept, as a screen would see it.
 */
async function classroom(scenario = CONSENT, names = ['Ana', 'Bo']) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: T0 });
  const log = memoryLogger();
  const store = await testStore(cleanup);
  const sessions = new SessionService({ store, log, tickMs: 20 });
  cleanup.add(() => sessions.close());
  const created = await sessions.create(Catalog.fromFolder(LIBRARY, memoryLogger()).get(scenario)!);
  const session = await sessions.get(created.id);
  const votes: VoteView[] = [];
  sessions.on('vote', (b) => votes.push(b.vote));
  const people: Participant[] = [];
  for (const name of names) people.push((await sessions.join(created.id, name)).participant);
  const command = (c: TrainerCommand) => sessions.command(session, c);
  await command({ type: 'start' });
  const ballot = (voteId: string, person: number, option: number, explanation?: string) => sessions.castBallot(session, people[person]!, voteId, option, explanation);
  // Whatever a timer queued behind the commands has run.
  const settled = () => session.exclusive(async () => undefined);
  const shown = async () => (await sessions.describe(created.id, true)).vote;
  const errors = () => log.lines.filter((l) => l.level === 'error');
  return { sessions, store, session, log, votes, command, ballot, settled, shown, errors, id: created.id };
}

describe('a timed vote\'s countdown, as the trainer acts around it', () => {
  it('closes on its deadline by itself, and the log says so', async () => {
    const c = await classroom();
    const vote = (await c.command({ type: 'openVote', options: [MLAT, ROGATORY], seconds: 10 })).vote!;
    expect(vote.closesAt).toBe(at(10_000));
    await c.ballot(vote.id, 0, 1);
    await vi.advanceTimersByTimeAsync(9_999);
    expect((await c.shown())!.open).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    await c.settled();
    expect(await c.shown()).toMatchObject({ id: vote.id, open: false, result: { winner: 1, applied: true, seq: 1, message: 'CHOOSE_ROGATORY won the vote and was applied.' } });
    expect(c.log.lines).toContainEqual({ level: 'info', message: `vote ${vote.id} closed by the vote`, details: { session: c.id, result: 'CHOOSE_ROGATORY won the vote and was applied.' } });
    expect(c.errors()).toEqual([]);
  });

  it('closed by the trainer and another opened just as its time ran out, leaves the new vote open', async () => {
    const c = await classroom();
    const first = (await c.command({ type: 'openVote', options: [MLAT, ROGATORY], seconds: 10 })).vote!;
    await vi.advanceTimersByTimeAsync(9_000);
    // Both commands are queued when the countdown ends: the timer's close waits behind them.
    const closing = c.command({ type: 'closeVote' });
    const opening = c.command({ type: 'openVote', options: [MLAT, ROGATORY] });
    vi.advanceTimersByTime(1_000);
    await closing;
    const second = (await opening).vote!;
    await c.settled();
    expect(await c.shown()).toMatchObject({ id: second.id, open: true, result: null });
    expect(c.log.lines.filter((l) => /^vote .* closed by/.test(l.message)).map((l) => l.message)).toEqual([`vote ${first.id} closed by the trainer`]);
    expect(c.errors()).toEqual([]);
  });

  it('closed by the trainer just as its time ran out, is closed once, with nothing failing', async () => {
    const c = await classroom();
    const vote = (await c.command({ type: 'openVote', options: [MLAT, ROGATORY], seconds: 10 })).vote!;
    await vi.advanceTimersByTimeAsync(9_000);
    const closing = c.command({ type: 'closeVote' });
    vi.advanceTimersByTime(1_000);
    await closing;
    await c.settled();
    expect(await c.shown()).toMatchObject({ id: vote.id, open: false, result: { message: 'Nobody voted: nothing was applied.' } });
    expect(c.errors()).toEqual([]);
  });

  it('paused just as its time ran out, stays open and held', async () => {
    const c = await classroom();
    const vote = (await c.command({ type: 'openVote', options: [MLAT, ROGATORY], seconds: 10 })).vote!;
    await vi.advanceTimersByTimeAsync(9_000);
    const pausing = c.command({ type: 'pause' });
    vi.advanceTimersByTime(1_000);
    await pausing;
    await c.settled();
    expect(await c.shown()).toMatchObject({ id: vote.id, open: true, closesAt: null, secondsLeft: 0 });
  });

  it('paused, goes on after the resume for the time it had left: its first deadline passes with it still open', async () => {
    const c = await classroom();
    const vote = (await c.command({ type: 'openVote', options: [MLAT, ROGATORY], seconds: 10 })).vote!;
    await c.ballot(vote.id, 0, 0);
    await vi.advanceTimersByTimeAsync(4_000);
    expect((await c.command({ type: 'pause' })).vote).toMatchObject({ open: true, closesAt: null, secondsLeft: 6 });
    await vi.advanceTimersByTimeAsync(3_000);
    // Resumed at 7 s with 6 s left: the new deadline, as every screen shows it, is 13 s.
    expect((await c.command({ type: 'start' })).vote).toMatchObject({ open: true, closesAt: at(13_000), secondsLeft: null });
    expect(c.votes.at(-1)).toMatchObject({ id: vote.id, closesAt: at(13_000) });
    await vi.advanceTimersByTimeAsync(5_500);
    await c.settled();
    expect((await c.shown())!.open).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    await c.settled();
    expect(await c.shown()).toMatchObject({ id: vote.id, open: false, result: { winner: 0, applied: true } });
  });

  it('of a vote the trainer closed early does not cut short the next vote\'s countdown after a pause', async () => {
    const c = await classroom();
    await c.command({ type: 'openVote', options: [MLAT, ROGATORY], seconds: 10 });
    await vi.advanceTimersByTimeAsync(1_000);
    await c.command({ type: 'closeVote' });
    const second = (await c.command({ type: 'openVote', options: [MLAT, ROGATORY], seconds: 20 })).vote!;
    expect(second.closesAt).toBe(at(21_000));
    await vi.advanceTimersByTimeAsync(11_000);
    await c.command({ type: 'pause' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await c.command({ type: 'start' })).vote).toMatchObject({ id: second.id, closesAt: at(22_000) });
    await vi.advanceTimersByTimeAsync(8_500);
    await c.settled();
    expect(await c.shown()).toMatchObject({ id: second.id, open: true });
    await vi.advanceTimersByTimeAsync(500);
    await c.settled();
    expect(await c.shown()).toMatchObject({ id: second.id, open: false });
  });

  it('that cannot close (the database refuses the write) says so in the log', async () => {
    const c = await classroom();
    const vote = (await c.command({ type: 'openVote', options: [MLAT, ROGATORY], seconds: 10 })).vote!;
    const write = c.store.closeVote.bind(c.store);
    c.store.closeVote = async () => {
      throw new Error('disk I/O error');
    };
    await vi.advanceTimersByTimeAsync(10_000);
    await c.settled().catch(() => undefined);
    c.store.closeVote = write;
    expect(c.errors()).toEqual([{ level: 'error', message: `closing vote ${vote.id} failed`, details: { error: 'Error: disk I/O error' } }]);
  });

  it('a timed tie put to the class again is timed again, for as long', async () => {
    const c = await classroom();
    const vote = (await c.command({ type: 'openVote', options: [MLAT, ROGATORY], seconds: 10, tie: 'revote' })).vote!;
    await c.ballot(vote.id, 0, 0);
    await c.ballot(vote.id, 1, 1);
    await vi.advanceTimersByTimeAsync(10_000);
    await c.settled();
    const again = await c.shown();
    expect(again).toMatchObject({ open: true, closesAt: at(20_000), tie: 'trainer' });
    expect(again!.id).not.toBe(vote.id);
  });
});

describe('what the trainer is told about a vote', () => {
  it('a close with no vote open, and a tie broken while the vote is still open, are refused, saying why', async () => {
    const c = await classroom();
    await expect(c.command({ type: 'closeVote' })).rejects.toMatchObject({ code: 'conflict', message: 'No vote is open.' });
    await c.command({ type: 'openVote', options: [MLAT, ROGATORY] });
    await expect(c.command({ type: 'breakTie', option: 0 })).rejects.toMatchObject({
      code: 'conflict', message: 'No tie waits for your pick: breakTie settles a vote closed with a tie under the rule "trainer".',
    });
  });

  it('a tie the trainer breaks: an option nobody tied for is refused with the tied ones listed, and the pick is logged', async () => {
    const c = await classroom(CONSENT, ['Ana', 'Bo', 'Cy']);
    const vote = (await c.command({ type: 'openVote', options: [MLAT, ROGATORY, { type: 'SEND_DIRECT' }] })).vote!;
    await c.ballot(vote.id, 0, 0);
    await c.ballot(vote.id, 1, 1);
    await c.command({ type: 'closeVote' });
    await expect(c.command({ type: 'breakTie', option: 2 })).rejects.toMatchObject({
      code: 'invalid', message: 'Option 2 was not among the tied options: pick one of 0 (CHOOSE_MLAT), 1 (CHOOSE_ROGATORY).',
    });
    await c.command({ type: 'breakTie', option: 1 });
    const picked = 'Tie between CHOOSE_MLAT and CHOOSE_ROGATORY: the trainer picked CHOOSE_ROGATORY, which was applied.';
    expect(c.log.lines).toContainEqual({ level: 'info', message: `tie of vote ${vote.id} broken by the trainer`, details: { session: c.id, result: picked } });
  });

  it('a tie put to the class again after the request has ended goes to the trainer, saying why', async () => {
    const c = await classroom(BLOCKING);
    await c.command({ type: 'step' });
    const vote = (await c.command({ type: 'openVote', options: [{ type: 'WITHDRAW' }, { type: 'REQUEST_PRESERVATION' }], tie: 'revote' })).vote!;
    await c.ballot(vote.id, 0, 0);
    await c.ballot(vote.id, 1, 1);
    // The treaty delivers on day 240 while the class votes.
    await c.command({ type: 'advance', to: 300 });
    const closed = (await c.command({ type: 'closeVote' })).vote!;
    expect(closed).toMatchObject({
      id: vote.id, open: false,
      result: {
        applied: false, awaiting: 'trainer', tied: [0, 1],
        message: 'Tie between WITHDRAW and REQUEST_PRESERVATION: the class votes again between them. WITHDRAW cannot be taken now, so it cannot be put to a vote. The request can take: none (the request has ended). The trainer picks instead.',
      },
    });
    expect(c.votes.at(-1)).toMatchObject({ id: vote.id, result: { awaiting: 'trainer' } });
  });

  it('a revote the database refuses to open fails the close, rather than passing the tie to the trainer', async () => {
    const c = await classroom();
    const vote = (await c.command({ type: 'openVote', options: [MLAT, ROGATORY], tie: 'revote' })).vote!;
    await c.ballot(vote.id, 0, 0);
    await c.ballot(vote.id, 1, 1);
    c.store.openVote = async () => {
      throw new AppError('internal', 'The database is full.');
    };
    await expect(c.command({ type: 'closeVote' })).rejects.toMatchObject({ code: 'internal', message: 'The database is full.' });
  });

  it('a winner the database refuses to record fails the close, rather than being called stale', async () => {
    const c = await classroom();
    const vote = (await c.command({ type: 'openVote', options: [MLAT, ROGATORY] })).vote!;
    await c.ballot(vote.id, 0, 1);
    // Once: a close that tried again would find the database writable.
    const write = c.store.closeVote.bind(c.store);
    c.store.closeVote = async () => {
      c.store.closeVote = write;
      throw new AppError('internal', 'The database is full.');
    };
    await expect(c.command({ type: 'closeVote' })).rejects.toMatchObject({ code: 'internal', message: 'The database is full.' });
    expect(await c.shown()).toMatchObject({ id: vote.id, open: true, result: null });
  });

  it('a reveal shows hidden counts once; of a vote never hidden it changes nothing and tells nobody', async () => {
    const c = await classroom();
    await c.command({ type: 'openVote', options: [MLAT, ROGATORY] });
    let told = c.votes.length;
    expect((await c.command({ type: 'reveal' })).vote).toMatchObject({ hideResults: false, revealed: false });
    expect(c.votes.length).toBe(told);
    await c.command({ type: 'closeVote' });
    await c.command({ type: 'openVote', options: [MLAT, ROGATORY], hideResults: true });
    told = c.votes.length;
    expect((await c.command({ type: 'reveal' })).vote).toMatchObject({ hideResults: true, revealed: true });
    expect(c.votes.length).toBe(told + 1);
    await c.command({ type: 'reveal' });
    expect(c.votes.length).toBe(told + 1);
  });
});
