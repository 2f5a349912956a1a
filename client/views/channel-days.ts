import { select } from 'd3-selection';
import { scaleLinear } from 'd3-scale';
import type { ChannelDays } from '../../machines/run/result.ts';
import { CHANNELS, type ChannelName } from '../../machines/world/types.ts';
import { formatNumber, isRtl, t } from '../i18n/index.ts';
import { channelLabel } from '../i18n/labels.ts';

const W = 520;
const H = 130;
const M = { top: 12, bottom: 34, start: 40, end: 30 };

/** The highest day any channel's histogram reaches: several figures drawn on one scale compare at a glance. */
export function daysTop(all: Partial<Record<ChannelName, ChannelDays>>[]): number {
  return Math.max(1, ...all.flatMap((by) => Object.values(by).map((c) => c!.histogram.at(-1)!.to)));
}

interface Drawn {
  channel: ChannelName;
  days: ChannelDays;
}

/**
 * One histogram per channel that delivered, never one mixing them (a direct answer's days and a
 * treaty's are two distributions): bars from the engine's bins, p10 and p90 as solid marks, the
 * median dashed, and the same figures in words under it. The drawing is hidden from screen readers;
 * the caption says it all.
 */
export function drawChannelDays(container: HTMLElement, byChannel: Partial<Record<ChannelName, ChannelDays>>, runs: number, top: number): void {
  const data: Drawn[] = CHANNELS.filter((c) => byChannel[c]).map((channel) => ({ channel, days: byChannel[channel]! }));
  const x = scaleLinear().domain([0, top]).nice().range(isRtl() ? [W - M.start, M.end] : [M.start, W - M.end]);
  // Each channel on its own height (its counts are in its caption): a channel that delivered a
  // tenth of the runs still shows its shape beside one that delivered the rest.
  const y = (d: Drawn) => scaleLinear().domain([0, Math.max(1, ...d.days.histogram.map((b) => b.runs))]).range([H - M.bottom, M.top]);
  const base = H - M.bottom;
  const block = select(container).selectAll<HTMLDivElement, Drawn>('div.hist-channel').data(data, (d) => d.channel)
    .join((enter) => {
      const div = enter.append('div').attr('class', 'hist-channel');
      div.append('h4');
      const svg = div.append('svg').attr('viewBox', `0 0 ${W} ${H}`).attr('aria-hidden', 'true');
      svg.append('g').attr('class', 'bars');
      svg.append('g').attr('class', 'hist-axis');
      svg.append('g').attr('class', 'hist-marks');
      div.append('p').attr('class', 'hist-channel-caption');
      return div;
    });
  block.attr('data-channel', (d) => d.channel);
  block.select('h4').text((d) => channelLabel(d.channel));
  block.select('.bars').selectAll('rect').data((d) => d.days.histogram.map((b) => ({ ...b, top: y(d)(b.runs) }))).join('rect').attr('class', 'hist-bar')
    .attr('x', (b) => Math.min(x(b.from), x(b.to)) + 0.5).attr('width', (b) => Math.max(3, Math.abs(x(b.to) - x(b.from)) - 1))
    .attr('y', (b) => b.top).attr('height', (b) => base - b.top);
  const axis = block.select('.hist-axis');
  axis.selectAll('line.base').data([0]).join('line').attr('class', 'base').attr('x1', x.range()[0]!).attr('x2', x.range()[1]!).attr('y1', base).attr('y2', base);
  axis.selectAll('text').data(x.ticks(4)).join('text').attr('class', 'hist-label').attr('text-anchor', 'middle')
    .attr('x', (d) => x(d)).attr('y', H - M.bottom + 16).text((d) => formatNumber(d));
  block.select('.hist-marks').selectAll('line').data((d) => (['p10', 'p50', 'p90'] as const).map((p) => ({ p, day: d.days.days[p] })))
    .join('line').attr('class', (m) => (m.p === 'p50' ? 'hist-p50' : 'hist-pct'))
    .attr('x1', (m) => x(m.day)).attr('x2', (m) => x(m.day)).attr('y1', M.top - 6).attr('y2', base);
  block.select('.hist-channel-caption').text((d) => t('compare.channelCaption', {
    channel: channelLabel(d.channel), delivered: formatNumber(d.days.delivered), runs: formatNumber(runs),
    p10: formatNumber(d.days.days.p10), p50: formatNumber(d.days.days.p50), p90: formatNumber(d.days.days.p90),
  }));
}
