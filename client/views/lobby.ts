import { select } from 'd3-selection';
import { t } from '../i18n/index.ts';

export interface LobbyState {
  /** Who has joined and been let in, in the order they joined. */
  names: string[];
  count: number;
}

/**
 * The projector's lobby before the session starts: how many have joined, and their names as they
 * arrive (the room sees that joining works, and who is still missing).
 */
export function create(container: HTMLElement): (state: LobbyState) => void {
  const root = select(container).append('section').attr('class', 'lobby').attr('aria-labelledby', 'lobby-h');
  // Polite: a screen reader hears the count, not every name.
  const count = root.append('h2').attr('id', 'lobby-h').attr('class', 'lobby-count').attr('aria-live', 'polite');
  const empty = root.append('p').attr('class', 'lobby-empty').text(t('presenter.nobody'));
  const list = root.append('ul').attr('class', 'lobby-names');
  return ({ names, count: n }) => {
    // Only a new count is written: the region speaks whenever its text is set, even to the same words.
    const joined = t('presenter.joined', { count: n });
    if (count.text() !== joined) count.text(joined);
    empty.property('hidden', n > 0);
    list.selectAll('li').data(names).join('li').attr('dir', 'auto').text((d) => d);
  };
}
