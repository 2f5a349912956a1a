import { select } from 'd3-selection';
import type { Outcome } from '../../machines/scenario.ts';
import type { ChannelName } from '../../machines/world/types.ts';
import { formatNumber, t } from '../i18n/index.ts';
import { channelLabel, outcomeLabel } from '../i18n/labels.ts';
import type { RegimeSample } from '../model/sample-days.ts';
import { daysTop, drawChannelDays } from './channel-days.ts';
import { engineLang, reasonText } from '../i18n/engine-text.ts';
import type { Message } from '../../machines/messages/types.ts';

export interface RegimeOutcome {
  regime: string;
  title: string;
  outcome: Outcome | null;
  channel: ChannelName | null;
  attempts: ChannelName[];
  days: number | null;
  cites: string[];
  /** Why it ended so (machines/run/why.ts): the verdict of the channel taken, or the step that ended it. */
  why: { reason: string; message?: Message; cites: string[] } | null;
  error: string | null;
}

export interface ComparisonState {
  rows: RegimeOutcome[];
  samples: RegimeSample[] | null;
  /** The source of every id a why cites, each listed once under the table. */
  sources: Map<string, string>;
  /** Runs done so far while sampling, for the progress line. */
  progress?: string;
}

/**
 * A scenario under each regime: the deterministic outcome as a table (words, not colours), then,
 * from sampled runs, per regime one histogram of days per channel that delivered, on a shared scale.
 * The why column says each row's reason in words; its sources are listed once under the table.
 */
export function create(container: HTMLElement): (state: ComparisonState) => void {
  const root = select(container);
  const tableBox = root.append('section').attr('class', 'panel');
  tableBox.append('h2').text(t('compare.tableTitle'));
  // Roles said outright: on a phone the rows are stacked as blocks (styles.css), which would
  // otherwise drop the table's meaning for screen readers; each cell then shows its column's name.
  const table = tableBox.append('table').attr('class', 'regime-table').attr('role', 'table');
  const head = table.append('thead').attr('role', 'rowgroup').append('tr').attr('role', 'row');
  const columns = ['compare.regime', 'compare.outcome', 'compare.channel', 'compare.days', 'compare.attempts', 'compare.why'];
  for (const key of columns) head.append('th').attr('scope', 'col').attr('role', 'columnheader').text(t(key));
  const body = table.append('tbody').attr('role', 'rowgroup');
  const sourcesBox = tableBox.append('div').attr('class', 'why-sources');
  sourcesBox.append('h3').text(t('compare.sourcesTitle'));
  const sourceList = sourcesBox.append('ul').attr('class', 'sources');
  const histBox = root.append('section').attr('class', 'panel');
  histBox.append('h2').text(t('compare.histTitle'));
  const progress = histBox.append('p').attr('class', 'hint').attr('role', 'status');
  const hists = histBox.append('div').attr('class', 'hists');

  return ({ rows, samples, sources, progress: note }) => {
    const tr = body.selectAll<HTMLTableRowElement, RegimeOutcome>('tr').data(rows, (d) => d.regime)
      .join((enter) => {
        const row = enter.append('tr').attr('role', 'row');
        row.append('th').attr('scope', 'row').attr('role', 'rowheader');
        for (let i = 1; i < columns.length; i++) row.append('td').attr('role', 'cell').attr('data-label', t(columns[i]!));
        return row;
      });
    tr.select('th').text((d) => d.title);
    tr.select('td:nth-of-type(1)').text((d) => (d.error ? `⚠ ${d.error}` : outcomeLabel(d.outcome)));
    // An ended request with no channel taken says how it ended, not "none yet".
    tr.select('td:nth-of-type(2)').text((d) => (d.error ? '' : !d.channel && d.outcome ? t('compare.channelEnded', { outcome: outcomeLabel(d.outcome) }) : channelLabel(d.channel)));
    tr.select('td:nth-of-type(3)').attr('class', 'num').text((d) => (d.days === null ? '' : formatNumber(d.days)));
    tr.select('td:nth-of-type(4)').text((d) => d.attempts.map(channelLabel).join(` ${t('common.arrow')} `));
    const why = tr.select('td:nth-of-type(5)').attr('class', 'why');
    why.selectAll('span.why-reason').data((d) => (d.why ? [d.why] : [])).join('span').attr('class', 'why-reason').attr('lang', (w) => engineLang(w.message)).attr('dir', 'auto').text((w) => reasonText(w));
    why.selectAll('span.why-cites').data((d) => (d.why?.cites.length ? [d.why] : [])).join('span').attr('class', 'why-cites')
      .text((w) => ` ${t('compare.whyCites', { ids: w.cites.join(', ') })}`);
    // Each source once, in the order the rows first cite them.
    const cited = [...new Set(rows.flatMap((r) => r.why?.cites ?? []))];
    sourcesBox.attr('hidden', cited.length ? null : true);
    sourceList.selectAll('li').data(cited).join('li').attr('lang', 'en').attr('dir', 'ltr').attr('data-source', '')
      .text((id) => `${id}: ${sources.get(id) ?? t('compare.unknownSource')}`);

    progress.text(note ?? '');
    if (!samples) return void hists.selectAll('*').remove();
    const top = daysTop(samples.map((s) => s.byChannel));
    const title = (regime: string) => rows.find((r) => r.regime === regime)?.title ?? regime;
    const figure = hists.selectAll<HTMLElement, RegimeSample>('figure').data(samples, (d) => d.regime)
      .join((enter) => {
        const f = enter.append('figure').attr('class', 'hist');
        f.append('h3');
        f.append('div').attr('class', 'hist-channels');
        f.append('figcaption');
        return f;
      });
    figure.select('h3').text((d) => title(d.regime));
    figure.select<HTMLElement>('.hist-channels').each(function (d) {
      drawChannelDays(this, d.byChannel, d.runs, top);
    });
    figure.select('figcaption').text((d) => caption(d));
  };
}

/** The histogram in words: how many runs delivered, the median and spread, what else happened. */
export function caption(s: RegimeSample): string {
  if (s.error) return `⚠ ${s.error}`;
  const others = Object.entries(s.outcomes).filter(([o]) => o !== 'delivered').map(([o, n]) => `${outcomeLabel(o)} ${formatNumber(n!)}`).join(t('common.comma'));
  if (s.delivered === 0) return t('compare.noneDelivered', { runs: s.runs, others });
  return t('compare.deliveredOf', { delivered: s.delivered, runs: s.runs }) + (others ? ` ${t('compare.others', { others })}` : '');
}
