import { afterEach, describe, expect, it } from 'vitest';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import type { Participant } from '../../server/protocol.ts';
import { participantView, voteView } from '../../server/sessions/votes.ts';
import { join } from '../../server/sessions/roster.ts';
import { armVoteTimer, breakTie, castBallot, closeVote, holdCountdown, openVote, resumeCountdown, reveal, tieAwaits } from '../../server/sessions/voting.ts';
import { Cleanup, until } from './helpers.ts';
import { classroom } from './vote-harness.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const MLAT: ScenarioEvent = { type: 'CHOOSE_MLAT' };
const ROGATORY: ScenarioEvent = { type: 'CHOOSE_ROGATORY' };
const DIRECT: ScenarioEvent = { type: 'SEND_DIRECT' };
const WITHDRAW: ScenarioEvent = { type: 'WITHDRAW' };

/** A class of blocking.yaml (day 0, nothing chosen yet), started unless told otherwise, with three trainees. */
async function room(options: { start?: boolean; approveJoins?: boolean } = {}) {
  const c = await classroom(cleanup, { approveJoins: options.approveJoins });
  const people: Participant[] = [];
  for (const name of ['Ana', 'Ben', 'Eva']) people.push((await join(c.host, c.session, name)).participant);
  if (options.start !== false) await c.command({ type: 'start' });
  const ballot = (who: number, voteId: string, option: number, explanation?: string) => castBallot(c.host, c.session, people[who]!, voteId, option, explanation);
  const last = () => voteView(c.session.lastVote!);
  const closedLines = () => c.log.lines.filter((l) => / closed by the | broken by the /.test(l.message)).map((l) => [l.message.replace(/vote \S+/, 'vote V'), (l.details as { result: string }).result]);
  return { ...c, people, ballot, last, closedLines };
}

describe('opening a vote', () => {
  it('with no settings: no prompt, the trainer breaks ties, counts shown, no explanation asked, no clock', async () => {
    const c = await room();
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY]);
    expect(voteView(vote)).toMatchObject({
      options: [MLAT, ROGATORY], counts: [0, 0], ballots: 0, openedAtSeq: 0, open: true, result: null,
      prompt: null, tie: 'trainer', hideResults: false, explain: false, closesAt: null, secondsLeft: null, revealed: false,
    });
    expect(c.session.voteTimer).toBe(null);
    expect(c.votes.map((b) => [b.sessionId, b.seq, b.vote.id, b.vote.open])).toEqual([[c.session.id, 0, vote.id, true]]);
  });

  it('with every setting: the prompt, tie rule, hidden counts and explanations are kept as asked', async () => {
    const c = await room();
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY], { prompt: 'Which channel?', tie: 'first', hideResults: true, explain: true });
    expect(voteView(vote)).toMatchObject({ prompt: 'Which channel?', tie: 'first', hideResults: true, explain: true, revealed: false });
  });

  it('timed while the class runs: closes that many seconds after it opened, and its countdown is armed', async () => {
    const c = await room();
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY], { seconds: 90 });
    expect(Date.parse(vote.closesAt!) - Date.parse(vote.openedAt)).toBe(90_000);
    expect(voteView(vote).secondsLeft).toBe(null);
    expect(c.session.voteTimer).not.toBe(null);
    expect(c.votes.at(-1)!.vote.closesAt).toBe(vote.closesAt);
  });

  it('timed before the start: the countdown waits with all its seconds, and nothing is armed', async () => {
    const c = await room({ start: false });
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY], { seconds: 45 });
    expect(voteView(vote)).toMatchObject({ closesAt: null, secondsLeft: 45 });
    expect(c.session.voteTimer).toBe(null);
  });

  it('is refused while another is open', async () => {
    const c = await room();
    await openVote(c.host, c.session, [MLAT, ROGATORY]);
    await expect(openVote(c.host, c.session, [MLAT, DIRECT])).rejects.toMatchObject({ code: 'conflict', message: 'A vote is already open: close it before opening another.' });
    expect(c.session.votes).toHaveLength(1);
  });

  it('is refused for a choice the request cannot take, naming what it can', async () => {
    const c = await room();
    await expect(openVote(c.host, c.session, [MLAT, { type: 'REFUSE', ground: 'dual criminality' }])).rejects.toMatchObject({
      code: 'conflict',
      message: 'REFUSE (ground: dual criminality) cannot be taken now, so it cannot be put to a vote. The request can take: SEND_DIRECT, CHOOSE_MLAT, CHOOSE_ROGATORY, REQUEST_PRESERVATION, WITHDRAW.',
    });
    expect(c.session.votes).toHaveLength(0);
    expect(c.votes).toEqual([]);
  });

  it('is refused once the request has ended, saying it can take nothing', async () => {
    const c = await room();
    await c.command({ type: 'step' });
    await c.command({ type: 'advance', to: 300 });
    await expect(openVote(c.host, c.session, [WITHDRAW])).rejects.toMatchObject({
      code: 'conflict', message: 'WITHDRAW cannot be taken now, so it cannot be put to a vote. The request can take: none (the request has ended).',
    });
  });

  it('is refused with the same choice twice, even listed apart', async () => {
    const c = await room();
    await expect(openVote(c.host, c.session, [MLAT, ROGATORY, { type: 'CHOOSE_MLAT' }])).rejects.toMatchObject({ code: 'invalid', message: 'Each option of a vote must be different.' });
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY, DIRECT]);
    expect(vote.options).toEqual([MLAT, ROGATORY, DIRECT]);
  });
});

describe('ballots', () => {
  it('count one each, a change of mind moves the ballot, and each trainee sees only their own choice', async () => {
    const c = await room();
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY, DIRECT]);
    expect(await c.ballot(0, vote.id, 2)).toMatchObject({ counts: [0, 0, 1], ballots: 1, voters: null, mine: 2 });
    await c.ballot(1, vote.id, 0);
    const changed = await c.ballot(0, vote.id, 0);
    expect(changed).toMatchObject({ counts: [2, 0, 0], ballots: 2, voters: null, mine: 0 });
    expect(c.votes.at(-1)).toMatchObject({ sessionId: c.session.id, seq: 0, vote: { counts: [2, 0, 0], voters: [{ participant: c.people[0]!.id, option: 0 }, { participant: c.people[1]!.id, option: 0 }] } });
    expect((await c.store.ballots(c.session.id)).get(vote.id)!.ballots).toEqual(new Map([[c.people[0]!.id, 0], [c.people[1]!.id, 0]]));
  });

  it('the last option is the highest one accepted', async () => {
    const c = await room();
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY]);
    await expect(c.ballot(0, vote.id, 2)).rejects.toMatchObject({ code: 'invalid', message: 'This vote has 2 options, numbered from 0.' });
    expect(await c.ballot(0, vote.id, 1)).toMatchObject({ counts: [0, 1] });
  });

  it('are refused before the start, during a pause, and from someone not let in yet', async () => {
    const c = await room({ start: false, approveJoins: true });
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY]);
    await expect(c.ballot(0, vote.id, 0)).rejects.toMatchObject({ code: 'forbidden', message: 'The trainer has not let you in yet: your vote counts once you are admitted.' });
    const admitted = { ...c.people[0]!, status: 'admitted' as const };
    await expect(castBallot(c.host, c.session, admitted, vote.id, 0)).rejects.toMatchObject({ code: 'conflict', message: 'The session has not started yet: wait for the trainer to start it.' });
    await c.command({ type: 'start' });
    expect(await castBallot(c.host, c.session, admitted, vote.id, 0)).toMatchObject({ counts: [1, 0] });
    await c.command({ type: 'pause' });
    await expect(castBallot(c.host, c.session, admitted, vote.id, 1)).rejects.toMatchObject({ code: 'conflict', message: 'The trainer has paused the session: votes are on hold until it resumes.' });
    expect(voteView(vote).counts).toEqual([1, 0]);
  });

  it('for a vote that has closed are refused, as they are when no vote is open', async () => {
    const c = await room();
    const first = await openVote(c.host, c.session, [MLAT, ROGATORY]);
    await closeVote(c.host, c.session, 'trainer');
    await expect(c.ballot(0, first.id, 0)).rejects.toMatchObject({ code: 'conflict', message: 'This vote is closed.' });
    const second = await openVote(c.host, c.session, [MLAT, ROGATORY]);
    await expect(c.ballot(0, first.id, 0)).rejects.toMatchObject({ code: 'conflict', message: 'This vote is closed.' });
    expect(await c.ballot(0, second.id, 1)).toMatchObject({ counts: [0, 1] });
  });

  it('carry an explanation only when the vote asks for one; a ballot without one takes the old one back', async () => {
    const c = await room();
    const plain = await openVote(c.host, c.session, [MLAT, ROGATORY]);
    await expect(c.ballot(0, plain.id, 0, 'faster')).rejects.toMatchObject({ code: 'invalid', message: 'This vote does not ask for an explanation: send the ballot without one.' });
    expect(await c.ballot(0, plain.id, 0)).toMatchObject({ counts: [1, 0] });
    await closeVote(c.host, c.session, 'trainer');
    // MLAT won and was applied: the request now waits for the drafting.
    const asked = await openVote(c.host, c.session, [WITHDRAW, { type: 'REQUEST_PRESERVATION' }], { explain: true });
    await c.ballot(0, asked.id, 0, 'too slow');
    await c.ballot(1, asked.id, 1, 'keep the data');
    expect(voteView(asked).voters).toEqual([
      { participant: c.people[0]!.id, option: 0, explanation: 'too slow' },
      { participant: c.people[1]!.id, option: 1, explanation: 'keep the data' },
    ]);
    await c.ballot(0, asked.id, 1);
    expect(voteView(asked).voters).toEqual([
      { participant: c.people[0]!.id, option: 1, explanation: null },
      { participant: c.people[1]!.id, option: 1, explanation: 'keep the data' },
    ]);
    expect((await c.store.ballots(c.session.id)).get(asked.id)!.explanations).toEqual(new Map([[c.people[1]!.id, 'keep the data']]));
  });

  it('under roles, each ballot is recorded with its caster’s role; without roles, with none', async () => {
    const c = await classroom(cleanup, { roles: ['prosecutor', 'centralAuthority'] });
    const pro = (await join(c.host, c.session, 'Pia')).participant;
    const none = (await join(c.host, c.session, 'Noa')).participant;
    await c.command({ type: 'start' });
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY]);
    expect(vote.roles).toEqual(['prosecutor', 'centralAuthority']);
    await castBallot(c.host, c.session, { ...pro, role: 'prosecutor' }, vote.id, 0);
    await castBallot(c.host, c.session, none, vote.id, 1);
    expect(vote.ballotRoles).toEqual(new Map([[pro.id, 'prosecutor'], [none.id, null]]));
    // Only the prosecutor's ballot counts for the prosecutor's choice.
    expect(voteView(vote)).toMatchObject({ counts: [1, 0], uncounted: [0, 1], deciders: ['prosecutor', 'prosecutor'] });
    expect((await c.store.ballots(c.session.id)).get(vote.id)!.ballotRoles).toEqual(new Map([[pro.id, 'prosecutor'], [none.id, null]]));

    const plain = await room();
    const open = await openVote(plain.host, plain.session, [MLAT, ROGATORY]);
    await castBallot(plain.host, plain.session, { ...plain.people[0]!, role: 'prosecutor' }, open.id, 0);
    expect(open.roles).toBe(null);
    expect(open.ballotRoles).toEqual(new Map([[plain.people[0]!.id, null]]));
  });
});

describe('closing a vote', () => {
  it('with no vote open is refused', async () => {
    const c = await room();
    await expect(closeVote(c.host, c.session, 'trainer')).rejects.toMatchObject({ code: 'conflict', message: 'No vote is open.' });
  });

  it('nobody voted: nothing is applied, and the trainer reads why', async () => {
    const c = await room();
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY]);
    await closeVote(c.host, c.session, 'trainer');
    expect(voteView(vote)).toMatchObject({ open: false, result: { winner: null, event: null, applied: false, seq: null, message: 'Nobody voted: nothing was applied.' } });
    expect(vote.result!.tied).toBeUndefined();
    expect(c.session.seq).toBe(0);
    expect(c.closedLines()).toEqual([['vote V closed by the trainer', 'Nobody voted: nothing was applied.']]);
    expect(c.votes.at(-1)!.vote).toMatchObject({ id: vote.id, open: false, result: { message: 'Nobody voted: nothing was applied.' } });
  });

  it('one option ahead: it wins and becomes the next input, recorded as the vote’s', async () => {
    const c = await room();
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY, DIRECT]);
    await c.ballot(0, vote.id, 1);
    await c.ballot(1, vote.id, 1);
    await c.ballot(2, vote.id, 2);
    await closeVote(c.host, c.session, 'vote');
    expect(voteView(vote)).toMatchObject({
      open: false, counts: [0, 2, 1],
      result: { winner: 1, event: ROGATORY, applied: true, seq: 1, message: 'CHOOSE_ROGATORY won the vote and was applied.' },
    });
    expect(vote.result!.tied).toBeUndefined();
    expect(c.session.seq).toBe(1);
    expect(c.session.inputs.at(-1)).toMatchObject({ seq: 1, input: { kind: 'event', event: ROGATORY }, actor: 'vote', voteId: vote.id });
    expect((await c.store.inputs(c.session.id)).map((r) => [r.seq, r.actor, r.voteId])).toEqual([[1, 'vote', vote.id]]);
    expect(c.closedLines()).toEqual([['vote V closed by the vote', 'CHOOSE_ROGATORY won the vote and was applied.']]);
    expect(c.votes.at(-1)).toMatchObject({ seq: 1, vote: { open: false, result: { applied: true } } });
  });

  it('a tie under the rule "first": the first listed of the tied options is applied', async () => {
    const c = await room();
    const vote = await openVote(c.host, c.session, [DIRECT, MLAT, ROGATORY], { tie: 'first' });
    await c.ballot(0, vote.id, 2);
    await c.ballot(1, vote.id, 1);
    await closeVote(c.host, c.session, 'trainer');
    expect(vote.result).toEqual({
      winner: 1, event: MLAT, applied: true, seq: 1, tied: [1, 2], tieBrokenBy: 'order',
      message: 'Tie between CHOOSE_MLAT and CHOOSE_ROGATORY: CHOOSE_MLAT, listed first, was applied.',
    });
    expect(c.session.inputs.at(-1)!.input).toEqual({ kind: 'event', event: MLAT });
  });

  it('a tie under the rule "trainer": nothing applied, the request waits for the trainer’s pick', async () => {
    const c = await room();
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY, DIRECT], { tie: 'trainer' });
    expect(tieAwaits(c.session)).toBe(null);
    await c.ballot(0, vote.id, 0);
    await c.ballot(1, vote.id, 2);
    await closeVote(c.host, c.session, 'trainer');
    expect(vote.result).toEqual({
      winner: null, event: null, applied: false, seq: null, tied: [0, 2], awaiting: 'trainer',
      message: 'Tie between CHOOSE_MLAT and SEND_DIRECT: the trainer picks one of them.',
    });
    expect(c.session.seq).toBe(0);
    const waiting = 'The last vote is tied and waits for your pick among 0: CHOOSE_MLAT, 2: SEND_DIRECT: send breakTie with one of those options.';
    expect(tieAwaits(c.session)).toBe(waiting);
    await expect(openVote(c.host, c.session, [MLAT, ROGATORY])).rejects.toMatchObject({ code: 'conflict', message: waiting });
    expect(c.session.votes).toHaveLength(1);
  });

  it('a tie left to the trainer: a pick outside the tie is refused, one inside is applied', async () => {
    const c = await room();
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY, DIRECT], { tie: 'trainer' });
    await c.ballot(0, vote.id, 0);
    await c.ballot(1, vote.id, 2);
    await closeVote(c.host, c.session, 'trainer');
    const closedAt = vote.closedAt;
    await expect(breakTie(c.host, c.session, 1)).rejects.toMatchObject({
      code: 'invalid', message: 'Option 1 was not among the tied options: pick one of 0 (CHOOSE_MLAT), 2 (SEND_DIRECT).',
    });
    await breakTie(c.host, c.session, 2);
    expect(vote.result).toEqual({
      winner: 2, event: DIRECT, applied: true, seq: 1, tied: [0, 2], tieBrokenBy: 'trainer',
      message: 'Tie between CHOOSE_MLAT and SEND_DIRECT: the trainer picked SEND_DIRECT, which was applied.',
    });
    expect(vote.closedAt).toBe(closedAt);
    expect(c.session.inputs.at(-1)).toMatchObject({ input: { kind: 'event', event: DIRECT }, actor: 'vote', voteId: vote.id });
    expect(tieAwaits(c.session)).toBe(null);
    expect(c.closedLines().at(-1)).toEqual(['tie of vote V broken by the trainer', 'Tie between CHOOSE_MLAT and SEND_DIRECT: the trainer picked SEND_DIRECT, which was applied.']);
    expect(c.votes.at(-1)!.vote.result).toMatchObject({ winner: 2, applied: true });
    await expect(breakTie(c.host, c.session, 2)).rejects.toMatchObject({
      code: 'conflict', message: 'No tie waits for your pick: breakTie settles a vote closed with a tie under the rule "trainer".',
    });
  });

  it('breakTie with no vote at all, or after a vote won outright, is refused', async () => {
    const c = await room();
    const refusal = { code: 'conflict', message: 'No tie waits for your pick: breakTie settles a vote closed with a tie under the rule "trainer".' };
    await expect(breakTie(c.host, c.session, 0)).rejects.toMatchObject(refusal);
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY]);
    await c.ballot(0, vote.id, 0);
    await closeVote(c.host, c.session, 'trainer');
    await expect(breakTie(c.host, c.session, 0)).rejects.toMatchObject(refusal);
    expect(c.session.seq).toBe(1);
  });

  it('a tie under the rule "revote": the class votes again between the tied options, ties of that going to the trainer', async () => {
    const c = await room();
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY, DIRECT], { tie: 'revote', prompt: 'Channel?', hideResults: true, explain: true });
    await c.ballot(0, vote.id, 2, 'fast');
    await c.ballot(1, vote.id, 1, 'safe');
    await closeVote(c.host, c.session, 'trainer');
    const again = c.session.openVote!;
    expect(again.id).not.toBe(vote.id);
    expect(voteView(again)).toMatchObject({ options: [ROGATORY, DIRECT], open: true, tie: 'trainer', prompt: 'Channel?', hideResults: true, explain: true, closesAt: null, secondsLeft: null });
    expect(vote.result).toEqual({
      winner: null, event: null, applied: false, seq: null, tied: [1, 2], revote: again.id,
      message: 'Tie between CHOOSE_ROGATORY and SEND_DIRECT: the class votes again between them.',
    });
    const stored = (await c.store.votes(c.session.id)).find((v) => v.id === vote.id)!;
    expect(stored.result).toMatchObject({ revote: again.id });
    expect(c.votes.map((b) => [b.vote.id === vote.id ? 'first' : 'again', b.vote.open])).toEqual([
      ['first', true], ['first', true], ['first', true], ['first', false], ['again', true],
    ]);
  });

  it('a revote without a prompt or a clock opens with none; a timed one gets the same seconds again', async () => {
    const c = await room();
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY], { tie: 'revote', seconds: 120 });
    await c.ballot(0, vote.id, 0);
    await c.ballot(1, vote.id, 1);
    await closeVote(c.host, c.session, 'trainer');
    const again = c.session.openVote!;
    expect(again.settings).toEqual({ prompt: null, tie: 'trainer', hideResults: false, explain: false, seconds: 120 });
    expect(Date.parse(again.closesAt!) - Date.parse(again.openedAt)).toBe(120_000);
  });

  it('a tie for a revote the request can no longer hold: the trainer picks instead, and is told why', async () => {
    const c = await room();
    await c.command({ type: 'step' });
    const vote = await openVote(c.host, c.session, [WITHDRAW, { type: 'REQUEST_PRESERVATION' }], { tie: 'revote' });
    await c.ballot(0, vote.id, 0);
    await c.ballot(1, vote.id, 1);
    await c.command({ type: 'advance', to: 300 });
    await closeVote(c.host, c.session, 'trainer');
    expect(c.session.openVote).toBe(null);
    expect(c.session.votes).toHaveLength(1);
    const message = 'Tie between WITHDRAW and REQUEST_PRESERVATION: the class votes again between them. '
      + 'WITHDRAW cannot be taken now, so it cannot be put to a vote. The request can take: none (the request has ended). The trainer picks instead.';
    expect(vote.result).toEqual({ winner: null, event: null, applied: false, seq: null, tied: [0, 1], awaiting: 'trainer', message });
    expect((await c.store.votes(c.session.id))[0]!.result).toEqual(vote.result);
    expect(c.votes.at(-1)!.vote.result).toMatchObject({ awaiting: 'trainer', message });
  });

  it('a winner the request can no longer take: closed, kept as not applied, saying why, and the same for a trainer’s pick', async () => {
    const c = await room();
    await c.command({ type: 'step' });
    const vote = await openVote(c.host, c.session, [WITHDRAW, { type: 'REQUEST_PRESERVATION' }]);
    await c.ballot(0, vote.id, 0);
    await c.command({ type: 'advance', to: 300 });
    await closeVote(c.host, c.session, 'trainer');
    expect(vote.result).toEqual({
      winner: 0, event: WITHDRAW, applied: false, seq: null,
      message: 'WITHDRAW won the vote but can no longer be taken: The request has already ended (delivered).',
    });
    expect(c.session.seq).toBe(2);
    expect((await c.store.votes(c.session.id))[0]!).toMatchObject({ closedAt: vote.closedAt, result: vote.result });

    const t = await room();
    await t.command({ type: 'step' });
    const tied = await openVote(t.host, t.session, [WITHDRAW, { type: 'REQUEST_PRESERVATION' }], { tie: 'first' });
    await t.ballot(0, tied.id, 1);
    await t.ballot(1, tied.id, 0);
    await t.command({ type: 'advance', to: 300 });
    await closeVote(t.host, t.session, 'trainer');
    expect(tied.result).toEqual({
      winner: 0, event: WITHDRAW, applied: false, seq: null, tied: [0, 1], tieBrokenBy: 'order',
      message: 'Tie between WITHDRAW and REQUEST_PRESERVATION: WITHDRAW, listed first, can no longer be taken: The request has already ended (delivered).',
    });
  });

  it('a trainer’s pick the request can no longer take is kept as not applied', async () => {
    const c = await room();
    await c.command({ type: 'step' });
    const vote = await openVote(c.host, c.session, [WITHDRAW, { type: 'REQUEST_PRESERVATION' }]);
    await c.ballot(0, vote.id, 0);
    await c.ballot(1, vote.id, 1);
    await closeVote(c.host, c.session, 'trainer');
    await c.command({ type: 'advance', to: 300 });
    await breakTie(c.host, c.session, 1);
    expect(vote.result).toEqual({
      winner: 1, event: { type: 'REQUEST_PRESERVATION' }, applied: false, seq: null, tied: [0, 1], tieBrokenBy: 'trainer',
      message: 'Tie between WITHDRAW and REQUEST_PRESERVATION: the trainer picked REQUEST_PRESERVATION, which can no longer be taken: The request has already ended (delivered).',
    });
  });
});

describe('revealing hidden counts', () => {
  it('before any vote is refused', async () => {
    const c = await room();
    await expect(reveal(c.host, c.session)).rejects.toMatchObject({ code: 'conflict', message: 'There is no vote to reveal: open one first.' });
  });

  it('shows the counts to the class once; a second reveal changes nothing', async () => {
    const c = await room();
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY], { hideResults: true });
    await c.ballot(0, vote.id, 1);
    expect(participantView(voteView(vote))).toMatchObject({ counts: null, ballots: 1 });
    const before = c.votes.length;
    await reveal(c.host, c.session);
    expect(vote.revealedAt).not.toBe(null);
    expect(participantView(voteView(vote))).toMatchObject({ counts: [0, 1], revealed: true });
    expect(c.votes.length).toBe(before + 1);
    expect(c.votes.at(-1)!.vote.revealed).toBe(true);
    const at = vote.revealedAt;
    await reveal(c.host, c.session);
    expect(vote.revealedAt).toBe(at);
    expect(c.votes.length).toBe(before + 1);
    expect((await c.store.votes(c.session.id))[0]!.revealedAt).toBe(at);
  });

  it('of a vote whose counts were never hidden does nothing', async () => {
    const c = await room();
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY]);
    const before = c.votes.length;
    await reveal(c.host, c.session);
    expect(vote.revealedAt).toBe(null);
    expect(voteView(vote).revealed).toBe(false);
    expect(c.votes.length).toBe(before);
  });
});

describe('holding and resuming a countdown', () => {
  it('a pause holds the time left, on record; running again sets a new close that far ahead', async () => {
    const c = await room();
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY], { seconds: 600 });
    c.session.status = 'paused';
    await holdCountdown(c.host, c.session);
    expect(vote.closesAt).toBe(null);
    expect(vote.leftMs).toBeGreaterThan(590_000);
    expect(vote.leftMs).toBeLessThanOrEqual(600_000);
    expect(c.session.voteTimer).toBe(null);
    expect(c.votes.at(-1)!.vote).toMatchObject({ closesAt: null, secondsLeft: Math.ceil(vote.leftMs! / 1000) });
    const stored = (await c.store.votes(c.session.id))[0]!;
    expect([stored.closesAt, stored.leftMs]).toEqual([null, vote.leftMs]);

    const left = vote.leftMs!;
    // Still paused: the countdown stays held.
    await resumeCountdown(c.host, c.session);
    expect([vote.closesAt, vote.leftMs]).toEqual([null, left]);
    c.session.status = 'running';
    const before = Date.now();
    await resumeCountdown(c.host, c.session);
    expect(vote.leftMs).toBe(null);
    expect(Date.parse(vote.closesAt!)).toBeGreaterThanOrEqual(before + left);
    expect(Date.parse(vote.closesAt!)).toBeLessThanOrEqual(Date.now() + left);
    expect(c.session.voteTimer).not.toBe(null);
    expect(c.votes.at(-1)!.vote).toMatchObject({ closesAt: vote.closesAt, secondsLeft: null });
    const again = (await c.store.votes(c.session.id))[0]!;
    expect([again.closesAt, again.leftMs]).toEqual([vote.closesAt, null]);
  });

  it('an untimed vote, or none, has nothing to hold or resume', async () => {
    const c = await room();
    await holdCountdown(c.host, c.session);
    await resumeCountdown(c.host, c.session);
    expect(c.votes).toEqual([]);
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY]);
    await holdCountdown(c.host, c.session);
    await resumeCountdown(c.host, c.session);
    expect([vote.closesAt, vote.leftMs]).toEqual([null, null]);
    expect(c.votes).toHaveLength(1);
  });
});

describe('a countdown running out', () => {
  it('closes the vote as the class left it, said to be closed by the vote', async () => {
    const c = await room();
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY], { seconds: 600 });
    await c.ballot(0, vote.id, 1);
    armVoteTimer(c.host, c.session, vote, 0);
    await until('the vote closes', () => vote.closedAt !== null);
    await c.session.exclusive(async () => undefined);
    expect(vote.result).toMatchObject({ winner: 1, applied: true, message: 'CHOOSE_ROGATORY won the vote and was applied.' });
    expect(c.session.voteTimer).toBe(null);
    expect(c.closedLines()).toEqual([['vote V closed by the vote', 'CHOOSE_ROGATORY won the vote and was applied.']]);
  });

  it('after the trainer closed that vote and opened another, leaves the new one open', async () => {
    const c = await room();
    const first = await openVote(c.host, c.session, [MLAT, ROGATORY], { seconds: 600 });
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    // The trainer's commands are under way when the countdown ends: its close waits behind them.
    const trainer = c.session.exclusive(async () => {
      await held;
      await closeVote(c.host, c.session, 'trainer');
      return openVote(c.host, c.session, [MLAT, ROGATORY], { seconds: 600 });
    });
    armVoteTimer(c.host, c.session, first, 0);
    await until('the countdown ends', () => c.session.voteTimer === null);
    release();
    const second = await trainer;
    await c.session.exclusive(async () => undefined);
    expect(second.closedAt).toBe(null);
    expect(c.session.openVote?.id).toBe(second.id);
    expect(c.closedLines()).toEqual([['vote V closed by the trainer', 'Nobody voted: nothing was applied.']]);
  });
});
