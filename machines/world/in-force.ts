import type { InForce, IsoDate, World } from './types.ts';

/** Whether an entry applies on a date. An entry without dates always applies; `to` is its last day. */
export function inForceOn(inForce: InForce | undefined, date: IsoDate | undefined): boolean {
  if (!inForce || date === undefined) return true;
  if (inForce.from !== undefined && date < inForce.from) return false;
  if (inForce.to !== undefined && date > inForce.to) return false;
  return true;
}

/** The world as it stood on a date: rules, instruments and orders not in force are left out. */
export function worldOn(world: World, date: IsoDate | undefined): World {
  if (date === undefined) return world;
  return {
    ...world,
    rules: world.rules.filter((r) => inForceOn(r.inForce, date)),
    instruments: world.instruments.filter((i) => inForceOn(i.inForce, date)),
    ...(world.orders && { orders: world.orders.filter((o) => inForceOn(o.inForce, date)) }),
  };
}
