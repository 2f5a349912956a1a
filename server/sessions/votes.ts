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

/**
 * The options with the most ballots, in the order listed: one is a winner, more are a tie (which the
 * vote's tie rule settles, voting.ts). Empty when nobody voted. Reads only `counts`, so a tally
 * weighted another way changes here nothing.
 */
export function leaders(tally: readonly number[]): number[] {
  const most = Math.max(0, ...tally);
  return most === 0 ? [] : tally.flatMap((n, i) => (n === most ? [i] : []));
}

/** The whole vote: what the trainer and the trainer's presenter screen receive. */
export function voteView(vote: VoteRow): VoteView {
  return {
    id: vote.id,
    options: vote.options,
    counts: counts(vote),
    ballots: vote.ballots.size,
    openedAtSeq: vote.openedAtSeq,
    closesAt: vote.closesAt,
    secondsLeft: vote.leftMs === null ? null : Math.ceil(vote.leftMs / 1000),
    open: vote.closedAt === null,
    result: vote.result,
    ...(vote.roles && { deciders: vote.options.map((o) => deciderOf(o, vote.roles)), uncounted: uncountedPerOption(vote) }),
    prompt: vote.settings.prompt,
    tie: vote.settings.tie,
    hideResults: vote.settings.hideResults,
    revealed: vote.revealedAt !== null,
    explain: vote.settings.explain,
    voters: [...vote.ballots].map(([participant, option]) => ({ participant, option, explanation: vote.explanations.get(participant) ?? null })),
  };
}

/**
 * What participants receive: never who voted for what, and no counts while the trainer keeps them
 * hidden (how many answered stays: the room sees that anyway). `you` adds their own choice.
 */
export function participantView(view: VoteView, you?: string): VoteView {
  const withheld = view.hideResults && !view.revealed;
  const mine = you === undefined ? {} : { mine: view.voters?.find((v) => v.participant === you)?.option ?? null };
  // Ballots of other roles are a tally too: hidden with the counts.
  const { uncounted, ...shown } = view;
  return { ...shown, counts: withheld ? null : view.counts, ...(uncounted && !withheld && { uncounted }), voters: null, ...mine };
}

/** How an event reads in a sentence: `REFUSE (ground: dual criminality)`. */
export function describeEvent(event: ScenarioEvent): string {
  const fields = Object.entries(event).filter(([k]) => k !== 'type');
  return fields.length === 0 ? event.type : `${event.type} (${fields.map(([k, v]) => `${k}: ${String(v)}`).join(', ')})`;
}
