import type { ScenarioEvent, VoteResult } from '../../server/protocol.ts';

/**
 * A vote's result in words, a tie said as one: the same sentence on the pages (with t() and the
 * page's event labels) and in the server's Markdown debrief (with the interface's words in the
 * language asked). `text` fills an interface key; `eventName` names an option.
 */
export function voteResultText(
  r: VoteResult,
  options: readonly ScenarioEvent[],
  text: (key: string, params?: Record<string, string>) => string,
  eventName: (event: ScenarioEvent) => string,
): string {
  if (r.tied && r.tied.length > 1) {
    const events = r.tied.map((i) => eventName(options[i]!)).join(' · ');
    if (r.awaiting) return text('vote.tieAwaits', { events });
    if (r.event === null) return text('vote.tieRevote', { events });
    if (r.applied) return text(r.tieBrokenBy === 'trainer' ? 'vote.tiePicked' : 'vote.tieFirst', { events, event: eventName(r.event) });
  }
  return r.event ? text(r.applied ? 'vote.applied' : 'vote.notApplied', { event: eventName(r.event) }) : text('vote.nobody');
}
