import type { ChannelName } from '../world/types.ts';
import type { Message } from '../messages/types.ts';

/** What a routing question answers: yes or no, why, and which rules and instruments say so. */
export interface Verdict {
  open: boolean;
  /** The reason in English: the text of the run results' `reason` field. */
  reason: string;
  /** The same reason as a message, to be said in the user's language (`say`). */
  message: Message;
  cites: string[];
}

/** A channel's verdict, with what the request needs to go through it when it is open. */
export interface ChannelVerdict extends Verdict {
  /** Every channel's verdict says its reason as a message. */
  message: Message;
  channel: ChannelName;
  /** The state whose authorities or law the channel goes through; null for direct. */
  requestedState: string | null;
  /** The instrument that carries the channel, if any. */
  instrument: string | null;
}
