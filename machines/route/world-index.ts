import type { Instrument, Jurisdiction, Provider, World } from '../world/types.ts';
import { JURISDICTIONS } from '../world/builtin/jurisdictions.ts';
import type { StateName } from '../messages/types.ts';

/** The world, indexed by id once per run so that routing questions are lookups. */
export interface WorldIndex {
  world: World;
  jurisdictions: Map<string, Jurisdiction>;
  providers: Map<string, Provider>;
  instruments: Map<string, Instrument>;
}

export function indexWorld(world: World): WorldIndex {
  return {
    world,
    jurisdictions: new Map(world.jurisdictions.map((j) => [j.id, j])),
    providers: new Map(world.providers.map((p) => [p.id, p])),
    instruments: new Map(world.instruments.map((i) => [i.id, i])),
  };
}

export function jurisdictionName(index: WorldIndex, id: string): string {
  return index.jurisdictions.get(id)?.name ?? id;
}

const BUILTIN_NAMES = new Map(JURISDICTIONS.map((j) => [j.id, j.name]));

/**
 * A state as a message parameter: real (named in the user's language) when it is the built-in
 * world's state under its own name; a fictional Arcadia with the id AR keeps its name.
 */
export function stateRef(index: WorldIndex, id: string): StateName {
  const name = jurisdictionName(index, id);
  return isRealState(id, name) ? { state: id, name, real: true } : { state: id, name };
}

/**
 * Whether `name` is the built-in world's name for the state `id` (so a language may name it its own
 * way); without a name, whether the built-in world has the state at all. A classroom's "AR: Arcadia"
 * is fictional, however real its code looks.
 */
export function isRealState(id: string, name?: string): boolean {
  const builtin = BUILTIN_NAMES.get(id);
  return builtin !== undefined && (name === undefined || builtin === name);
}
