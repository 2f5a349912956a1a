import { deciderOf } from '../../machines/request/roles.ts';
import type { VoteRow } from '../store/store.ts';

/** Whether one ballot counts: a ballot for an option counts when cast by the role that decides it. */
export function ballotCounts(vote: VoteRow, participantId: string, option: number): boolean {
  const event = vote.options[option];
  if (!event) return false;
  const decider = deciderOf(event, vote.roles);
  return decider === null || vote.ballotRoles?.get(participantId) === decider;
}

/**
 * The ballots that decide the vote. Without roles, every ballot; with roles, only those cast for an
 * option by the role that decides it (the others are kept, and shown as not counting). The tally
 * (votes.ts) counts what this returns, so the tie rule and the display need not know about roles.
 */
export function countedBallots(vote: VoteRow): ReadonlyMap<string, number> {
  if (!vote.roles) return vote.ballots;
  return new Map([...vote.ballots].filter(([id, option]) => ballotCounts(vote, id, option)));
}

/** Per option, the ballots cast that do not count (roles only). */
export function uncountedPerOption(vote: VoteRow): number[] {
  const uncounted = vote.options.map(() => 0);
  if (!vote.roles) return uncounted;
  for (const [id, option] of vote.ballots) if (!ballotCounts(vote, id, option)) uncounted[option] = (uncounted[option] ?? 0) + 1;
  return uncounted;
}
