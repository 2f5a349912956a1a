import { select } from 'd3-selection';
import { scaleLinear } from 'd3-scale';
import type { Role, ScenarioEvent, VoteResult, VoteView } from '../../server/protocol.ts';
import { formatNumber, t } from '../i18n/index.ts';
import { eventLabel, roleLabel } from '../i18n/labels.ts';
import { voteResultText } from '../i18n/vote-result.ts';

export interface VotesState {
  vote: VoteView | null;
  /** The option this participant chose, if any. */
  mine?: number | null;
  /** Whether the buttons are live (a participant, while the session runs and the vote is open). */
  canVote?: boolean;
  /** Why the buttons are not live, when they are shown but disabled. */
  hint?: string | null;
  /** A participant's role, in a session with roles (null: not chosen yet); absent on the trainer's screens. */
  myRole?: Role | null;
  /**
   * The admitted participants connected now, by id and name (the trainer's and the presenter's
   * screens): "12 of 20 answered", and on the console who has voted and who has not.
   */
  present?: { id: string; name: string }[] | null;
  /** Every participant's name by id, for voters who are no longer connected. */
  names?: ReadonlyMap<string, string>;
}

export interface VotesOptions {
  onVote?: (option: number, explanation: string | undefined) => void;
  /** Participants see the tally only once the vote closes, so that nobody just follows the crowd. */
  hideCountsWhileOpen?: boolean;
  /** The presenter: counts of a vote opened with hidden results wait for the reveal, though this screen receives them. */
  respectHidden?: boolean;
  /** The trainer's console: who voted for what, reveal, and the pick when a tie waits. */
  trainer?: { reveal: () => void; breakTie: (option: number) => void };
}

interface Row {
  index: number;
  label: string;
  count: number;
  winner: boolean;
  /** With roles: who decides this option (null: the whole class); undefined without roles. */
  decider: Role | null | undefined;
  uncounted: number;
  /** Whether this participant's ballot for this option would count. */
  mineCounts: boolean;
}

/** A vote's result in words, a tie said as one (the debrief uses it too). */
export function resultText(r: VoteResult | null, options: readonly ScenarioEvent[]): string {
  return r ? voteResultText(r, options, t, eventLabel) : '';
}

/**
 * A vote as bars: the question, one row per option with its count in figures (never the bar alone),
 * the winner marked ✓ in words, and for a participant a button per option that says when it is
 * their choice. The countdown ticks on its own while the vote is open and the server counts down;
 * it stops while the session is paused (the server holds it) and while this page is offline (the
 * time it would show is a guess).
 */
export function create(container: HTMLElement, options: VotesOptions = {}): (state: VotesState) => void {
  const root = select(container).append('section').attr('class', 'votes').attr('aria-labelledby', 'votes-h');
  root.append('h2').attr('id', 'votes-h').text(t('vote.title'));
  const round = root.append('p').attr('class', 'vote-round').property('hidden', true);
  const prompt = root.append('p').attr('class', 'vote-prompt');
  /** The options of the last vote that tied and went to a second round (the server opens it right after). */
  let tiedBefore: string | null = null;
  const status = root.append('p').attr('class', 'vote-status');
  // Not live regions: a count rewritten on every ballot would talk over the room. The opening, the
  // warnings and the result are said once each (app/narrator.ts).
  const answered = root.append('p').attr('class', 'vote-answered');
  const countdown = root.append('p').attr('class', 'vote-countdown').attr('aria-hidden', 'true');
  const explainField = root.append('p').attr('class', 'field vote-explain');
  explainField.append('label').attr('for', 'vote-explain-input').text(t('vote.explain'));
  const explain = explainField.append('input').attr('id', 'vote-explain-input').attr('type', 'text').attr('maxlength', 280).attr('autocomplete', 'off');
  explainField.append('span').attr('class', 'hint').text(t('vote.explainHint'));
  const rows = root.append('ol').attr('class', 'vote-rows').attr('data-focus-fallback', 'vote-result');
  const hiddenNote = root.append('p').attr('class', 'vote-hidden');
  // The focus goes here when the vote it was closing closes (app/focus.ts).
  const result = root.append('p').attr('class', 'vote-result').attr('tabindex', -1).attr('data-focus-key', 'vote-result');
  const picks = root.append('div').attr('class', 'control-row vote-picks').attr('data-focus-fallback', 'vote-result');
  const reveal = root.append('button').attr('type', 'button').attr('class', 'btn vote-reveal').text(t('vote.reveal'))
    .attr('data-focus-key', 'vote-reveal').attr('data-focus-fallback', 'vote-result')
    .on('click', () => options.trainer?.reveal());
  const voters = root.append('div').attr('class', 'vote-voters');
  const hint = root.append('p').attr('class', 'vote-hint');
  let latest: VotesState = { vote: null };
  let explainFor: string | null = null;

  const tick = () => {
    const vote = latest.vote;
    if (!vote?.open) return void countdown.text('');
    if (vote.secondsLeft !== null) return void countdown.text(t('vote.countdownHeld', { seconds: vote.secondsLeft }));
    if (!vote.closesAt) return void countdown.text('');
    // Offline, the page cannot know whether the trainer paused or closed the vote: it stops counting.
    if (document.body.classList.contains('is-offline')) return void countdown.text(t('offline.countdown'));
    const left = Math.max(0, Math.ceil((Date.parse(vote.closesAt) - Date.now()) / 1000));
    countdown.text(t('vote.closesIn', { seconds: left }));
  };
  const timer = window.setInterval(() => {
    if (!container.isConnected) return window.clearInterval(timer);
    tick();
  }, 250);

  return (state) => {
    latest = state;
    const vote = state.vote;
    root.classed('is-empty', !vote);
    // A second round is said as one: without it the class sees a fresh vote and no reason for it.
    if (vote && !vote.open) {
      const toRound = vote.tie === 'revote' && (vote.result?.tied?.length ?? 0) > 1 && !vote.result?.awaiting;
      // Any other closed vote, the second round's own included, ends what the note refers to.
      tiedBefore = toRound ? JSON.stringify(vote.result!.tied!.map((i) => vote.options[i])) : null;
    }
    const second = Boolean(vote?.open && tiedBefore !== null && JSON.stringify(vote.options) === tiedBefore);
    if (vote?.open && !second) tiedBefore = null;
    round.property('hidden', !second).text(second ? t('vote.secondRound') : '');
    if (!vote) {
      status.text(t('vote.none'));
      prompt.text('').property('hidden', true);
      rows.selectAll('li').remove();
      result.text('');
      hint.text('');
      countdown.text('');
      answered.text('');
      hiddenNote.text('');
      explainField.property('hidden', true);
      picks.selectAll('button').remove();
      reveal.property('hidden', true);
      voters.selectAll('*').remove();
      return;
    }
    prompt.text(vote.prompt ?? '').property('hidden', !vote.prompt);
    status.text(vote.open ? t('vote.open', { ballots: vote.ballots }) : t('vote.closed', { ballots: vote.ballots }));
    // Answered of the admitted participants present, counting a voter who has since left too.
    if (state.present) {
      const here = new Set(state.present.map((p) => p.id));
      for (const v of vote.voters ?? []) here.add(v.participant);
      answered.text(t('vote.answered', { answered: formatNumber(vote.ballots), present: formatNumber(Math.max(here.size, vote.ballots)) }));
    } else answered.text('');
    tick();
    const withheld = vote.counts === null || (Boolean(options.respectHidden) && vote.hideResults && !vote.revealed);
    const hidden = withheld || Boolean(options.hideCountsWhileOpen && vote.open);
    const counts = vote.counts ?? [];
    const total = counts.reduce((a, b) => a + b, 0);
    const data: Row[] = vote.options.map((event, index) => {
      const decider = vote.deciders?.[index];
      return {
        index, label: eventLabel(event), count: counts[index] ?? 0, winner: !vote.open && vote.result?.winner === index,
        decider, uncounted: withheld ? 0 : (vote.uncounted?.[index] ?? 0), mineCounts: !decider || decider === state.myRole,
      };
    });
    const width = scaleLinear().domain([0, Math.max(1, ...data.map((d) => d.count))]).range([0, 100]);
    const li = rows.selectAll<HTMLLIElement, Row>('li').data(data, (d) => `${vote.id}:${d.index}`)
      .join((enter) => {
        const item = enter.append('li').attr('class', 'vote-row');
        const label = item.append('div').attr('class', 'vote-label');
        label.append('span').attr('class', 'vote-number');
        label.append('span').attr('class', 'vote-text');
        label.append('span').attr('class', 'vote-badge');
        label.append('span').attr('class', 'vote-decider');
        const track = item.append('div').attr('class', 'vote-track');
        track.append('div').attr('class', 'vote-bar');
        item.append('span').attr('class', 'vote-count');
        item.append('button').attr('type', 'button').attr('class', 'btn vote-button').attr('data-focus-key', (d) => `vote-choice:${d.index}`)
          .on('click', (_e, d) => {
            const reason = String(explain.property('value')).trim();
            options.onVote?.(d.index, latest.vote?.explain && reason ? reason : undefined);
          });
        return item;
      })
      .classed('is-winner', (d) => d.winner)
      .classed('is-mine', (d) => state.mine === d.index);
    li.select('.vote-number').text((d) => `${formatNumber(d.index + 1)}. `);
    li.select('.vote-text').text((d) => d.label);
    li.select('.vote-badge').text((d) => [
      d.winner ? `✓ ${t('vote.winner')}` : '',
      state.mine === d.index ? `● ${t('vote.yourChoice')}${d.mineCounts ? '' : ` (${t('vote.notCounted')})`}` : '',
    ].filter(Boolean).join(' '));
    // Who decides each option, on every screen, so that nobody wonders why a ballot did not count.
    li.classed('is-not-counted', (d) => state.mine === d.index && !d.mineCounts);
    li.select('.vote-decider').property('hidden', (d) => d.decider === undefined)
      .text((d) => (d.decider === undefined ? '' : d.decider === null ? t('vote.decidedByAll') : t('vote.decidedBy', { role: roleLabel(d.decider) })));
    li.select<HTMLDivElement>('.vote-bar').style('inline-size', (d) => (hidden ? '0%' : `${width(d.count)}%`));
    li.select('.vote-track').property('hidden', hidden);
    li.select('.vote-count').text((d) => (hidden ? '' : [
      t('vote.count', { count: d.count, percent: total ? Math.round((100 * d.count) / total) : 0 }),
      d.uncounted > 0 ? t('vote.uncounted', { count: d.uncounted }) : '',
    ].filter(Boolean).join(' ')));
    li.select('.vote-button')
      .property('hidden', !options.onVote || !vote.open)
      .property('disabled', !state.canVote)
      .attr('aria-pressed', (d) => String(state.mine === d.index))
      .text((d) => (state.mine === d.index ? t('vote.chosen') : t('vote.choose')))
      .attr('aria-label', (d) => `${t('vote.choose')}: ${d.label}`);
    hiddenNote.text(vote.hideResults && !vote.revealed ? t(options.trainer ? 'vote.hiddenTrainer' : 'vote.hidden') : '');

    // A reason is typed for one vote: a new vote starts with an empty field.
    if (explainFor !== vote.id) {
      explainFor = vote.id;
      explain.property('value', '');
    }
    explainField.property('hidden', !options.onVote || !vote.explain || !vote.open);
    explain.property('disabled', !state.canVote);

    result.text(resultText(vote.result, vote.options));
    const awaiting = options.trainer && vote.result?.awaiting === 'trainer' ? (vote.result.tied ?? []) : [];
    picks.selectAll<HTMLButtonElement, number>('button').data(awaiting, (d) => `${vote.id}:${d}`)
      .join((enter) => enter.append('button').attr('type', 'button').attr('class', 'btn btn-primary vote-pick')
        .on('click', (_e, d) => options.trainer?.breakTie(d)))
      .text((d) => t('vote.pick', { event: eventLabel(vote.options[d]!) }));
    reveal.property('hidden', !options.trainer || !vote.hideResults || vote.revealed);
    drawVoters(vote, state);
    const mineRow = state.mine === null || state.mine === undefined ? undefined : data[state.mine];
    const roles = vote.deciders !== undefined && state.myRole !== undefined;
    hint.text(state.hint ?? (!roles || !vote.open ? ''
      : mineRow && !mineRow.mineCounts ? t('vote.mineNotCounted', { role: roleLabel(mineRow.decider!) })
      : state.myRole === null ? t('vote.chooseRoleFirst') : ''));
  };

  /** The trainer's list: who voted for what (and why), and who present has not voted yet. */
  function drawVoters(vote: VoteView, state: VotesState): void {
    voters.selectAll('*').remove();
    if (!options.trainer || !vote.voters) return;
    const names = new Map(state.names ?? []);
    for (const p of state.present ?? []) names.set(p.id, p.name);
    const nameOf = (id: string) => names.get(id) ?? t('vote.someone');
    const voted = new Set(vote.voters.map((v) => v.participant));
    voters.append('h3').text(t('vote.voted', { count: formatNumber(vote.voters.length) }));
    // A person's name and their own words keep their direction (<bdi>): "Alice: …" reads in order on an Arabic page.
    const ballotRows = voters.append('ul').attr('class', 'vote-voted').selectAll('li').data(vote.voters).join('li');
    ballotRows.append('bdi').attr('class', 'voter-name').text((v) => nameOf(v.participant));
    ballotRows.append('span').text((v) => `: ${eventLabel(vote.options[v.option]!)}`);
    ballotRows.filter((v) => Boolean(v.explanation)).append('span').text(' — “').append('bdi').attr('class', 'voter-explanation').text((v) => v.explanation!);
    ballotRows.filter((v) => Boolean(v.explanation)).append('span').text('”');
    if (!vote.open) return;
    const waiting = (state.present ?? []).filter((p) => !voted.has(p.id));
    voters.append('h3').text(t('vote.notYet', { count: formatNumber(waiting.length) }));
    voters.append('ul').attr('class', 'vote-waiting').selectAll('li').data(waiting).join('li').append('bdi').text((p) => p.name);
  }
}
