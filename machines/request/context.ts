import type { Assessment, ConsultedChannel } from '../route/assess.ts';
import type { ConsultedCountry } from '../route/consultation.ts';
import type { Timing } from '../route/channels.ts';
import type { Verdict } from '../route/verdict.ts';
import type { Chance, Draw } from '../random.ts';
import type { Answer, ChannelName, ConflictChoice, DataRequest, GivenAnswer, Regime } from '../world/types.ts';
import { CHANNELS } from '../world/types.ts';
import type { Message } from '../messages/types.ts';
import { msg, said } from '../messages/say.ts';

/** What a run starts from: the intake's assessment and the request's terms. */
export interface RequestInput {
  assessment: Assessment;
  request: DataRequest;
  regime: Regime;
  /** Turns a duration profile into days: the median for deterministic runs, a seeded draw for samples. */
  draw: Draw;
  /**
   * extension: settles a documented rate (a provider's practice): deterministic runs follow the
   * practice, sampled runs draw with the same seeded generator. Default: follow the practice.
   */
  chance?: Chance;
}

/** Why the last transition happened: what the user is shown beside it. */
export interface Note {
  event: string;
  /** In English: the run results' `reason`. */
  reason: string;
  /** The same reason as a message, to be said in the user's language (`say`). */
  message: Message;
  cites: string[];
  /**
   * Ids the step refers to without their being the authority for the run's outcome (the rules that
   * make a country a party to a consultation, before it answers): shown with the step, not added to
   * the run's cites.
   */
  refs?: string[];
  /** Which region moved: the channel under way, or the data's custody (preservation). */
  region: 'channel' | 'custody';
}

export interface PendingAnswer extends ConsultedCountry {
  due: number;
  answered: boolean;
}

export interface Consultation {
  channel: ConsultedChannel;
  countries: PendingAnswer[];
  /** The country whose `unknown` answer fell due and awaits a decision (sovereigntyCheck.undecided). */
  undecided?: string;
}

/** A third country's answer to a consultation, kept for the rest of the run (the map and the debrief show it). */
export interface ThirdCountryAnswer {
  country: string;
  name: string;
  channel: ConsultedChannel;
  answer: GivenAnswer;
  day: number;
}

/** The answers given now by `who` (each with its answer, or `answer` for all), appended to those before. */
export function answersWith(context: RequestContext, who: readonly PendingAnswer[], day: number, answer?: GivenAnswer): ThirdCountryAnswer[] {
  if (who.length === 0 || !context.consultation) return context.answers;
  const channel = context.consultation.channel;
  // Without `answer`, each gives its own, which settle() only passes on once it is a given one.
  return [...context.answers, ...who.map((c) => ({ country: c.country, name: c.name, channel, answer: answer ?? (c.answer as GivenAnswer), day }))];
}

export interface RequestContext {
  input: RequestInput;
  /** The simulated time, in days. A half day marks the end of a day (when data is deleted). */
  time: number;
  attempts: ChannelName[];
  /** Channels closed for the rest of the run (tried, objected to, or refused by their requested state). */
  closed: Partial<Record<ChannelName, Verdict>>;
  /** The channel under way, from its choice until it ends. */
  current: ChannelName | null;
  /** End day of each stage of the channel under way, and the stage it is in. */
  plan: number[];
  stage: number;
  consultation: Consultation | null;
  /** Every third country's answer so far, in the order given: a consultation ends, its answers stay. */
  answers: ThirdCountryAnswer[];
  preservedUntil: number | null;
  extensions: number;
  /** extension: whether the provider answers the direct request sent (settled when it is sent). */
  directAnswers: boolean;
  /** How the last attempt ended without data, if it did. */
  lastEnd: { channel: ChannelName; refused: boolean } | null;
  /** The cited rules and instruments, in first-use order. */
  cites: string[];
  /**
   * extension (reach): the provider's last choice at a conflict of laws, and whether a review was used up.
   * `breached`: the law that choice breaks: the prohibiting rules when it complies, the order when it
   * refuses, none while a review is pending.
   */
  conflict: { choice: ConflictChoice; breached: string[]; sanction?: string } | null;
  reviewed: boolean;
  note: Note;
  /** Counts notes, so that an observer sees that a new one was written. */
  notes: number;
}

export function initialContext(input: RequestInput): RequestContext {
  return {
    input, time: 0, attempts: [], closed: {}, current: null, plan: [], stage: 0, consultation: null, answers: [],
    preservedUntil: null, extensions: 0, directAnswers: false, lastEnd: null, cites: [], conflict: null, reviewed: false,
    note: { event: 'INTAKE', ...said('request.intake'), cites: [], region: 'channel' }, notes: 0,
  };
}

export function withCites(cites: string[], more: readonly string[]): string[] {
  const missing = more.filter((id) => !cites.includes(id));
  return missing.length === 0 ? cites : [...cites, ...missing];
}

/**
 * Whether a channel may be chosen now, and if not, why. Direct counts as available only when its
 * verdict is open: the default policy never sends a direct request that would fail, though a user may.
 */
export function availability(context: RequestContext, channel: ChannelName): Verdict {
  const verdict = context.input.assessment[channel];
  if (context.current !== null) {
    return { open: false, ...said('request.channel.underWay', { channel: msg(`channel.${context.current}`) }), cites: [] };
  }
  if (context.attempts.includes(channel)) {
    return { open: false, ...said('request.channel.tried', { channel: msg(`channel.${channel}`) }), cites: [] };
  }
  const closure = context.closed[channel];
  if (closure) return closure;
  return { open: verdict.open, reason: verdict.reason, message: verdict.message, cites: verdict.cites };
}

export function anyAvailable(context: RequestContext): boolean {
  return CHANNELS.some((c) => availability(context, c).open);
}

export function timingDays(timing: Timing, draw: Draw): number {
  return 'fixed' in timing ? timing.fixed : Math.max(timing.atLeast ?? 0, draw(timing.profile));
}

/** The consultation's next answer day, or Infinity when every country has answered. */
export function nextAnswerDue(consultation: Consultation | null): number {
  let due = Infinity;
  for (const c of consultation?.countries ?? []) if (!c.answered && c.due < due) due = c.due;
  return due;
}

/**
 * What the answers due at `time` do: the consents they bring, then the first objection or silence
 * (`closer`) or the first answer nobody knows (`undecided`), which stops the reading there.
 */
export interface Settlement {
  consents: PendingAnswer[];
  closer: PendingAnswer | null;
  undecided: PendingAnswer | null;
  complete: boolean;
}

export function settle(consultation: Consultation, time: number, override?: { country: string; answer: Answer }): Settlement {
  const consents: PendingAnswer[] = [];
  let closer: PendingAnswer | null = null;
  let undecided: PendingAnswer | null = null;
  for (const c of consultation.countries) {
    if (c.answered) continue;
    const answer = override ? (c.country === override.country ? override.answer : null) : c.due <= time ? c.answer : null;
    if (answer === null) continue;
    if (answer === 'consent') consents.push(c);
    else if (answer === 'unknown') {
      undecided = c;
      break;
    } else {
      closer = c;
      break;
    }
  }
  const remaining = consultation.countries.filter((c) => !c.answered && !consents.includes(c)).length;
  return { consents, closer, undecided, complete: closer === null && undecided === null && remaining === 0 };
}
