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

/** Who can answer a vote now (admitted and connected), and every name known, from the trainer's presence list. */
export function classPresent(participants: readonly PresenceEntry[]): { present: { id: string; name: string }[]; names: Map<string, string> } {
  return {
    present: participants.filter((p) => p.connected && p.status === 'admitted').map(({ id, name }) => ({ id, name })),
    names: new Map(participants.map((p) => [p.id, p.name])),
  };
}
