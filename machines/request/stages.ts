import type { Message } from '../messages/types.ts';
/**
 * The stages a channel passes through once it has gone out, with the share of the channel's total
 * days at which each ends. The stages follow the published descriptions of the MLAT process
 * (facts.md §2.1: Stanford CIS "MLAT roadmap" 2014 [S56]; "The MLAT Problem" 2016 [S57]); the shares
 * are a modelling assumption (interp.), so that a channel's total always equals its drawn days.
 */
export interface Stage {
  state: string;
  /** Share of the channel's days at which this stage ends (cumulative; the last is 1). */
  endsAt: number;
  label: string;
  /** The label as a message (`stage.<channel>.<state>`), for any language. */
  message?: Message;
}

export const STAGES = {
  direct: [
    { state: 'sent', endsAt: 1, label: 'The provider answers the direct request.' },
  ],
  agreement: [
    { state: 'ordered', endsAt: 1, label: 'The provider answers the order issued under the agreement.' },
  ],
  mlat: [
    { state: 'drafting', endsAt: 0.05, label: 'The request is drafted to the requested state\'s legal standard and translated.' },
    { state: 'requestingReview', endsAt: 0.1, label: 'The requesting state\'s central authority has reviewed and approved the request.' },
    { state: 'transmission', endsAt: 0.15, label: 'The request has reached the requested state\'s central authority.' },
    { state: 'requestedReview', endsAt: 0.45, label: 'The requested central authority has found the request admissible under the instrument and its own law.' },
    { state: 'domesticOrder', endsAt: 0.6, label: 'A court of the requested state has issued the domestic order.' },
    { state: 'production', endsAt: 0.85, label: 'The provider has produced the data to the requested state\'s authorities.' },
    { state: 'return', endsAt: 1, label: 'The evidence has been returned to the requesting state.' },
  ],
  rogatory: [
    { state: 'transmission', endsAt: 0.15, label: 'The letters rogatory have passed through the diplomatic channel.' },
    { state: 'requestedReview', endsAt: 0.45, label: 'The requested state has agreed, as a matter of comity, to execute the letters.' },
    { state: 'execution', endsAt: 0.85, label: 'The requested state\'s court has obtained the data from the provider.' },
    { state: 'return', endsAt: 1, label: 'The evidence has been returned through the diplomatic channel.' },
  ],
} as const satisfies Record<string, readonly Stage[]>;

/** The absolute day on which each stage ends, for a channel that goes out at `start` and takes `total` days. */
export function stagePlan(stages: readonly Stage[], start: number, total: number): number[] {
  return stages.map((s, i) => (i === stages.length - 1 ? start + total : start + Math.round(total * s.endsAt)));
}
