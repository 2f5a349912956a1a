import { select } from 'd3-selection';
import type { AuthorityAct } from '../../machines/run/world-events.ts';
import type { DebriefDecision } from '../../server/protocol.ts';
import { t } from '../i18n/index.ts';
import { dayLabel, eventLabel, eventTypeLabel } from '../i18n/labels.ts';

/**
 * The decisions someone took in the session, from the debrief's list: the runner's conclusion when
 * no channel is left is how a run ends, not a choice to set beside the authorities'.
 */
export function choicesOf(decisions: readonly DebriefDecision[]): DebriefDecision[] {
  return decisions.filter((d) => d.kind === 'decision' && d.event.type !== 'CONCLUDE');
}

export interface AuthoritiesState {
  /** The decisions taken in this session (the debrief's, kind `decision`). */
  ours: Pick<DebriefDecision, 'day' | 'event'>[];
  /** What the real authorities did: the script's decisions. */
  theirs: AuthorityAct[];
}

const decisionText = (d: Pick<DebriefDecision, 'day' | 'event'>) =>
  `${dayLabel(d.day)}: ${d.event.type === 'CONCLUDE' ? eventTypeLabel('CONCLUDE') : eventLabel(d.event)}`;
const actText = (a: AuthorityAct) => `${a.day === null ? t('authorities.whenAwaited') : dayLabel(a.day)}: ${eventLabel(a.event)}`;

/**
 * The class's decisions beside the real authorities' (the scenario's script), two lists side by
 * side: where they part is what the debrief discussion is about. `oursTitle` names the left list
 * ("The class's choices", or "Your choices" in a walk-through).
 */
export function create(container: HTMLElement, oursTitle: string): (state: AuthoritiesState) => void {
  const root = select(container).append('section').attr('class', 'authorities').attr('aria-labelledby', 'authorities-h');
  root.append('h2').attr('id', 'authorities-h').text(t('authorities.title'));
  const pair = root.append('div').attr('class', 'pair authorities-pair');
  const column = (cls: string, title: string) => {
    const box = pair.append('div').attr('class', `authorities-col ${cls}`);
    box.append('h3').text(title);
    return box.append('ol');
  };
  const ours = column('is-ours', oursTitle);
  const theirs = column('is-theirs', t('authorities.real'));

  const fill = (list: typeof ours, texts: string[]) => {
    list.selectAll('li').data(texts.length ? texts : [t('authorities.none')]).join('li').attr('dir', 'auto').text((d) => d);
  };
  return (state) => {
    fill(ours, state.ours.map(decisionText));
    fill(theirs, state.theirs.map(actText));
  };
}
