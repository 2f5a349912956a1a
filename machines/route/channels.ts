import type { ChannelVerdict } from './verdict.ts';
import type { WorldIndex } from './world-index.ts';
import { jurisdictionName } from './world-index.ts';
import { covers } from './connections.ts';
import { instrumentsFor, notifiedState, whyUnused, type Candidates } from './instruments.ts';
import { practiceFor, practiceNote } from './practice.ts';
import { orderReach, type ReachVerdict } from './reach.ts';
import type { ChannelName, DataRequest, DurationProfile, Instrument, Provider, Regime } from '../world/types.ts';
import { ANY_PARTY, UNKNOWN_LOCATION } from '../world/types.ts';
import { NAMED_REGIMES } from '../world/regimes.ts';
import { wholeDays } from '../random.ts';

/** Letters rogatory have no treaty behind them: the contract's default profile. */
export const ROGATORY_DAYS: DurationProfile = {
  median: 540,
  p90: 900,
  source: 'SCENARIO-FORMAT.md default for letters rogatory (no treaty; slow and discretionary)',
};

/**
 * How long a channel takes once it has gone out: a fixed number of days, or a profile to draw from
 * (no less than `atLeast` days, where a notified state's window holds the answer back).
 */
export type Timing = { fixed: number } | { profile: DurationProfile; atLeast?: number };

/** A channel's days as a deterministic run counts them: the fixed days, or the median held back by `atLeast`. */
export const medianDays = (timing: Timing): number => ('fixed' in timing ? timing.fixed : Math.max(wholeDays(timing.profile.median), timing.atLeast ?? 0));

/**
 * How a direct request would end if it were sent now. `compelled`: the requesting state's production
 * order reaches the provider and the data; `conflict`: it does, and another state's rule forbids the
 * disclosure (machines/route/reach.ts).
 */
export type DirectPath = 'blocked' | 'emergency' | 'domestic' | 'provider' | 'instrument' | 'declined' | 'compelled' | 'conflict';

/** What the provider faces at a conflict of laws: the order, the rules it would breach, what refusing costs. */
export interface DirectConflict {
  order: string;
  /** The other states' rules that forbid the disclosure, in file order. */
  breached: string[];
  sanction?: string;
  review?: { days: number; source?: string };
  /** Each side as the notes name it, worked out once with the assessment. */
  names: { provider: string; order: string; breached: string };
}

export interface DirectVerdict extends ChannelVerdict {
  path: DirectPath;
  timing: Timing;
  /** extension: the share of such requests the provider answers, where its documented practice decides (sampled runs draw it). */
  rate?: number;
  /** Whether an order of the requesting state reaches the request; absent where that state has no order law. */
  reach?: ReachVerdict;
  /** Only on the `conflict` path. */
  conflict?: DirectConflict;
}

export interface RoutedVerdict extends ChannelVerdict {
  timing: Timing;
}

interface Ask {
  index: WorldIndex;
  request: DataRequest;
  provider: Provider;
  regime: Regime;
}

const name = (ask: Ask, id: string) => jurisdictionName(ask.index, id);
// "Title (ID, State)", or "ID (State)" for an entry without a title: the id is never said twice.
const titled = (ask: Ask, e: { id: string; title?: string; jurisdiction: string }) =>
  e.title ? `${e.title} (${e.id}, ${name(ask, e.jurisdiction)})` : `${e.id} (${name(ask, e.jurisdiction)})`;

/** An offence-scoped instrument says so where it carries a request: the offence is why it applies. */
const scopeOf = (i: Instrument) => (i.offences ? ` for requests concerning ${i.offences.map((o) => o.replaceAll('-', ' ')).join(', ')}` : '');

/** Instruments that would have carried a closed channel are cited beside the reason they did not. */
const unusedCites = (found: Candidates) => found.unused.map((u) => u.instrument.id);
const unusedWhy = (ask: Ask, found: Candidates) => whyUnused(found.unused, ask.request, (id) => name(ask, id));

/** Whether two jurisdictions are one state and its special administrative region (or two regions of one state). */
function oneState(ask: Ask, a: string, b: string | null): boolean {
  if (b === null) return false;
  const ja = ask.index.jurisdictions.get(a);
  const jb = ask.index.jurisdictions.get(b);
  return ja?.partOf === b || jb?.partOf === a || (ja?.partOf !== undefined && ja.partOf === jb?.partOf);
}

const withinOneState = (ask: Ask, a: string, b: string) =>
  ` ${name(ask, a)} and ${name(ask, b)} are parts of one state: conventions between states do not carry requests between them, and no arrangement between them is in the world.`;

/**
 * The profile an instrument's request takes between the requesting state and `to`: a published
 * figure for that pair (`pairDays`) where there is one, else the instrument's own.
 */
function daysFor(instrument: Instrument, request: DataRequest, to: string | null): DurationProfile {
  const pairs = instrument.pairDays?.filter((p) => p.to === to) ?? [];
  // A figure for this very pair before one for any party requesting from `to`.
  return (pairs.find((p) => p.from === request.from) ?? pairs.find((p) => p.from === ANY_PARTY && request.from !== to))?.days ?? instrument.days;
}

function profileFor(profile: DurationProfile, request: DataRequest): Timing {
  if (request.urgency === 'emergency' && profile.emergency !== undefined) {
    return { profile: { ...profile, median: profile.emergency, p90: profile.p90 * (profile.emergency / Math.max(profile.median, 1e-9)) } };
  }
  return { profile };
}

export function directVerdict(ask: Ask): DirectVerdict {
  const { index, request, provider } = ask;
  const reach = orderReach(index, request, provider);
  const hasOrders = (index.world.orders ?? []).some((o) => o.jurisdiction === request.from);
  const base = { channel: 'direct' as const, requestedState: null, instrument: null, ...(hasOrders && { reach }) };
  const closers = index.world.rules.filter(
    // A recognition rule never closes a channel (assess.ts says and cites it instead).
    (r) => r.kind !== 'recognition' && r.jurisdiction !== request.from && !r.except.includes('direct') && covers(r, request, provider),
  );
  const order = reach.order;
  if (closers.length > 0 && order) {
    // One state compels what another forbids: the request goes out, and the provider must choose.
    const by = closers.map((r) => `${r.id} (${name(ask, r.jurisdiction)}, ${r.kind})`).join(', ');
    return {
      ...base, open: true, path: 'conflict', timing: { fixed: provider.responseDays }, cites: [order.id, ...closers.map((r) => r.id)],
      conflict: {
        order: order.id, breached: closers.map((r) => r.id), ...(order.sanction && { sanction: order.sanction }), ...(order.review && { review: order.review }),
        names: { provider: provider.name, order: titled(ask, order), breached: closers.map((r) => titled(ask, r)).join(' and ') },
      },
      reason: `${reach.reason} Under ${by}, the same disclosure is not permitted by a direct request: ${provider.name} faces a conflict of laws and must choose within ${provider.responseDays} days of the order.`,
    };
  }
  if (closers.length > 0) {
    const by = closers.map((r) => `${r.id} (${name(ask, r.jurisdiction)}, ${r.kind})`).join(', ');
    return {
      ...base, open: false, path: 'blocked', timing: { fixed: 0 }, cites: closers.map((r) => r.id),
      reason: `A direct request to ${provider.name} is closed: ${by} covers ${request.data} data and does not except a direct request.`,
    };
  }
  if (request.urgency === 'emergency' && provider.emergencyDisclosure) {
    return {
      ...base, open: true, path: 'emergency', timing: { fixed: 1 }, cites: [],
      reason: `${provider.name} discloses in an emergency: it answers a direct emergency request after 1 day.`,
    };
  }
  const cooperation = instrumentsFor(index.world.instruments, 'direct-cooperation', request.from, provider.home, request, oneState(ask, request.from, provider.home));
  const instrument = request.from === provider.home ? undefined : cooperation.binding[0];
  // An order the requesting state may issue itself binds the provider; where a direct-cooperation
  // instrument binds both states, its procedure (a notified state's window) governs instead.
  if (order && !instrument) {
    return {
      ...base, open: true, path: 'compelled', timing: { fixed: provider.responseDays }, cites: [order.id],
      reason: `${reach.reason} The direct request is a compelled order, answered after ${provider.responseDays} days.`,
    };
  }
  // A state whose own order law binds the provider but stops at its border (data only in its
  // territory) cannot compel data stored abroad by a domestic order either.
  if (request.from === provider.home && reach.stopsAtBorder !== undefined) {
    return {
      ...base, open: false, path: 'declined', timing: { fixed: provider.responseDays }, cites: [reach.stopsAtBorder],
      reason: `${reach.reason} A domestic order to ${provider.name} does not reach the data where it is stored.`,
    };
  }
  // The contract: "a domestic order is a direct request". A provider answers its own state's
  // orders whatever the category (answersDirect is about foreign authorities).
  if (request.from === provider.home) {
    return {
      ...base, open: true, path: 'domestic', timing: { fixed: provider.responseDays }, cites: [],
      reason: `${provider.name} is based in ${name(ask, provider.home)}, the requesting state: a domestic order, answered after ${provider.responseDays} days.`,
    };
  }
  // Provider practice by requesting state (extension): the entry for this state, if any, replaces
  // what the provider answers and how fast; its rate is what sampled runs draw from.
  const practice = practiceFor(provider, request.from);
  const answersDirect = practice?.answersDirect ?? provider.answersDirect;
  const responseDays = practice?.responseDays ?? provider.responseDays;
  // A published spread of the provider's answer times (extension) is drawn from in sampled runs; a
  // practice entry's own fixed days for that state take precedence.
  const answerTiming: Timing = practice?.responseDays === undefined && provider.responseProfile
    ? profileFor(provider.responseProfile, request)
    : { fixed: responseDays };
  const after = 'fixed' in answerTiming
    ? `after ${answerTiming.fixed} days`
    : `after about ${wholeDays(answerTiming.profile.median)} days (median; 90 % within ${wholeDays(answerTiming.profile.p90)}${answerTiming.profile.basis === 'default' ? '; no published figure: the default spread' : ''})`;
  const rate = practice?.rate === undefined ? {} : { rate: practice.rate };
  const documented = practice ? ` Its practice towards ${name(ask, request.from)}: ${practiceNote(practice)}.` : '';
  if (answersDirect.includes(request.data)) {
    return {
      ...base, open: true, path: 'provider', timing: answerTiming, cites: [], ...rate,
      reason: practice
        ? `${provider.name} answers requests from ${name(ask, request.from)} for ${request.data} data directly, ${after}.${documented}`
        : `${provider.name} answers foreign authorities' requests for ${request.data} data directly, ${after}.`,
    };
  }
  if (instrument) {
    const notice = notifiedState(instrument, provider.home, request.data);
    const notified = notice.notified && request.subject.location !== request.from;
    // In an emergency the provider answers at once and the notified state objects afterwards
    // (Reg. 2023/1543 art. 10(4)); otherwise the answer waits out the notified state's window.
    const holdsBack = notified && request.urgency !== 'emergency';
    const timing = profileFor(daysFor(instrument, request, provider.home), request) as { profile: DurationProfile };
    // A notified state with no window of its own (a reservation asking only to be told) holds nothing back.
    const waits = holdsBack && notice.days > 0;
    const declared = notice.by ? ` (declaration of ${name(ask, provider.home)}: ${notice.by.text})` : '';
    const told = notified
      ? waits
        ? ` ${name(ask, provider.home)} is notified of the order and has ${notice.days} days to raise a ground for refusal; the provider produces at the end of them${declared}.`
        : holdsBack
          ? ` ${name(ask, provider.home)} is notified of the order when it is served${declared}.`
          : ` ${name(ask, provider.home)} is notified; in an emergency the provider answers at once and that state may object afterwards.`
      : notice.by ? ` ${name(ask, provider.home)} is not notified${declared}.` : '';
    return {
      ...base, open: true, path: 'instrument', instrument: instrument.id, cites: [instrument.id],
      timing: waits ? { ...timing, atLeast: notice.days } : timing,
      reason: `${instrument.id} lets ${name(ask, request.from)} request ${request.data} data directly from providers based in ${name(ask, provider.home)}.${told}`,
    };
  }
  return {
    ...base, open: false, path: 'declined', timing: { fixed: responseDays }, cites: unusedCites(cooperation), ...rate,
    reason: practice
      ? `${provider.name} does not answer requests from ${name(ask, request.from)} for ${request.data} data directly, and no direct-cooperation instrument binds ${name(ask, request.from)} and ${name(ask, provider.home)}.${unusedWhy(ask, cooperation)}${documented}`
      : `${provider.name} does not answer foreign authorities' requests for ${request.data} data directly, and no direct-cooperation instrument binds ${name(ask, request.from)} and ${name(ask, provider.home)}.${unusedWhy(ask, cooperation)}`,
  };
}

export function agreementVerdict(ask: Ask): RoutedVerdict {
  const { index, request, provider } = ask;
  const home = provider.home;
  const base = { channel: 'agreement' as const, requestedState: home, instrument: null, timing: { fixed: 0 } };
  if (home === request.from) {
    return { ...base, open: false, cites: [], reason: `${provider.name} is based in the requesting state: a domestic order is a direct request.` };
  }
  const found = instrumentsFor(index.world.instruments, 'agreement', request.from, home, request, oneState(ask, request.from, home));
  const candidates = found.binding;
  if (candidates.length === 0) {
    return { ...base, open: false, cites: unusedCites(found), reason: `No data-access agreement binds ${name(ask, request.from)} and ${name(ask, home)} for ${request.data} data.${unusedWhy(ask, found)}` };
  }
  const excluded = (id: string) => {
    const i = index.instruments.get(id)!;
    if (i.excludes.includes('party-nationals') && request.subject.nationality === home) return `its subject is a national of ${name(ask, home)}, whom it excludes`;
    if (i.excludes.includes('party-residents') && request.subject.location === home) return `its subject is located in ${name(ask, home)}, whom it excludes`;
    return directionalExclusion(ask, i);
  };
  const usable = candidates.find((i) => excluded(i.id) === null);
  if (!usable) {
    const first = candidates[0]!;
    return { ...base, open: false, cites: [first.id], reason: `${first.id} may not be used: ${excluded(first.id)}.` };
  }
  return {
    ...base, open: true, instrument: usable.id, cites: [usable.id], timing: profileFor(daysFor(usable, request, home), request),
    reason: `${usable.id} lets ${name(ask, request.from)} order ${provider.name}, based in ${name(ask, home)}, to produce ${request.data} data.`,
  };
}

/**
 * Why an instrument's one-way exclusions bar this request (who may not be targeted by whom), or
 * null. Only the entries for the requesting state apply: the UK-US agreement bars the UK from
 * targeting US persons and persons in the US, and the US only from targeting persons in the UK.
 */
export function directionalExclusion(ask: Ask, instrument: Instrument): string | null {
  const { request } = ask;
  for (const d of instrument.directionalExcludes ?? []) {
    if (d.from !== request.from) continue;
    const { nationality, location } = request.subject;
    if (nationality !== undefined && d.subjectNationality?.includes(nationality)) {
      return `${name(ask, request.from)} may not target a national of ${name(ask, nationality)} under it (${d.source})`;
    }
    if (location !== undefined && d.subjectLocation?.includes(location)) {
      return `${name(ask, request.from)} may not target a person located in ${name(ask, location)} under it (${d.source})`;
    }
  }
  return null;
}

/**
 * The regime by the name the named regimes give it ("the provider control regime"), or the
 * scenario's own setting: a text names a doctrine in its own terms, never a label of ours.
 */
function regimeCalled(regime: Regime): string {
  const title = NAMED_REGIMES.find((r) => r.name === regime.name)?.title;
  if (title) return `the ${title.charAt(0).toLowerCase()}${title.slice(1)} regime`;
  return `the scenario's regime (requestedState: ${regime.requestedState})`;
}

/** The state an mlat or letters rogatory go to, or why there is none. */
export function requestedStateFor(ask: Ask): { state: string | null; why: string } {
  const { provider, regime } = ask;
  if (regime.requestedState === 'provider-home') {
    return { state: provider.home, why: `the provider's home (${name(ask, provider.home)}), where ${regimeCalled(regime)} sends such requests` };
  }
  const location = provider.storesIn[0]!;
  if (location === UNKNOWN_LOCATION) return { state: null, why: `the data's location cannot be established` };
  return { state: location, why: `the data's location (${name(ask, location)})` };
}

function assistanceBase(ask: Ask, channel: 'mlat' | 'rogatory') {
  const { request } = ask;
  const target = requestedStateFor(ask);
  if (target.state === null) {
    return { closed: `No state can be asked: ${target.why}, and ${regimeCalled(ask.regime)} sends such requests to the data's location.`, state: null };
  }
  if (target.state === request.from) {
    return { closed: `The requested state would be ${name(ask, request.from)} itself (${target.why}): a domestic order is a direct request, so ${channel === 'mlat' ? 'mutual legal assistance' : 'letters rogatory'} are not open.`, state: target.state };
  }
  return { closed: null, state: target.state, why: target.why };
}

export function mlatVerdict(ask: Ask): RoutedVerdict {
  const { index, request } = ask;
  const target = assistanceBase(ask, 'mlat');
  const base = { channel: 'mlat' as const, requestedState: target.state, instrument: null, timing: { fixed: 0 } };
  if (target.closed !== null) return { ...base, open: false, cites: [], reason: target.closed };
  const state = target.state!;
  const together = oneState(ask, request.from, state);
  const found = instrumentsFor(index.world.instruments, 'mlat', request.from, state, request, together);
  const instrument = found.binding[0];
  if (!instrument) {
    const why = together ? withinOneState(ask, request.from, state) : unusedWhy(ask, found);
    return { ...base, open: false, cites: unusedCites(found), reason: `No mutual legal assistance instrument binds ${name(ask, request.from)} and ${name(ask, state)} for ${request.data} data.${why}` };
  }
  return {
    ...base, open: true, instrument: instrument.id, cites: [instrument.id], timing: profileFor(daysFor(instrument, request, state), request),
    reason: `${instrument.id} binds ${name(ask, request.from)} and ${name(ask, state)}${scopeOf(instrument)}; the request goes to ${target.why}.`,
  };
}

export function rogatoryVerdict(ask: Ask): RoutedVerdict {
  const target = assistanceBase(ask, 'rogatory');
  const base = { channel: 'rogatory' as const, requestedState: target.state, instrument: null, timing: { profile: ROGATORY_DAYS } };
  if (target.closed !== null) return { ...base, open: false, cites: [], reason: target.closed };
  if (oneState(ask, ask.request.from, target.state)) {
    return { ...base, open: false, cites: [], reason: `Letters rogatory travel between states through diplomatic channels.${withinOneState(ask, ask.request.from, target.state!)}` };
  }
  return {
    ...base, open: true, cites: [],
    reason: `Letters rogatory can go through diplomatic channels to ${target.why}, with no treaty: slow and at that state's discretion.`,
  };
}

export type { Ask };
export const CHANNEL_LABELS: Record<ChannelName, string> = {
  direct: 'direct request to the provider',
  agreement: 'data-access agreement',
  mlat: 'mutual legal assistance',
  rogatory: 'letters rogatory',
};
