import type { Category, ChannelName, DataRequest, InstrumentKind, Provider, Regime, Rule, World } from './types.ts';
import { covers } from '../route/connections.ts';
import { CATEGORIES, UNKNOWN_LOCATION } from './types.ts';
import { JURISDICTIONS } from './builtin/jurisdictions.ts';
import { msg, said, say } from '../messages/say.ts';
import type { Message, StateName } from '../messages/types.ts';
import type { MessageId } from '../messages/catalogue/index.ts';
import { REGIME_SOURCES } from '../messages/catalogue/world.ts';

/**
 * Named regimes: doctrines on where a state's authority over data lies, so that one request can be
 * replayed under each and compared. Each is stated in its own terms, with the texts it rests on;
 * none is presented as the right one.
 */
export interface NamedRegime {
  name: string;
  /** In English; every language by the ids regime.<name>.title, .summary and .effect. */
  title: string;
  /** The doctrine in its own terms. */
  summary: string;
  /** How the engine applies it. */
  effect: string;
  sources: string[];
  regime: Regime;
}

/** A named regime's texts, from the catalogue (the English fields stay: the client says the ids). */
function named(name: string, regime: Regime): NamedRegime {
  const text = (part: 'title' | 'summary' | 'effect') => say(msg(`regime.${name}.${part}` as MessageId));
  return { name, title: text('title'), summary: text('summary'), effect: text('effect'), sources: [...REGIME_SOURCES[name]!], regime };
}

export const NAMED_REGIMES: readonly NamedRegime[] = [
  named('location-principle', { name: 'location-principle', requestedState: 'data-location', maxExtensions: 1, locationConsent: true }),
  named('provider-control', { name: 'provider-control', requestedState: 'provider-home', maxExtensions: 1, preservationDays: 90, extensionDays: 90 }),
  named('e-evidence', { name: 'e-evidence', requestedState: 'provider-home', maxExtensions: 1, preservationDays: 60, extensionDays: 30 }),
];

export function namedRegime(name: string): NamedRegime | undefined {
  return NAMED_REGIMES.find((r) => r.name === name);
}

const ALL: Category[] = [...CATEGORIES];
const LOCATION_SOURCES = REGIME_SOURCES['location-principle']!.join('; ');

/** Channels an instrument of each kind carries: a treaty between the two states is their consent. */
const CARRIES: Record<InstrumentKind, ChannelName> = { mlat: 'mlat', agreement: 'agreement', 'direct-cooperation': 'direct' };

/**
 * What the law of a state where the data is located says about one request, as the location
 * principle asks it ("without the permission of the other state's law", SEED-0). The model knows a
 * state's law only through its rules in the world: the law permits the answer when none of the
 * state's rules covers the request (category, a connection to the state, in force on the request's
 * date since the world given is the world on that date, not yielding to an emergency), whatever
 * channel those rules except. One covering rule of any kind means the state's law has a say on
 * the data leaving it, so the principle asks for that state's consent.
 */
export interface LocationLaw {
  state: string;
  permits: boolean;
  reason: string;
  message: Message;
  /** The state's rules that cover the request (empty when its law permits the answer). */
  cites: string[];
}

export function locationLaw(world: World, request: DataRequest, provider: Provider, state: string): LocationLaw {
  const cites = world.rules.filter((r) => r.jurisdiction === state && covers(r, request, provider)).map((r) => r.id);
  const ref = stateOf(world, state);
  return cites.length === 0
    ? { state, permits: true, ...said('world.location.permits', { state: ref }), cites }
    : { state, permits: false, ...said('world.location.consents', { state: ref, cites: cites.join(', ') }), cites };
}

const BUILTIN_NAMES = new Map(JURISDICTIONS.map((j) => [j.id, j.name]));

/** A state as a message parameter (as route/world-index.ts stateRef, without an index at hand). */
function stateOf(world: World, id: string): StateName {
  const name = world.jurisdictions.find((j) => j.id === id)?.name ?? id;
  return BUILTIN_NAMES.get(id) === name ? { state: id, name, real: true } : { state: id, name };
}

/**
 * The rules a regime adds to the world for one request: under the location principle, each state
 * where the data is located (other than the requesting state) whose law covers the request asks for
 * consent before the data leave by any channel other than its own procedures (judicial assistance,
 * letters rogatory) or an instrument it is itself party to with the requesting state for the category.
 */
export function regimeRules(regime: Regime, world: World, request: DataRequest): Rule[] {
  if (!regime.locationConsent) return [];
  const provider = world.providers.find((p) => p.id === request.provider);
  if (!provider) return [];
  const locations = provider.storesIn.filter((j) => j !== UNKNOWN_LOCATION && j !== request.from);
  return locations.flatMap((j) => {
    const law = locationLaw(world, request, provider, j);
    if (law.permits) return [];
    const agreed = world.instruments
      .filter((i) => i.parties.includes(j) && i.parties.includes(request.from) && i.data.includes(request.data))
      .map((i) => CARRIES[i.kind]);
    const title = said('world.location.ruleTitle', { state: stateOf(world, j), cites: law.cites.join(', ') });
    return [{
      id: `LOCATION-PRINCIPLE-${j}`,
      title: title.reason,
      titleMessage: title.message,
      kind: 'consent-required' as const,
      jurisdiction: j,
      data: ALL,
      connection: ['data-location' as const],
      except: [...new Set<ChannelName>(['mlat', 'rogatory', ...agreed])],
      source: `${LOCATION_SOURCES}; ${law.reason}`,
    }];
  });
}

/** The world a request is routed in under a regime: the world plus the rules the regime adds. */
export function worldUnder(regime: Regime, world: World, request: DataRequest): World {
  const added = regimeRules(regime, world, request);
  return added.length === 0 ? world : { ...world, rules: [...world.rules, ...added] };
}
