import type { ScenarioEvent } from './request/events.ts';
import type { ChannelName, ConflictChoice, DataRequest, Regime, World } from './world/types.ts';

/** One step of a script: an event, and the simulated day it waits for (if any). */
export interface ScriptStep {
  day?: number;
  event: ScenarioEvent;
  /** Where the step stands in its file, so that an error can name the line. */
  line?: number;
}

export const OUTCOMES = ['delivered', 'refused', 'blocked', 'data-lost', 'withdrawn'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Expectation {
  outcome?: Outcome;
  channel?: ChannelName | null;
  attempts?: ChannelName[];
  cites?: string[];
  days?: { min?: number; max?: number };
  /** extension (reach): the provider's choice at a conflict of laws. */
  conflict?: { choice: ConflictChoice };
}

/**
 * A scenario ready to run: its world already merged over the built-in one (see
 * machines/world/merge.ts), every default filled in.
 */
export interface Scenario {
  id: string;
  title: string;
  summary: string;
  objectives: string[];
  seed?: number;
  world: World;
  regime: Regime;
  request: DataRequest;
  script: ScriptStep[];
  expect?: Expectation;
  /** extension: notes for the debrief (what happened in the real case, with sources). */
  debrief?: string;
  /** extension: the scenario's texts in other interface languages (zh, ru, fr, ar), falling back to English. */
  translations?: Partial<Record<string, { title?: string; summary?: string; objectives?: string[]; debrief?: string; phrases?: Record<string, string> }>>;
  /** The file it came from, when it came from one. */
  file?: string;
  /**
   * Set when the scenario is asked on another date or under a what-if (machines/run/variant.ts):
   * the script's channel decisions set aside for the default policy. A script step such a scenario
   * can no longer take is passed over instead of failing the run.
   */
  asked?: { setAside: ScriptStep[] };
}
