import type { AnyActorScope, EventObject, SnapshotFrom } from 'xstate';
import type { RequestEvent } from '../request/events.ts';
import type { RequestInput } from '../request/context.ts';
import { requestMachine } from '../request/machine.ts';

/**
 * The request machine driven by XState's own transition function, without an actor: the engine is
 * a function (snapshot, event) → (snapshot, effects), and the only effects the machine has are its
 * `after` deadlines, which the caller keeps on its DayClock. No actor, no system, no scheduler:
 * nothing here reads the wall clock, and a snapshot with its pending deadlines can be shared or
 * copied freely (DESIGN.md: state is derived by replaying inputs).
 */
export type RequestSnapshot = SnapshotFrom<typeof requestMachine>;

/** A deadline the machine set (entering a state with `after`) or cleared (leaving it). */
export type Effect =
  | { kind: 'schedule'; key: string; event: EventObject; delay: number }
  | { kind: 'cancel'; key: string };

/** What XState hands an actor to execute; we keep only the deadlines. */
interface ExecutableAction {
  type: string;
  params?: unknown;
}

/** Where the scope puts the effects of the call under way (calls are synchronous, one at a time). */
let effects: Effect[] = [];

function collect(action: ExecutableAction): void {
  if (action.type === 'xstate.raise') {
    const { event, id, delay } = action.params as { event: EventObject; id: string; delay?: number };
    // A raise without a delay is consumed inside the same macrostep; only deadlines reach us.
    if (typeof delay === 'number') effects.push({ kind: 'schedule', key: id, event, delay });
  } else if (action.type === 'xstate.cancel') {
    effects.push({ kind: 'cancel', key: (action.params as { sendId: string }).sendId });
  }
}

/**
 * The scope XState's transition functions run in. The machine spawns no actors, emits nothing and
 * logs nothing, so an inert scope is enough; XState's own `transition()` would build a whole actor
 * (with its initial snapshot) on every call to get one.
 */
export const inertScope = {
  self: undefined,
  id: 'request',
  sessionId: 'request',
  logger: () => {},
  defer: () => {},
  emit: () => {},
  stopChild: () => {},
  system: { _sendInspectionEvent: () => {} },
  actionExecutor: collect,
} as unknown as AnyActorScope;

/** The machine's first snapshot for an input, and the deadlines it sets on entry. */
export function initialStep(input: RequestInput): [RequestSnapshot, Effect[]] {
  const out: Effect[] = (effects = []);
  const snapshot = requestMachine.getInitialSnapshot(inertScope, input);
  if (snapshot.status === 'error') throw snapshot.error;
  return [snapshot, out];
}

/**
 * One macrostep: the snapshot after `event` and the deadlines it set or cleared. An event the
 * machine cannot take returns the same snapshot object.
 */
export function step(snapshot: RequestSnapshot, event: RequestEvent | EventObject): [RequestSnapshot, Effect[]] {
  const out: Effect[] = (effects = []);
  const next = requestMachine.transition(snapshot, event as RequestEvent, inertScope);
  // An actor would report an error thrown by a guard or an action; here it surfaces as it is.
  if (next.status === 'error') throw next.error;
  return [next, out];
}
