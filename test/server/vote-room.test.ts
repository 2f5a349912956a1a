import { afterEach, describe, expect, it } from 'vitest';
import type { Snapshot, TrainerCommand, VoteBroadcast, VoteView } from '../../server/protocol.ts';
import { CONSENT, Cleanup, api, client, command, testPlace, testServer, until, type Client } from './helpers.ts';
import type { StorePlace } from '../../server/store/open.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const MLAT = { type: 'CHOOSE_MLAT' } as const;
const ROGATORY = { type: 'CHOOSE_ROGATORY' } as const;
const DIRECT = { type: 'SEND_DIRECT' } as const;

/** A running class on the consent scenario: the trainer (with every vote broadcast it got) and `names` participants. */
async function classOf(names: string[], place?: StorePlace) {
  const { server } = await testServer(cleanup, place ? { place } : {});
  const s = (await api(server.url, 'POST', '/api/sessions', { scenario: CONSENT })).body as { id: string; joinCode: string; trainerToken: string };
  const trainer = await client(cleanup, server.url, { sessionId: s.id, trainerToken: s.trainerToken });
  await trainer.snapshot;
  const trainerVotes: VoteView[] = [];
  trainer.on('vote', (b) => trainerVotes.push(b.vote));
  const people = [];
  for (const name of names) {
    const socket = await client(cleanup, server.url);
    const votes: VoteBroadcast[] = [];
    socket.on('vote', (b) => votes.push(b));
    const joined = await socket.timeout(5000).emitWithAck('join', { code: s.joinCode, name });
    if (!joined.ok) throw new Error(joined.error.message);
    people.push({ socket, votes, id: joined.participant.id, name });
  }
  await command(trainer, { type: 'start' });
  return { server, ...s, trainer, trainerVotes, people };
}

async function ballot(socket: Client, voteId: string, option: number, explanation?: string) {
  return socket.timeout(5000).emitWithAck('vote', { voteId, option, ...(explanation === undefined ? {} : { explanation }) });
}

async function refused(trainer: Client, cmd: TrainerCommand) {
  const answer = await trainer.timeout(5000).emitWithAck('command', cmd);
  if (answer.ok) throw new Error(`${cmd.type} was accepted`);
  return answer.error;
}

describe('a tie (issue 13, item 6)', () => {
  it('by default waits for the trainer: said as a tie, the request held, and the trainer picks among the tied options only', async () => {
    const c = await classOf(['Ana', 'Bo']);
    const vote = (await command(c.trainer, { type: 'openVote', options: [MLAT, ROGATORY, DIRECT] })).vote!;
    expect(vote.tie).toBe('trainer');
    await ballot(c.people[0]!.socket, vote.id, 0);
    await ballot(c.people[1]!.socket, vote.id, 1);
    const closed = await command(c.trainer, { type: 'closeVote' });
    expect(closed.seq).toBe(0);
    expect(closed.vote).toMatchObject({
      open: false,
      result: { winner: null, applied: false, tied: [0, 1], awaiting: 'trainer', message: 'Tie between CHOOSE_MLAT and CHOOSE_ROGATORY: the trainer picks one of them.' },
    });
    // Participants see the tie too.
    await until('the participants see the tie', () => c.people[0]!.votes.at(-1)?.vote.result?.awaiting === 'trainer');

    // Nothing moves the request while the tie waits, and no other vote opens over it.
    for (const held of [{ type: 'step' }, { type: 'event', event: DIRECT }, { type: 'play', speed: 30 }, { type: 'openVote', options: [MLAT, ROGATORY] }] as TrainerCommand[]) {
      expect(await refused(c.trainer, held)).toMatchObject({ code: 'conflict', message: expect.stringMatching(/tied and waits for your pick among 0: CHOOSE_MLAT, 1: CHOOSE_ROGATORY/) });
    }
    // An option nobody tied for cannot be picked.
    const wrong = await api(c.server.url, 'POST', `/api/sessions/${c.id}/commands`, { type: 'breakTie', option: 2 }, c.trainerToken);
    expect(wrong.status).toBe(400);
    expect(wrong.body.message ?? wrong.body.detail ?? JSON.stringify(wrong.body)).toMatch(/not among the tied options/);

    // Over REST as over the socket.
    const picked = await api(c.server.url, 'POST', `/api/sessions/${c.id}/commands`, { type: 'breakTie', option: 1 }, c.trainerToken);
    expect(picked.status).toBe(200);
    expect(picked.body).toMatchObject({
      seq: 1, state: { attempts: ['rogatory'] },
      vote: { result: { winner: 1, applied: true, seq: 1, tied: [0, 1], tieBrokenBy: 'trainer', message: 'Tie between CHOOSE_MLAT and CHOOSE_ROGATORY: the trainer picked CHOOSE_ROGATORY, which was applied.' } },
    });
    expect(picked.body.vote.result.awaiting).toBeUndefined();
    expect(await refused(c.trainer, { type: 'breakTie', option: 0 })).toMatchObject({ code: 'conflict', message: expect.stringMatching(/No tie waits for your pick/) });
    // The class has its answer: the request moves again.
    expect((await c.trainer.timeout(5000).emitWithAck('command', { type: 'step' })).ok).toBe(true);
    const log = await api(c.server.url, 'GET', `/api/sessions/${c.id}/log`);
    expect(log.body.inputs[0]).toMatchObject({ actor: 'vote', voteId: vote.id, input: { kind: 'event', event: ROGATORY } });
  });

  it('with "revote", opens a new vote between the tied options, with the same question; a tie there goes to the trainer', async () => {
    const c = await classOf(['Ana', 'Bo']);
    const vote = (await command(c.trainer, { type: 'openVote', options: [MLAT, DIRECT, ROGATORY], tie: 'revote', prompt: 'Which channel?' })).vote!;
    await ballot(c.people[0]!.socket, vote.id, 2);
    await ballot(c.people[1]!.socket, vote.id, 0);
    const closed = await command(c.trainer, { type: 'closeVote' });
    // The command answers with the session's last vote: the revote, open between the two tied options.
    expect(closed.seq).toBe(0);
    expect(closed.vote).toMatchObject({ open: true, options: [MLAT, ROGATORY], prompt: 'Which channel?', tie: 'trainer', ballots: 0 });
    expect(closed.vote!.id).not.toBe(vote.id);
    const first = c.trainerVotes.find((v) => v.id === vote.id && !v.open)!;
    expect(first.result).toMatchObject({ winner: null, applied: false, tied: [0, 2], message: 'Tie between CHOOSE_MLAT and CHOOSE_ROGATORY: the class votes again between them.' });
    const described = await api(c.server.url, 'GET', `/api/sessions/${c.id}/debrief`);
    expect(described.body.votes[0].result).toMatchObject({ tied: [0, 2], revote: closed.vote!.id });

    await ballot(c.people[0]!.socket, closed.vote!.id, 1);
    await ballot(c.people[1]!.socket, closed.vote!.id, 1);
    const decided = await command(c.trainer, { type: 'closeVote' });
    expect(decided).toMatchObject({ seq: 1, vote: { result: { winner: 1, applied: true, message: 'CHOOSE_ROGATORY won the vote and was applied.' } } });

    // A second tie: the revote's rule is the trainer's.
    const again = await classOf(['Cy', 'Di']);
    const v = (await command(again.trainer, { type: 'openVote', options: [MLAT, ROGATORY], tie: 'revote' })).vote!;
    await ballot(again.people[0]!.socket, v.id, 0);
    await ballot(again.people[1]!.socket, v.id, 1);
    const revote = (await command(again.trainer, { type: 'closeVote' })).vote!;
    await ballot(again.people[0]!.socket, revote.id, 0);
    await ballot(again.people[1]!.socket, revote.id, 1);
    expect((await command(again.trainer, { type: 'closeVote' })).vote).toMatchObject({ id: revote.id, result: { awaiting: 'trainer', tied: [0, 1] } });
  });

  it('with "first", applies the option listed first among the tied ones and says so', async () => {
    const c = await classOf(['Ana', 'Bo', 'Cy']);
    const vote = (await command(c.trainer, { type: 'openVote', options: [DIRECT, MLAT, ROGATORY], tie: 'first' })).vote!;
    await ballot(c.people[0]!.socket, vote.id, 2);
    await ballot(c.people[1]!.socket, vote.id, 1);
    const closed = await command(c.trainer, { type: 'closeVote' });
    expect(closed).toMatchObject({
      seq: 1, vote: { result: { winner: 1, applied: true, tied: [1, 2], tieBrokenBy: 'order', message: 'Tie between CHOOSE_MLAT and CHOOSE_ROGATORY: CHOOSE_MLAT, listed first, was applied.' } },
    });
  });

  it('is no tie when one option leads: the default rule applies the winner at once', async () => {
    const c = await classOf(['Ana', 'Bo', 'Cy']);
    const vote = (await command(c.trainer, { type: 'openVote', options: [MLAT, ROGATORY] })).vote!;
    await ballot(c.people[0]!.socket, vote.id, 1);
    await ballot(c.people[1]!.socket, vote.id, 1);
    await ballot(c.people[2]!.socket, vote.id, 0);
    const closed = await command(c.trainer, { type: 'closeVote' });
    expect(closed).toMatchObject({ seq: 1, vote: { result: { winner: 1, applied: true } } });
    expect(closed.vote!.result!.tied).toBeUndefined();
  });
});

describe('a timed vote and a pause', () => {
  it('holds the countdown while paused, keeps the time left, and goes on from there on resume', async () => {
    const c = await classOf(['Ana']);
    const vote = (await command(c.trainer, { type: 'openVote', options: [MLAT, ROGATORY], seconds: 2 })).vote!;
    expect(vote.closesAt).not.toBeNull();
    await ballot(c.people[0]!.socket, vote.id, 1);
    const paused = await command(c.trainer, { type: 'pause' });
    expect(paused.vote).toMatchObject({ open: true, closesAt: null, secondsLeft: expect.any(Number) });
    expect(paused.vote!.secondsLeft).toBeGreaterThan(0);
    expect(paused.vote!.secondsLeft).toBeLessThanOrEqual(2);
    await until('the participant sees the countdown held', () => c.people[0]!.votes.at(-1)?.vote.closesAt === null);
    // Longer than the vote had: still open.
    await new Promise((r) => setTimeout(r, 2500));
    expect((await api(c.server.url, 'GET', `/api/sessions/${c.id}`)).body.vote).toMatchObject({ open: true, secondsLeft: paused.vote!.secondsLeft });
    const resumed = await command(c.trainer, { type: 'start' });
    expect(resumed.vote).toMatchObject({ open: true, secondsLeft: null, closesAt: expect.any(String) });
    await until('the vote closes once its time is up', () => c.trainerVotes.at(-1)?.open === false, 5000);
    expect(c.trainerVotes.at(-1)!.result).toMatchObject({ winner: 1, applied: true });
  });

  it('opened before the start, counts down only once the session runs', async () => {
    const { server } = await testServer(cleanup);
    const s = (await api(server.url, 'POST', '/api/sessions', { scenario: CONSENT })).body;
    const opened = await api(server.url, 'POST', `/api/sessions/${s.id}/commands`, { type: 'openVote', options: [MLAT, ROGATORY], seconds: 30 }, s.trainerToken);
    expect(opened.body.vote).toMatchObject({ closesAt: null, secondsLeft: 30 });
    const started = await api(server.url, 'POST', `/api/sessions/${s.id}/commands`, { type: 'start' }, s.trainerToken);
    expect(started.body.vote).toMatchObject({ secondsLeft: null, closesAt: expect.any(String) });
  });

  it('after a restart during the pause, is still held with its time left, and closes on time once resumed', async () => {
    const place = testPlace(cleanup);
    const c = await classOf(['Ana'], place);
    const vote = (await command(c.trainer, { type: 'openVote', options: [MLAT, ROGATORY], seconds: 2 })).vote!;
    await ballot(c.people[0]!.socket, vote.id, 0);
    const left = (await command(c.trainer, { type: 'pause' })).vote!.secondsLeft;
    await c.server.close();
    await new Promise((r) => setTimeout(r, 2500));

    const { server } = await testServer(cleanup, { place });
    const after = await api(server.url, 'GET', `/api/sessions/${c.id}`);
    expect(after.body).toMatchObject({ status: 'paused', vote: { id: vote.id, open: true, closesAt: null, secondsLeft: left } });
    const trainer = await client(cleanup, server.url, { sessionId: c.id, trainerToken: c.trainerToken });
    const votes: VoteView[] = [];
    trainer.on('vote', (b) => votes.push(b.vote));
    expect((await command(trainer, { type: 'start' })).vote).toMatchObject({ open: true, closesAt: expect.any(String) });
    await until('the vote closes after its time left', () => votes.at(-1)?.open === false, 5000);
    expect(votes.at(-1)!.result).toMatchObject({ winner: 0, applied: true });
  });
});

describe('results hidden until the trainer reveals them', () => {
  it('keeps counts and who voted from participants and anonymous readers; the trainer and the presenter see them; reveal shows the counts', async () => {
    const c = await classOf(['Ana', 'Bo']);
    const presenter = await client(cleanup, c.server.url, { sessionId: c.id, trainerToken: c.trainerToken, as: 'observer' });
    await presenter.snapshot;
    const shown: VoteView[] = [];
    presenter.on('vote', (b) => shown.push(b.vote));
    const vote = (await command(c.trainer, { type: 'openVote', options: [MLAT, ROGATORY], hideResults: true })).vote!;
    expect(vote).toMatchObject({ hideResults: true, revealed: false, counts: [0, 0] });
    const mine = await ballot(c.people[0]!.socket, vote.id, 1);
    expect(mine).toMatchObject({ ok: true, vote: { counts: null, voters: null, ballots: 1, mine: 1 } });
    await ballot(c.people[1]!.socket, vote.id, 1);
    await until('both ballots reach everyone', () => c.people[0]!.votes.at(-1)?.vote.ballots === 2 && shown.at(-1)?.ballots === 2);
    expect(c.people[0]!.votes.at(-1)!.vote).toMatchObject({ counts: null, voters: null });
    expect(c.trainerVotes.at(-1)).toMatchObject({ counts: [0, 2], voters: [{ participant: c.people[0]!.id, option: 1 }, { participant: c.people[1]!.id, option: 1 }] });
    expect(shown.at(-1)).toMatchObject({ counts: [0, 2] });
    expect((await api(c.server.url, 'GET', `/api/sessions/${c.id}`)).body.vote).toMatchObject({ counts: null, voters: null, ballots: 2 });

    // Closed, still hidden: the winner is applied (the request moves), the counts wait.
    await command(c.trainer, { type: 'closeVote' });
    await until('the close reaches the participants', () => c.people[0]!.votes.at(-1)?.vote.open === false);
    expect(c.people[0]!.votes.at(-1)!.vote).toMatchObject({ counts: null, result: { winner: 1 } });
    const revealed = await api(c.server.url, 'POST', `/api/sessions/${c.id}/commands`, { type: 'reveal' }, c.trainerToken);
    expect(revealed.body.vote).toMatchObject({ revealed: true, counts: [0, 2] });
    await until('the participants see the counts', () => c.people[0]!.votes.at(-1)?.vote.revealed === true);
    expect(c.people[0]!.votes.at(-1)!.vote).toMatchObject({ counts: [0, 2], voters: null });
    expect((await api(c.server.url, 'GET', `/api/sessions/${c.id}`)).body.vote).toMatchObject({ counts: [0, 2] });
  });

  it('shows counts to participants as before when the vote was opened without hideResults, but never who voted for what', async () => {
    const c = await classOf(['Ana']);
    const vote = (await command(c.trainer, { type: 'openVote', options: [MLAT, ROGATORY] })).vote!;
    await ballot(c.people[0]!.socket, vote.id, 0);
    await until('the ballot reaches the participant', () => c.people[0]!.votes.at(-1)?.vote.ballots === 1);
    expect(c.people[0]!.votes.at(-1)!.vote).toMatchObject({ counts: [1, 0], voters: null, hideResults: false });
    expect(await refused(c.trainer, { type: 'openVote', options: [MLAT, ROGATORY] })).toMatchObject({ code: 'conflict' });
  });
});

describe('who voted, and why', () => {
  it('tells the trainer who voted and what each chose, and a participant\'s own snapshot says their choice', async () => {
    const c = await classOf(['Ana', 'Bo', 'Cy']);
    const vote = (await command(c.trainer, { type: 'openVote', options: [MLAT, ROGATORY] })).vote!;
    expect(vote.voters).toEqual([]);
    await ballot(c.people[1]!.socket, vote.id, 0);
    await ballot(c.people[0]!.socket, vote.id, 1);
    await until('the trainer sees two voters', () => c.trainerVotes.at(-1)?.voters?.length === 2);
    expect(c.trainerVotes.at(-1)!.voters).toEqual([
      { participant: c.people[1]!.id, option: 0, explanation: null },
      { participant: c.people[0]!.id, option: 1, explanation: null },
    ]);
    // A reload: the participant's snapshot carries their choice, and nobody else's.
    const joined = await c.people[0]!.socket.timeout(5000).emitWithAck('sync');
    expect(joined.ok && (joined.snapshot as Snapshot).vote).toMatchObject({ mine: 1, voters: null });
    const third = await c.people[2]!.socket.timeout(5000).emitWithAck('sync');
    expect(third.ok && (third.snapshot as Snapshot).vote).toMatchObject({ mine: null });
  });

  it('takes a short reason with a ballot only when the vote asks for one, and puts it in the debrief under the decision', async () => {
    const c = await classOf(['Ana', 'Bo']);
    const plain = (await command(c.trainer, { type: 'openVote', options: [MLAT, ROGATORY] })).vote!;
    expect(await ballot(c.people[0]!.socket, plain.id, 0, 'Because.')).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/does not ask for an explanation/) } });
    await command(c.trainer, { type: 'closeVote' });

    const vote = (await command(c.trainer, { type: 'openVote', options: [MLAT, ROGATORY], explain: true, prompt: 'Treaty or letters rogatory?' })).vote!;
    for (const bad of ['x'.repeat(281), '   ', 'two\nlines', 'bell\u0007']) {
      expect(await ballot(c.people[0]!.socket, vote.id, 0, bad)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(await ballot(c.people[0]!.socket, vote.id, 0, 'x'.repeat(280))).toMatchObject({ ok: true });
    expect(await ballot(c.people[0]!.socket, vote.id, 0, '  The MLAT is <b>faster</b> here | really  ')).toMatchObject({ ok: true });
    expect(await ballot(c.people[1]!.socket, vote.id, 0)).toMatchObject({ ok: true });
    await until('the trainer sees the reason', () => c.trainerVotes.at(-1)?.voters?.some((v) => v.explanation !== null) === true);
    expect(c.trainerVotes.at(-1)!.voters).toEqual([
      { participant: c.people[0]!.id, option: 0, explanation: 'The MLAT is <b>faster</b> here | really' },
      { participant: c.people[1]!.id, option: 0, explanation: null },
    ]);
    await command(c.trainer, { type: 'closeVote' });

    // Reasons say who chose what: until the request ends, only the trainer's debrief has them.
    const anonymous = (await api(c.server.url, 'GET', `/api/sessions/${c.id}/debrief`)).body;
    expect(anonymous.status.done).toBe(false);
    expect(anonymous.decisions.find((d: { vote: { id: string } | null }) => d.vote?.id === vote.id).vote.explanations).toEqual([]);
    const debrief = (await api(c.server.url, 'GET', `/api/sessions/${c.id}/debrief`, undefined, c.trainerToken)).body;
    const decision = debrief.decisions.find((d: { vote: { id: string } | null }) => d.vote?.id === vote.id);
    expect(decision).toMatchObject({
      event: MLAT, by: 'vote',
      vote: { prompt: 'Treaty or letters rogatory?', explanations: [{ name: 'Ana', option: 0, event: MLAT, text: 'The MLAT is <b>faster</b> here | really' }] },
    });
    const res = await fetch(`${c.server.url}/api/sessions/${c.id}/debrief`, { headers: { accept: 'text/markdown', authorization: `Bearer ${c.trainerToken}` } });
    const markdown = await res.text();
    expect(markdown).toContain('  - Question: Treaty or letters rogatory?');
    expect(markdown).toContain('  - Ana (choice: Choose MLAT): “The MLAT is &lt;b&gt;faster&lt;/b&gt; here \\| really”');
  });

  it('strikes a removed participant\'s reason with their ballot', async () => {
    const c = await classOf(['Ana', 'Mallory']);
    const vote = (await command(c.trainer, { type: 'openVote', options: [MLAT, ROGATORY], explain: true })).vote!;
    await ballot(c.people[0]!.socket, vote.id, 0, 'Treaty in force.');
    await ballot(c.people[1]!.socket, vote.id, 1, 'Spam spam spam.');
    await command(c.trainer, { type: 'remove', participant: c.people[1]!.id });
    await until('the trainer sees the ballot struck', () => c.trainerVotes.at(-1)?.ballots === 1);
    expect(c.trainerVotes.at(-1)!.voters).toEqual([{ participant: c.people[0]!.id, option: 0, explanation: 'Treaty in force.' }]);
    await command(c.trainer, { type: 'closeVote' });
    const debrief = (await api(c.server.url, 'GET', `/api/sessions/${c.id}/debrief`, undefined, c.trainerToken)).body;
    expect(debrief.votes[0].explanations).toEqual([{ name: 'Ana', option: 0, event: MLAT, text: 'Treaty in force.' }]);
  });

  it('refuses a question that is not one line of text', async () => {
    const c = await classOf([]);
    for (const prompt of ['', 'a\nb', 'q'.repeat(301)]) {
      expect(await refused(c.trainer, { type: 'openVote', options: [MLAT, ROGATORY], prompt })).toMatchObject({ code: 'invalid' });
    }
    expect((await command(c.trainer, { type: 'openVote', options: [MLAT, ROGATORY], prompt: 'q'.repeat(300) })).vote!.prompt).toBe('q'.repeat(300));
  });
});
