import type { Category, Instrument, InstrumentKind } from '../world/types.ts';

/**
 * The instruments of one kind that bind both states for the category. Where several could serve,
 * the contract prefers the bilateral one, then the one with the smallest median, then file order.
 */
export function bindingInstruments(
  instruments: readonly Instrument[],
  kind: InstrumentKind,
  a: string,
  b: string,
  data: Category,
): Instrument[] {
  const binding = instruments.filter(
    (i) => i.kind === kind && i.parties.includes(a) && i.parties.includes(b) && i.data.includes(data),
  );
  // Array.prototype.sort is stable, so equal candidates keep their file order.
  return binding.sort(
    (x, y) => Number(y.parties.length === 2) - Number(x.parties.length === 2) || x.days.median - y.days.median,
  );
}
