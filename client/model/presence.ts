import type { PresenceBroadcast, PresenceEntry } from '../../server/protocol.ts';

/**
 * The trainer's list of participants after one presence broadcast: a full list replaces it, a change
 * updates the entries it names (in the order they first came) and drops those that left.
 */
export function mergePresence(list: readonly PresenceEntry[], broadcast: PresenceBroadcast): PresenceEntry[] {
  const byId = new Map(broadcast.full ? [] : list.map((p) => [p.id, p] as const));
  for (const p of broadcast.participants) byId.set(p.id, p);
  for (const id of broadcast.left) byId.delete(id);
  return [...byId.values()];
}
