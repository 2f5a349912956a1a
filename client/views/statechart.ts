import { select } from 'd3-selection';
import { line, curveBasis } from 'd3-shape';
import { machineGraph } from '../../machines/request/graph.ts';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import type { RequestView } from '../../machines/run/view.ts';
import { has, isRtl, t } from '../i18n/index.ts';
import { eventLabel, eventTypeLabel, stateLabel } from '../i18n/labels.ts';
import { HUB, layoutMachine, nodeIdOf, openBoxFor, placeLabels, type LaidEdge, type LaidNode, type Layout } from '../model/statechart-layout.ts';
import { edgeEvent, fitsEdge } from '../model/edge-event.ts';
import { createTextAlternative, eventKey, spokenWords } from './statechart-text.ts';
import { stateHere } from '../i18n/states.ts';

export interface StatechartState {
  view: RequestView;
  /** Whether the allowed events are offered as buttons on their edges (the trainer's console). */
  interactive: boolean;
}

export interface StatechartOptions {
  onEvent?: (event: ScenarioEvent) => void;
  /** A title for screen readers and for the exported file. */
  title?: string;
  /** Open every channel the request went through, not only the current one (the debrief's record). */
  openVisited?: boolean;
}

const NODE_FONT = '600 18px system-ui, sans-serif';
/** The smallest words on the chart, in its own units (edge and box labels: the stylesheet's .sc-edge-label text). */
const SMALLEST_TEXT = 15;
const EDGE_FONT = '15px system-ui, sans-serif';

/** Widths of label text, measured once with the fonts the stylesheet uses for the chart. */
function measurer(): (text: string, kind: 'node' | 'edge') => number {
  const context = document.createElement('canvas').getContext('2d');
  return (text, kind) => {
    if (!context) return text.length * (kind === 'node' ? 10 : 8);
    context.font = kind === 'node' ? NODE_FONT : EDGE_FONT;
    return context.measureText(text).width;
  };
}

function nodeLabel(node: { path: string; kind: LaidNode['kind'] }): string {
  if (node.kind === 'hub') return t('state.decide');
  return node.kind === 'group' ? `▣ ${stateLabel(node.path)}` : stateLabel(node.path);
}

const CHECK = 'active.channel.sovereigntyCheck';
const UNDECIDED = `${CHECK}.undecided`;
/** The decide node's edge into the third-country check: taken by whichever channel needs consultation. */
const isConsultEdge = (edge: LaidEdge) => edge.source === HUB && (edge.target === CHECK || edge.target.startsWith(`${CHECK}.`));

/**
 * What an edge says: its events in words, ◷ for a timed transition, ∗ when it leaves from any
 * state of its box. Edges out of a folded channel say nothing: their detail is inside the box.
 */
function edgeText(edge: LaidEdge, folded: ReadonlySet<string>): string {
  if (folded.has(edge.source)) return '';
  if (isConsultEdge(edge)) return t('statechart.consultFirst');
  // An undecided answer's edges each say the answer that takes them (consent on, object to the objection).
  if (edge.source === UNDECIDED && edge.events.includes('THIRD_COUNTRY_ANSWERS')) return t(`answer.${edge.target.endsWith('.objected') ? 'object' : 'consent'}`);
  const named = edge.events.filter((e) => !e.startsWith('after '));
  const timed = edge.events.length > named.length;
  // Short words on the chart (the full ones are in each edge's title and each button's name).
  const words = named.map((e) => {
    // Edges of one event that differ by its value (a provider's choice) each say their value, in
    // short: the state they leave says whose choice it is, the button's name says it in full.
    const carried = edgeEvent(e, edge.guards);
    if (carried) return 'choice' in carried ? t(`choice.${carried.choice}`) : 'outcome' in carried ? t(`ruling.${carried.outcome}`) : eventLabel(carried);
    return has(`edge.${e}`) ? t(`edge.${e}`) : eventTypeLabel(e);
  }).join(' / ');
  return `${timed ? '◷' : ''}${timed && words ? ' ' : ''}${words}${edge.fromAny ? ' ∗' : ''}`;
}

const FINALS = new Set(['delivered', 'refused', 'blocked', 'dataLost', 'withdrawn']);

/**
 * The request statechart, lit on every update: the current states, the states visited, the last
 * transition, and (for the trainer) the events that can be sent now as buttons on their edges.
 * Laid out again (dagre) only when the channel box to open changes. Besides colour, the current
 * state has a thick outline and a ▶ mark, visited states a ✓, the last transition a thick line.
 */
export function create(container: HTMLElement, options: StatechartOptions = {}): (state: StatechartState) => void {
  const graph = machineGraph();
  const measure = measurer();
  const rtl = isRtl();

  const figure = select(container).append('figure').attr('class', 'statechart');
  // The window the chart is seen through: the chart keeps its words readable and pans here when it
  // is larger than its box (a projector's corner, a laptop's column, a phone, 200 % zoom).
  const pan = figure.append('div').attr('class', 'sc-pan');
  const svg = pan.append('svg')
    .attr('class', 'sc')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    // A group, not an img: an img's children are hidden from screen readers, and the trainer's
    // edge buttons live inside. Its boxes and words are hidden from them (the list below says the
    // same in order, without a run-on string of names and marks); only the buttons are left.
    .attr('role', 'group')
    .attr('aria-labelledby', 'sc-title')
    .attr('aria-describedby', 'sc-desc');
  // The key to the drawing's marks and lines, which are hidden from screen readers (the list says
  // the same in words): read aloud, the key would name marks nobody hears ("black right-pointing triangle").
  const legend = figure.append('p').attr('class', 'sc-legend').attr('aria-hidden', 'true');
  for (const [glyph, key] of [['▶', 'legendCurrent'], ['✓', 'legendVisited'], ['◷', 'legendTimed'], ['∗', 'legendAny'], ['▣', 'legendGroup'], ['━', 'legendLast']] as const) {
    const item = legend.append('span').attr('class', key === 'legendLast' ? 'legend-last' : null);
    item.append('span').text(`${glyph} `);
    item.append('span').text(t(`statechart.${key}`));
  }
  const alt = createTextAlternative(figure.node()!, (event) => options.onEvent?.(event));

  let drawnFor: string | null = null;
  let shownCurrent = '';
  let scale = 1;
  /**
   * The chart's scale: fit to its box, but never so small that its smallest words fall under the
   * size the page asks for (--sc-min-text, in CSS px: larger on the projector). Those sizes are CSS
   * px, so at 200 % zoom the words are twice as large on the screen and the chart pans instead.
   */
  function fit(): boolean {
    const box = pan.node()!;
    const width = box.clientWidth;
    if (!layout || width === 0) return false;
    const style = getComputedStyle(box);
    const min = parseFloat(style.getPropertyValue('--sc-min-text')) || 14;
    // The projector's box has a height of its own; elsewhere the chart's height follows its width.
    const height = style.getPropertyValue('--sc-fit-height').trim() === '1' ? box.clientHeight : 0;
    const fitted = Math.min(width / layout.width, height > 0 ? height / layout.height : Infinity);
    // A hair over the minimum: the browser rounds the drawing's scale.
    const next = Math.max(fitted, (min / SMALLEST_TEXT) * 1.01);
    if (Math.abs(next - scale) < 0.001 && svg.style('--sc-w')) return false;
    scale = next;
    svg.style('--sc-w', `${layout.width * scale}px`).style('--sc-h', `${layout.height * scale}px`);
    pan.classed('is-panned', next > fitted + 0.001)
      // A window that scrolls is reachable from the keyboard (WCAG 2.1.1), and named.
      .attr('tabindex', next > fitted + 0.001 ? 0 : null)
      .attr('role', next > fitted + 0.001 ? 'group' : null)
      .attr('aria-label', next > fitted + 0.001 ? t('statechart.pan') : null);
    return true;
  }
  /** Bring the current state into the middle of the window, without scrolling the page. */
  function centreCurrent(): void {
    const box = pan.node()!;
    if (box.scrollWidth <= box.clientWidth && box.scrollHeight <= box.clientHeight) return;
    const node = svg.select<SVGGElement>('.sc-node.is-current:not(.kind-hub)').node() ?? svg.select<SVGGElement>('.sc-node.is-current').node();
    if (!node) return;
    const at = node.getBoundingClientRect();
    const frame = box.getBoundingClientRect();
    box.scrollLeft += at.left + at.width / 2 - (frame.left + frame.width / 2);
    box.scrollTop += at.top + at.height / 2 - (frame.top + frame.height / 2);
  }
  // A window that changes size (the projector's grid settling, a zoom) centres the current state again.
  new ResizeObserver(() => {
    fit();
    centreCurrent();
  }).observe(pan.node()!);
  let layout: Layout;
  let drawn: ReturnType<typeof draw>;

  /** Everything that depends on the layout; redrawn when another channel box opens. */
  function draw(layout: Layout) {
    svg.selectAll('*').remove();
    const folded = new Set(layout.nodes.filter((n) => n.kind === 'group').map((n) => n.id));
    // Two edges from one node saying the same thing (CONCLUDE to refused and to blocked) say it once.
    const said = new Set<string>();
    const texts = new Map(layout.edges.map((e) => {
      const words = edgeText(e, folded);
      // An undecided answer's consent edges part by the channel they lead to: each keeps its label.
      const key = e.source === UNDECIDED ? `${e.source}|${e.target}` : `${e.source}|${words}`;
      const keep = words !== '' && !said.has(key);
      said.add(key);
      return [e.id, keep ? words : ''];
    }));
    const text = (edge: LaidEdge) => texts.get(edge.id) ?? '';
    placeLabels(layout, (edge) => (text(edge) ? { width: measure(text(edge), 'edge') + 14, height: 26 } : null));
    // Diagrams read in the direction of the language: in Arabic the boxes run from right to left.
    const mx = (x: number) => (rtl ? layout.width - x : x);
    svg.attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
    svg.append('title').attr('id', 'sc-title').text(options.title ?? t('statechart.title'));
    const desc = svg.append('desc').attr('id', 'sc-desc');
    const defs = svg.append('defs');
    for (const [id, size] of [['sc-arrow', 7], ['sc-arrow-last', 10]] as const) {
      // In user units: a thick "last transition" line keeps a readable arrowhead, not a huge one.
      defs.append('marker').attr('id', id).attr('viewBox', '0 0 10 10').attr('refX', 9).attr('refY', 5)
        .attr('markerUnits', 'userSpaceOnUse').attr('markerWidth', size * 2).attr('markerHeight', size * 2).attr('orient', 'auto-start-reverse')
        .append('path').attr('d', 'M0,0 L10,5 L0,10 z').attr('class', id);
    }

    svg.append('g').attr('class', 'sc-clusters').attr('aria-hidden', 'true')
      .selectAll('g').data(layout.clusters).join('g')
      .attr('class', (d) => `sc-cluster depth-${d.depth}`)
      .call((g) => {
        g.append('rect').attr('x', (d) => mx(d.x) - d.width / 2).attr('y', (d) => d.y - d.height / 2)
          .attr('width', (d) => d.width).attr('height', (d) => d.height).attr('rx', 12);
        g.append('text').attr('class', 'sc-cluster-label')
          .attr('x', (d) => mx(d.x - d.width / 2 + 10)).attr('y', (d) => d.y - d.height / 2 + 18)
          .attr('text-anchor', 'start').attr('direction', rtl ? 'rtl' : 'ltr')
          .text((d) => stateLabel(d.path));
      });

    const path = line<{ x: number; y: number }>().x((p) => mx(p.x)).y((p) => p.y).curve(curveBasis);
    const edges = svg.append('g').attr('class', 'sc-edges').attr('aria-hidden', 'true')
      .selectAll<SVGGElement, LaidEdge>('g').data(layout.edges).join('g')
      .attr('class', (d) => `sc-edge${d.awaits ? ' awaits' : ''}`);
    edges.append('path').attr('d', (d) => path(d.points) ?? '').attr('marker-end', 'url(#sc-arrow)');
    edges.append('title').text((d) => [d.events.map(eventTypeLabel).join(' / '), ...d.guards.map((g) => `[${g}]`)].join(' '));

    const nodes = svg.append('g').attr('class', 'sc-nodes').attr('aria-hidden', 'true')
      .selectAll<SVGGElement, LaidNode>('g').data(layout.nodes).join('g')
      .attr('class', (d) => `sc-node kind-${d.kind}${d.decision ? ' decision' : ''}`)
      .attr('transform', (d) => `translate(${mx(d.x)},${d.y})`);
    nodes.filter((d) => d.kind === 'final' || d.kind === 'group').append('rect').attr('class', (d) => (d.kind === 'final' ? 'sc-final-ring' : 'sc-group-ring'))
      .attr('x', (d) => -d.width / 2 - 5).attr('y', (d) => -d.height / 2 - 5)
      .attr('width', (d) => d.width + 10).attr('height', (d) => d.height + 10).attr('rx', 14);
    nodes.append('rect').attr('class', 'sc-box')
      .attr('x', (d) => -d.width / 2).attr('y', (d) => -d.height / 2)
      .attr('width', (d) => d.width).attr('height', (d) => d.height).attr('rx', (d) => (d.kind === 'hub' ? 22 : 8));
    nodes.append('text').attr('class', 'sc-label').attr('text-anchor', 'middle').attr('dy', '0.35em')
      .attr('direction', rtl ? 'rtl' : 'ltr').text((d) => nodeLabel(d));
    // The marks that say "current" and "visited" without colour.
    nodes.append('text').attr('class', 'sc-mark').attr('text-anchor', 'middle').attr('dy', '0.35em')
      .attr('x', (d) => (rtl ? 1 : -1) * (d.width / 2)).attr('y', (d) => -d.height / 2);
    nodes.append('title').text((d) => (d.kind === 'hub' ? t('statechart.hubHelp') : `${nodeLabel(d)} (${d.path})`));

    // Edge labels last, above the nodes, so that a button on a label is never covered.
    const labels = svg.append('g').attr('class', 'sc-labels')
      .selectAll<SVGGElement, LaidEdge>('g').data(layout.edges.filter((e) => e.label && text(e))).join('g')
      .attr('class', 'sc-edge-label')
      .attr('transform', (d) => `translate(${mx(d.label!.x)},${d.label!.y})`);
    labels.append('rect').attr('class', 'sc-label-bg').attr('rx', 6).attr('height', 24).attr('y', -12)
      .attr('x', (d) => -(measure(text(d), 'edge') + 14) / 2).attr('width', (d) => measure(text(d), 'edge') + 14);
    labels.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em').attr('direction', rtl ? 'rtl' : 'ltr').text(text);
    return { desc, nodes, edges, labels, text };
  }

  return ({ view, interactive }) => {
    const paths = options.openVisited ? [view.state, ...view.transitions.flatMap((tr) => [tr.from, tr.to])] : [view.state];
    const open = [...new Set(paths.map(openBoxFor).filter((box) => box !== null))].sort();
    if (drawnFor !== open.join('|') || drawnFor === null) {
      drawnFor = open.join('|');
      layout = layoutMachine(graph, nodeLabel, measure, new Set(open));
      drawn = draw(layout);
    }
    const { desc, nodes, edges, labels, text } = drawn;
    const shownOf = (path: string) => layout.shown(nodeIdOf(path, FINALS));
    const current = new Set([shownOf(view.state), ...(view.done ? [] : [shownOf(view.custody)])]);
    // The decide node is the channel decision; an undecided answer waits on its own edges.
    if (view.waiting && !view.undecided) current.add(HUB);
    const visited = new Set<string>(['active.channel.intake']);
    for (const tr of view.transitions) visited.add(shownOf(tr.to));
    const last = view.transitions.at(-1);
    const lastEdges = last ? edgesOf(layout, nodeIdOf(last.from, FINALS), nodeIdOf(last.to, FINALS)) : new Set<string>();

    const moved = [...current].sort().join('|') !== shownCurrent;
    shownCurrent = [...current].sort().join('|');
    nodes.classed('is-current', (d) => current.has(d.id))
      .classed('is-visited', (d) => !current.has(d.id) && visited.has(d.id));
    nodes.select('.sc-mark').text((d) => (current.has(d.id) ? '▶' : visited.has(d.id) ? '✓' : ''));
    edges.classed('is-last', (d) => lastEdges.has(d.id))
      .select('path').attr('marker-end', (d) => (lastEdges.has(d.id) ? 'url(#sc-arrow-last)' : 'url(#sc-arrow)'));

    // The trainer's buttons: an edge whose events the request can take now, from where it is now.
    const offered = (d: LaidEdge): ScenarioEvent | null => (interactive ? offeredAny(d) : null);
    const offeredAny = (d: LaidEdge): ScenarioEvent | null => {
      if (view.done || isConsultEdge(d)) return null;
      const live = [...current].some((id) => id === d.origin || id.startsWith(`${d.origin}.`)) || (d.source === HUB && view.waiting);
      if (!live) return null;
      // An answer's edges part by where the answer leads: to the objection, or on (consent); a choice's
      // edges by the guard that takes it.
      const objects = d.target.endsWith('.objected');
      if (d.source === UNDECIDED && !objects && !consentLeadsAlong(d)) return null;
      return view.allowed.find((a) => d.events.includes(a.type) && fitsEdge(a, d.guards)
        && (a.type !== 'THIRD_COUNTRY_ANSWERS' || (a.answer === 'consent') !== objects)) ?? null;
    };
    // A consent at an undecided answer sends the current channel's request when nobody else is awaited,
    // else it goes back to the consultation: only the edge it takes offers it.
    const consentLeadsAlong = (d: LaidEdge): boolean => {
      const channel = d.guards.flatMap((g) => /isCurrent\((\w+)\)/.exec(g ?? '')?.[1] ?? []).at(0);
      const completes = view.awaiting.length <= 1;
      return channel === undefined ? !completes : completes && channel === view.channel;
    };
    // The states' names, as the status line says them ("Cerulea answers: consent").
    const names = new Map([...view.awaiting.map((a) => [a.country, a.name] as const), ...(view.undecided ? [[view.undecided.country, view.undecided.name] as const] : [])]);
    const sendLabel = (event: ScenarioEvent) => (event.type === 'THIRD_COUNTRY_ANSWERS'
      ? t('eventWith.THIRD_COUNTRY_ANSWERS', { country: stateHere(event.country, names.get(event.country)), answer: t(`answer.${event.answer}`) })
      : eventLabel(event));
    labels.each(function (d) {
      const event = offered(d);
      // A label that is not a button is part of the drawing: the list says it.
      const g = select(this).classed('is-allowed', event !== null).attr('aria-hidden', event ? null : 'true');
      if (event) {
        // The name starts with the words on the label (WCAG 2.5.3: "preserve — send now: Request preservation").
        g.attr('role', 'button').attr('tabindex', 0).attr('data-focus-key', `event:${eventKey(event)}`)
          .attr('aria-label', t('statechart.sendNamed', { words: spokenWords(text(d)), event: sendLabel(event) }))
          .on('click', () => options.onEvent?.(event))
          .on('keydown', (e: KeyboardEvent) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              options.onEvent?.(event);
            }
          });
      } else {
        g.attr('role', null).attr('tabindex', null).attr('data-focus-key', null).attr('aria-label', null).on('click', null).on('keydown', null);
      }
    });

    const here = [...current].filter((id) => id !== HUB).map((id) => stateLabel(layout.nodes.find((n) => n.id === id)?.path ?? id));
    desc.text(t('statechart.desc', { states: here.join(t('common.comma')) }) + (view.waiting ? ` ${t('statechart.waiting')}` : ''));

    // Every event some edge offers now, once each (the chart may draw one on a single edge, or on none
    // when its label gave way to another): the list offers them all, as the chart's buttons do.
    const now = new Map<string, { event: ScenarioEvent; label: string }>();
    for (const edge of layout.edges) {
      const event = offeredAny(edge);
      if (event && !now.has(eventKey(event))) now.set(eventKey(event), { event, label: sendLabel(event) });
    }
    alt({ layout, current, visited, events: [...now.values()], interactive, done: view.done });
    const refitted = fit();
    if (moved || refitted) centreCurrent();
  };
}

/** The drawn edges a transition took: direct, from any state of a box, or through the decide node. */
function edgesOf(layout: Layout, fromId: string, toId: string): Set<string> {
  const found = new Set<string>();
  const from = layout.shown(fromId);
  const to = layout.shown(toId);
  for (const e of layout.edges) {
    if (e.target !== to) continue;
    if (e.source === from || (e.fromAny && from.startsWith(`${e.origin}.`))) found.add(e.id);
  }
  if (found.size === 0) {
    const viaHub = layout.edges.filter((e) => (e.source === from && e.target === HUB) || (e.source === HUB && e.target === to));
    if (viaHub.length === 2) for (const e of viaHub) found.add(e.id);
    // A decision taken from intake at day 0 has no awaits-edge when intake is not tagged: still light the hub's.
    else for (const e of viaHub) if (e.source === HUB) found.add(e.id);
  }
  return found;
}
