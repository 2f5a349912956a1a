import type { Input } from '../../machines/run/replay.ts';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import { AppError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { Actor, InputRecord, Participant, VoteBroadcast, VoteResult, VoteView } from '../protocol.ts';
import type { Store, VoteRow } from '../store/store.ts';
import type { LiveSession } from './live.ts';
import { now } from './time.ts';
import { newId } from './tokens.ts';
import { describeEvent, sameEvent, voteView, winner } from './votes.ts';

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

export async function openVote(host: VotingHost, session: LiveSession, options: ScenarioEvent[], seconds?: number): Promise<void> {
  if (session.openVote) throw new AppError('conflict', 'A vote is already open: close it before opening another.');
  const allowed = session.view.allowed;
  const offered = allowed.map(describeEvent).join(', ') || 'none (the request has ended)';
  for (const option of options) {
    if (!allowed.some((a) => sameEvent(a, option))) {
      throw new AppError('conflict', `${describeEvent(option)} cannot be taken now, so it cannot be put to a vote. The request can take: ${offered}.`);
    }
  }
  if (options.some((o, i) => options.findIndex((p) => sameEvent(o, p)) !== i)) throw new AppError('invalid', 'Each option of a vote must be different.');
  const openedAt = new Date();
  const vote: VoteRow = {
    id: newId(), sessionId: session.id, options, openedAtSeq: session.seq, openedAt: openedAt.toISOString(),
    closesAt: seconds === undefined ? null : new Date(openedAt.getTime() + seconds * 1000).toISOString(),
    closedAt: null, result: null, ballots: new Map(),
    // The roles in play as the vote opens decide it, even if the trainer changes them before it closes.
    roles: session.row.roles ?? null, ballotRoles: new Map(),
  };
  await host.store.openVote(vote);
  session.votes.push(vote);
  if (seconds !== undefined) armVoteTimer(host, session, vote, seconds * 1000);
  host.emit('vote', { sessionId: session.id, seq: session.seq, vote: voteView(vote) });
}

/** Also used when a session is loaded with a timed vote still open, so the vote closes after a restart. */
export function armVoteTimer(host: VotingHost, session: LiveSession, vote: VoteRow, ms: number): void {
  const timer = setTimeout(() => {
    session.voteTimer = null;
    session.exclusive(async () => {
      // The trainer may have closed this vote (and opened another) while the timer was queued.
      if (session.openVote?.id === vote.id) await closeVote(host, session, 'vote');
    }).catch((error) => host.log.error(`closing vote ${vote.id} failed`, { error: String(error) }));
  }, Math.max(0, ms));
  timer.unref();
  session.voteTimer = timer;
}

/** Close the open vote; its winner becomes an input (in the same transaction) when the request can still take it. */
export async function closeVote(host: VotingHost, session: LiveSession, by: 'trainer' | 'vote'): Promise<void> {
  const vote = session.openVote;
  if (!vote) throw new AppError('conflict', 'No vote is open.');
  if (session.voteTimer) clearTimeout(session.voteTimer);
  session.voteTimer = null;
  const closedAt = now();
  const best = winner(vote);
  const event = best === null ? null : vote.options[best]!;
  let result: VoteResult;
  if (event === null) {
    result = { winner: null, event: null, applied: false, seq: null, message: 'Nobody voted: nothing was applied.' };
    await host.store.closeVote(session.id, vote.id, closedAt, result, null);
  } else {
    const chosen = describeEvent(event);
    result = { winner: best, event, applied: true, seq: session.seq + 1, message: `${chosen} won the vote and was applied.` };
    try {
      const settled = result;
      await host.record(session, { kind: 'event', event }, 'vote', vote.id, (input) =>
        host.store.closeVote(session.id, vote.id, closedAt, settled, input));
    } catch (error) {
      // The request may have moved on since the vote opened: the vote must still close, so the
      // stale winner is kept on record as not applied rather than failing the close.
      if (!(error instanceof AppError && error.code === 'conflict')) throw error;
      result = { winner: best, event, applied: false, seq: null, message: `${chosen} won the vote but can no longer be taken: ${error.message}` };
      await host.store.closeVote(session.id, vote.id, closedAt, result, null);
    }
  }
  vote.closedAt = closedAt;
  vote.result = result;
  host.log.info(`vote ${vote.id} closed by the ${by}`, { session: session.id, result: result.message });
  host.emit('vote', { sessionId: session.id, seq: session.seq, vote: voteView(vote) });
}

/** A participant's ballot: counted only while the vote is open and the session runs. */
export async function castBallot(host: VotingHost, session: LiveSession, participant: Participant, voteId: string, option: number): Promise<VoteView> {
  if (participant.status === 'pending') throw new AppError('forbidden', 'The trainer has not let you in yet: your vote counts once you are admitted.');
  if (session.status === 'paused') throw new AppError('conflict', 'The trainer has paused the session: votes are on hold until it resumes.');
  if (session.status === 'ready') throw new AppError('conflict', 'The session has not started yet: wait for the trainer to start it.');
  const vote = session.openVote;
  if (!vote || vote.id !== voteId) throw new AppError('conflict', 'This vote is closed.');
  if (option >= vote.options.length) throw new AppError('invalid', `This vote has ${vote.options.length} options, numbered from 0.`);
  const role = vote.roles ? (participant.role ?? null) : null;
  await host.store.castBallot(vote.id, participant.id, option, now(), role);
  vote.ballots.set(participant.id, option);
  (vote.ballotRoles ??= new Map()).set(participant.id, role);
  const view = voteView(vote);
  host.emit('vote', { sessionId: session.id, seq: session.seq, vote: view });
  return view;
}
