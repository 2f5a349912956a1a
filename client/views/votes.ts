import { select } from 'd3-selection';
import { scaleLinear } from 'd3-scale';
import type { VoteView } from '../../server/protocol.ts';
import { formatNumber, t } from '../i18n/index.ts';
import { eventLabel } from '../i18n/labels.ts';

export interface VotesState {
  vote: VoteView | null;
  /** The option this participant chose, if any. */
  mine?: number | null;
  /** Whether the buttons are live (a participant, while the session runs and the vote is open). */
  canVote?: boolean;
  /** Why the buttons are not live, when they are shown but disabled. */
  hint?: string | null;
}

export interface VotesOptions {
  onVote?: (option: number) => void;
  /** Participants see the tally only once the vote closes, so that nobody just follows the crowd. */
  hideCountsWhileOpen?: boolean;
}

interface Row {
  index: number;
  label: string;
  count: number;
  winner: boolean;
}

/**
 * A vote as bars: one row per option with its count in figures (never the bar alone), the winner
 * marked ✓ in words, and for a participant a button per option that says when it is their choice.
 * The countdown ticks on its own while the vote is open.
 */
export function create(container: HTMLElement, options: VotesOptions = {}): (state: VotesState) => void {
  const root = select(container).append('section').attr('class', 'votes').attr('aria-labelledby', 'votes-h');
  root.append('h2').attr('id', 'votes-h').text(t('vote.title'));
  const status = root.append('p').attr('class', 'vote-status');
  const countdown = root.append('p').attr('class', 'vote-countdown').attr('aria-hidden', 'true');
  const rows = root.append('ol').attr('class', 'vote-rows');
  const result = root.append('p').attr('class', 'vote-result').attr('role', 'status');
  const hint = root.append('p').attr('class', 'vote-hint');
  let latest: VotesState = { vote: null };

  const tick = () => {
    const vote = latest.vote;
    if (!vote?.open || !vote.closesAt) return void countdown.text('');
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
    if (!vote) {
      status.text(t('vote.none'));
      rows.selectAll('li').remove();
      result.text('');
      hint.text('');
      countdown.text('');
      return;
    }
    const total = (vote.counts ?? []).reduce((a, b) => a + b, 0);
    status.text(vote.open ? t('vote.open', { ballots: vote.ballots }) : t('vote.closed', { ballots: vote.ballots }));
    tick();
    const data: Row[] = vote.options.map((event, index) => ({
      index, label: eventLabel(event), count: vote.counts?.[index] ?? 0, winner: !vote.open && vote.result?.winner === index,
    }));
    const hidden = Boolean(options.hideCountsWhileOpen && vote.open);
    const width = scaleLinear().domain([0, Math.max(1, ...data.map((d) => d.count))]).range([0, 100]);
    const li = rows.selectAll<HTMLLIElement, Row>('li').data(data, (d) => `${vote.id}:${d.index}`)
      .join((enter) => {
        const item = enter.append('li').attr('class', 'vote-row');
        const label = item.append('div').attr('class', 'vote-label');
        label.append('span').attr('class', 'vote-number');
        label.append('span').attr('class', 'vote-text');
        label.append('span').attr('class', 'vote-badge');
        const track = item.append('div').attr('class', 'vote-track');
        track.append('div').attr('class', 'vote-bar');
        item.append('span').attr('class', 'vote-count');
        item.append('button').attr('type', 'button').attr('class', 'btn vote-button')
          .on('click', (_e, d) => options.onVote?.(d.index));
        return item;
      })
      .classed('is-winner', (d) => d.winner)
      .classed('is-mine', (d) => state.mine === d.index);
    li.select('.vote-number').text((d) => `${formatNumber(d.index + 1)}. `);
    li.select('.vote-text').text((d) => d.label);
    li.select('.vote-badge').text((d) => [d.winner ? `✓ ${t('vote.winner')}` : '', state.mine === d.index ? `● ${t('vote.yourChoice')}` : ''].filter(Boolean).join(' '));
    li.select<HTMLDivElement>('.vote-bar').style('inline-size', (d) => (hidden ? '0%' : `${width(d.count)}%`));
    li.select('.vote-track').property('hidden', hidden);
    li.select('.vote-count').text((d) => (hidden ? '' : t('vote.count', { count: d.count, percent: total ? Math.round((100 * d.count) / total) : 0 })));
    li.select('.vote-button')
      .property('hidden', !options.onVote || !vote.open)
      .property('disabled', !state.canVote)
      .attr('aria-pressed', (d) => String(state.mine === d.index))
      .text((d) => (state.mine === d.index ? t('vote.chosen') : t('vote.choose')))
      .attr('aria-label', (d) => `${t('vote.choose')}: ${d.label}`);
    const r = vote.result;
    result.text(r ? (r.event ? (r.applied ? t('vote.applied', { event: eventLabel(r.event) }) : t('vote.notApplied', { event: eventLabel(r.event) })) : t('vote.nobody')) : '');
    hint.text(state.hint ?? '');
  };
}
