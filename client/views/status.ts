import { select } from 'd3-selection';
import type { RequestView } from '../../machines/run/view.ts';
import type { SessionStatus } from '../../server/protocol.ts';
import { formatNumber, t } from '../i18n/index.ts';
import { channelLabel, dayLabel, daysLabel, outcomeLabel, stateLabel, statusLabel } from '../i18n/labels.ts';
import { stateHere } from '../i18n/states.ts';

export interface StatusState {
  view: RequestView;
  status?: SessionStatus;
  speed?: number | null;
}

/** Each outcome has a sign of its own, so that it never rests on colour. */
const OUTCOME_SIGN: Record<string, string> = { delivered: '✔', refused: '✖', blocked: '⊘', 'data-lost': '⚠', withdrawn: '↩' };

/**
 * Where the request stands, in words large enough for the back of the room: the day, the state,
 * the channel, the outcome, and what it waits for.
 */
/** What a decision is about where it is not the next channel (a conflict of laws, a court's ruling). */
const WAITING_FOR: Partial<Record<string, string>> = {
  'direct.conflict': 'status.waitingProvider',
  'direct.ruling': 'status.waitingRuling',
};

export function create(container: HTMLElement): (state: StatusState) => void {
  const root = select(container).append('section').attr('class', 'status').attr('aria-label', t('status.label'));
  const dl = root.append('dl').attr('class', 'status-grid');
  const field = (cls: string, key: string) => {
    const div = dl.append('div').attr('class', `status-field ${cls}`);
    div.append('dt').text(t(key));
    return div.append('dd');
  };
  const day = field('f-day', 'status.day');
  const state = field('f-state', 'status.state');
  const channel = field('f-channel', 'status.channel');
  const outcome = field('f-outcome', 'status.outcome');
  const session = field('f-session', 'status.session');
  const notes = root.append('ul').attr('class', 'status-notes');

  return ({ view, status, speed }) => {
    day.text(formatNumber(view.day));
    state.text(stateLabel(view.state));
    channel.text(channelLabel(view.channel));
    outcome.text(view.outcome ? `${OUTCOME_SIGN[view.outcome] ?? ''} ${outcomeLabel(view.outcome)}` : `… ${outcomeLabel(null)}`)
      .attr('data-outcome', view.outcome ?? 'under-way');
    session.text(view.done ? t('status.ended') : status ? (speed ? t('status.playing', { speed: daysLabel(speed) }) : statusLabel(status)) : '—');
    session.node()!.parentElement!.hidden = !status;
    const lines: string[] = [];
    // An unknown answer is the decision awaited, not a channel: said with the state it concerns.
    if (view.waiting && !view.done) lines.push(`◆ ${view.undecided ? t('status.undecided', { name: stateHere(view.undecided.country, view.undecided.name) }) : t(WAITING_FOR[view.state] ?? 'status.waiting')}`);
    // Held past its term while the request is pending (an instrument's rule): its end day no longer applies.
    if (view.custody === 'preservation.held' && !view.done) lines.push(`■ ${stateLabel(view.custody)}`);
    else if (view.preservedUntil !== null && !view.done) lines.push(`■ ${t('status.preserved', { day: view.preservedUntil })}`);
    else if (!view.done && view.custody !== 'preservation.preserved') lines.push(`⚠ ${stateLabel(view.custody)}`);
    for (const a of view.awaiting) if (a.country !== view.undecided?.country) lines.push(`? ${t('status.awaiting', { name: stateHere(a.country, a.name), day: a.due })}`);
    if (view.nextDue !== null) lines.push(`◷ ${t('status.next', { day: dayLabel(view.nextDue) })}`);
    notes.selectAll('li').data(lines).join('li').text((d) => d);
  };
}
