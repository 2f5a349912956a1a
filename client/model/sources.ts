import type { Scenario } from '../../machines/scenario.ts';

/** What a citation stands for: a rule, instrument or production order of the scenario's world, with its source. */
export interface Source {
  id: string;
  title: string | null;
  source: string;
  uncertain: string | null;
}

export type Sources = Map<string, Source>;

export function sourcesOf(scenario: Pick<Scenario, 'world'> | null): Sources {
  const found: Sources = new Map();
  if (!scenario) return found;
  // Orders are cited too (a conflict of laws names the order beside the rule that forbids).
  for (const e of [...scenario.world.rules, ...scenario.world.instruments, ...(scenario.world.orders ?? [])]) {
    found.set(e.id, { id: e.id, title: e.title ?? null, source: e.source, uncertain: e.uncertain ?? null });
  }
  return found;
}
