import type { ChannelName } from '../world/types.ts';

/** What a routing question answers: yes or no, why, and which rules and instruments say so. */
export interface Verdict {
  open: boolean;
  reason: string;
  cites: string[];
}

/** A channel's verdict, with what the request needs to go through it when it is open. */
export interface ChannelVerdict extends Verdict {
  channel: ChannelName;
  /** The state whose authorities or law the channel goes through; null for direct. */
  requestedState: string | null;
  /** The instrument that carries the channel, if any. */
  instrument: string | null;
}
