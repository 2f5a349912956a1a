import { effectiveWorld } from '../../machines/run/simulation.ts';
import type { Scenario } from '../../machines/scenario.ts';
import type { World } from '../../machines/world/types.ts';

/** What a citation stands for: a rule, instrument or production order of the scenario's world, with its source. */
export interface Source {
  id: string;
  title: string | null;
  source: string;
  uncertain: string | null;
}

export type Sources = Map<string, Source>;

function addEntries(found: Sources, world: World): void {
  // Orders are cited too (a conflict of laws names the order beside the rule that forbids).
  for (const e of [...world.rules, ...world.instruments, ...(world.orders ?? [])]) {
    if (!found.has(e.id)) found.set(e.id, { id: e.id, title: e.title ?? null, source: e.source, uncertain: e.uncertain ?? null });
  }
}

/**
 * Every entry the run can cite: the scenario's world on every date (a treaty not yet in force is
 * cited when it closes a channel), and the rules its regime adds for this request (the location
 * principle's consent), which exist only in the world the request meets (effectiveWorld).
 */
export function sourcesOf(scenario: Scenario | null): Sources {
  const found: Sources = new Map();
  if (!scenario) return found;
  addEntries(found, scenario.world);
  addEntries(found, effectiveWorld(scenario));
  return found;
}
