import type { Verdict } from './verdict.ts';
import type { WorldIndex } from './world-index.ts';
import { jurisdictionName } from './world-index.ts';
import type { DataRequest, ProductionOrder, Provider } from '../world/types.ts';
import { EVERYWHERE, UNKNOWN_LOCATION } from '../world/types.ts';

/** Whether the requesting state's own law lets it compel the provider, and by which order. */
export interface ReachVerdict extends Verdict {
  /** The first order in file order that reaches the provider and the data; null when none does. */
  order: ProductionOrder | null;
  /**
   * When no order reaches: the first that covers the category and binds the provider but reaches
   * only data stored in the ordering state, which this data is not (the state's own law stops short).
   */
  stopsAtBorder?: string;
}

/**
 * Which production order of the requesting state reaches this provider and this data. Pure and
 * asked once per assessment (the direct verdict), never per event.
 */
export function orderReach(index: WorldIndex, request: DataRequest, provider: Provider): ReachVerdict {
  const state = request.from;
  const stateName = jurisdictionName(index, state);
  const own = (index.world.orders ?? []).filter((o) => o.jurisdiction === state);
  if (own.length === 0) {
    return { open: false, order: null, cites: [], reason: `No production-order law of ${stateName} is in the world on the request's date.` };
  }
  const misses: string[] = [];
  let stopsAtBorder: string | undefined;
  for (const order of own) {
    const miss = whyNotReached(index, order, request, provider);
    if (miss !== null && order.data.includes(request.data) && binds(order, provider)) stopsAtBorder ??= order.id;
    if (miss === null) {
      return {
        open: true, order, cites: [order.id],
        reason: `${order.id} lets authorities of the requesting state (${stateName}) compel ${provider.name} (${bindingTie(index, order, provider)}) to produce ${request.data} data${dataScope(index, order)}.`,
      };
    }
    misses.push(`${order.id} ${miss}`);
  }
  return {
    open: false, order: null, cites: [], ...(stopsAtBorder && { stopsAtBorder }),
    reason: `No production order of ${stateName} reaches this request: ${misses.join('; ')}.`,
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

function whyNotReached(index: WorldIndex, order: ProductionOrder, request: DataRequest, provider: Provider): string | null {
  const stateName = jurisdictionName(index, order.jurisdiction);
  if (!order.data.includes(request.data)) return `does not cover ${request.data} data`;
  if (!binds(order, provider)) {
    const ties = order.reach.providers.map((tie) => (tie === 'established' ? `established in ${stateName}` : `offering services in ${stateName}`));
    return `binds providers ${ties.join(' or ')}, and ${provider.name} is not`;
  }
  if (order.reach.data === 'in-territory' && !provider.storesIn.includes(order.jurisdiction)) {
    const where = provider.storesIn.filter((j) => j !== UNKNOWN_LOCATION).map((j) => jurisdictionName(index, j));
    return `reaches only data stored in ${stateName}, and the data is ${where.length > 0 ? `stored in ${where.join(', ')}` : 'of unknown location'}`;
  }
  return null;
}

/** The tie the order uses, as the assessment names it. */
function bindingTie(index: WorldIndex, order: ProductionOrder, provider: Provider): string {
  const stateName = jurisdictionName(index, order.jurisdiction);
  if (order.reach.providers.includes('established')) {
    if (provider.home === order.jurisdiction) return `based in ${stateName}`;
    if ((provider.establishments ?? []).includes(order.jurisdiction)) return `established in ${stateName}`;
  }
  return `offering services in ${stateName}`;
}

function dataScope(index: WorldIndex, order: ProductionOrder): string {
  return order.reach.data === 'anywhere'
    ? ' in its possession, custody or control, wherever stored'
    : ` stored in ${jurisdictionName(index, order.jurisdiction)}`;
}
