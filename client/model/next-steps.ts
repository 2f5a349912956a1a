import type { MachineGraph } from '../../machines/request/graph.ts';
import type { RequestView } from '../../machines/run/view.ts';
import { nodeIdOf, userPath } from './statechart-layout.ts';
import { fitsEdge } from './edge-event.ts';

/** A state the request can move to from where it is, and what moves it there. */
export interface NextStep {
  /** The user path of the state ("mlat.requestedReview", "delivered"). */
  to: string;
  /** An event type the request takes now, `timed` (a delay runs out) or `atOnce` (it passes through). */
  by: string | 'timed' | 'atOnce';
}


/**
 * The statechart read from the current state outward, for a screen too small to draw it: the
 * transitions out of the current state and the states around it, keeping only the events the
 * request takes now (the guards have had their say in `view.allowed`) and the delays and passages
 * that need no event. Preservation runs in its own region and is told by the status instead.
 */
export function nextSteps(graph: MachineGraph, view: RequestView): NextStep[] {
  if (view.done) return [];
  const finals = new Set(graph.nodes.filter((n) => n.type === 'final').map((n) => n.id));
  const here = nodeIdOf(view.state, finals);
  const around = new Set<string>();
  for (let id = here; id.length > 0; id = id.slice(0, Math.max(0, id.lastIndexOf('.')))) {
    around.add(id);
    if (!id.includes('.')) break;
  }
  const allowed = new Set<string>(view.allowed.map((e) => e.type));
  // An event type some edges take and others not (a provider's choice): only the edges an allowed event fits.
  const fits = (type: string, guard: string | null) => view.allowed.some((e) => e.type === type && fitsEdge(e, [guard]));
  const seen = new Set<string>();
  const steps: NextStep[] = [];
  for (const edge of graph.edges) {
    if (!around.has(edge.source) || edge.target === here || around.has(edge.target)) continue;
    if (edge.target.startsWith('active.preservation')) continue;
    const by = edge.event.startsWith('after ') ? 'timed' : edge.event === 'always' ? 'atOnce' : edge.event;
    if (by !== 'timed' && by !== 'atOnce' && (!allowed.has(by) || !fits(by, edge.guard))) continue;
    // A guarded passage (`always`) out of an ancestor is the engine's routing, not a step anyone takes here.
    if (by === 'atOnce' && edge.source !== here) continue;
    const to = userPath(edge.target);
    const key = `${to}|${by}`;
    if (seen.has(key)) continue;
    seen.add(key);
    steps.push({ to, by });
  }
  // Withdrawing is always possible and never the lesson: last.
  return steps.sort((a, b) => Number(a.by === 'WITHDRAW') - Number(b.by === 'WITHDRAW'));
}
