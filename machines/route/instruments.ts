import type { DataRequest, Instrument, InstrumentKind, OffenceCategory, PartyTerms, Reservation } from '../world/types.ts';
import { msg } from '../messages/say.ts';
import type { ListOf, Message, Param } from '../messages/types.ts';

/** An instrument of the kind that would carry the request between the two states but does not, and why. */
export type Unused =
  | { instrument: Instrument; why: 'not-bound'; party: string; terms: PartyTerms }
  | { instrument: Instrument; why: 'offence'; offences: readonly OffenceCategory[] }
  | { instrument: Instrument; why: 'reserved'; reservation: Reservation };

export interface Candidates {
  /** The instruments that carry the request, the preferred first. */
  binding: Instrument[];
  /** Those that would, but for a party not bound on the date, the offence, or a reservation. */
  unused: Unused[];
}

/**
 * The instruments of one kind that bind both states for the request's category and offence. The
 * world is the one on the request's date (worldOn), where a state not bound that day is missing from
 * `parties` but still in `partyTerms`. Where several could serve, the contract prefers the bilateral
 * one, then the one with the smallest median, then file order.
 */
export function instrumentsFor(
  instruments: readonly Instrument[],
  kind: InstrumentKind,
  a: string,
  b: string,
  request: Pick<DataRequest, 'data' | 'offenceCategory'>,
  oneState = false,
): Candidates {
  const binding: Instrument[] = [];
  const unused: Unused[] = [];
  for (const i of instruments) {
    if (i.kind !== kind || !i.data.includes(request.data)) continue;
    // A convention between states binds a state and its special administrative region to the world, not to each other.
    if (oneState && i.parties.length > 2) continue;
    const aBound = i.parties.includes(a);
    const bBound = i.parties.includes(b);
    if (!aBound || !bBound) {
      // Only a state the instrument names in its terms is a near miss; any other is simply no party.
      const terms = i.partyTerms;
      if (terms && (aBound || terms[a]) && (bBound || terms[b])) {
        const party = aBound ? b : a;
        unused.push({ instrument: i, why: 'not-bound', party, terms: terms[party]! });
      }
      continue;
    }
    if (i.offences && !(request.offenceCategory !== undefined && i.offences.includes(request.offenceCategory))) {
      unused.push({ instrument: i, why: 'offence', offences: i.offences });
      continue;
    }
    const reservation = i.reservations?.find((r) => (r.party === a || r.party === b) && r.data?.includes(request.data) === true);
    if (reservation) {
      unused.push({ instrument: i, why: 'reserved', reservation });
      continue;
    }
    binding.push(i);
  }
  // Array.prototype.sort is stable, so equal candidates keep their file order.
  // A scheme (Harare) binds no one: a binding treaty between the same states comes first.
  const scheme = (i: Instrument) => Number(i.legalForm === 'scheme');
  binding.sort((x, y) => Number(bilateral(y)) - Number(bilateral(x)) || scheme(x) - scheme(y) || x.days.median - y.days.median);
  return { binding, unused };
}

/**
 * Whether an instrument is between two states. On a date a convention may bind only two of its
 * parties; it stays a convention, so the states in its terms count too.
 */
function bilateral(i: Instrument): boolean {
  if (!i.partyTerms) return i.parties.length === 2;
  return new Set([...i.parties, ...Object.keys(i.partyTerms)]).size === 2;
}

/**
 * Whether a direct order under the instrument to a provider based in `home` is notified to that
 * state: a reservation or declaration of that state decides where it says so (notify: true notifies
 * every category the instrument carries), otherwise the instrument's own `notify`.
 */
export function notifiedState(i: Instrument, home: string, data: DataRequest['data']): { notified: boolean; days: number; by?: Reservation } {
  const by = i.reservations?.find((r) => r.party === home && r.notify !== undefined);
  if (by) return { notified: by.notify === true, days: i.notify?.days ?? 0, by };
  return { notified: i.notify?.data.includes(data) === true, days: i.notify?.days ?? 0 };
}

/** Offence categories as a list of the catalogue's words: "corruption or organised crime". */
export const offenceList = (categories: readonly OffenceCategory[], join: 'or' | 'and' = 'or'): ListOf => ({
  list: categories.map((c) => msg(`route.offence.${c}`)),
  join,
});


/**
 * Why each unused instrument does not carry the request, as sentences for a verdict's reason (none
 * when there is none), so that a user sees why a treaty did not apply. Offence-scoped instruments
 * share one sentence: several UN conventions may bind the same two states.
 */
export function whyUnused(unused: readonly Unused[], request: Pick<DataRequest, 'data' | 'offenceCategory'>, name: (id: string) => Param): Message[] {
  const scoped = unused.filter((u): u is Extract<Unused, { why: 'offence' }> => u.why === 'offence');
  const sentences = unused.filter((u) => u.why !== 'offence').map((u) => sentence(u, request, name));
  if (scoped.length > 0) {
    const serves = scoped.map((u, k) => msg(k === 0 ? 'route.unused.serves' : 'route.unused.servesToo', { instrument: u.instrument.id, offences: offenceList(u.offences) }));
    // `offence` is free text for people; only `offenceCategory` (one of the format's categories) routes.
    const given = request.offenceCategory === undefined
      ? msg('route.unused.noOffence')
      : msg('route.unused.concerns', { offence: msg(`route.offence.${request.offenceCategory}`) });
    const all = [...serves, given].reduce((first, next) => msg('route.semicolon', { first, next }));
    sentences.push(msg('route.sentence', { text: all }));
  }
  return sentences;
}

function sentence(u: Exclude<Unused, { why: 'offence' }>, request: Pick<DataRequest, 'data'>, name: (id: string) => Param): Message {
  const instrument = u.instrument.id;
  if (u.why === 'reserved') {
    return msg('route.unused.reserved', {
      state: name(u.reservation.party), instrument, data: msg(`data.${request.data}`), text: { authored: u.reservation.text }, source: u.reservation.source,
    });
  }
  const { from, to, signed, ratified } = u.terms;
  const state = name(u.party);
  if (from !== undefined && to !== undefined) return msg('route.unused.boundBetween', { state, instrument, from, to });
  if (from !== undefined) return msg('route.unused.boundFrom', { state, instrument, from });
  if (to !== undefined) return msg('route.unused.boundUntil', { state, instrument, to });
  if (ratified !== undefined) return msg('route.unused.ratified', { state, instrument, date: ratified });
  if (signed !== undefined) return msg('route.unused.signed', { state, instrument, date: signed });
  return msg('route.unused.named', { state, instrument });
}
