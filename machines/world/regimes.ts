import type { Category, ChannelName, DataRequest, InstrumentKind, Provider, Regime, Rule, World } from './types.ts';
import { covers } from '../route/connections.ts';
import { CATEGORIES, UNKNOWN_LOCATION } from './types.ts';

/**
 * Named regimes: doctrines on where a state's authority over data lies, so that one request can be
 * replayed under each and compared. Each is stated in its own terms, with the texts it rests on;
 * none is presented as the right one.
 */
export interface NamedRegime {
  name: string;
  title: string;
  /** The doctrine in its own terms. */
  summary: string;
  /** How the engine applies it. */
  effect: string;
  sources: string[];
  regime: Regime;
}

export const NAMED_REGIMES: readonly NamedRegime[] = [
  {
    name: 'location-principle',
    title: 'Location principle',
    summary:
      'Each state respects the sovereignty, jurisdiction and authority over data security of the others: data located in a state are not obtained directly from companies or individuals without the permission of that state\'s law. Law-enforcement needs for data across borders are met through judicial assistance or agreements between states, and an agreement between two states does not infringe the judicial sovereignty and data security of a third.',
    effect:
      'Mutual legal assistance and letters rogatory go to the state where the data is located. For each other state where the data is located, the run asks whether that state\'s law permits the answer. It does when none of that state\'s rules in force covers the request, and then the regime adds nothing. Where one does, that state consents before the data leave by any channel other than its own procedures (judicial assistance, letters rogatory) or an instrument it shares with the requesting state for the category: a direct request is closed, and an agreement triggers its consultation.',
    sources: [
      'China + Central Asia Data Security Cooperation Initiative, Nur-Sultan, 8 June 2022: data located in another state are not obtained directly from companies or individuals "without the permission of the other state\'s law" (未經他國法律允許); cross-border needs go through judicial assistance or agreements between states, which do not infringe third states\' judicial sovereignty [SEED-0]',
      'Global Data Security Initiative, 8 September 2020, as reported in French: data in other states are not obtained through companies or individuals "sans l\'autorisation d\'autres Etats" (without the authorisation of other states); judicial assistance or other multilateral and bilateral agreements [SEED-2, SEED-3; S46]',
    ],
    regime: { name: 'location-principle', requestedState: 'data-location', maxExtensions: 1, locationConsent: true },
  },
  {
    name: 'provider-control',
    title: 'Provider control',
    summary:
      'A state may order a service provider subject to its jurisdiction (established on its territory, or offering services there) to produce the data in its possession, custody or control, wherever the data is stored. Where the order conflicts with another state\'s law, the provider may ask the issuing state\'s courts to weigh the interests involved.',
    effect:
      'Mutual legal assistance and letters rogatory go to the provider\'s home state, whatever the data\'s location. Preservation: 90 days, extended once by 90 (18 U.S.C. 2703(f)(2)).',
    sources: [
      '18 U.S.C. 2713 (CLOUD Act, 2018, s.103(a)): a provider discloses data in its possession, custody or control regardless of where it is located [S1b]',
      '18 U.S.C. 2703(h): a provider may move to quash where the customer is not a US person and disclosure would risk breaching the law of a qualifying foreign government; the court weighs comity [S4]',
      '18 U.S.C. 2703(f)(2): preservation for 90 days, extendable by 90 [S3]',
      'Convention on Cybercrime (ETS 185) art. 18(1): production orders to (a) a person in the territory for data in that person\'s possession or control, and (b) a service provider offering its services in the territory for subscriber information in its possession or control [S15]',
      'Belgium, Court of Cassation, 1 December 2015 (Yahoo!): a provider offering services to users in Belgium must answer a Belgian order for identification data [S48]',
      'Brazil, Marco Civil da Internet art. 11 and the Supreme Federal Court\'s ADC 51 (2023): requests made directly to providers with a presence in Brazil are valid alongside mutual legal assistance',
      'Canada, British Columbia (A.G.) v. Brecknell (B.C.C.A., 2018) and King v. OVH (Ont. C.J., 25 September 2025: the court declined to revoke a production order for subscriber data OVH holds in France, the UK and Australia, finding a real and substantial connection to Canada and possession or control; judicial review sought) [https://privacyacrossborders.org/2026/02/03/what-canadas-king-vs-ovh-case-reveals-and-affirms-about-cross-border-data-access/]',
    ],
    regime: { name: 'provider-control', requestedState: 'provider-home', maxExtensions: 1, preservationDays: 90, extensionDays: 90 },
  },
  {
    name: 'e-evidence',
    title: 'Order to a provider in the Union',
    summary:
      'An issuing authority of an EU member state may order a service provider offering services in the Union to produce or preserve electronic evidence, regardless of where the data is stored; the order goes to the provider\'s designated establishment or legal representative in the Union. For traffic and content data of a person not residing in the issuing state, the enforcing state is notified and may invoke grounds for refusal; a provider that would breach a third country\'s law may object, and a court of the issuing state reviews the order.',
    effect:
      'Requests go to the provider\'s home state, whatever the data\'s location. Preservation orders keep the data 60 days, extendable once by 30 days. Direct orders between member states come from the e-Evidence instrument of the built-in world (from 18 August 2026).',
    sources: [
      'Regulation (EU) 2023/1543, arts. 1, 8 (notification), 10 (10 days / 8 hours), 11 (preservation: 60 days, plus 30), 12 (grounds for refusal), 17 (review where a third country\'s law conflicts) [S23]',
      'Directive (EU) 2023/1544: providers designate an establishment or legal representative in the Union [S25]',
    ],
    regime: { name: 'e-evidence', requestedState: 'provider-home', maxExtensions: 1, preservationDays: 60, extensionDays: 30 },
  },
];

export function namedRegime(name: string): NamedRegime | undefined {
  return NAMED_REGIMES.find((r) => r.name === name);
}

const ALL: Category[] = [...CATEGORIES];
const LOCATION_SOURCES = namedRegime('location-principle')!.sources.join('; ');

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
  /** The state's rules that cover the request (empty when its law permits the answer). */
  cites: string[];
}

export function locationLaw(world: World, request: DataRequest, provider: Provider, state: string): LocationLaw {
  const cites = world.rules.filter((r) => r.jurisdiction === state && covers(r, request, provider)).map((r) => r.id);
  return cites.length === 0
    ? { state, permits: true, reason: `No rule of ${state} covers the request: its law permits the answer, and the location principle adds nothing.`, cites }
    : { state, permits: false, reason: `The law of ${state} covers the data leaving it (${cites.join(', ')}): under the location principle, ${state} consents first.`, cites };
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
    return [{
      id: `LOCATION-PRINCIPLE-${j}`,
      title: `Location principle: the consent of ${j}, where the data is located and whose law covers it (${law.cites.join(', ')})`,
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
