import { select } from 'd3-selection';
import { linkHorizontal } from 'd3-shape';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import type { Exploration, ExploredChoice, ExploredOutcome } from '../../machines/run/result.ts';
import { formatNumber, isRtl, t } from '../i18n/index.ts';
import { channelLabel, dayLabel, daysLabel, eventLabel, outcomeLabel, stateLabel } from '../i18n/labels.ts';

/** A probability as people read it: "70%", "under 0.1%" for the rare, "0%" only when sampling never takes it. */
export function percent(p: number): string {
  if (p <= 0) return `${formatNumber(0)}%`;
  if (p < 0.001) return t('explore.rare');
  const digits = p >= 0.995 || Math.abs(p * 100 - Math.round(p * 100)) < 0.05 ? 0 : 1;
  return `${formatNumber(Number((p * 100).toFixed(digits)))}%`;
}

/** An outcome's days: one figure, or its range over the paths that reach it. */
export function outcomeDays(o: ExploredOutcome): string {
  return o.days.min === o.days.max ? daysLabel(o.days.min) : t('explore.dayRange', { min: o.days.min, max: o.days.max });
}

export function outcomeName(o: Pick<ExploredOutcome, 'outcome' | 'channel'>): string {
  return o.channel ? t('explore.outcomeVia', { outcome: outcomeLabel(o.outcome), channel: channelLabel(o.channel) }) : outcomeLabel(o.outcome);
}

/** One choice in words: the explorer's own happenings (a rate, a race) and the scenario's events. */
export function choiceLabel(choice: ExploredChoice): string {
  const e = choice.event as Record<string, unknown> & { type: string };
  switch (e.type) {
    case 'RATE':
      return t(e.answered ? 'explore.rateAnswered' : 'explore.rateNot', { rate: percent(Number(e.rate)) });
    case 'DURATION':
      return e.atMost !== undefined ? t('explore.durationAtMost', { days: daysLabel(Number(e.atMost)) }) : t('explore.durationMoreThan', { days: daysLabel(Number(e.moreThan)) });
    default:
      return eventLabel(e as ScenarioEvent);
  }
}

interface Node {
  key: string;
  depth: number;
  choice: ExploredChoice | null;
  children: Node[];
  /** Paths that end at this node (their last choice). */
  ends: number[];
  /** Every path through it. */
  paths: number[];
  y: number;
}

export interface FlowState {
  exploration: Exploration;
}

export interface FlowHandle {
  update(state: FlowState): void;
  /** Highlight one path (null: none). */
  focus(path: number | null): void;
}

const COL = 150;
const ROW = 26;
const OUT_W = 320;
const OUT_H = 46;
const PAD = 16;

/**
 * Decisions flowing to outcomes: the explored paths as a tree read from the request on one side to
 * the outcome nodes on the other; paths that share their first choices share those nodes. A link's
 * width follows how often sampled runs take it; a path sampling never takes is dashed. Every outcome
 * node states its probability and days in words. The drawing is hidden from screen readers: the
 * list beside it (explore page) says the same, path by path.
 */
export function create(container: HTMLElement): FlowHandle {
  const root = select(container);
  const svg = root.append('svg').attr('class', 'flow').attr('aria-hidden', 'true');
  const links = svg.append('g').attr('class', 'flow-links');
  const nodes = svg.append('g').attr('class', 'flow-nodes');
  const outs = svg.append('g').attr('class', 'flow-outcomes');
  let current: Exploration | null = null;

  const update = ({ exploration }: FlowState) => {
    current = exploration;
    const rootNode: Node = { key: '', depth: 0, choice: null, children: [], ends: [], paths: [], y: 0 };
    const byKey = new Map<string, Node>([['', rootNode]]);
    const terminal: Node[] = [];
    exploration.paths.forEach((path, i) => {
      let node = rootNode;
      node.paths.push(i);
      for (const choice of path.choices) {
        const key = `${node.key}|${choice.by}:${choice.state}:${JSON.stringify(choice.event)}`;
        let next = byKey.get(key);
        if (!next) {
          next = { key, depth: node.depth + 1, choice, children: [], ends: [], paths: [], y: 0 };
          byKey.set(key, next);
          node.children.push(next);
        }
        next.paths.push(i);
        node = next;
      }
      node.ends.push(i);
      terminal[i] = node;
    });
    // One row per path, in the tree's order: a node sits at the middle of the rows below it.
    let row = 0;
    const rows: number[] = [];
    const place = (node: Node): number => {
      const ys: number[] = [];
      for (const i of node.ends) ys.push((rows[i] = row++));
      for (const child of node.children) ys.push(place(child));
      node.y = ys.length ? (Math.min(...ys) + Math.max(...ys)) / 2 : row;
      return node.y;
    };
    place(rootNode);
    const all = [...byKey.values()];
    const depth = Math.max(0, ...all.map((n) => n.depth));
    const height = Math.max(exploration.paths.length * ROW, exploration.outcomes.length * (OUT_H + 10)) + 2 * PAD;
    const width = (depth + 1) * COL + OUT_W + 2 * PAD;
    const rtl = isRtl();
    const x = (d: number) => (rtl ? width - PAD - d * COL : PAD + d * COL);
    const yOf = (r: number) => PAD + r * ROW + ROW / 2;
    // Outcome nodes spread evenly over the height, in the exploration's order (most likely first).
    const outStep = (height - 2 * PAD) / Math.max(1, exploration.outcomes.length);
    const outY = (k: number) => PAD + k * outStep + outStep / 2;
    const outX = rtl ? PAD : width - PAD - OUT_W;
    const outEdge = rtl ? PAD + OUT_W : width - PAD - OUT_W;
    const outcomeOf = new Map<number, number>();
    exploration.outcomes.forEach((o, k) => o.paths.forEach((i) => outcomeOf.set(i, k)));
    svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);

    const stroke = (p: number) => (p <= 0 ? 1.5 : 2 + 12 * p);
    const tree = all.filter((n) => n.depth > 0).map((n) => ({ n, parent: byKey.get(n.key.slice(0, n.key.lastIndexOf('|')))! }));
    const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
    const probabilityOf = (paths: number[]) => paths.reduce((s, i) => s + exploration.paths[i]!.probability, 0);
    links.selectAll('path.flow-link').data(tree, (d) => (d as (typeof tree)[number]).n.key).join('path').attr('class', 'flow-link')
      .classed('flow-never', (d) => probabilityOf(d.n.paths) <= 0)
      .attr('data-paths', (d) => d.n.paths.join(' '))
      .attr('stroke-width', (d) => stroke(probabilityOf(d.n.paths)))
      .attr('d', (d) => link({ source: [x(d.parent.depth), yOf(d.parent.y)], target: [x(d.n.depth), yOf(d.n.y)] }));
    const ends = exploration.paths.map((p, i) => ({ i, p, from: terminal[i]!, k: outcomeOf.get(i) ?? 0 }));
    links.selectAll('path.flow-end').data(ends, (d) => String((d as (typeof ends)[number]).i)).join('path').attr('class', 'flow-end')
      .classed('flow-never', (d) => d.p.probability <= 0)
      .attr('data-paths', (d) => String(d.i))
      .attr('stroke-width', (d) => stroke(d.p.probability))
      .attr('d', (d) => link({ source: [x(d.from.depth), yOf(d.from.y)], target: [outEdge, outY(d.k)] }));

    const node = nodes.selectAll<SVGGElement, Node>('g.flow-node').data(all, (d) => d.key)
      .join((enter) => {
        const g = enter.append('g');
        g.append('circle').attr('r', 6);
        g.append('text').attr('dy', -9).attr('text-anchor', 'middle');
        g.append('title');
        return g;
      });
    node.attr('class', (d) => `flow-node by-${d.choice?.by ?? 'start'}`).attr('data-paths', (d) => d.paths.join(' '))
      .attr('transform', (d) => `translate(${x(d.depth)},${yOf(d.y)})`);
    const short = (s: string) => (s.length > 22 ? `${s.slice(0, 21)}…` : s);
    node.select('text').text((d) => (d.choice ? short(choiceLabel(d.choice)) : t('explore.start')));
    node.select('title').text((d) => (d.choice ? choiceLabel(d.choice) : t('explore.start')));

    const out = outs.selectAll<SVGGElement, ExploredOutcome>('g.flow-outcome').data(exploration.outcomes, (d) => `${d.outcome}:${d.channel}`)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'flow-outcome');
        g.append('rect').attr('width', OUT_W).attr('height', OUT_H).attr('rx', 6);
        g.append('text').attr('class', 'flow-outcome-name').attr('y', 19);
        g.append('text').attr('class', 'flow-outcome-figures').attr('y', 37);
        return g;
      });
    out.attr('transform', (_d, k) => `translate(${outX},${outY(k) - OUT_H / 2})`)
      .attr('data-outcome', (d) => d.outcome).attr('data-channel', (d) => d.channel ?? '')
      .attr('data-probability', (d) => d.probability).attr('data-paths', (d) => d.paths.join(' '))
      .classed('flow-never', (d) => d.probability <= 0);
    // Right-to-left text starts at the box's right edge.
    const textX = rtl ? OUT_W - 8 : 8;
    out.select('.flow-outcome-name').attr('x', textX).text((d) => outcomeName(d));
    out.select('.flow-outcome-figures').attr('x', textX).text((d) => `${percent(d.probability)} · ${outcomeDays(d)}`);
  };

  const focus = (path: number | null) => {
    const on = (el: Element) => path !== null && (el.getAttribute('data-paths') ?? '').split(' ').includes(String(path));
    svg.classed('flow-focused', path !== null);
    svg.selectAll<Element, unknown>('[data-paths]').classed('flow-on', function () { return on(this); });
    if (path !== null && current) {
      // Keep the focused path's outcome in sight inside the scrolling figure.
      const target = svg.select<SVGGElement>('.flow-outcome.flow-on').node();
      target?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
  };

  return { update, focus };
}

/** A path's choices, day by day, in words (for the list beside the drawing). */
export function choiceLine(choice: ExploredChoice): string {
  return t('explore.choiceLine', {
    day: dayLabel(choice.day), by: t(`explore.by.${choice.by}`), state: stateLabel(choice.state), choice: choiceLabel(choice), percent: percent(choice.probability),
  });
}
