import { select } from 'd3-selection';
import { scaleLinear } from 'd3-scale';
import { symbol, symbolCircle, symbolSquare, symbolStar } from 'd3-shape';
import type { RequestView } from '../../machines/run/view.ts';
import type { Transition } from '../../machines/run/result.ts';
import { formatNumber, isRtl, t } from '../i18n/index.ts';
import { dayLabel, eventTypeLabel, stateLabel } from '../i18n/labels.ts';
import type { Sources } from '../model/sources.ts';
import { drawSources, resolveCites } from './sources.ts';
import { engineLang, reasonText } from '../i18n/engine-text.ts';

export interface TimelineState {
  view: RequestView;
  sources: Sources;
}

export interface TimelineOptions {
  /** Show only the last n transitions in the list (the presenter's screen). */
  limit?: number;
  /** Keep the newest transition in view as they arrive. */
  follow?: boolean;
}

const WIDTH = 1000;
const HEIGHT = 96;
const MARGIN = { start: 24, end: 24, top: 14, bottom: 28 };
const FINALS = new Set(['delivered', 'refused', 'blocked', 'dataLost', 'withdrawn']);

/** The lane a transition belongs to; each lane has its own shape as well as its own row. */
function lane(tr: Transition): 'channel' | 'custody' | 'end' {
  if (FINALS.has(tr.to)) return 'end';
  return tr.from.startsWith('preservation.') || tr.to.startsWith('preservation.') ? 'custody' : 'channel';
}
const LANE_Y = { channel: 34, custody: 62, end: 34 };
const LANE_SYMBOL = { channel: symbolCircle, custody: symbolSquare, end: symbolStar };

/**
 * Simulated days: a strip with every transition at its day (circles for the channel, squares for
 * preservation, a star for the end) and, below, the list that says what happened, why, and on what
 * authority. The list is the accessible form; the strip is its picture.
 */
export function create(container: HTMLElement, options: TimelineOptions = {}): (state: TimelineState) => void {
  const root = select(container).append('section').attr('class', 'timeline').attr('aria-labelledby', 'timeline-h');
  root.append('h2').attr('id', 'timeline-h').text(t('timeline.title'));
  const svg = root.append('svg').attr('class', 'timeline-strip').attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`).attr('aria-hidden', 'true');
  const axis = svg.append('g').attr('class', 'tl-axis');
  const today = svg.append('g').attr('class', 'tl-today');
  today.append('line').attr('y1', 6).attr('y2', HEIGHT - MARGIN.bottom + 4);
  today.append('text').attr('y', HEIGHT - 4).attr('text-anchor', 'middle');
  const marks = svg.append('g').attr('class', 'tl-marks');
  const legend = root.append('p').attr('class', 'tl-legend');
  legend.append('span').text(`● ${t('timeline.laneChannel')}`);
  legend.append('span').text(`■ ${t('timeline.lanePreservation')}`);
  legend.append('span').text(`★ ${t('timeline.laneEnd')}`);
  // It scrolls when long: reachable from the keyboard (WCAG 2.1.1; axe scrollable-region-focusable).
  const list = root.append('ol').attr('class', 'timeline-list').attr('tabindex', 0).attr('aria-labelledby', 'timeline-h');

  return ({ view, sources }) => {
    const transitions = view.transitions;
    const maxDay = Math.max(1, view.day, ...transitions.map((tr) => tr.day), view.nextDue ?? 0);
    const x = scaleLinear().domain([0, maxDay]).range(isRtl() ? [WIDTH - MARGIN.start, MARGIN.end] : [MARGIN.start, WIDTH - MARGIN.end]).nice();
    const ticks = x.ticks(8);
    axis.selectAll('line.base').data([0]).join('line').attr('class', 'base')
      .attr('x1', x.range()[0]!).attr('x2', x.range()[1]!).attr('y1', HEIGHT - MARGIN.bottom).attr('y2', HEIGHT - MARGIN.bottom);
    axis.selectAll<SVGGElement, number>('g.tick').data(ticks, (d) => String(d))
      .join((enter) => {
        const g = enter.append('g').attr('class', 'tick');
        g.append('line').attr('y1', HEIGHT - MARGIN.bottom).attr('y2', HEIGHT - MARGIN.bottom + 5);
        g.append('text').attr('y', HEIGHT - MARGIN.bottom + 18).attr('text-anchor', 'middle');
        return g;
      })
      .attr('transform', (d) => `translate(${x(d)},0)`)
      .select('text').text((d) => formatNumber(d));
    today.attr('transform', `translate(${x(view.day)},0)`).select('text').text(dayLabel(view.day));

    marks.selectAll<SVGPathElement, Transition>('path').data(transitions, (d) => String(d.seq))
      .join('path')
      .attr('class', (d) => `tl-mark lane-${lane(d)}${d.seq === transitions.length ? ' is-latest' : ''}`)
      .attr('d', (d) => symbol(LANE_SYMBOL[lane(d)], d.seq === transitions.length ? 260 : 130)())
      .attr('transform', (d) => `translate(${x(d.day)},${LANE_Y[lane(d)]})`);

    const shown = options.limit ? transitions.slice(-options.limit) : transitions;
    const items = list.selectAll<HTMLLIElement, Transition>('li').data(shown, (d) => String(d.seq))
      .join((enter) => {
        const li = enter.append('li').attr('class', 'tl-item');
        const head = li.append('p').attr('class', 'tl-head');
        head.append('span').attr('class', 'tl-day');
        head.append('span').attr('class', 'tl-event');
        head.append('span').attr('class', 'tl-move');
        li.append('p').attr('class', 'tl-reason');
        li.append('ul');
        return li;
      })
      .classed('is-latest', (d) => d.seq === transitions.length)
      .attr('aria-current', (d) => (d.seq === transitions.length ? 'step' : null));
    items.select('.tl-day').text((d) => dayLabel(d.day));
    items.select('.tl-event').text((d) => eventTypeLabel(d.event));
    items.select('.tl-move').text((d) => `${stateLabel(d.from)} ${t('common.arrow')} ${stateLabel(d.to)}`);
    // The engine's reason in the page's language (its message); English only while a part still sends none.
    items.select('.tl-reason').text((d) => reasonText(d)).attr('lang', (d) => engineLang(d.message)).attr('dir', 'auto');
    items.each(function (d) {
      drawSources(select(this).select<HTMLUListElement>('ul'), resolveCites(d.cites, sources));
    });
    items.order();
    // The newest entry into view within the list only: scrollIntoView would scroll the page too, and
    // take the projector, the trainer's controls or a phone's open vote away with it.
    const box = list.node();
    if (options.follow && box) box.scrollTop = box.scrollHeight;
  };
}
