import type { RequestView } from '../../machines/run/view.ts';
import type { Snapshot, VoteView } from '../../server/protocol.ts';
import { formatNumber, t } from '../i18n/index.ts';
import { dayLabel, eventLabel, eventTypeLabel, outcomeLabel, stateLabel } from '../i18n/labels.ts';
import { resultText } from '../views/votes.ts';
import { announce } from './announce.ts';

/** While playing, news is said at most this often (wall time): a summary, not a sentence per tick. */
const PLAY_SUMMARY_MS = 5000;
/** Seconds before a vote closes at which the room is told (once each, if the vote was open longer). */
export const VOTE_WARNINGS = [30, 10];

/** Events of the request's own clock (a stage done, a deadline passed): during play they are summarised. */
const TIMED = new Set(['STAGE_COMPLETE', 'PROVIDER_SILENT', 'REVIEW_DUE', 'PRESERVATION_LAPSED', 'DATA_DELETED', 'INTAKE', 'CONCLUDE']);

/** One transition in a sentence. */
const sentenceOf = (tr: RequestView['transitions'][number]) =>
  t('announce.transition', { day: dayLabel(tr.day), event: eventTypeLabel(tr.event), state: stateLabel(tr.to) });

/** A vote as a participant first hears it: the question, the options, and until when. */
export function voteOpening(vote: VoteView): string {
  const question = vote.prompt ? t('announce.voteQuestion', { question: vote.prompt }) : t('vote.openAnnounce');
  const options = t('announce.voteOptions', { options: vote.options.map((o, i) => `${formatNumber(i + 1)}. ${eventLabel(o)}`).join(t('common.comma')) });
  const left = vote.closesAt ? Math.max(0, Math.round((Date.parse(vote.closesAt) - Date.now()) / 1000)) : vote.secondsLeft;
  const until = left === null ? t('announce.voteUntilClosed') : vote.closesAt ? t('announce.voteCloses', { seconds: left }) : t('announce.voteHeld', { seconds: left });
  return `${question} ${options} ${until}`;
}

/** A closed vote once: how many voted, and what came of it. */
export function voteClosing(vote: VoteView): string {
  return `${t('vote.closed', { ballots: vote.ballots })} ${resultText(vote.result, vote.options)}`;
}

/**
 * What is new on a session screen, for the live region: the request's new transitions (one by one
 * after a step or a choice; while playing, a summary every few seconds, decisions and the outcome at
 * once), a vote's opening with its options and deadline, warnings before it closes, and its result
 * once. Nothing is said again because a broadcast repeats what was already said.
 */
export class Narrator {
  private seenSession: string | null = null;
  private seenTransitions = -1;
  private wasDone = false;
  /** Summarised news during play, waiting to be said. */
  private held: RequestView['transitions'] = [];
  private heldTimer: number | null = null;
  private lastSaid = 0;
  private readonly opened = new Set<string>();
  private readonly closed = new Set<string>();
  private readonly warned = new Set<string>();
  private vote: VoteView | null = null;
  private readonly clock: number;

  constructor(private readonly options: { voteOpenings: boolean; voteWarnings: boolean }) {
    this.clock = window.setInterval(() => this.checkWarnings(), 500);
  }

  /** Called on every change of the snapshot; says what is new since the last call. */
  update(snapshot: Snapshot): void {
    const first = this.seenSession !== snapshot.sessionId;
    this.request(snapshot);
    // A vote closed before this screen opened is no news.
    if (first && snapshot.vote && !snapshot.vote.open) this.closed.add(snapshot.vote.id);
    this.ballot(snapshot.vote);
  }

  dispose(): void {
    window.clearInterval(this.clock);
    if (this.heldTimer !== null) window.clearTimeout(this.heldTimer);
  }

  private request(snapshot: Snapshot): void {
    const view = snapshot.state;
    // A new session (a branch followed) or the first snapshot: its past is not news.
    if (this.seenSession !== snapshot.sessionId || view.transitions.length < this.seenTransitions) {
      this.seenSession = snapshot.sessionId;
      this.seenTransitions = view.transitions.length;
      this.wasDone = view.done;
      this.held = [];
      return;
    }
    const fresh = view.transitions.slice(this.seenTransitions);
    this.seenTransitions = view.transitions.length;
    if (view.done && !this.wasDone) {
      this.wasDone = true;
      // The outcome says where the run ended: the stages held for a summary are not said after it.
      this.held = [];
      if (this.heldTimer !== null) window.clearTimeout(this.heldTimer);
      this.heldTimer = null;
      return this.say(t('announce.outcome', { outcome: outcomeLabel(view.outcome), day: dayLabel(view.day) }));
    }
    if (fresh.length === 0) return;
    if (!snapshot.playing) {
      this.held = [];
      return this.say(fresh.slice(-3).map(sentenceOf).join(' '));
    }
    // Playing: a decision or an event from outside the request's clock is said at once; the
    // request's own stages wait for the summary.
    const decisions = fresh.filter((tr) => !TIMED.has(tr.event));
    if (decisions.length > 0) {
      this.held = [];
      return this.say(decisions.slice(-2).map(sentenceOf).join(' '));
    }
    this.held.push(...fresh);
    this.summarise();
  }

  /** The held stages as one sentence: where the request is now, and how many steps it took to get there. */
  private summarise(): void {
    if (this.heldTimer !== null || this.held.length === 0) return;
    const wait = Math.max(0, this.lastSaid + PLAY_SUMMARY_MS - Date.now());
    this.heldTimer = window.setTimeout(() => {
      this.heldTimer = null;
      const held = this.held;
      this.held = [];
      const last = held.at(-1);
      if (!last) return;
      this.say(held.length === 1 ? sentenceOf(last)
        : t('announce.summary', { day: dayLabel(last.day), state: stateLabel(last.to), steps: formatNumber(held.length) }));
    }, wait);
  }

  private ballot(vote: VoteView | null): void {
    this.vote = vote;
    if (!vote) return;
    if (vote.open && !this.opened.has(vote.id)) {
      this.opened.add(vote.id);
      if (this.options.voteOpenings) this.say(voteOpening(vote));
    }
    if (!vote.open && vote.result && !this.closed.has(vote.id)) {
      this.closed.add(vote.id);
      this.say(voteClosing(vote));
    }
  }

  private checkWarnings(): void {
    const vote = this.vote;
    if (!this.options.voteWarnings || !vote?.open || !vote.closesAt) return;
    if (document.body.classList.contains('is-offline')) return;
    const left = Math.ceil((Date.parse(vote.closesAt) - Date.now()) / 1000);
    for (const at of VOTE_WARNINGS) {
      const key = `${vote.id}:${at}`;
      if (this.warned.has(key)) continue;
      // A vote opened with less time than this has no warning at it: the opening said its deadline.
      if (!this.opened.has(vote.id) || left > at) continue;
      this.warned.add(key);
      if (left > 0 && left >= at - 2) this.say(t('announce.voteWarning', { seconds: at }));
    }
  }

  private say(words: string): void {
    this.lastSaid = Date.now();
    announce(words);
  }
}
