import type { Outcome } from '../scenario.ts';
import type { ChannelName } from '../world/types.ts';

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
