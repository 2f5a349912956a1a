import type { Instrument, PartyTerms } from './types.ts';

/**
 * A state that joins an instrument defined elsewhere (the built-in world's, or a scenario's own),
 * with its own dates and the source that says so: an accession or a new bilateral partner written
 * in one entry instead of a copy of the whole instrument.
 */
export interface PartyJoin extends PartyTerms {
  instrument: string;
  party: string;
  source: string;
}

/**
 * The instruments with each join applied: the party added to `parties` and its dates and source
 * to `partyTerms`, so that it is bound from its own date (in-force.ts). A join whose party is already
 * listed changes nothing: applying the joins twice gives the same world.
 */
export function joinParties(instruments: readonly Instrument[], joins: readonly PartyJoin[]): Instrument[] {
  if (joins.length === 0) return instruments as Instrument[];
  const byInstrument = new Map<string, PartyJoin[]>();
  for (const join of joins) byInstrument.set(join.instrument, [...(byInstrument.get(join.instrument) ?? []), join]);
  return instruments.map((instrument) => {
    const added = (byInstrument.get(instrument.id) ?? []).filter((j) => !instrument.parties.includes(j.party));
    if (added.length === 0) return instrument;
    const terms = Object.fromEntries(added.map(({ instrument: _i, party, ...term }) => [party, term]));
    return { ...instrument, parties: [...instrument.parties, ...added.map((j) => j.party)], partyTerms: { ...instrument.partyTerms, ...terms } };
  });
}
