import type { ChannelVerdict } from './verdict.ts';
import type { WorldIndex } from './world-index.ts';
import { stateRef } from './world-index.ts';
import { covers } from './connections.ts';
import { instrumentsFor, notifiedState, offenceList, whyUnused, type Candidates } from './instruments.ts';
import { practiceFor, practiceNoteMessage } from './practice.ts';
import { msg, say } from '../messages/say.ts';
import type { Message, Param } from '../messages/types.ts';
import { orderReach, type ReachVerdict } from './reach.ts';
import type { ChannelName, DataRequest, DurationProfile, Instrument, Provider, Regime } from '../world/types.ts';
import { ANY_PARTY, UNKNOWN_LOCATION } from '../world/types.ts';
import { NAMED_REGIMES } from '../world/regimes.ts';
import { wholeDays } from '../random.ts';

/** Letters rogatory have no treaty behind them: the contract's default profile. */
export const ROGATORY_DAYS: DurationProfile = {
  median: 540,
  p90: 900,
  source: say(msg('route.rogatory.days')),
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
  /** The same names as messages, for the user's language (`order` and `breached` name states). */
  nameMessages: { order: Message; breached: Message };
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

/** A state as a message parameter: named in the user's language when it is a real one. */
const name = (ask: Ask, id: string) => stateRef(ask.index, id);
const data = (ask: Ask) => msg(`data.${ask.request.data}`);
// "Title (ID, State)", or "ID (State)" for an entry without a title: the id is never said twice.
const titled = (ask: Ask, e: { id: string; title?: string; jurisdiction: string }): Message =>
  e.title ? msg('route.titled', { title: e.title, id: e.id, state: name(ask, e.jurisdiction) }) : msg('route.untitled', { id: e.id, state: name(ask, e.jurisdiction) });

/** Sentences said one after another, as one message. */
export function sentences(first: Message, ...rest: (Message | null | undefined)[]): Message {
  return rest.reduce<Message>((all, next) => (next ? msg('route.then', { first: all, next }) : all), first);
}

/** The verdict's reason: its English text and its message. */
const because = (message: Message) => ({ reason: say(message), message });

/** Instruments that would have carried a closed channel are cited beside the reason they did not. */
const unusedCites = (found: Candidates) => found.unused.map((u) => u.instrument.id);
const unusedWhy = (ask: Ask, found: Candidates) => whyUnused(found.unused, ask.request, (id) => name(ask, id));
const ruleTagged = (ask: Ask, r: { id: string; jurisdiction: string; kind: string }): Param =>
  msg('route.rule.tagged', { rule: r.id, state: name(ask, r.jurisdiction), kind: msg(`route.ruleKind.${r.kind as 'blocking'}`) });

/** Whether two jurisdictions are one state and its special administrative region (or two regions of one state). */
function oneState(ask: Ask, a: string, b: string | null): boolean {
  if (b === null) return false;
  const ja = ask.index.jurisdictions.get(a);
  const jb = ask.index.jurisdictions.get(b);
  return ja?.partOf === b || jb?.partOf === a || (ja?.partOf !== undefined && ja.partOf === jb?.partOf);
}

const withinOneState = (ask: Ask, a: string, b: string) => msg('route.oneState', { a: name(ask, a), b: name(ask, b) });

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
  const base = { channel: 'direct' as const, requestedState: null, instrument: null, ...(reach && { reach }) };
  const closers = index.world.rules.filter(
    // A recognition rule never closes a channel (assess.ts says and cites it instead).
    (r) => r.kind !== 'recognition' && r.jurisdiction !== request.from && !r.except.includes('direct') && covers(r, request, provider),
  );
  const order = reach?.order;
  if (closers.length > 0 && order) {
    // One state compels what another forbids: the request goes out, and the provider must choose.
    const by = { list: closers.map((r) => ruleTagged(ask, r)), join: 'and' as const };
    return {
      ...base, open: true, path: 'conflict', timing: { fixed: provider.responseDays }, cites: [order.id, ...closers.map((r) => r.id)],
      conflict: {
        order: order.id, breached: closers.map((r) => r.id), ...(order.sanction && { sanction: order.sanction }), ...(order.review && { review: order.review }),
        names: { provider: provider.name, order: say(titled(ask, order)), breached: closers.map((r) => say(titled(ask, r))).join(' and ') },
        nameMessages: { order: titled(ask, order), breached: msg('route.list', { items: { list: closers.map((r) => titled(ask, r)), join: 'and' } }) },
      },
      ...because(sentences(reach.message, msg('route.direct.conflict', { rules: by, provider: provider.name, days: provider.responseDays }))),
    };
  }
  if (closers.length > 0) {
    const by = { list: closers.map((r) => ruleTagged(ask, r)), join: 'and' as const };
    return {
      ...base, open: false, path: 'blocked', timing: { fixed: 0 }, cites: closers.map((r) => r.id),
      ...because(msg('route.direct.blocked', { provider: provider.name, rules: by, n: closers.length, data: data(ask) })),
    };
  }
  if (request.urgency === 'emergency' && provider.emergencyDisclosure) {
    return {
      ...base, open: true, path: 'emergency', timing: { fixed: 1 }, cites: [],
      ...because(msg('route.direct.emergency', { provider: provider.name })),
    };
  }
  const cooperation = instrumentsFor(index.world.instruments, 'direct-cooperation', request.from, provider.home, request, oneState(ask, request.from, provider.home));
  const instrument = request.from === provider.home ? undefined : cooperation.binding[0];
  // An order the requesting state may issue itself binds the provider; where a direct-cooperation
  // instrument binds both states, its procedure (a notified state's window) governs instead.
  if (order && !instrument) {
    return {
      ...base, open: true, path: 'compelled', timing: { fixed: provider.responseDays }, cites: [order.id],
      ...because(sentences(reach.message, msg('route.direct.compelled', { days: provider.responseDays }))),
    };
  }
  // A state whose own order law binds the provider but stops at its border (data only in its
  // territory) cannot compel data stored abroad by a domestic order either.
  if (request.from === provider.home && reach?.stopsAtBorder !== undefined) {
    return {
      ...base, open: false, path: 'declined', timing: { fixed: provider.responseDays }, cites: [reach.stopsAtBorder],
      ...because(sentences(reach.message, msg('route.direct.stopsAtBorder', { provider: provider.name }))),
    };
  }
  // The contract: "a domestic order is a direct request". A provider answers its own state's
  // orders whatever the category (answersDirect is about foreign authorities).
  if (request.from === provider.home) {
    return {
      ...base, open: true, path: 'domestic', timing: { fixed: provider.responseDays }, cites: [],
      ...because(msg('route.direct.domestic', { provider: provider.name, state: name(ask, provider.home), days: provider.responseDays })),
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
    ? msg('route.after.fixed', { days: answerTiming.fixed })
    : msg(answerTiming.profile.basis === 'default' ? 'route.after.profileDefault' : 'route.after.profile', {
      median: wholeDays(answerTiming.profile.median), p90: wholeDays(answerTiming.profile.p90),
    });
  const rate = practice?.rate === undefined ? {} : { rate: practice.rate };
  const documented = practice ? msg('route.practice.towards', { from: name(ask, request.from), note: practiceNoteMessage(practice) }) : null;
  if (answersDirect.includes(request.data)) {
    return {
      ...base, open: true, path: 'provider', timing: answerTiming, cites: [], ...rate,
      ...because(practice
        ? sentences(msg('route.direct.answersFrom', { provider: provider.name, from: name(ask, request.from), data: data(ask), after }), documented)
        : msg('route.direct.answers', { provider: provider.name, data: data(ask), after })),
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
    const home = name(ask, provider.home);
    const declared: Param = notice.by ? msg('route.notify.declared', { state: home, text: { authored: notice.by.text } }) : '';
    const told = notified
      ? waits
        ? msg('route.notify.window', { state: home, days: notice.days, declared })
        : holdsBack
          ? msg('route.notify.served', { state: home, declared })
          : msg('route.notify.emergency', { state: home })
      : notice.by ? msg('route.notify.not', { state: home, declared }) : null;
    return {
      ...base, open: true, path: 'instrument', instrument: instrument.id, cites: [instrument.id],
      timing: waits ? { ...timing, atLeast: notice.days } : timing,
      ...because(sentences(msg('route.direct.instrument', { instrument: instrument.id, from: name(ask, request.from), data: data(ask), home }), told)),
    };
  }
  return {
    ...base, open: false, path: 'declined', timing: { fixed: responseDays }, cites: unusedCites(cooperation), ...rate,
    ...because(sentences(
      msg(practice ? 'route.direct.declinedFrom' : 'route.direct.declined', { provider: provider.name, from: name(ask, request.from), data: data(ask), home: name(ask, provider.home) }),
      ...unusedWhy(ask, cooperation),
      documented,
    )),
  };
}

export function agreementVerdict(ask: Ask): RoutedVerdict {
  const { index, request, provider } = ask;
  const home = provider.home;
  const base = { channel: 'agreement' as const, requestedState: home, instrument: null, timing: { fixed: 0 } };
  if (home === request.from) {
    return { ...base, open: false, cites: [], ...because(msg('route.agreement.domestic', { provider: provider.name })) };
  }
  const found = instrumentsFor(index.world.instruments, 'agreement', request.from, home, request, oneState(ask, request.from, home));
  const candidates = found.binding;
  if (candidates.length === 0) {
    const none = msg('route.agreement.none', { from: name(ask, request.from), home: name(ask, home), data: data(ask) });
    return { ...base, open: false, cites: unusedCites(found), ...because(sentences(none, ...unusedWhy(ask, found))) };
  }
  const excluded = (id: string): Message | null => {
    const i = index.instruments.get(id)!;
    if (i.excludes.includes('party-nationals') && request.subject.nationality === home) return msg('route.exclude.national', { state: name(ask, home) });
    if (i.excludes.includes('party-residents') && request.subject.location === home) return msg('route.exclude.resident', { state: name(ask, home) });
    return directionalExclusion(ask, i);
  };
  const usable = candidates.find((i) => excluded(i.id) === null);
  if (!usable) {
    const first = candidates[0]!;
    return { ...base, open: false, cites: [first.id], ...because(msg('route.agreement.excluded', { instrument: first.id, why: excluded(first.id)! })) };
  }
  return {
    ...base, open: true, instrument: usable.id, cites: [usable.id], timing: profileFor(daysFor(usable, request, home), request),
    ...because(msg('route.agreement.open', { instrument: usable.id, from: name(ask, request.from), provider: provider.name, home: name(ask, home), data: data(ask) })),
  };
}

/**
 * Why an instrument's one-way exclusions bar this request (who may not be targeted by whom), or
 * null. Only the entries for the requesting state apply: the UK-US agreement bars the UK from
 * targeting US persons and persons in the US, and the US only from targeting persons in the UK.
 */
export function directionalExclusion(ask: Ask, instrument: Instrument): Message | null {
  const { request } = ask;
  for (const d of instrument.directionalExcludes ?? []) {
    if (d.from !== request.from) continue;
    const { nationality, location } = request.subject;
    if (nationality !== undefined && d.subjectNationality?.includes(nationality)) {
      return msg('route.exclude.targetNational', { from: name(ask, request.from), state: name(ask, nationality), source: d.source });
    }
    if (location !== undefined && d.subjectLocation?.includes(location)) {
      return msg('route.exclude.targetLocated', { from: name(ask, request.from), state: name(ask, location), source: d.source });
    }
  }
  return null;
}

/**
 * The regime by the name the named regimes give it ("the provider control regime"), or the
 * scenario's own setting: a text names a doctrine in its own terms, never a label of ours.
 */
function regimeCalled(regime: Regime): Message {
  const named = NAMED_REGIMES.find((r) => r.name === regime.name);
  if (named) return msg(`route.regime.${named.name as 'provider-control'}`);
  // Its own setting: the sentence around it says where it sends requests.
  return msg('route.regime.scenario');
}

/** The state an mlat or letters rogatory go to, or why there is none. */
export function requestedStateFor(ask: Ask): { state: string | null; why: Message } {
  const { provider, regime } = ask;
  if (regime.requestedState === 'provider-home') {
    return { state: provider.home, why: msg('route.target.home', { state: name(ask, provider.home), regime: regimeCalled(regime) }) };
  }
  const location = provider.storesIn[0]!;
  if (location === UNKNOWN_LOCATION) return { state: null, why: msg('route.target.unknown') };
  return { state: location, why: msg('route.target.location', { state: name(ask, location) }) };
}

function assistanceBase(ask: Ask, channel: 'mlat' | 'rogatory') {
  const { request } = ask;
  const target = requestedStateFor(ask);
  if (target.state === null) {
    return { closed: msg('route.assistance.noState', { why: target.why, regime: regimeCalled(ask.regime) }), state: null };
  }
  if (target.state === request.from) {
    return { closed: msg('route.assistance.domestic', { state: name(ask, request.from), why: target.why, channel: msg(`channel.${channel}`) }), state: target.state };
  }
  return { closed: null, state: target.state, why: target.why };
}

export function mlatVerdict(ask: Ask): RoutedVerdict {
  const { index, request } = ask;
  const target = assistanceBase(ask, 'mlat');
  const base = { channel: 'mlat' as const, requestedState: target.state, instrument: null, timing: { fixed: 0 } };
  if (target.closed !== null) return { ...base, open: false, cites: [], ...because(target.closed) };
  const state = target.state!;
  const together = oneState(ask, request.from, state);
  const found = instrumentsFor(index.world.instruments, 'mlat', request.from, state, request, together);
  const instrument = found.binding[0];
  if (!instrument) {
    const why = together ? [withinOneState(ask, request.from, state)] : unusedWhy(ask, found);
    const none = msg('route.mlat.none', { from: name(ask, request.from), to: name(ask, state), data: data(ask) });
    return { ...base, open: false, cites: unusedCites(found), ...because(sentences(none, ...why)) };
  }
  const binds = { instrument: instrument.id, from: name(ask, request.from), to: name(ask, state), target: target.why! };
  return {
    ...base, open: true, instrument: instrument.id, cites: [instrument.id], timing: profileFor(daysFor(instrument, request, state), request),
    // An offence-scoped instrument says so where it carries a request: the offence is why it applies.
    ...because(instrument.offences
      ? msg('route.mlat.openScoped', { ...binds, offences: offenceList(instrument.offences) })
      : msg('route.mlat.open', binds)),
  };
}

export function rogatoryVerdict(ask: Ask): RoutedVerdict {
  const target = assistanceBase(ask, 'rogatory');
  const base = { channel: 'rogatory' as const, requestedState: target.state, instrument: null, timing: { profile: ROGATORY_DAYS } };
  if (target.closed !== null) return { ...base, open: false, cites: [], ...because(target.closed) };
  if (oneState(ask, ask.request.from, target.state)) {
    return { ...base, open: false, cites: [], ...because(sentences(msg('route.rogatory.between'), withinOneState(ask, ask.request.from, target.state!))) };
  }
  return { ...base, open: true, cites: [], ...because(msg('route.rogatory.open', { target: target.why! })) };
}

export type { Ask };
/** The channels' names in English (the catalogue's `channel.*` terms say them in any language). */
export const CHANNEL_LABELS: Record<ChannelName, string> = {
  direct: say(msg('channel.direct')),
  agreement: say(msg('channel.agreement')),
  mlat: say(msg('channel.mlat')),
  rogatory: say(msg('channel.rogatory')),
};
