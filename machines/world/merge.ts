import type { World } from './types.ts';

/**
 * Lays `overlay` over `base`, kind by kind: an overlay entry whose id is already in the base takes
 * that entry's place (so the order of the base, which decides ties in routing, is kept), and new
 * entries come after the base's, in the overlay's order.
 */
export function mergeWorld(base: World, overlay: World): World {
  return {
    jurisdictions: mergeById(base.jurisdictions, overlay.jurisdictions),
    providers: mergeById(base.providers, overlay.providers),
    rules: mergeById(base.rules, overlay.rules),
    instruments: mergeById(base.instruments, overlay.instruments),
    // Orders are optional (a world without any has no list at all).
    ...((base.orders || overlay.orders) && { orders: mergeById(base.orders ?? [], overlay.orders ?? []) }),
  };
}

function mergeById<T extends { id: string }>(base: readonly T[], overlay: readonly T[]): T[] {
  const byId = new Map(overlay.map((entry) => [entry.id, entry] as const));
  const merged = base.map((entry) => byId.get(entry.id) ?? entry);
  const baseIds = new Set(base.map((entry) => entry.id));
  // Within the overlay the last entry of an id wins; the loader reports such duplicates anyway.
  const appended = [...byId.values()].filter((entry) => !baseIds.has(entry.id));
  return [...merged, ...appended];
}
