import { select } from 'd3-selection';
import type { Input } from '../../machines/run/replay.ts';
import type { InputRecord } from '../../server/protocol.ts';
import { formatNumber, t } from '../i18n/index.ts';
import { eventLabel } from '../i18n/labels.ts';

export interface HistoryState {
  records: InputRecord[];
}

/** An input as the trainer reads it back: "Choose MLAT", "Advance to day 40", "Step". */
export function inputLabel(input: Input): string {
  switch (input.kind) {
    case 'event':
      return eventLabel(input.event);
    case 'advance':
      return t('history.advance', { day: formatNumber(input.to) });
    case 'step':
      return t('history.step');
  }
}

/**
 * The session's inputs, newest first, each with a button to branch from the moment after it: a new
 * session with the inputs up to there, where the class can take the other road.
 */
export function create(container: HTMLElement, onBranch: (atSeq: number) => void): (state: HistoryState) => void {
  const root = select(container).append('section').attr('class', 'history').attr('aria-labelledby', 'history-h');
  root.append('h2').attr('id', 'history-h').text(t('history.title'));
  root.append('p').attr('class', 'hint').text(t('history.hint'));
  const list = root.append('ol').attr('class', 'history-list').attr('reversed', true);
  const origin = root.append('button').attr('type', 'button').attr('class', 'btn btn-small branch-start').attr('data-focus-key', 'history:0')
    .text(t('history.branchStart')).on('click', () => onBranch(0));

  return ({ records }) => {
    // Play writes one advance per tick: collapse runs of them so the list stays one screen long.
    const shown = records.filter((r, i) => !(r.actor === 'play' && records[i + 1]?.actor === 'play'));
    const items = list.selectAll<HTMLLIElement, InputRecord>('li').data([...shown].reverse(), (d) => String(d.seq))
      .join((enter) => {
        const li = enter.append('li').attr('class', 'history-item');
        li.append('span').attr('class', 'history-seq');
        li.append('span').attr('class', 'history-what');
        li.append('span').attr('class', 'history-who');
        // Keyed by its input: the list is redrawn newest first on every input, and reordered.
        li.append('button').attr('type', 'button').attr('class', 'btn btn-small branch-here')
          .attr('data-focus-key', (d) => `history:${d.seq}`).attr('data-focus-fallback', 'history:0')
          .on('click', (_e, d) => onBranch(d.seq));
        return li;
      });
    items.attr('value', (d) => d.seq);
    items.select('.history-seq').text((d) => `#${formatNumber(d.seq)}`);
    items.select('.history-what').text((d) => inputLabel(d.input));
    items.select('.history-who').text((d) => t(`actor.${d.actor}`));
    // The name starts with the words on the button (WCAG 2.5.3), then says which step it branches after.
    items.select('.branch-here').text(t('history.branch')).attr('aria-label', (d) => t('history.branchHereLabel', { here: t('history.branch'), seq: d.seq, what: inputLabel(d.input) }));
    items.order();
    origin.property('disabled', records.length === 0);
  };
}
