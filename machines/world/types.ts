import type { Message } from '../messages/types.ts';
/**
 * The world model: who the states, providers, laws and treaties are.
 * Field names and meanings follow ../shared/SCENARIO-FORMAT.md; fields marked "extension" are
 * the project's additions, documented in docs/authoring.md.
 */

export const CATEGORIES = ['subscriber', 'traffic', 'content'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CHANNELS = ['direct', 'agreement', 'mlat', 'rogatory'] as const;
export type ChannelName = (typeof CHANNELS)[number];

export const CONNECTIONS = ['data-location', 'provider-home', 'subject-nationality', 'subject-location'] as const;
export type Connection = (typeof CONNECTIONS)[number];

/**
 * How a consulted state answers. `unknown` (extension): no source says how it would answer, so at
 * its deadline the run waits for a decision (a user, a class, or the default policy's recorded
 * assumption) instead of reading the silence as a refusal.
 */
export const ANSWERS = ['consent', 'object', 'silent', 'unknown'] as const;
export type Answer = (typeof ANSWERS)[number];
/** The answers a state actually gives (an inject, a script event): every answer but `unknown`. */
export const GIVEN_ANSWERS = ['consent', 'object', 'silent'] as const;
export type GivenAnswer = (typeof GIVEN_ANSWERS)[number];
/** What a class or user decides for a state whose answer is unknown (extension). */
export const DECIDED_ANSWERS = ['consent', 'object'] as const;

/**
 * extension: published shares of a state's answers to consultations (0-1, summing to at most 1; the
 * rest is silence), from which sampled runs draw an `unknown` answer.
 */
export interface ConsultationRates {
  consent: number;
  object: number;
  source: string;
}

/** A date in ISO form, `YYYY-MM-DD` (extension: decides which rules and instruments apply). */
export type IsoDate = string;

/** When an entry applies. Either end may be open. (extension) */
export interface InForce {
  from?: IsoDate;
  to?: IsoDate;
  /**
   * When `from` is unknown: the earliest day the entry can have applied (its signature, or the first
   * day of the year a source names). The engine applies it from then, so that a treaty whose entry
   * into force is unknown never carries a request made before it existed.
   */
  notBefore?: IsoDate;
}

/** extension: the UN M49 region a jurisdiction belongs to, for coverage figures and the atlas's grouping. */
export const REGIONS = ['africa', 'americas', 'asia', 'europe', 'oceania'] as const;
export type Region = (typeof REGIONS)[number];

export interface Jurisdiction {
  id: string;
  name: string;
  /** extension */
  region?: Region;
  /**
   * extension: the state a special administrative region belongs to (Hong Kong and Macao: China).
   * Conventions between states do not carry requests between the region and that state, and no
   * diplomatic channel runs between them.
   */
  partOf?: string;
  /** How it answers when consulted as a third country. */
  consultation: { answer: Answer; days: number; rates?: ConsultationRates };
  /** extension: organisations and conventions it belongs to (EU, SCO, CoE, ...). */
  memberships?: string[];
}

/** `unknown` in storesIn: the data's location cannot be established. */
export const UNKNOWN_LOCATION = 'unknown';

export interface Provider {
  id: string;
  name: string;
  home: string;
  storesIn: string[];
  answersDirect: Category[];
  responseDays: number;
  /**
   * extension: the spread of its direct answers (median, p90) where published; sampled runs draw
   * from it, deterministic runs take its median. Absent: every answer takes `responseDays`.
   */
  responseProfile?: DurationProfile;
  emergencyDisclosure: boolean;
  /** extension */
  source?: string;
  /**
   * extension: how the provider answers direct requests from particular states, from its
   * transparency reports; the first entry whose `from` lists the requesting state applies.
   */
  practice?: ProviderPractice[];
  /**
   * extension (reach): states where it has an establishment or a designated legal representative,
   * besides `home`; a production order binding "established" providers reaches it there.
   */
  establishments?: string[];
  /** extension (reach): states on whose territory it offers services; `'*'` means everywhere. */
  offersServicesIn?: string[];
  /** extension (reach): what it is documented to do when one state's order meets another state's prohibition. */
  conflictPractice?: { choice: ConflictChoice; source: string };
}

/** extension: a provider's documented answers to direct requests from some states. */
export interface ProviderPractice {
  /** The requesting states this entry describes. */
  from: string[];
  /** Replaces the provider's `answersDirect` for those states (deterministic runs follow it). */
  answersDirect: Category[];
  /** Share of such requests answered (0-1): sampled runs answer with this probability. */
  rate?: number;
  /** Replaces the provider's `responseDays` for those states. */
  responseDays?: number;
  /** The reporting period the figures come from (e.g. "2022"). */
  period?: string;
  source: string;
  uncertain?: string;
}

/**
 * `recognition` (extension): a law that governs whether a foreign order is recognised (GDPR art. 48).
 * It is shown and cited in the assessment of the channels it covers, but it never closes a channel
 * and never makes its state a consulted party.
 */
export const RULE_KINDS = ['blocking', 'consent-required', 'recognition'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export interface Rule {
  id: string;
  kind: RuleKind;
  jurisdiction: string;
  data: Category[];
  connection: Connection[];
  except: ChannelName[];
  source: string;
  /** extension */
  title?: string;
  /** extension: a title the engine writes (a regime's added rule), to be said in any language. */
  titleMessage?: Message;
  inForce?: InForce;
  /** extension: what is not certain about this entry; shown wherever it is cited. */
  uncertain?: string;
  /**
   * extension: the rule yields to an emergency (danger to life or of serious injury): it does not
   * cover requests whose urgency is `emergency`. Default false.
   */
  emergencyException?: boolean;
}

export const INSTRUMENT_KINDS = ['mlat', 'agreement', 'direct-cooperation'] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

export const EXCLUSIONS = ['party-nationals', 'party-residents'] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];

/** A duration profile in simulated days: a log-normal through the median and the 90th percentile. */
export interface DurationProfile {
  median: number;
  p90: number;
  /** Used in place of the median for emergency requests. */
  emergency?: number;
  /** extension: where the figures come from. */
  source?: string;
  /**
   * extension: what the figures rest on. `published`: a measured figure (a report, a survey, a
   * transparency report) that `source` cites; `statutory`: a legal deadline; `default`: nothing was
   * published and the format's defaults (or a stated modelling choice) stand in.
   */
  basis?: DurationBasis;
}

export const DURATION_BASES = ['published', 'statutory', 'default'] as const;
export type DurationBasis = (typeof DURATION_BASES)[number];

/** In `PairDays.from`: any party other than `to` (a figure published for requests to one state). */
export const ANY_PARTY = '*';

/** extension: a published figure for requests from one party to another under an instrument. */
export interface PairDays {
  /** The requesting state, or `*`: any party other than `to`. */
  from: string;
  /** The requested state (for direct cooperation and agreements: the provider's home). */
  to: string;
  days: DurationProfile;
}

/**
 * extension: a direct order under the instrument is notified to the provider's home state (the
 * enforcing state) for these categories, unless the subject is located in the requesting state;
 * the provider then produces no earlier than `days` after the order, the notified state's window.
 */
export interface Notification {
  data: Category[];
  days: number;
  source?: string;
}

/**
 * extension: one state's own dates under an instrument. `from` is the day the instrument binds it
 * (entry into force or application for that state), `to` its last bound day (e.g. after a
 * denunciation takes effect); `signed` and `ratified` are shown, only `from` and `to` route.
 */
export interface PartyTerms {
  signed?: IsoDate;
  ratified?: IsoDate;
  from?: IsoDate;
  to?: IsoDate;
  source?: string;
  uncertain?: string;
}

/**
 * extension: a party's reservation or declaration. `data`: categories the party does not apply the
 * instrument to (in its relations with every other party, as a reservation works both ways: VCLT
 * art. 21(1)). `notify`: whether direct orders to providers based in that party are notified to it,
 * in place of the instrument's `notify`.
 */
export interface Reservation {
  party: string;
  data?: Category[];
  notify?: boolean;
  text: string;
  source: string;
}

/** extension: what a request is about, for instruments limited to some offences (UNTOC, UNCAC, Vienna 1988). */
export const OFFENCE_CATEGORIES = ['organised-crime', 'corruption', 'drug-trafficking', 'cybercrime', 'terrorism', 'other'] as const;
export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];

export interface Instrument {
  id: string;
  kind: InstrumentKind;
  parties: string[];
  data: Category[];
  days: DurationProfile;
  excludes: Exclusion[];
  source: string;
  notify?: Notification;
  /** extension */
  title?: string;
  inForce?: InForce;
  uncertain?: string;
  /**
   * extension: each party's own dates, by jurisdiction id. A party in `parties` with terms is bound
   * only while they are in force; a state listed here but not in `parties` signed without being bound.
   */
  partyTerms?: Record<string, PartyTerms>;
  /** extension: reservations and declarations that change how the instrument routes for a party. */
  reservations?: Reservation[];
  /** extension: published durations for particular pairs of parties, in place of `days`. */
  pairDays?: PairDays[];
  /**
   * extension: what kind of text it is, for display: a treaty, a non-binding scheme (Harare), EU
   * law (a directive or regulation), or an arrangement between authorities. Routing ignores it.
   */
  legalForm?: LegalForm;
  /** extension: the instrument serves only requests concerning these offence categories. */
  offences?: OffenceCategory[];
  /**
   * extension: a preservation in force when a request under this instrument is under way lasts
   * until the request is decided (Budapest art. 29(7)): it neither lapses nor lets the data go.
   */
  preservationPending?: { source: string };
  /**
   * extension: exclusions that bind one party only: a request from `from` may not target subjects
   * of these nationalities or located in these states (the UK-US agreement's targeting rules).
   */
  directionalExcludes?: DirectionalExclusion[];
}

export const LEGAL_FORMS = ['treaty', 'scheme', 'eu-law', 'arrangement'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** extension: who a request from one party may not target under an instrument. */
export interface DirectionalExclusion {
  from: string;
  subjectNationality?: string[];
  subjectLocation?: string[];
  source: string;
}

/** extension (reach): which providers a production order binds, and which of their data. */
export const ORDER_PROVIDER_REACH = ['established', 'offers-services'] as const;
export type OrderProviderReach = (typeof ORDER_PROVIDER_REACH)[number];
export const ORDER_DATA_REACH = ['anywhere', 'in-territory'] as const;
export type OrderDataReach = (typeof ORDER_DATA_REACH)[number];
/** Everywhere, in `offersServicesIn`. */
export const EVERYWHERE = '*';

/** What a provider does when one state compels what another forbids (a conflict of laws). */
export const CONFLICT_CHOICES = ['comply', 'refuse', 'review'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];
export const REVIEW_OUTCOMES = ['upheld', 'lifted'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/**
 * extension (reach): a state's law empowering its authorities to order a provider to produce data,
 * with the providers and data it reaches. Only the direct channel uses it.
 */
export interface ProductionOrder {
  id: string;
  title?: string;
  /** The state whose authorities issue the order. */
  jurisdiction: string;
  data: Category[];
  reach: { providers: OrderProviderReach[]; data: OrderDataReach };
  /** What a provider refusing the order faces, in the law's words. */
  sanction?: string;
  /** The provider may ask a court to review the order (a motion to quash), which takes `days`. */
  review?: { days: number; source?: string };
  source: string;
  inForce?: InForce;
  uncertain?: string;
}

export interface World {
  jurisdictions: Jurisdiction[];
  providers: Provider[];
  rules: Rule[];
  instruments: Instrument[];
  /** extension (reach): production-order laws; absent means none. */
  orders?: ProductionOrder[];
}

export const URGENCIES = ['routine', 'emergency'] as const;
export type Urgency = (typeof URGENCIES)[number];

export interface DataRequest {
  /** The requesting state. */
  from: string;
  provider: string;
  data: Category;
  offence?: string;
  /** extension: the offence's category, for instruments limited to some offences; `offence` stays free text. */
  offenceCategory?: OffenceCategory;
  urgency: Urgency;
  subject: { nationality?: string; location?: string };
  retentionDays?: number;
  preservation: 'auto' | 'manual';
  /** extension: the date the request is made; decides which rules and instruments apply. */
  date?: IsoDate;
}

export const REQUESTED_STATE_DOCTRINES = ['data-location', 'provider-home'] as const;
export type RequestedStateDoctrine = (typeof REQUESTED_STATE_DOCTRINES)[number];

export interface Regime {
  requestedState: RequestedStateDoctrine;
  maxExtensions: number;
  /** extension: the named regime this was taken from, if any (machines/world/regimes.ts). */
  name?: string;
  /**
   * extension: a state where the data is located, whose own law covers the request, must consent
   * before the data leaves by any channel other than its own procedures (the location principle;
   * see locationLaw in regimes.ts). Default false.
   */
  locationConsent?: boolean;
  /** extension: days a preservation keeps the data from its request. Default 90. */
  preservationDays?: number;
  /** extension: days an extension adds to a preservation. Default 90. */
  extensionDays?: number;
}

export const DEFAULT_REGIME: Regime = { requestedState: 'data-location', maxExtensions: 1 };
