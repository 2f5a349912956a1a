import type { RequestContext } from './context.ts';
import type { PreservationHold } from '../route/preservation.ts';

/**
 * The hold on the preservation in force now, if any: a request has gone out (no consultation is
 * still under way) through a channel whose instrument keeps a preservation until the request is
 * decided. Without one, the preservation runs its term as before.
 */
export function preservationHeld(context: RequestContext): PreservationHold | null {
  if (context.current === null || context.consultation !== null) return null;
  return context.input.assessment.preservationPending[context.current] ?? null;
}

/**
 * What a refusal does to a preservation held pending the refused request, in words for the step's
 * note: the hold ends, the term it outlasted has passed, and the provider's retention decides.
 */
export function heldPreservationReleased(context: RequestContext, retentionEnd: number | undefined, endOfDay: number): string {
  const channel = context.lastEnd?.channel;
  const hold = channel ? context.input.assessment.preservationPending[channel] : undefined;
  const under = hold ? ` under ${hold.instrument}` : '';
  const after = retentionEnd === undefined
    ? 'the provider has no deletion date for this data.'
    : retentionEnd + endOfDay <= context.time
      ? `the provider's retention period ended on day ${retentionEnd}, so it deletes the data now.`
      : `the provider keeps the data through day ${retentionEnd} under its retention policy.`;
  return `The preservation held${under} pending the request ends with this decision (its term ended on day ${context.preservedUntil}); ${after}`;
}
