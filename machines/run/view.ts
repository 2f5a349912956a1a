import type { ScenarioEvent } from '../request/events.ts';
import type { Assessment } from '../route/assess.ts';
import type { ThirdCountryAnswer } from '../request/context.ts';
import type { Outcome } from '../scenario.ts';
import type { ChannelName } from '../world/types.ts';
import { CONFLICT_CHOICES, DECIDED_ANSWERS, GIVEN_ANSWERS, REVIEW_OUTCOMES } from '../world/types.ts';
import type { Transition } from './result.ts';
import { EventRejected, type Simulation } from './simulation.ts';
import { msg, say } from '../messages/say.ts';
import { replay, settleNow } from './replay.ts';

/** The state of a request as every screen shows it: derived, never stored. */
export interface RequestView {
  day: number;
  /** The channel region's state ("mlat.requestedReview") or the final state. */
  state: string;
  /** The preservation region's state ("preservation.preserved"). */
  custody: string;
  done: boolean;
  outcome: Outcome | null;
  channel: ChannelName | null;
  waiting: boolean;
  attempts: ChannelName[];
  cites: string[];
  preservedUntil: number | null;
  /** Third countries still to answer in a consultation under way. */
  awaiting: { country: string; name: string; due: number }[];
  /**
   * The consulted country whose unknown answer awaits a decision (sovereigntyCheck.undecided): the
   * console, walk-through and votes offer its two answers, consent and object.
   */
  undecided: { country: string; name: string; rules: string[] } | null;
  /** Every third country's answer so far, kept after its consultation ends (the map shows them). */
  answers: ThirdCountryAnswer[];
  /** The events the request can take now (for decision menus and trainers' injects). */
  allowed: ScenarioEvent[];
  /** When the next scheduled happening is due, if any. */
  nextDue: number | null;
  assessment: Assessment;
  transitions: Transition[];
}

/** Every event a user could send now, tried one by one against the machine. */
function allowedEvents(sim: Simulation): ScenarioEvent[] {
  if (sim.done) return [];
  const due = sim.clock.nextDue();
  if (due !== undefined && due <= sim.time) {
    // Something falls due this very moment (a deletion the day a refusal ends a hold): the next
    // input lets it happen first (settleNow, as applyInput does), so offer only what is still possible after it.
    // Judged on a copy, since the view never moves the run it shows.
    const settled = replay(sim.scenario, sim.inputs);
    settleNow(settled);
    return allowedEvents(settled);
  }
  const candidates: ScenarioEvent[] = [
    { type: 'SEND_DIRECT' }, { type: 'CHOOSE_AGREEMENT' }, { type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' },
    { type: 'REQUEST_PRESERVATION' }, { type: 'EXTEND_PRESERVATION' }, { type: 'WITHDRAW' },
    { type: 'REFUSE', ground: say(msg('run.offered.ground')) }, { type: 'PROVIDER_REFUSES', reason: say(msg('run.offered.providerReason')) },
  ];
  // `unknown` is never an answer anyone gives; an undecided answer is decided as consent or objection.
  const undecided = sim.undecided;
  // extension (reach): the choices at a conflict of laws, offered only in its states.
  const state = sim.assessment.direct.path === 'conflict' ? sim.state : '';
  if (state === 'direct.conflict') for (const choice of CONFLICT_CHOICES) candidates.push({ type: 'PROVIDER_CHOOSES', choice });
  if (state === 'direct.review' || state === 'direct.ruling') for (const outcome of REVIEW_OUTCOMES) candidates.push({ type: 'REVIEW_DECIDES', outcome });
  for (const c of sim.context.consultation?.countries ?? []) {
    if (c.answered) continue;
    for (const answer of undecided !== null ? DECIDED_ANSWERS : GIVEN_ANSWERS) candidates.push({ type: 'THIRD_COUNTRY_ANSWERS', country: c.country, answer });
  }
  return candidates.filter((event) => sim.accepts(event));
}

function undecidedOf(sim: Simulation): RequestView['undecided'] {
  const id = sim.undecided;
  const c = id === null ? undefined : sim.context.consultation!.countries.find((x) => x.country === id);
  return c ? { country: c.country, name: c.name, rules: [...c.rules] } : null;
}

export function viewOf(sim: Simulation): RequestView {
  const context = sim.context;
  const result = sim.done ? sim.result() : null;
  const paths = sim.paths;
  const due = sim.clock.nextDue();
  return {
    day: Math.floor(sim.time),
    state: paths.channel,
    custody: paths.custody,
    done: sim.done,
    outcome: result?.outcome ?? null,
    channel: result ? result.channel : context.current,
    waiting: sim.waiting,
    // Copies: a view taken now must not change when the simulation moves on.
    attempts: [...context.attempts],
    cites: [...context.cites],
    preservedUntil: context.preservedUntil,
    awaiting: (context.consultation?.countries ?? []).filter((c) => !c.answered).map((c) => ({ country: c.country, name: c.name, due: c.due })),
    undecided: undecidedOf(sim),
    answers: context.answers.map((a) => ({ ...a })),
    allowed: allowedEvents(sim),
    nextDue: due === undefined || sim.done ? null : due,
    assessment: sim.assessment,
    transitions: [...sim.transitions],
  };
}

export { EventRejected };
