import type { Scenario } from '../scenario.ts';
import type { IsoDate } from '../world/types.ts';
import { applyOverlay, isEmptyOverlay, type Overlay } from '../world/overlay.ts';

/**
 * A scenario asked on another day, or in a world changed by a what-if. Both leave the scenario's
 * meaning alone: the date is the request's (`request.date`), the overlay changes only the world.
 */
export interface Variant {
  date?: IsoDate;
  overlay?: Overlay;
}

/** The scenario as the variant asks it; the same object when the variant changes nothing. */
export function variantOf(scenario: Scenario, variant: Variant | undefined): Scenario {
  if (!variant) return scenario;
  const dated = variant.date !== undefined && variant.date !== scenario.request.date;
  const overlaid = !isEmptyOverlay(variant.overlay);
  if (!dated && !overlaid) return scenario;
  return {
    ...scenario,
    ...(overlaid && { world: applyOverlay(scenario.world, variant.overlay) }),
    ...(dated && { request: { ...scenario.request, date: variant.date } }),
  };
}
