import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/limiter.ts';
import type { InputBroadcast, Snapshot, StatusBroadcast, VoteBroadcast } from '../../server/protocol.ts';
import { BLOCKING, CONSENT, Cleanup, api, client, next, rosterOf, testServer, until, command } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** A server, a session on `scenario`, and its trainer connected with the token. */
async function classroom(scenario = BLOCKING, options: Parameters<typeof testServer>[1] = {}) {
  const { server, log } = await testServer(cleanup, options);
  const created = await api(server.url, 'POST', '/api/sessions', { scenario });
  expect(created.status).toBe(201);
  const { id, joinCode, trainerToken } = created.body as { id: string; joinCode: string; trainerToken: string };
  const trainer = await client(cleanup, server.url, { sessionId: id, trainerToken });
  expect(await trainer.snapshot).toMatchObject({ sessionId: id, seq: 0, role: 'trainer', joinCode, status: 'ready', vote: null });
  return { server, log, id, joinCode, trainerToken, trainer };
}

/** A participant who joined with the code, and everything they received since. */
async function participant(url: string, joinCode: string, name: string) {
  const socket = await client(cleanup, url);
  const inputs: InputBroadcast[] = [];
  const votes: VoteBroadcast[] = [];
  const statuses: StatusBroadcast[] = [];
  socket.on('input', (b) => inputs.push(b));
  socket.on('vote', (b) => votes.push(b));
  socket.on('status', (b) => statuses.push(b));
  const answer = await socket.timeout(5000).emitWithAck('join', { code: joinCode, name });
  if (!answer.ok) throw new Error(`join refused: ${answer.error.message}`);
  return { socket, inputs, votes, statuses, you: answer.participant, snapshot: answer.snapshot };
}

describe('a live session', () => {
  it('streams every transition, in order and without gaps, to the trainer and 21 participants', async () => {
    const { server, id, joinCode, trainer, trainerToken } = await classroom();
    const trainerInputs: InputBroadcast[] = [];
    trainer.on('input', (b) => trainerInputs.push(b));
    const roster = rosterOf(trainer);

    const people = await Promise.all(Array.from({ length: 21 }, (_, i) => participant(server.url, joinCode, `Trainee ${i + 1}`)));
    expect(new Set(people.map((p) => p.you.id)).size).toBe(21);
    for (const p of people) expect(p.snapshot).toMatchObject({ sessionId: id, seq: 0, role: 'participant', joinCode: null, state: { state: 'intake' } });
    await until('the trainer sees 21 participants connected', () => roster.list.filter((p) => p.connected).length === 21);
    expect(roster.broadcasts.at(-1)!.counts).toEqual({ listed: 21, online: 21, pending: 0 });

    await command(trainer, { type: 'start' });
    await command(trainer, { type: 'event', event: { type: 'SEND_DIRECT' } });
    // REST commands reach the room as well: they are the same commands.
    expect((await api(server.url, 'POST', `/api/sessions/${id}/commands`, { type: 'step' }, trainerToken)).status).toBe(200);
    let result = await command(trainer, { type: 'step' });
    while (!result.state.done) result = await command(trainer, { type: 'step' });
    const last = result.seq;
    expect(result.state.outcome).toBe('delivered');

    const everyone = [{ inputs: trainerInputs }, ...people];
    await until('every client has every input', () => everyone.every((c) => c.inputs.length === last));
    const expected = Array.from({ length: last }, (_, i) => i + 1);
    for (const c of everyone) {
      expect(c.inputs.map((b) => b.seq)).toEqual(expected);
      expect(c.inputs.at(-1)!.state.outcome).toBe('delivered');
    }
    // Each broadcast names the transitions its input produced: together, the whole story.
    expect(people[0]!.inputs.flatMap((b) => b.transitions)).toEqual(result.state.transitions);
    expect(people[0]!.inputs[0]!.transitions[0]).toMatchObject({ from: 'intake', to: 'direct.blocked', cites: ['AR-DATA-ACT-12'] });
    const session = await api(server.url, 'GET', `/api/sessions/${id}`);
    expect(session.body.state).toEqual(people[20]!.inputs.at(-1)!.state);
  });

  it('puts a choice to a vote, counts the ballots, and applies the winner as an input', async () => {
    const { server, id, joinCode, trainer } = await classroom(CONSENT);
    const people = await Promise.all(Array.from({ length: 6 }, (_, i) => participant(server.url, joinCode, `P${i}`)));
    await command(trainer, { type: 'start' });
    const options = [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }, { type: 'SEND_DIRECT' }] as const;
    const opened = await command(trainer, { type: 'openVote', options: [...options] });
    const voteId = opened.vote!.id;
    await until('everyone sees the vote', () => people.every((p) => p.votes.some((v) => v.vote.id === voteId && v.vote.open)));

    const ballots = [1, 1, 1, 0, 0, 2];
    for (const [i, p] of people.entries()) {
      const answer = await p.socket.timeout(5000).emitWithAck('vote', { voteId, option: ballots[i]! });
      expect(answer.ok).toBe(true);
    }
    // One participant changes their mind: the last ballot counts.
    await people[5]!.socket.timeout(5000).emitWithAck('vote', { voteId, option: 1 });
    await until('live counts reach everyone', () => people.every((p) => p.votes.at(-1)?.vote.ballots === 6));
    expect(people[0]!.votes.at(-1)!.vote.counts).toEqual([2, 4, 0]);

    const closed = await command(trainer, { type: 'closeVote' });
    expect(closed.seq).toBe(1);
    expect(closed.vote).toMatchObject({ open: false, counts: [2, 4, 0], result: { winner: 1, applied: true, seq: 1, event: { type: 'CHOOSE_ROGATORY' } } });
    expect(closed.state.attempts).toEqual(['rogatory']);
    await until('everyone sees the result', () => people.every((p) => p.inputs.length === 1 && p.votes.at(-1)?.vote.open === false));
    expect(people[3]!.inputs[0]!.record).toMatchObject({ seq: 1, actor: 'vote', voteId, input: { kind: 'event', event: { type: 'CHOOSE_ROGATORY' } } });

    const log = await api(server.url, 'GET', `/api/sessions/${id}/log`);
    expect(log.body.inputs).toEqual([people[3]!.inputs[0]!.record]);
    const debrief = await api(server.url, 'GET', `/api/sessions/${id}/debrief`);
    expect(debrief.body.decisions[0]).toMatchObject({ event: { type: 'CHOOSE_ROGATORY' }, by: 'vote', vote: { id: voteId, counts: [2, 4, 0], ballots: 6 } });
    expect(debrief.body.votes[0].options).toEqual([
      { event: { type: 'CHOOSE_MLAT' }, votes: 2 }, { event: { type: 'CHOOSE_ROGATORY' }, votes: 4 }, { event: { type: 'SEND_DIRECT' }, votes: 0 },
    ]);

    // A closed vote takes no more ballots.
    const late = await people[0]!.socket.timeout(5000).emitWithAck('vote', { voteId, option: 0 });
    expect(late).toMatchObject({ ok: false, error: { code: 'conflict', message: 'This vote is closed.' } });
  });

  it('with the tie rule "first", applies the option listed first and says it was a tie; closes on its own when the time is up', async () => {
    const { server, joinCode, trainer } = await classroom(CONSENT);
    const [a, b] = await Promise.all([participant(server.url, joinCode, 'A'), participant(server.url, joinCode, 'B')]);
    await command(trainer, { type: 'start' });
    const opened = await command(trainer, { type: 'openVote', options: [{ type: 'CHOOSE_ROGATORY' }, { type: 'CHOOSE_MLAT' }], seconds: 1, tie: 'first' });
    await a!.socket.timeout(5000).emitWithAck('vote', { voteId: opened.vote!.id, option: 1 });
    await b!.socket.timeout(5000).emitWithAck('vote', { voteId: opened.vote!.id, option: 0 });
    await until('the vote closes by itself', () => a!.votes.at(-1)?.vote.open === false, 4000);
    expect(a!.votes.at(-1)!.vote.result).toMatchObject({
      winner: 0, applied: true, event: { type: 'CHOOSE_ROGATORY' }, tied: [0, 1],
      message: 'Tie between CHOOSE_ROGATORY and CHOOSE_MLAT: CHOOSE_ROGATORY, listed first, was applied.',
    });
    await until('the winner is applied', () => a!.inputs.length === 1);
    expect(a!.inputs[0]!.state.attempts).toEqual(['rogatory']);
  });

  it('refuses options the request cannot take, and applies nothing when nobody voted', async () => {
    const { trainer } = await classroom(BLOCKING);
    const refused = await trainer.timeout(5000).emitWithAck('command', { type: 'openVote', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_AGREEMENT' }] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^CHOOSE_AGREEMENT cannot be taken now.*The request can take: SEND_DIRECT, CHOOSE_MLAT/) } });
    await command(trainer, { type: 'openVote', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }] });
    const again = await trainer.timeout(5000).emitWithAck('command', { type: 'openVote', options: [{ type: 'CHOOSE_MLAT' }, { type: 'WITHDRAW' }] });
    expect(again).toMatchObject({ ok: false, error: { message: 'A vote is already open: close it before opening another.' } });
    const closed = await command(trainer, { type: 'closeVote' });
    expect(closed).toMatchObject({ seq: 0, vote: { result: { winner: null, applied: false, message: 'Nobody voted: nothing was applied.' } } });
  });

  it('blocks participants\' votes while the session is paused', async () => {
    const { server, joinCode, trainer } = await classroom(CONSENT);
    const p = await participant(server.url, joinCode, 'Ada');
    const early = await command(trainer, { type: 'openVote', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }] });
    const notStarted = await p.socket.timeout(5000).emitWithAck('vote', { voteId: early.vote!.id, option: 0 });
    expect(notStarted).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/not started yet/) } });
    await command(trainer, { type: 'start' });
    await command(trainer, { type: 'pause' });
    await until('the participant sees the pause', () => p.statuses.at(-1)?.status === 'paused');
    const paused = await p.socket.timeout(5000).emitWithAck('vote', { voteId: early.vote!.id, option: 0 });
    expect(paused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/paused the session/) } });
    await command(trainer, { type: 'start' });
    expect(await p.socket.timeout(5000).emitWithAck('vote', { voteId: early.vote!.id, option: 0 })).toMatchObject({ ok: true, vote: { ballots: 1 } });
  });

  it('refuses a participant\'s forged trainer command, logs it, and goes on', async () => {
    const { server, id, joinCode, trainer, trainerToken, log } = await classroom();
    const p = await participant(server.url, joinCode, 'Mallory');
    const forged = await p.socket.timeout(5000).emitWithAck('command', { type: 'step' });
    expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/Only the trainer/) } });
    const garbage = await p.socket.timeout(5000).emitWithAck('command', 'rm -rf' as never);
    expect(garbage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(log.lines.filter((l) => l.level === 'warn' && /refused a trainer command/.test(l.message))).toHaveLength(2);
    expect((await api(server.url, 'GET', `/api/sessions/${id}`)).body.seq).toBe(0);

    // A wrong token does not even connect.
    await expect(client(cleanup, server.url, { sessionId: id, trainerToken: `${trainerToken}x` })).rejects.toThrow(/does not match/);

    const broadcast = next(p.socket, 'input');
    await command(trainer, { type: 'step' });
    expect((await broadcast).seq).toBe(1);
  });

  it('lets the trainer\'s presenter screen watch with the join code, but never command or count as a trainer', async () => {
    const { server, id, joinCode, trainer, trainerToken } = await classroom();
    const roster = rosterOf(trainer);
    const screen = await client(cleanup, server.url, { sessionId: id, trainerToken, as: 'observer' });
    expect(await screen.snapshot).toMatchObject({ role: 'observer', joinCode, you: null });
    const refused = await screen.timeout(5000).emitWithAck('command', { type: 'step' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // A participant joining after the screen makes the server announce who is there.
    await participant(server.url, joinCode, 'Ada');
    await until('the trainer sees Ada', () => roster.list.some((p) => p.name === 'Ada'));
    expect(roster.broadcasts.at(-1)!.trainers).toBe(1);
    const broadcast = next(screen, 'input');
    await command(trainer, { type: 'step' });
    expect((await broadcast).seq).toBe(1);
  });

  it('refuses malformed payloads with an explanation, and the session goes on', async () => {
    const { server, joinCode, trainer, log } = await classroom();
    const p = await participant(server.url, joinCode, 'Bob');
    const unknown = await trainer.timeout(5000).emitWithAck('command', { type: 'event', event: { type: 'NUKE' } } as never);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/^The command payload is not valid: event\.type/), issues: [expect.objectContaining({ path: 'event.type' })] } });
    const wrongType = await trainer.timeout(5000).emitWithAck('command', { type: 'play', speed: 'fast' } as never);
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'invalid', issues: [expect.objectContaining({ path: 'speed' })] } });
    const notAnObject = await trainer.timeout(5000).emitWithAck('command', 42 as never);
    expect(notAnObject).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const badBallot = await p.socket.timeout(5000).emitWithAck('vote', { voteId: 7, option: 'first' } as never);
    expect(badBallot).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const badJoin = await (await client(cleanup, server.url)).timeout(5000).emitWithAck('join', { code: 'x', name: '\u0007' });
    expect(badJoin).toMatchObject({ ok: false, error: { code: 'invalid' } });
    // Without an acknowledgement callback there is nobody to answer: the message is dropped and logged.
    (trainer as unknown as { emit(event: string, payload: unknown): void }).emit('command', { type: 'bogus' });
    await until('the bogus command is logged', () => log.lines.some((l) => /refused a malformed command/.test(l.message) && /bogus/.test(JSON.stringify(l.details))));
    // One line each, in the order sent (fewer than the sampled log's ten a minute of a kind).
    expect(log.lines.filter((l) => /refused a malformed/.test(l.message)).map((l) => l.message)).toEqual([
      'refused a malformed command', 'refused a malformed command', 'refused a malformed command',
      'refused a malformed vote', 'refused a malformed join', 'refused a malformed command',
    ]);

    const broadcast = next(p.socket, 'input');
    expect((await command(trainer, { type: 'step' })).seq).toBe(1);
    expect((await broadcast).seq).toBe(1);
  });

  it('answers a client that saw a gap in seq with a full snapshot', async () => {
    const { server, id, joinCode, trainer } = await classroom();
    const socket = await client(cleanup, server.url);
    await socket.timeout(5000).emitWithAck('join', { code: joinCode, name: 'Gap' });

    // The client's bookkeeping, as the real client will do it.
    let seq = 0;
    let state: Snapshot['state'] | null = null;
    let syncs = 0;
    const onInput = async (b: InputBroadcast) => {
      if (b.seq === seq + 1) {
        seq = b.seq;
        state = b.state;
        return;
      }
      syncs++;
      const answer = await socket.timeout(5000).emitWithAck('sync');
      if (answer.ok) ({ seq, state } = answer.snapshot);
    };
    socket.on('input', onInput);
    await command(trainer, { type: 'event', event: { type: 'SEND_DIRECT' } });
    await until('seq 1', () => seq === 1);
    socket.off('input', onInput); // the broadcast of seq 2 is lost on the way
    await command(trainer, { type: 'step' });
    await new Promise((r) => setTimeout(r, 50));
    socket.on('input', onInput);
    await command(trainer, { type: 'step' });
    await until('the client catches up', () => seq === 3);
    expect(syncs).toBe(1);
    expect(state).toEqual((await api(server.url, 'GET', `/api/sessions/${id}`)).body.state);
  });

  it('keeps a participant\'s identity across a reconnection, and shows it in the trainer\'s presence', async () => {
    // Presence unthrottled, so that the few milliseconds Grace is away reach the trainer.
    const { server, joinCode, trainer } = await classroom(CONSENT, { limits: { ...DEFAULT_LIMITS, presence: { throttleMs: 0, awayMs: 60_000 } } });
    const roster = rosterOf(trainer);
    const p = await participant(server.url, joinCode, 'Grace');
    p.socket.auth = { participantToken: p.you.token };
    await command(trainer, { type: 'start' });
    const vote = (await command(trainer, { type: 'openVote', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }] })).vote!;
    await p.socket.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 0 });

    const snapshot = next(p.socket, 'snapshot');
    p.socket.io.engine.close(); // the network drops; socket.io-client reconnects with the same auth
    await until('the trainer sees Grace leave', () => roster.list[0]?.connected === false);
    const back = await snapshot;
    expect(back).toMatchObject({ role: 'participant', you: { id: p.you.id, name: 'Grace' }, vote: { id: vote.id, ballots: 1 } });
    await until('the trainer sees Grace back', () => roster.list[0]?.connected === true);
    expect(roster.list).toEqual([{ id: p.you.id, name: 'Grace', status: 'admitted', connected: true }]);

    // Still the same person: a second ballot replaces the first.
    const again = await p.socket.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 1 });
    expect(again).toMatchObject({ ok: true, vote: { ballots: 1, counts: [0, 1] } });

    // An unknown pass is refused with what to do instead.
    await expect(client(cleanup, server.url, { participantToken: 'nope' })).rejects.toThrow(/join again with the code/);
  });

  it('plays at a speed: one advance per tick until the request ends', async () => {
    const { server, joinCode, trainer } = await classroom(BLOCKING, { tickMs: 10 });
    const p = await participant(server.url, joinCode, 'Watcher');
    await command(trainer, { type: 'step' }); // the default policy chooses mlat
    const playing = await command(trainer, { type: 'play', speed: 2000 });
    expect(playing).toMatchObject({ status: 'running', playing: { speed: 2000 } });
    await until('the request is delivered', () => p.inputs.at(-1)?.state.done === true, 10_000);
    await until('play stops', () => p.statuses.some((s) => s.playing === null && s.reason === 'The request has ended (delivered).'));
    expect(p.inputs.map((b) => b.seq)).toEqual(p.inputs.map((_, i) => i + 1));
    expect(p.inputs.slice(1).every((b) => b.record.actor === 'play' && b.record.input.kind === 'advance')).toBe(true);
    // A tick stops at the next happening: no tick skips a transition.
    const days = p.inputs.slice(1).map((b) => (b.record.input as { to: number }).to);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(days).toEqual(expect.arrayContaining([12, 24, 36, 108, 144, 204, 240]));
    expect(p.inputs.at(-1)!.state.day).toBe(240);
  });

  it('stops playing when the request waits for a decision, and pause stops it too', async () => {
    const { server, joinCode, trainer } = await classroom(CONSENT, { tickMs: 10 });
    const p = await participant(server.url, joinCode, 'Watcher');
    await command(trainer, { type: 'event', event: { type: 'CHOOSE_MLAT' } });
    await command(trainer, { type: 'play', speed: 500 });
    await until('play stops at the decision', () => p.statuses.some((s) => s.reason === 'The request waits for a decision.'), 10_000);
    expect(p.inputs.at(-1)!.state).toMatchObject({ day: 30, waiting: true, state: 'sovereigntyCheck.objected' });

    await command(trainer, { type: 'play', speed: 100 });
    await until('a tick', () => p.inputs.at(-1)!.record.actor === 'play' && p.inputs.at(-1)!.state.day > 30, 5000);
    const paused = await command(trainer, { type: 'pause' });
    expect(paused).toMatchObject({ status: 'paused', playing: null });
    const seq = paused.seq;
    await new Promise((r) => setTimeout(r, 100));
    expect(p.inputs.at(-1)!.seq).toBe(seq);
  });

  it('tells the room where the trainer moved on a branch', async () => {
    const { server, joinCode, trainer } = await classroom();
    const p = await participant(server.url, joinCode, 'Follower');
    await command(trainer, { type: 'step' });
    const moved = next(p.socket, 'moved');
    const result = await command(trainer, { type: 'branch', atSeq: 0 });
    expect(await moved).toMatchObject({ seq: 1, reason: 'branch', to: { id: result.created!.id, joinCode: result.created!.joinCode, atSeq: 0 } });
    // Codes are read off a projector: case does not matter.
    const follower = await participant(server.url, result.created!.joinCode.toLowerCase(), 'Follower');
    expect(follower.snapshot).toMatchObject({ sessionId: result.created!.id, seq: 0 });
  });

  it('rate-limits wrong join codes per address and ballots per participant', async () => {
    const limits = { ...DEFAULT_LIMITS, joinFailures: { limit: 2, windowMs: 60_000 }, ballots: { limit: 3, windowMs: 60_000 } };
    const { server, joinCode, trainer } = await classroom(CONSENT, { limits });
    const stranger = await client(cleanup, server.url);
    const wrong = async () => stranger.timeout(5000).emitWithAck('join', { code: 'WRONG1', name: 'Guess' });
    expect(await wrong()).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await wrong()).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await wrong()).toMatchObject({ ok: false, error: { code: 'rate-limited', message: expect.stringMatching(/Too many wrong join codes/) } });
    // The right code still opens the class this address is part of (its trainer is connected from it).
    const p = await participant(server.url, joinCode, 'One');

    await command(trainer, { type: 'start' });
    const vote = (await command(trainer, { type: 'openVote', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }] })).vote!;
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await p.socket.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: i % 2 }));
    expect(answers.map((a) => a.ok)).toEqual([true, true, true, false]);
    expect(answers[3]).toMatchObject({ error: { code: 'rate-limited' } });
  });

  it('counts wrong join codes by the forwarded address behind a trusted proxy, as REST does', async () => {
    const limits = { ...DEFAULT_LIMITS, joinFailures: { limit: 1, windowMs: 60_000 } };
    const { server } = await classroom(BLOCKING, { limits, trustProxy: 'loopback' });
    const guessFrom = async (address: string) =>
      (await client(cleanup, server.url, {}, { 'x-forwarded-for': address })).timeout(5000).emitWithAck('join', { code: 'WRONG1', name: 'Guess' });
    expect(await guessFrom('198.51.100.1')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await guessFrom('198.51.100.2')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await guessFrom('198.51.100.1')).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
  });

  it('ignores a forwarded address when no proxy is trusted', async () => {
    const limits = { ...DEFAULT_LIMITS, joinFailures: { limit: 1, windowMs: 60_000 } };
    const { server } = await classroom(BLOCKING, { limits });
    const guessFrom = async (address: string) =>
      (await client(cleanup, server.url, {}, { 'x-forwarded-for': address })).timeout(5000).emitWithAck('join', { code: 'WRONG1', name: 'Guess' });
    expect(await guessFrom('198.51.100.1')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await guessFrom('198.51.100.2')).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
  });

  it('refuses a join with an unknown code in words a trainee can act on', async () => {
    const { server } = await classroom();
    const socket = await client(cleanup, server.url);
    const answer = await socket.timeout(5000).emitWithAck('join', { code: 'ZZZZZZ', name: 'Lost' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-found', message: 'No session has the join code ZZZZZZ. Check the code the trainer shows.' } });
    const sync = await socket.timeout(5000).emitWithAck('sync');
    expect(sync).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
