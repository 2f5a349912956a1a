import type { ScenarioEvent } from '../../machines/request/events.ts';
import type { VoteView } from '../protocol.ts';
import type { VoteRow } from '../store/store.ts';
import { deciderOf } from '../../machines/request/roles.ts';
import { countedBallots, uncountedPerOption } from './roles.ts';

/** Two events are the same choice when they have the same fields with the same values. */
export function sameEvent(a: ScenarioEvent, b: ScenarioEvent): boolean {
  const canonical = (e: ScenarioEvent) => JSON.stringify(Object.entries(e).sort(([x], [y]) => (x < y ? -1 : 1)));
  return canonical(a) === canonical(b);
}

export function counts(vote: VoteRow): number[] {
  const counts = vote.options.map(() => 0);
  for (const option of countedBallots(vote).values()) counts[option] = (counts[option] ?? 0) + 1;
  return counts;
}

/** The option with the most ballots; a tie goes to the option listed first. Null when nobody voted. */
export function winner(vote: VoteRow): number | null {
  const tally = counts(vote);
  let best: number | null = null;
  tally.forEach((n, i) => {
    if (n > 0 && (best === null || n > tally[best]!)) best = i;
  });
  return best;
}

export function voteView(vote: VoteRow): VoteView {
  return {
    id: vote.id,
    options: vote.options,
    counts: counts(vote),
    ballots: vote.ballots.size,
    openedAtSeq: vote.openedAtSeq,
    closesAt: vote.closesAt,
    open: vote.closedAt === null,
    result: vote.result,
    ...(vote.roles && { deciders: vote.options.map((o) => deciderOf(o, vote.roles)), uncounted: uncountedPerOption(vote) }),
  };
}

/** How an event reads in a sentence: `REFUSE (ground: dual criminality)`. */
export function describeEvent(event: ScenarioEvent): string {
  const fields = Object.entries(event).filter(([k]) => k !== 'type');
  return fields.length === 0 ? event.type : `${event.type} (${fields.map(([k, v]) => `${k}: ${String(v)}`).join(', ')})`;
}
