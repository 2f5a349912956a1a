import type { Message } from '../messages/types.ts';
import type { Outcome } from '../scenario.ts';
import type { ChannelName, ConflictChoice } from '../world/types.ts';

/** One step of a run, as the user sees it: when, what happened, from where to where, why, on what authority. */
export interface Transition {
  seq: number;
  day: number;
  event: string;
  from: string;
  to: string;
  reason: string;
  /** The reason as a message, for any language. */
  message: Message;
  cites: string[];
}

/**
 * What a run took for granted where the world gives no answer (a consulted state's unknown answer,
 * a provider's choice at a conflict of laws): the outcome rests on it, so it is said with the result.
 */
export interface Assumption {
  /** The state whose answer or law is assumed, if any. */
  country?: string;
  /** What is assumed, in words ("Ireland's answer to the consultation before the agreement request"). */
  about: string;
  aboutMessage: Message;
  /** The value taken ("consent"). */
  assumed: string;
  /** Why it had to be assumed, and why this value. */
  why: string;
  whyMessage: Message;
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
  /**
   * extension (reach): how the provider met a conflict of laws, when the run reached one. `breached`:
   * the ids of the law its choice breaks (comply: the prohibiting rules; refuse: the order; review: none).
   */
  conflict?: { choice: ConflictChoice; breached: string[]; sanction?: string };
}

/** What `rogatory run FILE --sample N --seed S --json` prints. */
export interface SampleResult {
  scenario: string;
  runs: number;
  seed: number;
  outcomes: Partial<Record<Outcome, number>>;
  channels: Partial<Record<ChannelName, number>>;
  /**
   * extension: how many runs rest on at least one assumption (an unknown answer, or a choice at a
   * conflict of laws, taken by the default policy); absent when none does, so that such a sample
   * prints exactly the contract's fields.
   */
  assumed?: number;
  /** Days of the delivered runs; null when none was delivered. */
  days: { p10: number; p50: number; p90: number } | null;
  /**
   * extension: the delivered runs' days per channel that delivered them (each channel's percentiles
   * from its own runs only: one distribution mixing a 10-day direct answer with a 300-day treaty
   * request describes neither); absent when nothing was delivered.
   */
  byChannel?: Partial<Record<ChannelName, ChannelDays>>;
}

/** extension: the days of the runs one channel delivered: how many, their spread, and a histogram. */
export interface ChannelDays {
  delivered: number;
  days: { p10: number; p50: number; p90: number };
  /** Consecutive bins of equal width, each [from, to) (days are whole), covering every run: at most 12. */
  histogram: { from: number; to: number; runs: number }[];
}

/**
 * extension: one choice on an explored path: a decision (a channel, an unknown answer decided, a
 * provider's choice at a conflict), a world event whose answer is not fixed (a refusal, a third
 * country's answer), or a documented rate settled either way.
 */
export interface ExploredChoice {
  /** Who makes it: the user or class (`decision`), the world (`world`), a documented rate (`chance`). */
  by: 'decision' | 'world' | 'chance';
  day: number;
  /** The channel region's state it was made in ("mlat.requestedReview"). */
  state: string;
  /**
   * The event taken, or for a rate `{ type: 'RATE', answered, rate }`; for a drawn duration that races
   * a deadline `{ type: 'DURATION', channel, atMost | moreThan, days }` (the channel ends within
   * `atMost` days of going out, before the deadline, or takes more than `moreThan`; `days`: the draw
   * this path takes); for an unknown answer drawn from published rates, THIRD_COUNTRY_ANSWERS with
   * `basis: 'drawn'`.
   */
  event: { type: string; [key: string]: unknown };
  /** Its probability at this point under sampling (the default policy's decision: 1; another: 0). */
  probability: number;
}

/** extension: one way through the statechart to an end. */
export interface ExploredPath {
  choices: ExploredChoice[];
  outcome: Outcome;
  channel: ChannelName | null;
  attempts: ChannelName[];
  /** Days with every duration at its median. */
  days: number;
  /** The product of its choices' probabilities: how often sampled runs take it. */
  probability: number;
  cites: string[];
}

/** extension: an end the request can reach, over every path that reaches it. */
export interface ExploredOutcome {
  outcome: Outcome;
  channel: ChannelName | null;
  /** Under sampling: the sum of its paths' probabilities. */
  probability: number;
  days: { min: number; max: number };
  /** Indexes into Exploration.paths. */
  paths: number[];
}

/** What `rogatory explore FILE --json` prints. */
export interface Exploration {
  scenario: string;
  /** The request's date the exploration assumed (request.date or the data's as-of date). */
  date: string;
  paths: ExploredPath[];
  outcomes: ExploredOutcome[];
  /** True when the search stopped at its limit of paths; `paths` is then a part of the whole. */
  truncated: boolean;
}
