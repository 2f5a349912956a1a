import type { ConflictChoice, GivenAnswer, ReviewOutcome } from '../world/types.ts';

/** The decisions a user (or the default policy) takes. */
export const DECISION_EVENTS = ['SEND_DIRECT', 'CHOOSE_AGREEMENT', 'CHOOSE_MLAT', 'CHOOSE_ROGATORY'] as const;

/**
 * The events a scenario's script may contain, as the contract names them: decisions, preservation,
 * withdrawal, and what the world does (a trainer's injects).
 */
export type ScenarioEvent =
  | { type: 'SEND_DIRECT' }
  | { type: 'CHOOSE_AGREEMENT' }
  | { type: 'CHOOSE_MLAT' }
  | { type: 'CHOOSE_ROGATORY' }
  | { type: 'REQUEST_PRESERVATION' }
  | { type: 'EXTEND_PRESERVATION' }
  | { type: 'WITHDRAW' }
  | { type: 'THIRD_COUNTRY_ANSWERS'; country: string; answer: GivenAnswer }
  | { type: 'REFUSE'; ground: string }
  | { type: 'PROVIDER_REFUSES'; reason: string }
  // extension (reach): the provider's choice at a conflict of laws, and a court's ruling on its review.
  | { type: 'PROVIDER_CHOOSES'; choice: ConflictChoice }
  | { type: 'REVIEW_DECIDES'; outcome: ReviewOutcome };

export type ScenarioEventType = ScenarioEvent['type'];

export const SCENARIO_EVENT_TYPES: readonly ScenarioEventType[] = [
  ...DECISION_EVENTS,
  'REQUEST_PRESERVATION',
  'EXTEND_PRESERVATION',
  'WITHDRAW',
  'THIRD_COUNTRY_ANSWERS',
  'REFUSE',
  'PROVIDER_REFUSES',
  'PROVIDER_CHOOSES',
  'REVIEW_DECIDES',
];

/**
 * Choices made at a conflict of laws (by the provider, or a court on review). Unlike the channel
 * decisions they are awaited only in their own states: a script's undated one waits for that state.
 */
export const CONFLICT_EVENTS = ['PROVIDER_CHOOSES', 'REVIEW_DECIDES'] as const;

export function isConflictChoice(event: { type: string }): boolean {
  return (CONFLICT_EVENTS as readonly string[]).includes(event.type);
}

export function isDecision(event: { type: string }): boolean {
  return (DECISION_EVENTS as readonly string[]).includes(event.type);
}

/**
 * How the default policy came to a third country's answer that no source gives (extension): it
 * assumed it (the run records the assumption) or drew it from the state's published rates.
 */
export type AnswerBasis = 'assumed' | 'drawn';

/**
 * What the machine receives: a scenario event stamped with the simulated day it happens on, or the
 * runner's word that no decision will come (the request then ends as refused or blocked). `basis`
 * only ever comes from the default policy, never from a user or a script.
 */
export type RequestEvent = (ScenarioEvent | { type: 'CONCLUDE' }) & { day: number; basis?: AnswerBasis };
