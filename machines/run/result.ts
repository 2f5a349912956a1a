import type { Outcome } from '../scenario.ts';
import type { ChannelName, ConflictChoice } from '../world/types.ts';

/**
 * What a run took for granted where nobody knows the answer (a provider's choice at a conflict of
 * laws, a court's ruling, a consulted state's answer): shown with the outcome so that it is read as
 * resting on it. `country`: the state whose answer was assumed, where there is one.
 */
export interface Assumption {
  country?: string;
  about: string;
  assumed: string;
  why: string;
}

/** One step of a run, as the user sees it: when, what happened, from where to where, why, on what authority. */
export interface Transition {
  seq: number;
  day: number;
  event: string;
  from: string;
  to: string;
  reason: string;
  cites: string[];
}

/** What `rogatory run FILE --json` prints (SCENARIO-FORMAT.md, "Running and results"). */
export interface RunResult {
  scenario: string;
  outcome: Outcome;
  channel: ChannelName | null;
  attempts: ChannelName[];
  days: number;
  cites: string[];
  transitions: Transition[];
  /**
   * extension: what the default policy assumed on the way, in order; absent when nothing was
   * assumed, so that such a run prints exactly the contract's fields.
   */
  assumptions?: Assumption[];
  /** extension (reach): how the provider met a conflict of laws, when the run reached one. */
  conflict?: { choice: ConflictChoice; breached: string[]; sanction?: string };
}

/** What `rogatory run FILE --sample N --seed S --json` prints. */
export interface SampleResult {
  scenario: string;
  runs: number;
  seed: number;
  outcomes: Partial<Record<Outcome, number>>;
  channels: Partial<Record<ChannelName, number>>;
  /** Days of the delivered runs; null when none was delivered. */
  days: { p10: number; p50: number; p90: number } | null;
}
