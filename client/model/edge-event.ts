import type { ScenarioEvent } from '../../machines/request/events.ts';
import { CONFLICT_CHOICES, REVIEW_OUTCOMES } from '../../machines/world/types.ts';

const CARRIED = new Set<string>([...CONFLICT_CHOICES, ...REVIEW_OUTCOMES]);
const paramOf = (guard: string) => /\(([^)]*)\)/.exec(guard)?.[1];

/**
 * Whether an event takes a drawn transition whose guards are `guards`. One event type may lead to
 * different states by what it carries (PROVIDER_CHOOSES comply, refuse or review); the machine's
 * guard names carry that value in brackets ("providerChose(refuse)"), so an event with a choice or a
 * ruling fits only the edge its value is named on.
 */
export function fitsEdge(event: ScenarioEvent, guards: readonly (string | null)[]): boolean {
  const value = 'choice' in event ? event.choice : 'outcome' in event ? event.outcome : null;
  if (value === null) return true;
  const named = guards.flatMap((g) => (g ?? '').split(' & ')).map(paramOf).filter((p): p is string => p !== undefined && CARRIED.has(p));
  return named.length === 0 || named.includes(value);
}

/**
 * The one event a drawn transition of `type` stands for when its guards name a carried value
 * ("providerChose(refuse)" → PROVIDER_CHOOSES refuse), so that the chart can say which choice
 * each edge is; null for an edge any event of its type takes.
 */
export function edgeEvent(type: string, guards: readonly (string | null)[]): ScenarioEvent | null {
  const value = guards.flatMap((g) => (g ?? '').split(' & ')).map(paramOf).find((p): p is string => p !== undefined && CARRIED.has(p));
  if (value === undefined) return null;
  if (type === 'PROVIDER_CHOOSES' && (CONFLICT_CHOICES as readonly string[]).includes(value)) return { type, choice: value as (typeof CONFLICT_CHOICES)[number] };
  if (type === 'REVIEW_DECIDES' && (REVIEW_OUTCOMES as readonly string[]).includes(value)) return { type, outcome: value as (typeof REVIEW_OUTCOMES)[number] };
  return null;
}
