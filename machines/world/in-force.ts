import type { InForce, Instrument, IsoDate, World } from './types.ts';

/**
 * Whether an entry applies on a date. An entry without dates always applies; `to` is its last day;
 * an unknown `from` gives way to `notBefore`, the earliest day the entry can have applied.
 */
export function inForceOn(inForce: InForce | undefined, date: IsoDate | undefined): boolean {
  if (!inForce || date === undefined) return true;
  const from = inForce.from ?? inForce.notBefore;
  if (from !== undefined && date < from) return false;
  if (inForce.to !== undefined && date > inForce.to) return false;
  return true;
}

/**
 * The world as it stood on a date: rules and instruments not in force are left out, and each
 * instrument in force keeps in `parties` only the states its party terms bind on that date. A state
 * left out stays in `partyTerms`, which is what lets the routing say why (machines/route/instruments.ts).
 */
export function worldOn(world: World, date: IsoDate | undefined): World {
  if (date === undefined) return world;
  const instruments: Instrument[] = [];
  for (const i of world.instruments) if (inForceOn(i.inForce, date)) instruments.push(boundOn(i, date));
  return {
    ...world,
    rules: world.rules.filter((r) => inForceOn(r.inForce, date)),
    instruments,
    ...(world.orders && { orders: world.orders.filter((o) => inForceOn(o.inForce, date)) }),
  };
}

/** The instrument with the parties bound on a date; the same object when its terms leave every party in. */
function boundOn(instrument: Instrument, date: IsoDate): Instrument {
  const terms = instrument.partyTerms;
  if (!terms) return instrument;
  // A party whose own entry into force is unknown is bound no earlier than its deposit.
  const parties = instrument.parties.filter((p) => {
    const t = terms[p];
    return inForceOn(t && { from: t.from ?? t.ratified, to: t.to }, date);
  });
  return parties.length === instrument.parties.length ? instrument : { ...instrument, parties };
}
