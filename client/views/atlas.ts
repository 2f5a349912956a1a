import { select } from 'd3-selection';
import type { Jurisdiction } from '../../machines/world/types.ts';
import { formatNumber, t } from '../i18n/index.ts';
import { channelLabel, daysLabel } from '../i18n/labels.ts';
import { compareCells, type AtlasCell } from '../model/atlas.ts';
import { reasonText } from '../i18n/engine-text.ts';
import { stateHere } from '../i18n/states.ts';

export interface AtlasState {
  /** Requesting states, one per row of the matrix. */
  rows: Jurisdiction[];
  /** Requested states, one per column. */
  columns: Jurisdiction[];
  /** The matrix as the world stands (rows: requesting states; columns: requested states). */
  baseline: AtlasCell[][];
  /** The matrix with the negotiator's changes. */
  current: AtlasCell[][];
}

/** Each channel's letter: the cell says it in text, the colour only repeats it. */
export const CHANNEL_LETTER: Record<string, string> = { direct: 'D', agreement: 'A', mlat: 'M', rogatory: 'R' };

interface Row {
  state: Jurisdiction;
  cells: { cell: AtlasCell; before: AtlasCell }[];
}

/**
 * One requesting state: its row turned into a list, one line per requested state, so that 195
 * states read down the page instead of across it.
 */
function transpose(state: AtlasState): { head: Jurisdiction[]; rows: Row[] } {
  const head = [{ id: '', name: t('atlas.requested') } as Jurisdiction, { id: 'channel', name: t('atlas.firstChannel') } as Jurisdiction];
  return { head, rows: state.columns.map((to, j) => ({ state: to, cells: [{ cell: state.current[0]![j]!, before: state.baseline[0]![j]! }] })) };
}

/**
 * The atlas matrix: requesting states down, requested states across, each cell the channel that
 * opens first and its median days. A cell the negotiator's change moves is outlined and says by how
 * many days, with a sign (− faster, + slower).
 */
export function create(container: HTMLElement, on: { explain?: (cell: AtlasCell) => void } = {}): (state: AtlasState) => void {
  const root = select(container);
  const summary = root.append('p').attr('class', 'atlas-summary').attr('role', 'status');
  const legend = root.append('p').attr('class', 'map-legend');
  for (const c of ['direct', 'agreement', 'mlat', 'rogatory']) legend.append('span').attr('class', `legend-chip cell-${c}`).text(`${CHANNEL_LETTER[c]} = ${channelLabel(c)}`);
  legend.append('span').attr('class', 'legend-chip cell-changed').text(t('atlas.legendChanged'));
  const wrap = root.append('div').attr('class', 'atlas-wrap').attr('tabindex', 0).attr('role', 'region').attr('aria-label', t('atlas.matrix'));
  const table = wrap.append('table').attr('class', 'atlas-table');
  table.append('caption').attr('class', 'visually-hidden').text(t('atlas.caption'));
  const headRow = table.append('thead').append('tr');
  const body = table.append('tbody');

  return (state) => {
    const { baseline, current } = state;
    const list = state.rows.length === 1;
    const matrix = {
      head: [{ id: '', name: t('atlas.corner') } as Jurisdiction, ...state.columns],
      rows: state.rows.map((from, i): Row => ({ state: from, cells: current[i]!.map((cell, j) => ({ cell, before: baseline[i]![j]! })) })),
    };
    const { head, rows } = list ? transpose(state) : matrix;
    table.classed('atlas-list', list);
    headRow.selectAll('th').data(head, (d) => (d as Jurisdiction).id).join('th').attr('scope', 'col')
      .attr('title', (d) => d.name).attr('abbr', (d) => d.name).text((d) => (list || !d.id ? d.name : d.id));
    const tr = body.selectAll<HTMLTableRowElement, Row>('tr').data(rows, (d) => d.state.id)
      .join((enter) => {
        const row = enter.append('tr');
        row.append('th').attr('scope', 'row');
        return row;
      });
    tr.select('th').text((d) => d.state.name).attr('title', (d) => d.state.id);
    let changed = 0;
    let faster = 0;
    let slower = 0;
    // Each cell explains itself on hover, and on keyboard focus where the table is small enough to walk through.
    const focusable = rows.length * (rows[0]?.cells.length ?? 0) <= 2500;
    tr.selectAll<HTMLTableCellElement, Row['cells'][number]>('td').data((d) => d.cells).join((enter) => enter.append('td')
      .on('mouseenter focus', (_e, d) => on.explain?.(d.cell)))
      .attr('tabindex', focusable ? 0 : null)
      .attr('class', ({ cell, before }) => {
        const change = compareCells(before, cell);
        if (change) {
          changed++;
          if ((change.deltaDays ?? 0) < 0) faster++;
          if ((change.deltaDays ?? 0) > 0) slower++;
        }
        return `${cell.channel ? `cell-${cell.channel}` : 'cell-self'}${change ? ' cell-changed' : ''}`;
      })
      .text(({ cell, before }) => {
        if (cell.from === cell.to) return '—';
        if (!cell.channel) return '∅';
        const change = compareCells(before, cell);
        const delta = change?.deltaDays ? ` (${change.deltaDays > 0 ? '+' : '−'}${formatNumber(Math.abs(change.deltaDays))})` : change ? ' (Δ)' : '';
        return `${CHANNEL_LETTER[cell.channel]} ${formatNumber(cell.days ?? 0)}${delta}`;
      })
      .attr('title', ({ cell, before }) => {
        if (cell.from === cell.to) return t('atlas.domestic');
        const was = compareCells(before, cell) && before.channel ? ` ${t('atlas.was', { channel: channelLabel(before.channel), days: daysLabel(before.days ?? 0) })}` : '';
        const reason = cell.said ? cell.said.map((x) => reasonText(x)).join(' ') : cell.reason;
        return `${stateHere(cell.from)} ${t('common.arrow')} ${stateHere(cell.to)}: ${channelLabel(cell.channel)}, ${t('common.day', { day: cell.days ?? 0 })}.${was}${reason ? ` ${reason}` : ''}`;
      });
    summary.text(changed === 0 ? t('atlas.noChange') : t(changed === 1 ? 'atlas.changesOne' : 'atlas.changes', { changed, faster, slower }));
  };
}
