import type { RequestContext } from './context.ts';
import type { PreservationHold } from '../route/preservation.ts';
import type { Said } from '../messages/types.ts';
import { msg, said } from '../messages/say.ts';

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
export function heldPreservationReleased(context: RequestContext, retentionEnd: number | undefined, endOfDay: number): Said {
  const channel = context.lastEnd?.channel;
  const hold = channel ? context.input.assessment.preservationPending[channel] : undefined;
  const after = retentionEnd === undefined
    ? msg('request.retention.none')
    : retentionEnd + endOfDay <= context.time
      ? msg('request.retention.ended', { day: retentionEnd })
      : msg('request.retention.keeps', { day: retentionEnd });
  const day = context.preservedUntil ?? 0;
  return hold
    ? said('request.held.releasedUnder', { instrument: hold.instrument, day, after })
    : said('request.held.released', { day, after });
}
