import type { EventObject } from 'xstate';
import { DayClock } from '../clock.ts';
import { documentedChance, medianDraw, type Chance, type Draw, type Random } from '../random.ts';
import { assess, type Assessment } from '../route/assess.ts';
import { msg, said, say } from '../messages/say.ts';
import type { Message, Param, Said, StateName } from '../messages/types.ts';
import { JURISDICTIONS } from '../world/builtin/jurisdictions.ts';
import { worldOn } from '../world/in-force.ts';
import { worldUnder } from '../world/regimes.ts';
import type { ConsultationRates, GivenAnswer, World } from '../world/types.ts';
import { BUILTIN_AS_OF } from '../world/builtin/index.ts';
import type { Scenario } from '../scenario.ts';
import type { ChannelName } from '../world/types.ts';
import { CHANNELS } from '../world/types.ts';
import type { RequestContext } from '../request/context.ts';
import { availability } from '../request/context.ts';
import type { AnswerBasis, RequestEvent, ScenarioEvent } from '../request/events.ts';
import { initialStep, step, type Effect, type RequestSnapshot } from './step.ts';
import { FINAL_OUTCOMES, regionPaths } from './paths.ts';
import type { Assumption, RunResult, Transition } from './result.ts';
import { policyAtConflict } from './conflict-policy.ts';
import type { Input } from './replay.ts';

/** An event the request cannot take in the state it is in, with the reason a user can act on. */
export class EventRejected extends Error {
  /** The same as a message, to be said in the user's language; `message` is its English. */
  readonly said: Message;
  constructor(
    why: Said,
    readonly state: string,
  ) {
    super(why.reason);
    this.said = why.message;
  }
}

const BUILTIN_NAMES = new Map(JURISDICTIONS.map((j) => [j.id, j.name]));

/** A state as a message parameter: real when it is the built-in world's state under its own name. */
export function stateParam(world: World, id: string, name?: string): StateName {
  const named = name ?? world.jurisdictions.find((j) => j.id === id)?.name ?? id;
  return BUILTIN_NAMES.get(id) === named ? { state: id, name: named, real: true } : { state: id, name: named };
}

export interface SimulationOptions {
  draw?: Draw;
  /** How documented rates are settled (sampled runs pass a seeded one; default: follow the practice). */
  chance?: Chance;
  /**
   * The seeded generator a sampled run draws unknown answers from (a state's published rates).
   * Without it, the default policy assumes such an answer and records the assumption.
   */
  random?: Random;
  /** Keep the list of transitions (false for sampled runs, which need only the outcome). */
  record?: boolean;
  /**
   * extension (explore): settles an unknown answer that has published rates in place of `random`,
   * so that the explorer (run/explore.ts) can take each answer in turn instead of drawing one.
   */
  answer?: (country: string, rates: ConsultationRates) => GivenAnswer;
}

/** The day the request is made: its own date, or the day the built-in data was last checked. */
export function requestDate(scenario: Scenario): string {
  return scenario.request.date ?? BUILTIN_AS_OF;
}

/** The world a scenario's request meets: in force on its date, plus what its regime adds. */
export function effectiveWorld(scenario: Scenario): World {
  return worldUnder(scenario.regime, worldOn(scenario.world, requestDate(scenario)), scenario.request);
}

/** Assessments by scenario object: a scenario is never changed once loaded, so its intake is computed once. */
const assessments = new WeakMap<Scenario, Assessment>();

/** The assessment of a scenario's request in the world as it stood on the request's date. */
export function assessScenario(scenario: Scenario): Assessment {
  let assessment = assessments.get(scenario);
  if (!assessment) {
    assessment = assess(effectiveWorld(scenario), scenario.request, scenario.regime);
    assessments.set(scenario, assessment);
  }
  return assessment;
}

/**
 * The machine's first snapshot and deadlines, by scenario and draw: entering the initial states is
 * the same for every run of a scenario (no duration is drawn before the first decision), and a
 * snapshot is never changed, only replaced, so runs after the first share it.
 */
const initials = new WeakMap<Scenario, WeakMap<Draw, WeakMap<Chance, [RequestSnapshot, Effect[]]>>>();

function initialOf(scenario: Scenario, assessment: Assessment, draw: Draw, chance: Chance): [RequestSnapshot, Effect[]] {
  let byDraw = initials.get(scenario);
  if (!byDraw) initials.set(scenario, (byDraw = new WeakMap()));
  let byChance = byDraw.get(draw);
  if (!byChance) byDraw.set(draw, (byChance = new WeakMap()));
  let initial = byChance.get(chance);
  if (!initial) {
    initial = initialStep({ assessment, request: scenario.request, regime: scenario.regime, draw, chance });
    byChance.set(chance, initial);
  }
  return initial;
}

const DECISION_CHANNEL: Partial<Record<string, ChannelName>> = {
  SEND_DIRECT: 'direct', CHOOSE_AGREEMENT: 'agreement', CHOOSE_MLAT: 'mlat', CHOOSE_ROGATORY: 'rogatory',
};
const CHOOSE: Record<ChannelName, ScenarioEvent> = {
  direct: { type: 'SEND_DIRECT' }, agreement: { type: 'CHOOSE_AGREEMENT' }, mlat: { type: 'CHOOSE_MLAT' }, rogatory: { type: 'CHOOSE_ROGATORY' },
};

/**
 * One request moving through simulated time: the machine, its clock, and the transitions it made.
 * Time moves only through advanceTo and fireNext; events happen at the clock's current time.
 */
export class Simulation {
  readonly clock = new DayClock<EventObject>();
  readonly assessment: Assessment;
  readonly transitions: Transition[] = [];
  /**
   * The inputs this simulation took, in the form a session records them: replaying them from the
   * scenario (run/replay.ts) gives the same simulation. A scripted run thus becomes a session's log.
   */
  readonly inputs: Input[] = [];
  /** What the default policy assumed where no source gives the answer (RunResult.assumptions). */
  readonly assumptions: Assumption[] = [];
  private snapshot: RequestSnapshot;
  private readonly random: Random | undefined;
  private readonly answer: SimulationOptions['answer'];
  private readonly record: boolean;
  private seen = 0;
  /** The states of both regions after the last transition. */
  paths: { channel: string; custody: string };

  constructor(
    readonly scenario: Scenario,
    options: SimulationOptions = {},
  ) {
    this.assessment = assessScenario(scenario);
    this.record = options.record ?? true;
    this.random = options.random;
    this.answer = options.answer;
    const [snapshot, effects] = initialOf(scenario, this.assessment, options.draw ?? medianDraw, options.chance ?? documentedChance);
    this.snapshot = snapshot;
    this.schedule(effects);
    this.paths = { channel: 'intake', custody: 'preservation.none' };
    this.observe();
  }

  get context(): RequestContext {
    return this.snapshot.context;
  }

  get time(): number {
    return this.clock.now();
  }

  get done(): boolean {
    return this.snapshot.status === 'done';
  }

  /** Whether the request waits for a decision (a channel to try next, or an unknown answer). */
  get waiting(): boolean {
    return this.snapshot.hasTag('decision');
  }

  /** The consulted country whose unknown answer awaits a decision (sovereigntyCheck.undecided), if any. */
  get undecided(): string | null {
    return this.context.consultation?.undecided ?? null;
  }

  /** The channel region's state, as users read it ("mlat.requestedReview", "delivered"). */
  get state(): string {
    return regionPaths(this.snapshot.value).channel;
  }

  /** The custody region's state ("preservation.none", "preservation.preserved", ...): the explorer offers preservation by it. */
  get custody(): string {
    return regionPaths(this.snapshot.value).custody;
  }

  /** Fire the next scheduled happening, moving time to it. False when nothing is scheduled. */
  fireNext(): boolean {
    const due = this.clock.nextDue();
    if (this.done || due === undefined) return false;
    this.advanceTo(due);
    return true;
  }

  /** Let time run to `time`: everything scheduled up to then happens first, in order. */
  advanceTo(time: number): void {
    if (this.done) return;
    if (time > this.clock.now() || (this.clock.nextDue() ?? Infinity) <= time) this.inputs.push({ kind: 'advance', to: time });
    while (!this.done) {
      const happening = this.clock.takeNext(time);
      if (!happening) break;
      this.take(happening);
      this.observe();
    }
    if (!this.done) this.clock.moveTo(time);
  }

  /** Whether the request could take an event now. */
  accepts(event: ScenarioEvent): boolean {
    return !this.done && this.snapshot.can({ ...event, day: this.clock.now() });
  }

  /** Take an event now, or throw EventRejected saying why it cannot be taken. */
  send(event: ScenarioEvent): void {
    // Every transition the machine takes writes a note, so an event that wrote none was not taken
    // (and changed nothing): cheaper than asking can() before every send.
    const before = this.context.notes;
    if (!this.done) this.take({ ...event, day: this.clock.now() });
    if (this.context.notes === before) {
      throw new EventRejected(said('run.rejected', { event: event.type, state: this.state, why: this.whyNotSaid(event) }), this.state);
    }
    this.inputs.push({ kind: 'event', event });
    this.observe();
  }

  /**
   * What the default policy does now: at an unknown answer, consent (assumed; see below); at a
   * conflict of laws, the provider's documented choice or refusal, and at a review, the order upheld
   * (each an assumption); otherwise the first open channel in the contract's order, or conclude.
   *
   * Why consent: the check was only ever due because a law of that state covers the request, and
   * nothing says the state would use it to refuse; treating the silence as a refusal would make every
   * consulted state refuse. The assumption is recorded with the run's result, so that an outcome
   * resting on it says so. (A sampled run draws the answer from the state's published rates instead,
   * where it has them: see drawnOrAssumed.)
   */
  policyDecision(): (ScenarioEvent | { type: 'CONCLUDE' }) & { basis?: AnswerBasis } {
    return this.policy().decision;
  }

  private policy(): { decision: (ScenarioEvent | { type: 'CONCLUDE' }) & { basis?: AnswerBasis }; assumption?: Assumption } {
    const undecided = this.undecided;
    if (undecided !== null) return { decision: { type: 'THIRD_COUNTRY_ANSWERS', country: undecided, answer: 'consent', basis: 'assumed' } };
    // Only a request whose direct path is a conflict can await a conflict's choice: no other run pays for the check.
    const atConflict = this.assessment.direct.path === 'conflict' ? policyAtConflict(this.state, this.context, this.scenario.world) : null;
    if (atConflict) return atConflict;
    const channel = CHANNELS.find((c) => availability(this.context, c).open);
    return { decision: channel ? CHOOSE[channel] : { type: 'CONCLUDE' } };
  }

  /** Apply the default policy's decision; what it assumed is recorded and said in the step's note. */
  decideByPolicy(): void {
    const { decision: chosen, assumption } = this.policy();
    const decision = chosen.type === 'THIRD_COUNTRY_ANSWERS' ? this.drawnOrAssumed(chosen) : chosen;
    this.inputs.push({ kind: 'step' });
    const before = this.transitions.length;
    this.take({ ...decision, day: this.clock.now() });
    if (assumption) this.assumptions.push(assumption);
    this.observe();
    // The step the decision wrote says what it rests on (only a step it wrote: never an earlier one).
    const last = this.transitions.length > before ? this.transitions.at(-1) : undefined;
    if (assumption && last) {
      const note = said('run.assumed.note', {
        reason: last.message, assumed: msg('run.value', { value: assumption.assumed }),
        why: assumption.whyMessage,
      });
      last.reason = note.reason;
      last.message = note.message;
    }
  }

  /** An unknown answer: drawn from published rates in a sampled run, else assumed and recorded. */
  private drawnOrAssumed(decision: Extract<ScenarioEvent, { type: 'THIRD_COUNTRY_ANSWERS' }>) {
    const consultation = this.context.consultation!;
    const country = consultation.countries.find((c) => c.country === decision.country)!;
    if (this.answer && country.rates) return { ...decision, answer: this.answer(country.country, country.rates), basis: 'drawn' as const };
    if (this.random && country.rates) {
      const r = this.random();
      const answer = r < country.rates.consent ? 'consent' as const : r < country.rates.consent + country.rates.object ? 'object' as const : 'silent' as const;
      return { ...decision, answer, basis: 'drawn' as const };
    }
    const who = stateParam(this.scenario.world, country.country, country.name);
    const about = said('run.assumption.consultation.about', {
      country: who, channel: msg(`channel.${consultation.channel}`), rules: country.rules.join(', '),
    });
    const why = country.rates
      ? said('run.assumption.consultation.rated', {
        country: who, source: country.rates.source, consent: String(country.rates.consent), object: String(country.rates.object),
      })
      : said('run.assumption.consultation.unknown', { country: who });
    this.assumptions.push({
      country: country.country, about: about.reason, aboutMessage: about.message,
      assumed: decision.answer, why: why.reason, whyMessage: why.message,
    });
    return { ...decision, basis: 'assumed' as const };
  }

  /** Why an event cannot be taken now, in words a user can act on (without repeating the event or state). */
  whyNot(event: ScenarioEvent): string {
    return say(this.whyNotSaid(event));
  }

  /** whyNot as a message, to be said in the user's language. */
  whyNotSaid(event: ScenarioEvent): Message {
    const context = this.context;
    const world = this.scenario.world;
    if (this.done) return msg('run.whyNot.ended', { state: this.state });
    const channel = DECISION_CHANNEL[event.type];
    if (channel) {
      if (!this.waiting) return context.current ? msg('run.whyNot.underWay', { channel: msg(`channel.${context.current}`) }) : msg('run.whyNot.noDecision');
      if (this.undecided !== null) {
        return msg('run.whyNot.undecided', { country: this.countryParam(this.undecided), channel: context.current ? msg(`channel.${context.current}`) : '' });
      }
      const verdict = availability(context, channel);
      return verdict.message;
    }
    switch (event.type) {
      case 'REFUSE':
        return msg('run.whyNot.refuse');
      case 'PROVIDER_REFUSES':
        return msg('run.whyNot.providerRefuses');
      case 'PROVIDER_CHOOSES': {
        if (this.state !== 'direct.conflict') return msg('run.whyNot.noConflict');
        const review = this.assessment.direct.conflict?.review;
        return msg(review ? 'run.whyNot.reviewed' : 'run.whyNot.noReview');
      }
      case 'REVIEW_DECIDES':
        return msg('run.whyNot.noReviewUnderWay');
      case 'THIRD_COUNTRY_ANSWERS': {
        if (!context.consultation) return msg('run.whyNot.noConsultation');
        const undecided = context.consultation.undecided;
        if (undecided !== undefined && undecided !== event.country) {
          return msg('run.whyNot.waitsFor', { country: this.countryParam(undecided) });
        }
        if (undecided === event.country) return msg('run.whyNot.decideUnknown', { country: this.countryParam(undecided) });
        const awaited: Param[] = context.consultation.countries.filter((c) => !c.answered).map((c) => stateParam(world, c.country, c.name));
        return msg('run.whyNot.notAwaited', { country: stateParam(world, event.country), count: awaited.length, awaited: { list: awaited, join: 'and' } });
      }
      case 'EXTEND_PRESERVATION':
        if (this.snapshot.matches({ active: { preservation: 'held' } })) return msg('run.whyNot.held');
        return context.preservedUntil !== null && this.snapshot.matches({ active: { preservation: 'preserved' } })
          ? msg('run.whyNot.extensionsUsed', { n: this.scenario.regime.maxExtensions })
          : msg('run.whyNot.noPreservation');
      default:
        return msg('run.whyNot.notHere');
    }
  }

  /** A consulted state by its id, under the name the consultation gives it. */
  private countryParam(id: string): StateName {
    const consulted = this.context.consultation?.countries.find((c) => c.country === id);
    return stateParam(this.scenario.world, id, consulted?.name);
  }

  result(): RunResult {
    const snapshot = this.snapshot;
    const context = snapshot.context;
    const final = typeof snapshot.value === 'string' ? (snapshot.value as keyof typeof FINAL_OUTCOMES) : undefined;
    if (!final) throw new Error(`The run has not ended (state ${this.state}).`);
    const outcome = FINAL_OUTCOMES[final];
    const channel = outcome === 'refused' ? (context.lastEnd?.channel ?? null) : outcome === 'blocked' ? null : context.current;
    return {
      // Copies: the context's arrays may belong to the first snapshot every run shares.
      scenario: this.scenario.id, outcome, channel, attempts: [...context.attempts],
      days: Math.floor(context.time), cites: [...context.cites], transitions: this.transitions,
      ...(this.assumptions.length > 0 && { assumptions: [...this.assumptions] }),
      ...(context.conflict && { conflict: { ...context.conflict, breached: [...context.conflict.breached] } }),
    };
  }

  /** One macrostep of the machine; the deadlines it set or cleared go to the clock. */
  private take(event: RequestEvent | EventObject): void {
    const [next, effects] = step(this.snapshot, event);
    this.snapshot = next;
    this.schedule(effects);
  }

  private schedule(effects: readonly Effect[]): void {
    for (const effect of effects) {
      if (effect.kind === 'schedule') this.clock.schedule(effect.key, effect.event, effect.delay);
      else this.clock.cancel(effect.key);
    }
  }

  /** Record a transition for every note the machine wrote since the last look. */
  private observe(): void {
    const snapshot = this.snapshot;
    const context = snapshot.context;
    if (context.notes === this.seen) return;
    this.seen = context.notes;
    if (!this.record) return;
    const paths = regionPaths(snapshot.value);
    const region = context.note.region;
    const from = this.paths[region];
    this.transitions.push({
      seq: this.transitions.length + 1, day: Math.floor(context.time), event: context.note.event,
      from, to: paths[region], reason: context.note.reason, ...(context.note.message && { message: context.note.message }),
      cites: [...context.note.cites, ...(context.note.refs ?? [])],
    });
    this.paths = paths;
  }
}
