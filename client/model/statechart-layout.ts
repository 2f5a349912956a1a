import dagre from '@dagrejs/dagre';
import type { GraphNode, MachineGraph } from '../../machines/request/graph.ts';

/**
 * The request machine laid out for drawing. Dagre lays out edges between leaf nodes only, so:
 * - the channels a request is not in (direct, the third-country check, agreement, MLAT, letters
 *   rogatory) are drawn collapsed, as one node each; the one it is in is opened as a box around
 *   its stages. That keeps the chart legible on a projector: a dozen nodes, not forty;
 * - the channel region's own transitions (the decisions CHOOSE_*, SEND_DIRECT, CONCLUDE) leave from
 *   one "decide" node, which every visible state that awaits a decision points to;
 * - any other transition from an open box leaves from its first child and is flagged `fromAny`
 *   (it can be taken from any state inside the box);
 * - a transition into an open box enters its first (initial) child.
 */
export const HUB = 'hub.decide';
const CHANNEL_REGION = 'active.channel';

export interface LaidNode {
  id: string;
  /** The path users read: "mlat.drafting", "preservation.preserved", "delivered". */
  path: string;
  /** `group`: a collapsed channel, standing for all its states. */
  kind: 'state' | 'final' | 'hub' | 'group';
  decision: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidCluster {
  id: string;
  path: string;
  x: number;
  y: number;
  width: number;
  height: number;
  depth: number;
}

export interface LaidEdge {
  id: string;
  source: string;
  target: string;
  /** The events on this edge (several transitions between the same two states share one). */
  events: string[];
  guards: string[];
  fromAny: boolean;
  /** The machine state the transitions leave from (a compound state for `fromAny` edges). */
  origin: string;
  /** The dashed links from a state awaiting a decision to the decide node. */
  awaits: boolean;
  points: { x: number; y: number }[];
  label: { x: number; y: number } | null;
}

export interface Layout {
  nodes: LaidNode[];
  clusters: LaidCluster[];
  edges: LaidEdge[];
  width: number;
  height: number;
  /** What a machine node is drawn as (itself, or the collapsed channel it is inside). */
  shown: (id: string) => string;
}

/** The path users read from a machine node id ("active.channel.mlat.drafting" → "mlat.drafting"). */
export function userPath(id: string): string {
  if (id.startsWith('active.channel.')) return id.slice('active.channel.'.length);
  if (id.startsWith('active.')) return id.slice('active.'.length);
  return id;
}

/** The machine node id of a path from a RequestView or a Transition. */
export function nodeIdOf(path: string, finals: Set<string>): string {
  if (finals.has(path)) return path;
  if (path.startsWith('preservation.')) return `active.${path}`;
  return `active.channel.${path}`;
}

export interface Measure {
  (text: string, kind: 'node' | 'edge'): number;
}

/** The channels that collapse into one node when the request is not in them. */
export const CHANNEL_BOXES = ['direct', 'sovereigntyCheck', 'agreement', 'mlat', 'rogatory'].map((c) => `${CHANNEL_REGION}.${c}`);

/** The box to open for a request in state `path` (a user path), if any. */
export function openBoxFor(path: string): string | null {
  const id = `${CHANNEL_REGION}.${path}`;
  return CHANNEL_BOXES.find((box) => id.startsWith(`${box}.`)) ?? null;
}

export function layoutMachine(
  graph: MachineGraph,
  labelOf: (node: { id: string; path: string; kind: LaidNode['kind'] }) => string,
  measure: Measure,
  open: ReadonlySet<string> = new Set(),
): Layout {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const children = new Map<string, GraphNode[]>();
  for (const n of graph.nodes) if (n.parent) children.set(n.parent, [...(children.get(n.parent) ?? []), n]);
  const collapsed = (id: string) => CHANNEL_BOXES.includes(id) && !open.has(id);
  /** A node drawn as a node: a state, a final state, or a collapsed channel. */
  const isLeaf = (n: GraphNode) => n.type === 'atomic' || n.type === 'final' || collapsed(n.id);
  /** What a machine node is drawn as: itself, or the collapsed channel it is inside. */
  const shown = (id: string): string => {
    let best = id;
    for (let cur: string | null | undefined = id; cur; cur = byId.get(cur)?.parent) if (collapsed(cur)) best = cur;
    return best;
  };
  const firstLeaf = (id: string): string => {
    const node = byId.get(id);
    if (!node || isLeaf(node)) return id;
    const kids = children.get(id) ?? [];
    return kids.length ? firstLeaf(kids[0]!.id) : id;
  };
  // The preservation region's initial pseudo-state is left at once, on day 0, by an eventless
  // transition: drawing it would add a row and say nothing the two states it leads to do not.
  const HIDDEN = new Set(['active.preservation.start']);
  const visible = graph.nodes.filter((n) => shown(n.id) === n.id && !HIDDEN.has(n.id));

  const PAD_X = 18;
  const NODE_H = 44;
  const kindOf = (n: GraphNode): LaidNode['kind'] => (collapsed(n.id) ? 'group' : n.type === 'final' ? 'final' : 'state');
  interface Spec { id: string; parent: string | null; size: { width: number; height: number } | null }
  const specs: Spec[] = [];
  for (const n of visible) {
    if (n.id === 'active') continue;
    const parent = n.parent && n.parent !== 'active' ? n.parent : null;
    if (isLeaf(n)) {
      const label = labelOf({ id: n.id, path: userPath(n.id), kind: kindOf(n) });
      specs.push({ id: n.id, parent, size: { width: Math.max(90, measure(label, 'node') + PAD_X * 2), height: NODE_H } });
    } else specs.push({ id: n.id, parent, size: null });
  }
  specs.push({ id: HUB, parent: CHANNEL_REGION, size: { width: measure(labelOf({ id: HUB, path: HUB, kind: 'hub' }), 'node') + PAD_X * 2, height: NODE_H } });

  interface Pending { source: string; target: string; origin: string; events: Set<string>; guards: Set<string>; fromAny: boolean; awaits: boolean }
  const pending = new Map<string, Pending>();
  const addEdge = (source: string, target: string, origin: string, event: string | null, guard: string | null, fromAny: boolean, awaits = false) => {
    const key = `${source}→${target}`;
    let edge = pending.get(key);
    if (!edge) {
      edge = { source, target, origin, events: new Set(), guards: new Set(), fromAny, awaits };
      pending.set(key, edge);
    }
    if (event) edge.events.add(event);
    if (guard) edge.guards.add(guard);
  };
  for (const e of graph.edges) {
    const source = byId.get(shown(e.source));
    if (!source || HIDDEN.has(e.source) || HIDDEN.has(e.target)) continue;
    let from: string;
    let fromAny = false;
    if (source.id === CHANNEL_REGION) from = HUB;
    else if (isLeaf(source)) from = source.id;
    else {
      from = firstLeaf(source.id);
      fromAny = true;
    }
    const to = firstLeaf(shown(e.target));
    // Moves inside a collapsed channel are not drawn: the channel is one node.
    if (from === to && collapsed(from)) continue;
    addEdge(from, to, source.id, e.event === 'always' ? null : e.event, e.guard, fromAny);
  }
  // An undecided answer is decided on its own edges (consent, objection), not by choosing a channel.
  for (const n of visible) if (n.tags.includes('decision') && isLeaf(n) && !n.id.endsWith('.undecided')) addEdge(n.id, HUB, n.id, null, null, false, true);

  // The two parallel regions are laid out apart and stacked, the preservation region under the
  // channel region: side by side they would make the chart wider, and its text smaller.
  const partOf = (id: string) => (id.startsWith('active.preservation') || id === 'dataLost' ? 1 : 0);
  const nodes: LaidNode[] = [];
  const clusters: LaidCluster[] = [];
  const laidEdges = new Map<string, { points: { x: number; y: number }[] }>();
  const depthOf = (id: string): number => {
    const parent = byId.get(id)?.parent;
    return parent && parent !== 'active' ? 1 + depthOf(parent) : 0;
  };
  const GAP = 24;
  let top = 0;
  let width = 0;
  for (const part of [0, 1]) {
    const g = new dagre.graphlib.Graph({ compound: true, multigraph: false });
    // Top to bottom: a channel's stages run down the page, the channels stand side by side.
    g.setGraph({ rankdir: 'TB', nodesep: 26, ranksep: 44, edgesep: 16, marginx: 12, marginy: 12 });
    g.setDefaultEdgeLabel(() => ({}));
    for (const spec of specs.filter((x) => partOf(x.id) === part)) {
      g.setNode(spec.id, spec.size ?? {});
      if (spec.parent) g.setParent(spec.id, spec.parent);
    }
    for (const edge of pending.values()) {
      if (partOf(edge.source) !== part || partOf(edge.target) !== part) continue;
      // Labels are placed on the drawn path rather than given to dagre, which would make every
      // label a rank of its own and double the size of the chart.
      g.setEdge(edge.source, edge.target, { weight: edge.awaits ? 1 : 2 });
    }
    dagre.layout(g);
    for (const id of g.nodes()) {
      const v = g.node(id) as { x: number; y: number; width: number; height: number };
      const source = byId.get(id);
      const y = v.y + top;
      if (id === HUB) nodes.push({ id, path: HUB, kind: 'hub', decision: false, x: v.x, y, width: v.width, height: v.height });
      else if (source && isLeaf(source)) {
        nodes.push({ id, path: userPath(id), kind: kindOf(source), decision: source.tags.includes('decision'), x: v.x, y, width: v.width, height: v.height });
      } else if (source) clusters.push({ id, path: userPath(id), x: v.x, y, width: v.width, height: v.height, depth: depthOf(id) });
    }
    for (const e of g.edges()) {
      const laid = g.edge(e) as { points?: { x: number; y: number }[] };
      laidEdges.set(`${e.v}→${e.w}`, { points: (laid.points ?? []).map((p) => ({ x: p.x, y: p.y + top })) });
    }
    const size = g.graph() as { width?: number; height?: number };
    top += (size.height ?? 0) + GAP;
    width = Math.max(width, size.width ?? 0);
  }

  const center = new Map(nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  const byNode = new Map(nodes.map((n) => [n.id, n]));
  /** A transition back to its own state, as a loop off the node's end side (dagre's self-loops wander). */
  const loop = (n: LaidNode) => {
    const x = n.x + n.width / 2;
    const y = n.y - n.height / 2;
    return [{ x: x - 18, y }, { x: x - 4, y: y - 26 }, { x: x + 28, y: y - 22 }, { x: x + 30, y: y + 12 }, { x: x + 2, y: y + 16 }];
  };
  const edges: LaidEdge[] = [];
  for (const edge of pending.values()) {
    const key = `${edge.source}→${edge.target}`;
    // An edge between the two regions (none today) is drawn straight from centre to centre.
    const self = edge.source === edge.target ? byNode.get(edge.source) : undefined;
    const points = self ? loop(self) : laidEdges.get(key)?.points ?? [center.get(edge.source), center.get(edge.target)].filter((p) => p !== undefined);
    edges.push({
      id: key, source: edge.source, target: edge.target, events: [...edge.events], guards: [...edge.guards],
      fromAny: edge.fromAny, origin: edge.origin, awaits: edge.awaits, points, label: null,
    });
  }
  clusters.sort((a, b) => a.depth - b.depth);
  return { nodes, clusters, edges, width, height: top - GAP, shown };
}

export interface Box { x: number; y: number; width: number; height: number }

/**
 * Where each labelled edge's label goes: the middle of its path, or a little before or after it
 * when the middle would cover another label or a node. Greedy, in edge order; good enough for the
 * dozen labels a chart shows.
 */
export function placeLabels(layout: Layout, sizeOf: (edge: LaidEdge) => { width: number; height: number } | null): void {
  const taken: Box[] = layout.nodes.map((n) => ({ x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height }));
  const overlaps = (a: Box) => taken.some((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height);
  for (const edge of layout.edges) {
    const size = sizeOf(edge);
    if (!size || edge.points.length < 2) continue;
    let chosen: { x: number; y: number } | null = null;
    search: for (const at of [0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8]) {
      const p = pointAt(edge.points, at);
      if (!p) continue;
      chosen ??= p;
      // Beside the line too, when a short edge has no free spot on it.
      for (const dy of [0, -size.height, size.height]) {
        const q = { x: p.x, y: p.y + dy };
        if (!overlaps({ x: q.x - size.width / 2, y: q.y - size.height / 2, width: size.width, height: size.height })) {
          chosen = q;
          break search;
        }
      }
    }
    if (!chosen) continue;
    edge.label = chosen;
    taken.push({ x: chosen.x - size.width / 2, y: chosen.y - size.height / 2, width: size.width, height: size.height });
  }
}

/** The point a fraction `at` of the way along a polyline. */
function pointAt(points: { x: number; y: number }[], at: number): { x: number; y: number } | null {
  if (points.length === 0) return null;
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const d = Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
    lengths.push(d);
    total += d;
  }
  let left = total * at;
  for (let i = 1; i < points.length; i++) {
    const d = lengths[i - 1]!;
    if (left <= d && d > 0) {
      const a = points[i - 1]!, b = points[i]!;
      return { x: a.x + ((b.x - a.x) * left) / d, y: a.y + ((b.y - a.y) * left) / d };
    }
    left -= d;
  }
  return points[points.length - 1]!;
}
