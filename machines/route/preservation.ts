import type { ChannelVerdict } from './verdict.ts';
import type { WorldIndex } from './world-index.ts';
import type { ChannelName } from '../world/types.ts';

/** The instrument under which a preservation outlasts its term while the request is pending. */
export interface PreservationHold {
  instrument: string;
  source: string;
}

/**
 * For each channel, the hold its instrument gives a preservation while the request it carries is
 * pending (Budapest art. 29(7), Reg. 2023/1543 art. 11(2)). Worked out once per assessment, so the
 * machine's guards only look it up. A channel without such an instrument has none: the race against
 * the preservation's term is run as before.
 */
export function preservationHolds(
  index: WorldIndex,
  verdicts: Record<ChannelName, ChannelVerdict>,
): Partial<Record<ChannelName, PreservationHold>> {
  const holds: Partial<Record<ChannelName, PreservationHold>> = {};
  for (const channel of Object.keys(verdicts) as ChannelName[]) {
    const id = verdicts[channel].instrument;
    const pending = id ? index.instruments.get(id)?.preservationPending : undefined;
    if (id && pending) holds[channel] = { instrument: id, source: pending.source };
  }
  return holds;
}
