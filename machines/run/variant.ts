import { isDecision } from '../request/events.ts';
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

/**
 * The scenario as the variant asks it; the same object when the variant changes nothing.
 *
 * A script's channel decisions are what the authorities chose in the world as written: on another
 * date or under a what-if they would choose again, so those decisions give way to the default
 * policy (the first channel open, in the contract's order), and a diplomat sees what the changed
 * law opens rather than the old choice replayed. The script's world events (a refusal, an answer,
 * a withdrawal, preservation) stay; one the variant makes impossible is passed over (`asked`).
 */
export function variantOf(scenario: Scenario, variant: Variant | undefined): Scenario {
  if (!variant) return scenario;
  const dated = variant.date !== undefined && variant.date !== scenario.request.date;
  const overlaid = !isEmptyOverlay(variant.overlay);
  if (!dated && !overlaid) return scenario;
  return {
    ...scenario,
    ...(overlaid && { world: applyOverlay(scenario.world, variant.overlay) }),
    ...(dated && { request: { ...scenario.request, date: variant.date } }),
    script: scenario.script.filter((step) => !isDecision(step.event)),
    asked: { setAside: scenario.script.filter((step) => isDecision(step.event)) },
  };
}
