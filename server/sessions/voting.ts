import type { Input } from '../../machines/run/replay.ts';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import { AppError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { DEFAULT_TIE_RULE, type Actor, type InputRecord, type Participant, type TieRule, type VoteBroadcast, type VoteResult, type VoteView } from '../protocol.ts';
import type { Store, VoteRow, VoteSettings } from '../store/store.ts';
import type { LiveSession } from './live.ts';
import { now } from './time.ts';
import { newId } from './tokens.ts';
import { counts, describeEvent, leaders, participantView, sameEvent, voteView } from './votes.ts';

/** What voting needs from the SessionService; kept narrow so this file reads on its own. */
export interface VotingHost {
  readonly store: Store;
  readonly log: Logger;
  record(
    session: LiveSession, input: Input, actor: Actor, voteId: string | null,
    persist: (record: InputRecord) => Promise<void>,
  ): Promise<InputRecord>;
  emit(event: 'vote', payload: VoteBroadcast): void;
}

export interface OpenVoteOptions {
  seconds?: number | undefined;
  prompt?: string | undefined;
  tie?: TieRule | undefined;
  hideResults?: boolean | undefined;
  explain?: boolean | undefined;
}

const broadcast = (host: VotingHost, session: LiveSession, vote: VoteRow) =>
  host.emit('vote', { sessionId: session.id, seq: session.seq, vote: voteView(vote) });

/** Why the request cannot move on while the last vote's tie waits for the trainer, or null. */
export function tieAwaits(session: LiveSession): string | null {
  const last = session.lastVote;
  if (last?.result?.awaiting !== 'trainer') return null;
  const tied = (last.result.tied ?? []).map((i) => `${i}: ${describeEvent(last.options[i]!)}`).join(', ');
  return `The last vote is tied and waits for your pick among ${tied}: send breakTie with one of those options.`;
}

export async function openVote(host: VotingHost, session: LiveSession, options: ScenarioEvent[], opening: OpenVoteOptions = {}): Promise<VoteRow> {
  if (session.openVote) throw new AppError('conflict', 'A vote is already open: close it before opening another.');
  const waiting = tieAwaits(session);
  if (waiting) throw new AppError('conflict', waiting);
  const allowed = session.view.allowed;
  const offered = allowed.map(describeEvent).join(', ') || 'none (the request has ended)';
  for (const option of options) {
    if (!allowed.some((a) => sameEvent(a, option))) {
      throw new AppError('conflict', `${describeEvent(option)} cannot be taken now, so it cannot be put to a vote. The request can take: ${offered}.`);
    }
  }
  if (options.some((o, i) => options.findIndex((p) => sameEvent(o, p)) !== i)) throw new AppError('invalid', 'Each option of a vote must be different.');
  const openedAt = new Date();
  const seconds = opening.seconds ?? null;
  const settings: VoteSettings = {
    prompt: opening.prompt ?? null, tie: opening.tie ?? DEFAULT_TIE_RULE,
    hideResults: opening.hideResults ?? false, explain: opening.explain ?? false, seconds,
  };
  // The countdown runs only while the class can vote: opened before the start or during a pause, it waits.
  const running = session.status === 'running';
  const vote: VoteRow = {
    id: newId(), sessionId: session.id, options, openedAtSeq: session.seq, openedAt: openedAt.toISOString(),
    closesAt: seconds !== null && running ? new Date(openedAt.getTime() + seconds * 1000).toISOString() : null,
    leftMs: seconds !== null && !running ? seconds * 1000 : null,
    closedAt: null, result: null, ballots: new Map(), settings, revealedAt: null, explanations: new Map(),
    // The roles in play as the vote opens decide it, even if the trainer changes them before it closes.
    roles: session.row.roles ?? null, ballotRoles: new Map(),
  };
  await host.store.openVote(vote);
  session.votes.push(vote);
  if (vote.closesAt !== null) armVoteTimer(host, session, vote, seconds! * 1000);
  broadcast(host, session, vote);
  return vote;
}

/** Also used when a session is loaded with a timed vote still open, so the vote closes after a restart. */
export function armVoteTimer(host: VotingHost, session: LiveSession, vote: VoteRow, ms: number): void {
  session.stopVoteTimer();
  const timer = setTimeout(() => {
    session.voteTimer = null;
    session.exclusive(async () => {
      // The trainer may have closed this vote (and opened another) while the timer was queued.
      if (session.openVote?.id === vote.id && vote.closesAt !== null) await closeVote(host, session, 'vote');
    }).catch((error) => host.log.error(`closing vote ${vote.id} failed`, { error: String(error) }));
  }, Math.max(0, ms));
  timer.unref();
  session.voteTimer = timer;
}

/**
 * The session stops running (pause): an open vote's countdown stops with it, keeping the time it has
 * left, on record so that a restart during the pause finds it held.
 */
export async function holdCountdown(host: VotingHost, session: LiveSession): Promise<void> {
  const vote = session.openVote;
  if (!vote || vote.closesAt === null) return;
  session.stopVoteTimer();
  const leftMs = Math.max(0, Date.parse(vote.closesAt) - Date.now());
  await host.store.setVoteClock(vote.id, null, leftMs);
  vote.closesAt = null;
  vote.leftMs = leftMs;
  broadcast(host, session, vote);
}

/** The session runs again (start, resume, or a restart of a running session): a held countdown goes on from where it stopped. */
export async function resumeCountdown(host: VotingHost, session: LiveSession): Promise<void> {
  const vote = session.openVote;
  if (!vote || vote.leftMs === null || session.status !== 'running') return;
  const closesAt = new Date(Date.now() + vote.leftMs).toISOString();
  await host.store.setVoteClock(vote.id, closesAt, null);
  const ms = vote.leftMs;
  vote.closesAt = closesAt;
  vote.leftMs = null;
  armVoteTimer(host, session, vote, ms);
  broadcast(host, session, vote);
}

const names = (vote: VoteRow, indices: readonly number[]) => indices.map((i) => describeEvent(vote.options[i]!)).join(' and ');

/**
 * Close the open vote. One leader: it becomes an input (in the same transaction) when the request
 * can still take it. Several: a tie, said as one, and settled by the vote's rule.
 */
export async function closeVote(host: VotingHost, session: LiveSession, by: 'trainer' | 'vote'): Promise<void> {
  const vote = session.openVote;
  if (!vote) throw new AppError('conflict', 'No vote is open.');
  session.stopVoteTimer();
  const closedAt = now();
  const top = leaders(counts(vote));
  const tied = top.length > 1 ? top : undefined;
  let revote: ScenarioEvent[] | null = null;
  if (top.length === 0) {
    await settle(host, session, vote, closedAt, { winner: null, event: null, applied: false, seq: null, message: 'Nobody voted: nothing was applied.' });
  } else if (!tied) {
    const chosen = describeEvent(vote.options[top[0]!]!);
    await apply(host, session, vote, closedAt, top[0]!, [`${chosen} won the vote and was applied.`, `${chosen} won the vote but`]);
  } else if (vote.settings.tie === 'first') {
    const first = `Tie between ${names(vote, top)}: ${describeEvent(vote.options[top[0]!]!)}, listed first,`;
    await apply(host, session, vote, closedAt, top[0]!, [`${first} was applied.`, first], { tied, tieBrokenBy: 'order' });
  } else if (vote.settings.tie === 'trainer') {
    await settle(host, session, vote, closedAt, {
      winner: null, event: null, applied: false, seq: null, tied, awaiting: 'trainer',
      message: `Tie between ${names(vote, top)}: the trainer picks one of them.`,
    });
  } else {
    revote = top.map((i) => vote.options[i]!);
    await settle(host, session, vote, closedAt, {
      winner: null, event: null, applied: false, seq: null, tied,
      message: `Tie between ${names(vote, top)}: the class votes again between them.`,
    });
  }
  host.log.info(`vote ${vote.id} closed by the ${by}`, { session: session.id, result: vote.result!.message });
  broadcast(host, session, vote);
  if (revote) {
    // Once: a tie in the revote goes to the trainer, so a split class cannot loop forever.
    const { prompt, hideResults, explain, seconds } = vote.settings;
    try {
      const again = await openVote(host, session, revote, { prompt: prompt ?? undefined, hideResults, explain, seconds: seconds ?? undefined, tie: 'trainer' });
      vote.result = { ...vote.result!, revote: again.id };
      await host.store.closeVote(session.id, vote.id, closedAt, vote.result, null);
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'conflict')) throw error;
      // The request moved on (an advance while the class voted): the trainer settles it.
      vote.result = { ...vote.result!, awaiting: 'trainer', message: `${vote.result!.message} ${error.message} The trainer picks instead.` };
      await host.store.closeVote(session.id, vote.id, closedAt, vote.result, null);
      broadcast(host, session, vote);
    }
  }
}

/** The trainer settles a tie left to them: the option picked is applied as the vote's result. */
export async function breakTie(host: VotingHost, session: LiveSession, option: number): Promise<void> {
  const vote = session.lastVote;
  if (!vote || vote.result?.awaiting !== 'trainer') throw new AppError('conflict', 'No tie waits for your pick: breakTie settles a vote closed with a tie under the rule "trainer".');
  const tied = vote.result.tied ?? [];
  if (!tied.includes(option)) {
    throw new AppError('invalid', `Option ${option} was not among the tied options: pick one of ${tied.map((i) => `${i} (${describeEvent(vote.options[i]!)})`).join(', ')}.`);
  }
  const picked = `Tie between ${names(vote, tied)}: the trainer picked ${describeEvent(vote.options[option]!)}, which`;
  await apply(host, session, vote, vote.closedAt!, option, [`${picked} was applied.`, picked], { tied, tieBrokenBy: 'trainer' });
  host.log.info(`tie of vote ${vote.id} broken by the trainer`, { session: session.id, result: vote.result!.message });
  broadcast(host, session, vote);
}

/** A result that applies nothing. */
async function settle(host: VotingHost, session: LiveSession, vote: VoteRow, closedAt: string, result: VoteResult): Promise<void> {
  await host.store.closeVote(session.id, vote.id, closedAt, result, null);
  vote.closedAt = closedAt;
  vote.result = result;
}

/** The chosen option becomes an input, with the vote's close, in one transaction. */
async function apply(
  host: VotingHost, session: LiveSession, vote: VoteRow, closedAt: string, chosen: number,
  /** The message once applied, and how it starts when the request can no longer take it. */
  [applied, stale]: [string, string], extra: Pick<VoteResult, 'tied' | 'tieBrokenBy'> = {},
): Promise<void> {
  const event = vote.options[chosen]!;
  let result: VoteResult = { winner: chosen, event, applied: true, seq: session.seq + 1, message: applied, ...extra };
  try {
    const settled = result;
    await host.record(session, { kind: 'event', event }, 'vote', vote.id, (input) =>
      host.store.closeVote(session.id, vote.id, closedAt, settled, input));
  } catch (error) {
    // The request may have moved on since the vote opened: the vote must still close, so the
    // stale winner is kept on record as not applied rather than failing the close.
    if (!(error instanceof AppError && error.code === 'conflict')) throw error;
    result = { winner: chosen, event, applied: false, seq: null, message: `${stale} can no longer be taken: ${error.message}`, ...extra };
    await host.store.closeVote(session.id, vote.id, closedAt, result, null);
  }
  vote.closedAt = closedAt;
  vote.result = result;
}

/** Show the last vote's counts to the participants and the presenter. */
export async function reveal(host: VotingHost, session: LiveSession): Promise<void> {
  const vote = session.lastVote;
  if (!vote) throw new AppError('conflict', 'There is no vote to reveal: open one first.');
  if (vote.revealedAt !== null || !vote.settings.hideResults) return;
  const at = now();
  await host.store.revealVote(vote.id, at);
  vote.revealedAt = at;
  broadcast(host, session, vote);
}

/** A participant's ballot: counted only while the vote is open and the session runs. */
export async function castBallot(
  host: VotingHost, session: LiveSession, participant: Participant, voteId: string, option: number, explanation?: string,
): Promise<VoteView> {
  if (participant.status === 'pending') throw new AppError('forbidden', 'The trainer has not let you in yet: your vote counts once you are admitted.');
  if (session.status === 'paused') throw new AppError('conflict', 'The trainer has paused the session: votes are on hold until it resumes.');
  if (session.status === 'ready') throw new AppError('conflict', 'The session has not started yet: wait for the trainer to start it.');
  const vote = session.openVote;
  if (!vote || vote.id !== voteId) throw new AppError('conflict', 'This vote is closed.');
  if (option >= vote.options.length) throw new AppError('invalid', `This vote has ${vote.options.length} options, numbered from 0.`);
  if (explanation !== undefined && !vote.settings.explain) throw new AppError('invalid', 'This vote does not ask for an explanation: send the ballot without one.');
  const role = vote.roles ? (participant.role ?? null) : null;
  await host.store.castBallot(vote.id, participant.id, option, now(), { explanation: explanation ?? null, role });
  vote.ballots.set(participant.id, option);
  (vote.ballotRoles ??= new Map()).set(participant.id, role);
  if (explanation === undefined) vote.explanations.delete(participant.id);
  else vote.explanations.set(participant.id, explanation);
  const view = voteView(vote);
  host.emit('vote', { sessionId: session.id, seq: session.seq, vote: view });
  return participantView(view, participant.id);
}
