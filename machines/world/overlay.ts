import type { Instrument, ProductionOrder, Rule, World } from './types.ts';

/**
 * A what-if: instruments, rules and orders added to the world and entries dropped from it, as a
 * negotiator would sketch a treaty not yet signed or a law repealed. The same YAML overlay applies to
 * a run, a comparison, an exploration, a session and the atlas (docs/what-if.md).
 */
export interface Overlay {
  /** What the what-if is, in words ("India and the US sign a data-access agreement"). */
  title?: string;
  add?: { instruments?: Instrument[]; rules?: Rule[]; orders?: ProductionOrder[] };
  /** Ids of instruments, rules or orders to leave out. */
  drop?: string[];
}

export const isEmptyOverlay = (overlay: Overlay | undefined): boolean =>
  !overlay || ((overlay.drop?.length ?? 0) === 0 && !overlay.add?.instruments?.length && !overlay.add?.rules?.length && !overlay.add?.orders?.length);

/**
 * The world with the overlay applied: dropped ids leave, added entries come last (an added id that is
 * already in the world replaces it in place, as scenario worlds do: merge.ts).
 */
export function applyOverlay(world: World, overlay: Overlay | undefined): World {
  if (!overlay || isEmptyOverlay(overlay)) return world;
  const drop = new Set(overlay.drop ?? []);
  const lay = <T extends { id: string }>(base: readonly T[], added: readonly T[] = []): T[] => {
    const byId = new Map(added.map((e) => [e.id, e] as const));
    const kept = base.filter((e) => !drop.has(e.id)).map((e) => byId.get(e.id) ?? e);
    const ids = new Set(kept.map((e) => e.id));
    return [...kept, ...added.filter((e) => !ids.has(e.id))];
  };
  return {
    ...world,
    instruments: lay(world.instruments, overlay.add?.instruments),
    rules: lay(world.rules, overlay.add?.rules),
    ...((world.orders || overlay.add?.orders) && { orders: lay(world.orders ?? [], overlay.add?.orders) }),
  };
}
