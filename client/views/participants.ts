import { select } from 'd3-selection';
import type { PresenceBroadcast } from '../../server/protocol.ts';
import { t } from '../i18n/index.ts';

export interface ParticipantsState {
  participants: PresenceBroadcast['participants'];
}

/** Who has joined, and who is connected now: ● online, ○ away, in words as well as in shape. */
export function create(container: HTMLElement): (state: ParticipantsState) => void {
  const root = select(container).append('section').attr('class', 'participants').attr('aria-labelledby', 'participants-h');
  const heading = root.append('h2').attr('id', 'participants-h');
  const empty = root.append('p').attr('class', 'hint').text(t('participants.none'));
  const list = root.append('ul').attr('class', 'participant-list');

  return ({ participants }) => {
    const online = participants.filter((p) => p.connected).length;
    heading.text(t('participants.title', { online, total: participants.length }));
    empty.property('hidden', participants.length > 0);
    const items = list.selectAll<HTMLLIElement, (typeof participants)[number]>('li').data(participants, (p) => p.id)
      .join((enter) => {
        const li = enter.append('li');
        li.append('span').attr('class', 'presence-mark').attr('aria-hidden', 'true');
        li.append('span').attr('class', 'participant-name');
        li.append('span').attr('class', 'presence-text');
        return li;
      })
      .classed('is-online', (p) => p.connected);
    items.select('.presence-mark').text((p) => (p.connected ? '●' : '○'));
    items.select('.participant-name').text((p) => p.name);
    items.select('.presence-text').text((p) => ` (${p.connected ? t('participants.online') : t('participants.away')})`);
  };
}
