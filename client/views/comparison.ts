import { select } from 'd3-selection';
import { bin, max, quantileSorted } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Outcome } from '../../machines/scenario.ts';
import type { ChannelName } from '../../machines/world/types.ts';
import { formatNumber, isRtl, t } from '../i18n/index.ts';
import { channelLabel, outcomeLabel } from '../i18n/labels.ts';
import type { RegimeSample } from '../model/sample-days.ts';

export interface RegimeOutcome {
  regime: string;
  title: string;
  outcome: Outcome | null;
  channel: ChannelName | null;
  attempts: ChannelName[];
  days: number | null;
  cites: string[];
  error: string | null;
}

export interface ComparisonState {
  rows: RegimeOutcome[];
  samples: RegimeSample[] | null;
  /** Runs done so far while sampling, for the progress line. */
  progress?: string;
}

const W = 520;
const H = 190;
const M = { top: 14, bottom: 40, start: 40, end: 30 };

/**
 * A scenario under each regime: the deterministic outcome as a table (words, not colours), then,
 * from sampled runs, one histogram of days per regime on a shared scale, its median marked by a
 * dashed line and stated in the caption.
 */
export function create(container: HTMLElement): (state: ComparisonState) => void {
  const root = select(container);
  const tableBox = root.append('section').attr('class', 'panel');
  tableBox.append('h2').text(t('compare.tableTitle'));
  const table = tableBox.append('table').attr('class', 'regime-table');
  const head = table.append('thead').append('tr');
  for (const key of ['compare.regime', 'compare.outcome', 'compare.channel', 'compare.days', 'compare.attempts', 'compare.cites']) head.append('th').attr('scope', 'col').text(t(key));
  const body = table.append('tbody');
  const histBox = root.append('section').attr('class', 'panel');
  histBox.append('h2').text(t('compare.histTitle'));
  const progress = histBox.append('p').attr('class', 'hint').attr('role', 'status');
  const hists = histBox.append('div').attr('class', 'hists');

  return ({ rows, samples, progress: note }) => {
    const tr = body.selectAll<HTMLTableRowElement, RegimeOutcome>('tr').data(rows, (d) => d.regime)
      .join((enter) => {
        const row = enter.append('tr');
        row.append('th').attr('scope', 'row');
        for (let i = 0; i < 5; i++) row.append('td');
        return row;
      });
    tr.select('th').text((d) => d.title);
    tr.select('td:nth-of-type(1)').text((d) => (d.error ? `⚠ ${d.error}` : outcomeLabel(d.outcome)));
    tr.select('td:nth-of-type(2)').text((d) => (d.error ? '' : channelLabel(d.channel)));
    tr.select('td:nth-of-type(3)').attr('class', 'num').text((d) => (d.days === null ? '' : formatNumber(d.days)));
    tr.select('td:nth-of-type(4)').text((d) => d.attempts.map(channelLabel).join(` ${t('common.arrow')} `));
    tr.select('td:nth-of-type(5)').text((d) => d.cites.join(', '));

    progress.text(note ?? '');
    if (!samples) return void hists.selectAll('*').remove();
    const top = max(samples.flatMap((s) => s.delivered)) ?? 1;
    const x = scaleLinear().domain([0, top]).nice().range(isRtl() ? [W - M.start, M.end] : [M.start, W - M.end]);
    const binner = bin().domain(x.domain() as [number, number]).thresholds(x.ticks(24));
    const binned = samples.map((s) => ({ sample: s, bins: binner(s.delivered) }));
    const yMax = Math.max(1, ...binned.flatMap((b) => b.bins.map((x) => x.length)));
    const y = scaleLinear().domain([0, yMax]).range([H - M.bottom, M.top]);
    const title = (regime: string) => rows.find((r) => r.regime === regime)?.title ?? regime;

    const figure = hists.selectAll<HTMLElement, (typeof binned)[number]>('figure').data(binned, (d) => d.sample.regime)
      .join((enter) => {
        const f = enter.append('figure').attr('class', 'hist');
        f.append('h3');
        const svg = f.append('svg').attr('viewBox', `0 0 ${W} ${H}`).attr('aria-hidden', 'true');
        svg.append('g').attr('class', 'bars');
        svg.append('g').attr('class', 'hist-axis');
        svg.append('line').attr('class', 'hist-p50');
        f.append('figcaption');
        return f;
      });
    figure.select('h3').text((d) => title(d.sample.regime));
    figure.select('.bars').selectAll('rect').data((d) => d.bins).join('rect').attr('class', 'hist-bar')
      .attr('x', (b) => Math.min(x(b.x0!), x(b.x1!)) + 0.5).attr('width', (b) => Math.max(0, Math.abs(x(b.x1!) - x(b.x0!)) - 1))
      .attr('y', (b) => y(b.length)).attr('height', (b) => y(0) - y(b.length));
    const axis = figure.select('.hist-axis');
    axis.selectAll('line.base').data([0]).join('line').attr('class', 'base').attr('x1', x.range()[0]!).attr('x2', x.range()[1]!).attr('y1', y(0)).attr('y2', y(0));
    axis.selectAll('text').data(x.ticks(4)).join('text').attr('class', 'hist-label').attr('text-anchor', 'middle')
      .attr('x', (d) => x(d)).attr('y', H - M.bottom + 18).text((d) => formatNumber(d));
    figure.select('.hist-p50').each(function (d) {
      const sorted = [...d.sample.delivered].sort((a, b) => a - b);
      const p50 = sorted.length ? quantileSorted(sorted, 0.5)! : null;
      select(this).attr('hidden', p50 === null ? true : null).attr('x1', x(p50 ?? 0)).attr('x2', x(p50 ?? 0)).attr('y1', M.top - 6).attr('y2', y(0));
    });
    figure.select('figcaption').text((d) => caption(d.sample));
  };
}

/** The histogram in words: how many runs delivered, the median and spread, what else happened. */
function caption(s: RegimeSample): string {
  if (s.error) return `⚠ ${s.error}`;
  const sorted = [...s.delivered].sort((a, b) => a - b);
  const others = Object.entries(s.outcomes).filter(([o]) => o !== 'delivered').map(([o, n]) => `${outcomeLabel(o)} ${formatNumber(n!)}`).join(t('common.comma'));
  if (sorted.length === 0) return t('compare.noneDelivered', { runs: s.runs, others });
  const q = (p: number) => formatNumber(Math.round(quantileSorted(sorted, p)!));
  return t('compare.caption', { delivered: sorted.length, runs: s.runs, p50: q(0.5), p10: q(0.1), p90: q(0.9) }) + (others ? ` ${t('compare.others', { others })}` : '');
}
