import type { Scenario } from '../../machines/scenario.ts';
import type { RequestView } from '../../machines/run/view.ts';
import type { GivenAnswer as Answer, ChannelName } from '../../machines/world/types.ts';
import { involvedJurisdictions, locationUnknown, type Involved, type Role } from '../../machines/world/involved.ts';

export type MapRole = Role | 'consulted' | 'requested';

export interface MapPlace {
  id: string;
  name: string;
  roles: MapRole[];
  /** For a consulted third country: whether it has answered yet. */
  consultation: 'awaiting' | 'answered' | null;
  /** What it answered, once it has: kept after its consultation ends, whatever the request does next. */
  answer: Answer | null;
}

export interface MapLeg {
  from: string;
  to: string;
  kind: 'request' | 'data' | 'consult';
  channel: ChannelName | null;
}

export interface MapModel {
  places: MapPlace[];
  legs: MapLeg[];
  locationUnknown: boolean;
}

/**
 * What the map shows for a request at a moment: the jurisdictions it touches, and its path. The
 * request goes from the requesting state to whoever answers it (the provider's home for a direct
 * request or an agreement, the requested state for MLAT and letters rogatory); the data sits where
 * the provider stores it; the third countries consulted on the way hang off the requesting state.
 */
export function mapModel(scenario: Pick<Scenario, 'world' | 'request'>, view: RequestView | null): MapModel {
  const involved: Involved[] = involvedJurisdictions(scenario);
  const places = new Map<string, MapPlace>(involved.map((j) => [j.id, { ...j, roles: [...j.roles] as MapRole[], consultation: null, answer: null }]));
  const nameOf = (id: string) => scenario.world.jurisdictions.find((j) => j.id === id)?.name ?? id;
  const place = (id: string) => {
    let p = places.get(id);
    if (!p) {
      p = { id, name: nameOf(id), roles: [], consultation: null, answer: null };
      places.set(id, p);
    }
    return p;
  };
  const provider = scenario.world.providers.find((p) => p.id === scenario.request.provider);
  const from = scenario.request.from;
  const home = provider?.home;
  const legs: MapLeg[] = [];
  const channel = view?.channel ?? null;
  let answerer: string | null | undefined = home;
  if (view && (channel === 'mlat' || channel === 'rogatory')) answerer = view.assessment[channel].requestedState;
  if (answerer && answerer !== from) {
    legs.push({ from, to: answerer, kind: 'request', channel });
    if (channel === 'mlat' || channel === 'rogatory') {
      const p = place(answerer);
      if (!p.roles.includes('requested')) p.roles.push('requested');
    }
  }
  if (home) {
    for (const location of provider?.storesIn ?? []) {
      if (places.has(location) && location !== home) legs.push({ from: home, to: location, kind: 'data', channel: null });
    }
  }
  const consulted = new Set<string>();
  const consult = (country: string, via: ChannelName) => {
    const p = place(country);
    if (!p.roles.includes('consulted')) p.roles.push('consulted');
    if (!consulted.has(country)) {
      consulted.add(country);
      legs.push({ from, to: country, kind: 'consult', channel: via });
    }
    return p;
  };
  // An answer stays on the map after its consultation ends (an objection closes the channel, and the
  // request may go on by another): the class must still see who said no.
  for (const a of view?.answers ?? []) {
    const p = consult(a.country, a.channel);
    p.consultation = 'answered';
    p.answer = a.answer;
  }
  if (view && channel && channel !== 'direct') {
    const awaiting = new Set(view.awaiting.map((a) => a.country));
    for (const c of view.assessment.consultations[channel] ?? []) {
      const p = consult(c.country, channel);
      if (awaiting.has(c.country)) {
        p.consultation = 'awaiting';
        p.answer = null;
      } else p.consultation ??= 'answered';
    }
  }
  return { places: [...places.values()], legs, locationUnknown: locationUnknown(scenario) };
}

/** The role a place is drawn by (its symbol): the first that applies, in this order. */
export function primaryRole(p: MapPlace): MapRole {
  const order: MapRole[] = ['requesting', 'requested', 'providerHome', 'dataLocation', 'consulted', 'subjectNationality', 'subjectLocation'];
  return order.find((r) => p.roles.includes(r)) ?? 'subjectLocation';
}
