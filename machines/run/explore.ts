import type { Scenario, ScriptStep } from '../scenario.ts';
import { isConflictChoice, isDecision, type ScenarioEvent } from '../request/events.ts';
import { CONFLICT_CHOICES, GIVEN_ANSWERS, REVIEW_OUTCOMES, type ChannelName, type DurationProfile, type GivenAnswer } from '../world/types.ts';
import { medianDraw, type Chance, type Draw } from '../random.ts';
import { requestDate, Simulation } from './simulation.ts';
import { driveScript, type ScriptDriver } from './script.ts';
import { isWorldEvent } from './world-events.ts';
import { drawAtMost, drawSpreads } from './draw-odds.ts';
import { STAGES } from '../request/stages.ts';
import { END_OF_DAY } from '../request/machine.ts';
import { preservationHeld } from '../request/preservation.ts';
import type { Input } from './replay.ts';
import type { ExploredChoice, ExploredOutcome, ExploredPath, Exploration } from './result.ts';
import { msg, said, say, type Phrases } from '../messages/say.ts';
import type { Lang } from '../messages/types.ts';
import { ScriptError } from './script.ts';

/**
 * The outcome explorer (issue 14): every end a scenario's request can reach, over every decision and
 * every happening whose answer is not fixed, with the path to each and how often sampled runs
 * (sample.ts) take it. It drives the engine's own Simulation the way playScript does; at each point
 * where a run could go more than one way it consults a tape of choices. A run is a replay of its
 * inputs, so each branch is explored by playing again from the start with the tape one step on
 * (a depth-first search without copying the machine).
 *
 * The branch points and their probabilities under sampling:
 * - a decision awaited: the default policy's (or the script's) decision, 1; every other decision, 0
 *   (after a path takes another, the script's later decisions are dropped, its world events kept);
 * - a world event the script does not fix, once, when it first becomes possible (the requested state
 *   refuses, the provider refuses, a consulted state answers otherwise than the data says, a court
 *   rules on a reviewed order before its review is over): it happens then (0) or not (1); the
 *   requested state may refuse at each of its stages that decides (its review, and the court's
 *   order or execution), so later refusals are explored too;
 * - a preservation the script does not ask for, where the provider deletes the data on a known day:
 *   once where the engine first accepts it, while none is in force and again after one lapsed; asked
 *   then (0) or not (1);
 * - extending a preservation, where the user extends (`request.preservation: manual`; otherwise the
 *   engine extends whenever one remains) and the script does not: once per preservation, on its
 *   last day in force, where the data would be lost with it and an extension remains; extended (0)
 *   or not (1). (Offering one wherever the machine accepts it doubled the paths of every scenario
 *   for choices that change nothing: see extensionPoint.)
 * - a documented rate (a provider's share of answers) and an unknown answer with published rates:
 *   each answer at its rate;
 * - a drawn duration that races a deadline (a preservation's end, a dated withdrawal): the channel
 *   ends first, or the deadline comes first, each with its log-normal probability. Days are those of
 *   the durations at their median (or the nearest day on the side of the race taken).
 */
export interface ExploreOptions {
  /** Stop after this many paths (the exploration is then `truncated`). */
  maxPaths?: number;
  /**
   * Told each path's inputs as a session records them (run/replay.ts), by its index in `paths`: a
   * path without chance in it replays from them alone, as a walk-through would play it.
   */
  onPath?: (index: number, inputs: readonly Input[]) => void;
}

export const DEFAULT_MAX_PATHS = 2000;

/** What the explorer does at a branch point when it takes an option. */
type Act =
  | { kind: 'policy'; answer?: GivenAnswer }
  | { kind: 'script'; step: ScriptStep }
  | { kind: 'send'; event: ScenarioEvent; departs: boolean }
  | { kind: 'none' }
  | { kind: 'value'; value: boolean | number };

interface Option {
  /** Absent for an option that is no choice to show ("the world event does not happen now"). */
  choice?: Pick<ExploredChoice, 'by' | 'event'>;
  probability: number;
  act: Act;
}

interface TapeEntry {
  options: Option[];
  index: number;
}

/** A duration so long that whatever else can happen happens first. */
const NEVER = 1e9;

/** A side of a race rarer than this is never seen in sampling: it is not shown as a branch. */
const UNREACHED = 1e-9;

/** Thrown where a drawn duration is met for the first time: its races are found by a probe, then the run starts over. */
class NeedsProbe {
  constructor(readonly at: number, readonly profile: DurationProfile) {}
}

/** What happens to a channel whose draw never ends: when it first stops being the channel under way. */
interface ProbeResult {
  start: number;
  end: number;
  /** The least days the channel takes (a notified state's window), whatever the draw. */
  atLeast: number;
  channel: ChannelName | null;
}

class StopProbe {}

/** One play of the scenario along the tape (or, as a probe, up to the end of one drawn channel). */
class Walk implements ScriptDriver {
  sim!: Simulation;
  readonly choices: ExploredChoice[] = [];
  probability = 1;
  private position = 0;
  private departed = false;
  private readonly offered = new Set<string>();
  private pendingAnswer: GivenAnswer | undefined;
  private probed: { channel: ChannelName | null; start: number } | null = null;
  probeResult: ProbeResult | null = null;

  constructor(
    readonly scenario: Scenario,
    readonly tape: TapeEntry[],
    readonly hooks: Hooks,
    readonly probeAt: number | null = null,
  ) {}

  play(): void {
    this.hooks.walk = this;
    this.sim = new Simulation(this.scenario, { draw: this.hooks.draw, chance: this.hooks.chance, answer: this.hooks.answer, record: false });
    try {
      this.loop();
    } catch (error) {
      if (!(error instanceof StopProbe)) throw error;
    }
  }

  /** playScript's loop (script.ts, driveScript), this walk its driver: the branch points. */
  private loop(): void {
    driveScript(this.sim, this.scenario.script, this);
    this.checkProbe();
  }

  turn(): void {
    this.checkProbe();
  }

  followsScript(): boolean {
    return !this.departed;
  }

  decide(): void {
    this.decideAt(null);
  }

  stuck(step: ScriptStep | undefined): Error {
    return new ScriptError(said('run.stuck', { state: this.sim.state }), step ?? { event: { type: 'WITHDRAW' } }, this.sim.state);
  }

  /** After a path leaves the script's decisions, its remaining decisions (and withdrawal) no longer apply. */
  skip(step: ScriptStep): boolean {
    return this.departed && (isDecision(step.event) || isConflictChoice(step.event) || step.event.type === 'WITHDRAW');
  }

  take(step: ScriptStep): void {
    const sim = this.sim;
    if ((isDecision(step.event) || isConflictChoice(step.event)) && sim.waiting) {
      // A world event explored on this path may have closed what the script chose: the script no
      // longer tells this path, and the default policy decides from here.
      if (sim.accepts(step.event)) this.decideAt(step);
      else this.departed = true;
      return;
    }
    // A step another path made impossible (the channel it meant already ended) is passed over;
    // on the script's own path playScript would have rejected the scenario already.
    if (sim.accepts(step.event)) sim.send(step.event);
  }

  /** A decision awaited: the script's or the default policy's, and every other allowed one. */
  private decideAt(step: ScriptStep | null): void {
    const sim = this.sim;
    // Options are listed once, where the point is first met; a replay reads them from the tape.
    const chosen = this.pick(() => this.decisionOptions(step));
    const act = chosen.act;
    if (act.kind === 'policy') {
      this.pendingAnswer = act.answer;
      sim.decideByPolicy();
    } else if (act.kind === 'script') sim.send(act.step.event);
    else if (act.kind === 'send') {
      this.departed ||= act.departs;
      sim.send(act.event);
    }
  }

  private decisionOptions(step: ScriptStep | null): Option[] {
    const sim = this.sim;
    const undecided = sim.undecided;
    const primary: ScenarioEvent | { type: 'CONCLUDE' } = step ? step.event : sim.policyDecision();
    const rates = !step && undecided !== null ? sim.context.consultation!.countries.find((c) => c.country === undecided)?.rates : undefined;
    const options: Option[] = [];
    if (rates) {
      // A sampled run draws this answer from the published rates.
      const shares: Record<GivenAnswer, number> = { consent: rates.consent, object: rates.object, silent: Math.max(0, 1 - rates.consent - rates.object) };
      for (const answer of GIVEN_ANSWERS) {
        options.push({ choice: { by: 'chance', event: { type: 'THIRD_COUNTRY_ANSWERS', country: undecided!, answer, basis: 'drawn' } }, probability: shares[answer], act: { kind: 'policy', answer } });
      }
      options.sort((a, b) => b.probability - a.probability);
    } else {
      options.push({ choice: { by: 'decision', event: { ...primary } }, probability: 1, act: step ? { kind: 'script', step } : { kind: 'policy' } });
    }
    const same = (a: { type: string }, b: { type: string }) => JSON.stringify(stripBasis(a)) === JSON.stringify(stripBasis(b));
    for (const event of this.alternatives(rates !== undefined)) {
      if (!rates && same(event, primary)) continue;
      options.push({ choice: { by: 'decision', event: { ...event } }, probability: 0, act: { kind: 'send', event: event as ScenarioEvent, departs: true } });
    }
    return options;
  }

  /** Every other decision the request could take now (as view.ts lists them for menus). */
  private alternatives(ratesDrawn: boolean): (ScenarioEvent | { type: 'CONCLUDE' })[] {
    const sim = this.sim;
    const candidates: (ScenarioEvent | { type: 'CONCLUDE' })[] = [];
    const undecided = sim.undecided;
    const state = sim.state;
    if (undecided !== null) {
      if (!ratesDrawn) for (const answer of ['consent', 'object'] as const) candidates.push({ type: 'THIRD_COUNTRY_ANSWERS', country: undecided, answer });
    } else if (state === 'direct.conflict') {
      for (const choice of CONFLICT_CHOICES) candidates.push({ type: 'PROVIDER_CHOOSES', choice });
    } else if (state === 'direct.ruling') {
      for (const outcome of REVIEW_OUTCOMES) candidates.push({ type: 'REVIEW_DECIDES', outcome });
    } else {
      candidates.push({ type: 'SEND_DIRECT' }, { type: 'CHOOSE_AGREEMENT' }, { type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }, { type: 'CONCLUDE' });
    }
    candidates.push({ type: 'WITHDRAW' });
    return candidates.filter((event) => sim.accepts(event as ScenarioEvent));
  }

  /**
   * World events no script step fixes, each offered once, when it first becomes possible: the
   * requested state refuses, the provider refuses, a consulted state answers otherwise than the data
   * says. True when one happened (the run moved).
   */
  offerWorldEvents(script: readonly ScriptStep[], from: number): boolean {
    const sim = this.sim;
    const context = sim.context;
    const current = context.current;
    if (current === null) return false;
    // Keys first: this runs before every step of every walk, and asking the machine costs more.
    const offers: { key: string; by: ExploredChoice['by']; events: ScenarioEvent[] }[] = [];
    const fresh = (key: string) => !this.offered.has(key);
    const refusal = refusalPoint(current, context.stage);
    const refuseKey = `REFUSE ${current} ${refusal}`;
    if (refusal !== null && fresh(refuseKey) && sim.accepts(REFUSE)) offers.push({ key: refuseKey, by: 'world', events: [REFUSE] });
    const providerKey = `PROVIDER_REFUSES ${current}`;
    if (fresh(providerKey) && sim.accepts(PROVIDER_REFUSES)) offers.push({ key: providerKey, by: 'world', events: [PROVIDER_REFUSES] });
    // A court may rule before the review's days are over (the machine accepts a ruling in review).
    if (sim.state === 'direct.review' && fresh('REVIEW_DECIDES early')) {
      offers.push({ key: 'REVIEW_DECIDES early', by: 'world', events: REVIEW_OUTCOMES.map((outcome): ScenarioEvent => ({ type: 'REVIEW_DECIDES', outcome })) });
    }
    const consultation = context.consultation;
    if (consultation && sim.undecided === null) {
      for (const c of consultation.countries) {
        const key = `THIRD_COUNTRY_ANSWERS ${consultation.channel} ${c.country}`;
        if (c.answered || c.answer === 'unknown' || !fresh(key)) continue;
        const events = GIVEN_ANSWERS.filter((a) => a !== c.answer).map((answer): ScenarioEvent => ({ type: 'THIRD_COUNTRY_ANSWERS', country: c.country, answer }));
        offers.push({ key, by: 'world', events });
      }
    }
    // Preservation is the requesting side's decision, and matters only where the provider deletes the
    // data on a known day: asked for where nothing holds it (at first, and again once one lapsed).
    const custody = sim.custody;
    const preserveKey = `REQUEST_PRESERVATION ${custody}`;
    if (context.input.request.retentionDays !== undefined && (custody === 'preservation.none' || custody === 'preservation.lapsed')
      && fresh(preserveKey) && sim.accepts(REQUEST_PRESERVATION)) {
      offers.push({ key: preserveKey, by: 'decision', events: [REQUEST_PRESERVATION] });
    }
    // Extending it is the requesting side's decision too, where the user makes it and it changes the
    // outcome: offered once per preservation, on its last day in force (extensionPoint).
    const extendKey = this.extensionPoint();
    if (extendKey !== null && fresh(extendKey) && sim.accepts(EXTEND_PRESERVATION)) {
      offers.push({ key: extendKey, by: 'decision', events: [EXTEND_PRESERVATION] });
    }
    if (offers.length === 0) return false;
    const pending = script.slice(from).filter((s) => !this.skip(s) && (isWorldEvent(s.event) || PRESERVATION_EVENTS.has(s.event.type) || s.event.type === 'REVIEW_DECIDES')).map((s) => s.event);
    const fixed = (event: ScenarioEvent) =>
      pending.some((e) => e.type === event.type && (e.type !== 'THIRD_COUNTRY_ANSWERS' || (event.type === 'THIRD_COUNTRY_ANSWERS' && e.country === event.country)));
    for (const offer of offers) {
      this.offered.add(offer.key);
      // A world event the script brings is the script's: it is not explored.
      if (fixed(offer.events[0]!)) continue;
      const chosen = this.pick([
        { probability: 1, act: { kind: 'none' } },
        ...offer.events.map((event): Option => ({ choice: { by: offer.by, event: { ...event } }, probability: 0, act: { kind: 'send', event, departs: false } })),
      ]);
      if (chosen.act.kind === 'send' && sim.accepts(chosen.act.event)) {
        sim.send(chosen.act.event);
        return true;
      }
    }
    return false;
  }

  /**
   * Where extending the preservation in force is a choice that changes the outcome, the point's key;
   * else null. Only with `request.preservation: manual`: otherwise the engine itself extends whenever
   * the preservation would lapse and an extension remains (the machine's autoExtension), and an
   * extension asked for earlier adds the same days to the same end. Offered where the preservation
   * is the next thing to end (nothing scheduled comes before it: no stage, answer or delivery), no
   * decision is awaited first, an extension remains, nothing holds the preservation past its term
   * (preservationHeld), and the data goes with it (the provider's retention ends no later): without
   * the extension the data is lost that day. Where the retention outlasts the preservation, the data
   * stays after the lapse and a new preservation, offered once it lapsed, keeps it to the same day
   * an extension would: not offered twice.
   */
  private extensionPoint(): string | null {
    const sim = this.sim;
    const context = sim.context;
    const until = context.preservedUntil;
    const retention = context.input.request.retentionDays;
    if (context.input.request.preservation !== 'manual' || until === null || retention === undefined || retention > until) return null;
    if (sim.custody !== 'preservation.preserved' || sim.waiting || context.extensions >= context.input.regime.maxExtensions) return null;
    if ((sim.clock.nextDue() ?? Infinity) < until + END_OF_DAY || preservationHeld(context) !== null) return null;
    return `EXTEND_PRESERVATION ${until}`;
  }

  /**
   * The tape's option at the next branch point (the first option, at a point met for the first
   * time). Every call is a point on the tape, even with one option, so that replays stay aligned.
   */
  pick(list: Option[] | (() => Option[])): Option {
    const at = this.position++;
    const entry = this.tape[at];
    if (entry && (this.probeAt === null || at < this.probeAt)) return this.takeOption(entry.options[entry.index]!);
    const options = typeof list === 'function' ? list() : list;
    // A probe takes the likeliest way on past the duration it probes, and leaves the tape as it was.
    if (this.probeAt !== null) return this.takeOption(options[0]!, false);
    this.tape.push({ options, index: 0 });
    return this.takeOption(options[0]!);
  }

  private takeOption(option: Option, record = true): Option {
    this.probability *= option.probability;
    if (record && option.choice) {
      this.choices.push({ ...option.choice, day: Math.floor(this.sim.time), state: this.sim.state, probability: option.probability });
    }
    return option;
  }

  answer(): GivenAnswer {
    return this.pendingAnswer ?? 'consent';
  }

  chance(rate: number): boolean {
    // As sampledChance: 0 and 1 are exact and draw nothing.
    if (rate >= 1) return true;
    if (rate <= 0) return false;
    const options: Option[] = [
      { choice: { by: 'chance', event: { type: 'RATE', answered: true, rate } }, probability: rate, act: { kind: 'value', value: true } },
      { choice: { by: 'chance', event: { type: 'RATE', answered: false, rate } }, probability: 1 - rate, act: { kind: 'value', value: false } },
    ];
    if (rate < 0.5) options.reverse();
    return (this.pick(options).act as { value: boolean }).value;
  }

  /** A duration: at its median unless it races something, in which case each side of the race is a branch. */
  draw(profile: DurationProfile): number {
    if (!drawSpreads(profile)) return medianDraw(profile);
    const at = this.position;
    if (this.probeAt !== null && at === this.probeAt) {
      this.position++;
      this.probed = { channel: null, start: NaN };
      return NEVER;
    }
    if (this.probeAt !== null && at > this.probeAt) return medianDraw(profile);
    if (at >= this.tape.length) throw new NeedsProbe(at, profile);
    const entry = this.tape[this.position++]!;
    return (this.takeOption(entry.options[entry.index]!).act as { value: number }).value;
  }

  /** In a probe: once the probed channel has gone out, stop when it is no longer under way. */
  private checkProbe(): void {
    const probed = this.probed;
    if (!probed) return;
    const context = this.sim.context;
    if (Number.isNaN(probed.start)) {
      probed.channel = context.current;
      probed.start = context.plan.at(-1)! - NEVER;
      return;
    }
    if (this.sim.done || context.current !== probed.channel || context.time > probed.start + NEVER / 100) {
      const timing = probed.channel ? this.sim.assessment[probed.channel].timing : undefined;
      const atLeast = timing && 'atLeast' in timing ? timing.atLeast ?? 0 : 0;
      this.probeResult = { start: probed.start, end: this.sim.done || context.current !== probed.channel ? context.time : Infinity, atLeast, channel: probed.channel };
      throw new StopProbe();
    }
  }
}

/** The world events the explorer brings about, with words that say they are explored, not known. */
const REFUSE: ScenarioEvent = { type: 'REFUSE', ground: say(msg('run.explored.ground')) };
const PROVIDER_REFUSES: ScenarioEvent = { type: 'PROVIDER_REFUSES', reason: say(msg('run.explored.providerReason')) };

/**
 * The words the engine itself writes into events (the explorer's refusals, the menus' default ground
 * and reason), by English original, in `lang`: merge them into a scenario's phrases (setPhrases) so
 * that the note a refusal writes says its ground in the user's language.
 */
export function enginePhrases(lang: Lang): Phrases {
  const ids = ['run.explored.ground', 'run.explored.providerReason', 'run.offered.ground', 'run.offered.providerReason'] as const;
  return Object.fromEntries(ids.map((id) => [say(msg(id)), say(msg(id), lang)]));
}

/** What a run's sentences are said with in `lang`: the engine's own event texts, the scenario's phrases over them. */
export function scenarioPhrases(scenario: Pick<Scenario, 'translations'>, lang: Lang): Phrases {
  return { ...enginePhrases(lang), ...(scenario.translations?.[lang]?.phrases ?? {}) };
}

const REQUEST_PRESERVATION: ScenarioEvent = { type: 'REQUEST_PRESERVATION' };
const EXTEND_PRESERVATION: ScenarioEvent = { type: 'EXTEND_PRESERVATION' };
const PRESERVATION_EVENTS = new Set<string>(['REQUEST_PRESERVATION', 'EXTEND_PRESERVATION']);

/**
 * Where a refusal by the requested state is explored: a state can refuse only what it has received,
 * and decides at each of its own stages (an MLAT's review and the court's domestic order; letters
 * rogatory's review and execution), not once the data is produced. Null where it cannot refuse now;
 * direct and agreement requests have one stage, where a refusal is offered once.
 */
function refusalPoint(channel: ChannelName, stage: number): string | null {
  const stages = REFUSABLE_AT[channel];
  if (stages === undefined) return 'any';
  const name = STAGES[channel][stage]?.state;
  return name !== undefined && stages.includes(name) ? name : null;
}

const REFUSABLE_AT: Partial<Record<ChannelName, readonly string[]>> = {
  mlat: ['requestedReview', 'domesticOrder'],
  rogatory: ['requestedReview', 'execution'],
};

function stripBasis(event: { type: string }): object {
  const { basis: _, ...rest } = event as { type: string; basis?: unknown };
  return rest;
}

/** The engine's callbacks, stable for a whole exploration (the simulation caches its first step by them). */
interface Hooks {
  walk: Walk | null;
  draw: Draw;
  chance: Chance;
  answer: (country: string) => GivenAnswer;
}

function hooksFor(): Hooks {
  const hooks: Hooks = {
    walk: null,
    draw: (profile) => hooks.walk!.draw(profile),
    chance: (rate) => hooks.walk!.chance(rate),
    answer: () => hooks.walk!.answer(),
  };
  return hooks;
}

/** The options of a drawn duration: which side of the race with the deadline the probe found. */
function raceOptions(profile: DurationProfile, probe: ProbeResult): Option[] {
  const median = medianDraw(profile);
  const single: Option[] = [{ probability: 1, act: { kind: 'value', value: median } }];
  // A channel that ended only at the probe's endless draw met no deadline: nothing races it.
  if (!Number.isFinite(probe.end) || probe.end - probe.start >= NEVER / 100) return single;
  // The channel's own end comes first on the deadline's day (a scheduled end happens before what the
  // script does that day; a deletion is at the end of a day), so "before" is: days ≤ floor(end - start).
  const last = Math.floor(probe.end - probe.start);
  if (last < 1 || probe.atLeast > last) return single;
  const before = drawAtMost(profile, last);
  // A deadline no sampled run could meet on one side is no race: the median's side is the only one.
  if (before < UNREACHED || before > 1 - UNREACHED) return single;
  const early = Math.min(median, last);
  const late = Math.max(median, last + 1);
  // `days`: the draw this path takes, the median or the nearest day on its side of the race.
  const sides: Option[] = [
    { choice: { by: 'chance', event: { type: 'DURATION', channel: probe.channel, atMost: last, days: early } }, probability: before, act: { kind: 'value', value: early } },
    { choice: { by: 'chance', event: { type: 'DURATION', channel: probe.channel, moreThan: last, days: late } }, probability: 1 - before, act: { kind: 'value', value: late } },
  ];
  return median > last ? sides.reverse() : sides;
}

export function exploreScenario(scenario: Scenario, options: ExploreOptions = {}): Exploration {
  const maxPaths = options.maxPaths ?? DEFAULT_MAX_PATHS;
  const hooks = hooksFor();
  const tape: TapeEntry[] = [];
  const paths: ExploredPath[] = [];
  const byKey = new Map<string, number>();
  let truncated = false;
  for (;;) {
    const walk = new Walk(scenario, tape, hooks);
    try {
      walk.play();
    } catch (error) {
      if (!(error instanceof NeedsProbe)) throw error;
      const probe = new Walk(scenario, tape, hooks, error.at);
      probe.play();
      tape.push({ options: raceOptions(error.profile, probe.probeResult!), index: 0 });
      continue;
    }
    const result = walk.sim.result();
    const path: ExploredPath = {
      choices: walk.choices, outcome: result.outcome, channel: result.channel, attempts: result.attempts,
      days: result.days, probability: walk.probability, cites: result.cites,
    };
    const key = JSON.stringify([path.choices.map((c) => [c.by, c.day, c.state, c.event]), path.outcome, path.channel, path.days]);
    const same = byKey.get(key);
    if (same !== undefined) paths[same]!.probability += path.probability;
    else {
      byKey.set(key, paths.length);
      options.onPath?.(paths.length, walk.sim.inputs);
      paths.push(path);
    }
    // The next branch: the deepest point with an option left.
    while (tape.length > 0 && tape.at(-1)!.index + 1 >= tape.at(-1)!.options.length) tape.pop();
    if (tape.length === 0) break;
    if (paths.length >= maxPaths) {
      truncated = true;
      break;
    }
    tape.at(-1)!.index++;
  }
  return { scenario: scenario.id, date: requestDate(scenario), paths, outcomes: outcomesOf(paths), truncated };
}

/** The paths grouped by where they end: outcome and channel, the likeliest first. */
function outcomesOf(paths: readonly ExploredPath[]): ExploredOutcome[] {
  const groups = new Map<string, ExploredOutcome>();
  paths.forEach((path, index) => {
    const key = `${path.outcome} ${path.channel}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { outcome: path.outcome, channel: path.channel, probability: 0, days: { min: path.days, max: path.days }, paths: [] }));
    group.probability += path.probability;
    group.days.min = Math.min(group.days.min, path.days);
    group.days.max = Math.max(group.days.max, path.days);
    group.paths.push(index);
  });
  return [...groups.values()].sort((a, b) => b.probability - a.probability);
}
