import type { Category, ChannelName, DataRequest, InstrumentKind, Regime, Rule, World } from './types.ts';
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
      'Data located in a state falls under that state\'s sovereignty and jurisdiction. Authorities of another state should not obtain it directly from companies or individuals without that state\'s permission; law-enforcement needs are met through judicial assistance or agreements between states, which should not infringe third countries\' judicial sovereignty.',
    effect:
      'Mutual legal assistance and letters rogatory go to the state where the data is located. Each state where the data is located, other than the requesting state, must consent before the data leaves by another channel: a direct request is closed, and an agreement triggers that state\'s consultation.',
    sources: [
      'Global Data Security Initiative, 8 September 2020 (points on data located in other states and on judicial assistance) [SEED-2, SEED-3; facts.md S46]',
      'China + Central Asia Data Security Cooperation Initiative, Nur-Sultan, 8 June 2022 [SEED-0; facts.md §1.2 P1-P3]',
    ],
    regime: { name: 'location-principle', requestedState: 'data-location', maxExtensions: 1, locationConsent: true },
  },
  {
    name: 'provider-control',
    title: 'Provider control (CLOUD Act)',
    summary:
      'A provider subject to a state\'s jurisdiction must disclose the data in its possession, custody or control, wherever the data is stored. Conflicts with the law of a state whose government has an executive agreement are weighed by comity.',
    effect:
      'Mutual legal assistance and letters rogatory go to the provider\'s home state, whatever the data\'s location. Preservation: 90 days, extended once by 90 (18 U.S.C. 2703(f)(2)).',
    sources: [
      '18 U.S.C. 2713 (CLOUD Act, 2018, s.103(a)): disclosure required regardless of location [facts.md S1b]',
      '18 U.S.C. 2703(h): comity analysis for qualifying foreign governments [facts.md S4]',
      '18 U.S.C. 2703(f)(2): preservation for 90 days, extendable by 90 [facts.md S3]',
    ],
    regime: { name: 'provider-control', requestedState: 'provider-home', maxExtensions: 1, preservationDays: 90, extensionDays: 90 },
  },
  {
    name: 'e-evidence',
    title: 'EU e-Evidence',
    summary:
      'An issuing authority of an EU member state may order a service provider offering services in the Union to produce or preserve data, regardless of where the data is stored; for traffic and content data the enforcing state is notified and may invoke grounds for refusal.',
    effect:
      'Requests go to the provider\'s home state, whatever the data\'s location. Preservation orders keep the data 60 days, extendable once by 30 days. Direct orders between member states come from the e-Evidence instrument of the built-in world (from 18 August 2026).',
    sources: [
      'Regulation (EU) 2023/1543, arts. 1, 8 (notification), 10 (10 days / 8 hours), 11 (preservation: 60 days, plus 30), 12 (grounds for refusal) [facts.md S23]',
    ],
    regime: { name: 'e-evidence', requestedState: 'provider-home', maxExtensions: 1, preservationDays: 60, extensionDays: 30 },
  },
];

export function namedRegime(name: string): NamedRegime | undefined {
  return NAMED_REGIMES.find((r) => r.name === name);
}

const ALL: Category[] = [...CATEGORIES];

/** Channels an instrument of each kind carries: a treaty between the two states is their consent. */
const CARRIES: Record<InstrumentKind, ChannelName> = { mlat: 'mlat', agreement: 'agreement', 'direct-cooperation': 'direct' };

/**
 * The rules a regime adds to the world for one request: under the location principle, each state
 * where the data is located (other than the requesting state) asks for consent before it leaves by
 * any channel other than its own procedures (judicial assistance, letters rogatory) or an agreement
 * it is itself party to with the requesting state for the category.
 */
export function regimeRules(regime: Regime, world: World, request: Pick<DataRequest, 'from' | 'provider' | 'data'>): Rule[] {
  if (!regime.locationConsent) return [];
  const provider = world.providers.find((p) => p.id === request.provider);
  const locations = (provider?.storesIn ?? []).filter((j) => j !== UNKNOWN_LOCATION && j !== request.from);
  return locations.map((j) => {
    const agreed = world.instruments
      .filter((i) => i.parties.includes(j) && i.parties.includes(request.from) && i.data.includes(request.data))
      .map((i) => CARRIES[i.kind]);
    return {
      id: `LOCATION-PRINCIPLE-${j}`,
      title: 'Location principle: the consent of the state where the data is located',
      kind: 'consent-required',
      jurisdiction: j,
      data: ALL,
      connection: ['data-location'],
      except: [...new Set<ChannelName>(['mlat', 'rogatory', ...agreed])],
      source: NAMED_REGIMES[0]!.sources.join('; '),
    };
  });
}

/** The world a request is routed in under a regime: the world plus the rules the regime adds. */
export function worldUnder(regime: Regime, world: World, request: DataRequest): World {
  const added = regimeRules(regime, world, request);
  return added.length === 0 ? world : { ...world, rules: [...world.rules, ...added] };
}
