import type { Scenario } from '../scenario.ts';
import { UNKNOWN_LOCATION } from './types.ts';

export type Role = 'requesting' | 'providerHome' | 'dataLocation' | 'subjectNationality' | 'subjectLocation';

export interface Involved {
  id: string;
  name: string;
  roles: Role[];
}

/**
 * The jurisdictions a scenario's request touches, each with every part it plays, in the order a
 * request meets them: the requesting state, the provider's home, where the data is, the subject.
 */
export function involvedJurisdictions(scenario: Pick<Scenario, 'world' | 'request'>): Involved[] {
  const { world, request } = scenario;
  const provider = world.providers.find((p) => p.id === request.provider);
  const byId = new Map<string, Involved>();
  const add = (id: string | undefined, role: Role) => {
    if (!id || id === UNKNOWN_LOCATION) return;
    let entry = byId.get(id);
    if (!entry) {
      entry = { id, name: world.jurisdictions.find((j) => j.id === id)?.name ?? id, roles: [] };
      byId.set(id, entry);
    }
    if (!entry.roles.includes(role)) entry.roles.push(role);
  };
  add(request.from, 'requesting');
  add(provider?.home, 'providerHome');
  for (const location of provider?.storesIn ?? []) add(location, 'dataLocation');
  add(request.subject.nationality, 'subjectNationality');
  add(request.subject.location, 'subjectLocation');
  return [...byId.values()];
}

/** Whether the data's location cannot be established (the map says so instead of drawing it). */
export function locationUnknown(scenario: Pick<Scenario, 'world' | 'request'>): boolean {
  const provider = scenario.world.providers.find((p) => p.id === scenario.request.provider);
  return provider?.storesIn.includes(UNKNOWN_LOCATION) ?? false;
}
