import type { Instrument, Jurisdiction, Provider, Rule, World } from '../world/types.ts';

/** The world, indexed by id once per run so that routing questions are lookups. */
export interface WorldIndex {
  world: World;
  jurisdictions: Map<string, Jurisdiction>;
  providers: Map<string, Provider>;
  rules: Map<string, Rule>;
  instruments: Map<string, Instrument>;
}

export function indexWorld(world: World): WorldIndex {
  return {
    world,
    jurisdictions: new Map(world.jurisdictions.map((j) => [j.id, j])),
    providers: new Map(world.providers.map((p) => [p.id, p])),
    rules: new Map(world.rules.map((r) => [r.id, r])),
    instruments: new Map(world.instruments.map((i) => [i.id, i])),
  };
}

export function jurisdictionName(index: WorldIndex, id: string): string {
  return index.jurisdictions.get(id)?.name ?? id;
}
