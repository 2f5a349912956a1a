import type { AnyStateNode } from 'xstate';
import { requestMachine } from './machine.ts';

export interface GraphNode {
  /** Dotted path from the root, without the machine id ("active.channel.mlat.drafting"). */
  id: string;
  parent: string | null;
  key: string;
  type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  tags: string[];
}

export interface GraphEdge {
  source: string;
  target: string;
  /** The event, or `after <delay>` for a timed transition, or `always`. */
  event: string;
  guard: string | null;
}

export interface MachineGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const pathOf = (node: AnyStateNode) => node.path.join('.');

function guardName(guard: unknown): string | null {
  if (guard === undefined || guard === null) return null;
  if (typeof guard === 'string') return guard;
  // and([...]) from xstate is a function carrying the guards it combines.
  const combined = (guard as { guards?: unknown[] }).guards;
  if (Array.isArray(combined)) return combined.map(guardName).join(' & ');
  if (typeof guard === 'object' && 'type' in guard) {
    // The parameter (a channel, a provider's choice, a court's ruling) tells edges of one event apart.
    const g = guard as { type: string; params?: Record<string, unknown> };
    const param = g.params ? Object.values(g.params)[0] : undefined;
    return typeof param === 'string' ? `${g.type}(${param})` : g.type;
  }
  return 'guard';
}

/** Every state and transition of the request machine, for drawing (the client's statechart view). */
export function machineGraph(): MachineGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const walk = (node: AnyStateNode, parent: string | null) => {
    const id = pathOf(node);
    if (parent !== null || id !== '') {
      nodes.push({ id, parent, key: node.key, type: node.type, tags: [...node.tags] });
    }
    for (const [eventType, transitions] of node.transitions) {
      for (const t of transitions) {
        const event = eventType.startsWith('xstate.after.') ? `after ${eventType.split('.')[2]}` : eventType;
        for (const target of t.target ?? [node]) {
          edges.push({ source: id, target: pathOf(target), event, guard: guardName(t.guard) });
        }
      }
    }
    for (const t of node.always ?? []) {
      for (const target of t.target ?? [node]) edges.push({ source: id, target: pathOf(target), event: 'always', guard: guardName(t.guard) });
    }
    for (const child of Object.values(node.states)) walk(child, id === '' ? null : id);
  };
  walk(requestMachine.root, null);
  return { nodes, edges };
}
