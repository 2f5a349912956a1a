import type { Verdict } from './verdict.ts';
import type { WorldIndex } from './world-index.ts';
import { stateRef } from './world-index.ts';
import { msg, say } from '../messages/say.ts';
import type { Message } from '../messages/types.ts';
import type { DataRequest, ProductionOrder, Provider } from '../world/types.ts';
import { EVERYWHERE, UNKNOWN_LOCATION } from '../world/types.ts';

/** Whether the requesting state's own law lets it compel the provider, and by which order. */
export interface ReachVerdict extends Verdict {
  message: Message;
  /** The first order in file order that reaches the provider and the data; null when none does. */
  order: ProductionOrder | null;
  /**
   * When no order reaches: the first that covers the category and binds the provider but reaches
   * only data stored in the ordering state, which this data is not (the state's own law stops short).
   */
  stopsAtBorder?: string;
}

/**
 * Which production order of the requesting state reaches this provider and this data; undefined
 * where that state has no order law in the world on the request's date (the assessment then says
 * nothing about its reach). Pure and asked once per assessment (the direct verdict), never per event.
 */
export function orderReach(index: WorldIndex, request: DataRequest, provider: Provider): ReachVerdict | undefined {
  const state = request.from;
  const own = (index.world.orders ?? []).filter((o) => o.jurisdiction === state);
  if (own.length === 0) return undefined;
  const stateName = stateRef(index, state);
  const misses: Message[] = [];
  let stopsAtBorder: string | undefined;
  for (const order of own) {
    const miss = whyNotReached(index, order, request, provider);
    if (miss !== null && order.data.includes(request.data) && binds(order, provider)) stopsAtBorder ??= order.id;
    if (miss === null) {
      return {
        open: true, order, cites: [order.id],
        ...because(order.reach.data === 'anywhere'
          ? msg('route.reach.anywhere', { order: order.id, state: stateName, provider: provider.name, tie: bindingTie(index, order, provider), data: msg(`data.${request.data}`) })
          : msg('route.reach.inTerritory', {
            order: order.id, state: stateName, provider: provider.name, tie: bindingTie(index, order, provider), data: msg(`data.${request.data}`), where: stateRef(index, order.jurisdiction),
          })),
      };
    }
    misses.push(miss);
  }
  return {
    open: false, order: null, cites: [], ...(stopsAtBorder && { stopsAtBorder }),
    ...because(msg('route.reach.none', { state: stateName, misses: misses.reduce((first, next) => msg('route.semicolon', { first, next })) })),
  };
}

/** Whether the order binds the provider by one of the ties its reach names. */
function binds(order: ProductionOrder, provider: Provider): boolean {
  const state = order.jurisdiction;
  return order.reach.providers.some((tie) =>
    tie === 'established'
      ? provider.home === state || (provider.establishments ?? []).includes(state)
      : (provider.offersServicesIn ?? []).some((j) => j === state || j === EVERYWHERE));
}

const because = (message: Message) => ({ reason: say(message), message });

function whyNotReached(index: WorldIndex, order: ProductionOrder, request: DataRequest, provider: Provider): Message | null {
  const stateName = stateRef(index, order.jurisdiction);
  if (!order.data.includes(request.data)) return msg('route.miss.data', { order: order.id, data: msg(`data.${request.data}`) });
  if (!binds(order, provider)) {
    const ties = order.reach.providers.map((tie) => msg(tie === 'established' ? 'route.tie.established' : 'route.tie.offering', { state: stateName }));
    return msg('route.miss.ties', { order: order.id, ties: { list: ties, join: 'or' }, provider: provider.name });
  }
  if (order.reach.data === 'in-territory' && !provider.storesIn.includes(order.jurisdiction)) {
    const where = provider.storesIn.filter((j) => j !== UNKNOWN_LOCATION).map((j) => stateRef(index, j));
    return where.length > 0
      ? msg('route.miss.territory', { order: order.id, state: stateName, where: { list: where, join: 'and' } })
      : msg('route.miss.territoryUnknown', { order: order.id, state: stateName });
  }
  return null;
}

/** The tie the order uses, as the assessment names it. */
function bindingTie(index: WorldIndex, order: ProductionOrder, provider: Provider): Message {
  const state = stateRef(index, order.jurisdiction);
  if (order.reach.providers.includes('established')) {
    if (provider.home === order.jurisdiction) return msg('route.tie.based', { state });
    if ((provider.establishments ?? []).includes(order.jurisdiction)) return msg('route.tie.established', { state });
  }
  return msg('route.tie.offering', { state });
}
