import { and, assign, setup } from 'xstate';
import type { RequestEvent } from './events.ts';
import type { Consultation, Note, RequestContext, RequestInput } from './context.ts';
import { answersWith, anyAvailable, availability, initialContext, nextAnswerDue, settle, timingDays, withCites } from './context.ts';
import { STAGES, stagePlan } from './stages.ts';
import type { ConsultedChannel } from '../route/assess.ts';
import type { ChannelName, ConflictChoice, ReviewOutcome } from '../world/types.ts';
import type { Verdict } from '../route/verdict.ts';
import { directAnswers } from '../route/practice.ts';
import { documentedChance } from '../random.ts';
import { preservationHeld, heldPreservationReleased } from './preservation.ts';
import { conflictNote, reviewOpen } from './conflict.ts';
import type { Message, Param, Said, StateName } from '../messages/types.ts';
import { msg, said } from '../messages/say.ts';
import { isRealState } from '../route/world-index.ts';

/** The days a preservation keeps data, from its request or from its previous end. */
export const PRESERVATION_DAYS = 90;

/** Data is deleted at the end of its last day: half a day after that day begins. */
export const END_OF_DAY = 0.5;

type Params<C extends ChannelName = ChannelName> = { channel: C };

const note = (event: string, s: Said, cites: string[] = [], region: Note['region'] = 'channel'): Note =>
  ({ event, reason: s.reason, message: s.message, cites, region });

/** Sentences said one after the other, as one reason (each stays a message, so every language says it whole). */
function joined(...parts: (Param | null | undefined)[]): Said {
  const [first, ...rest] = parts.filter((p): p is Param => p !== null && p !== undefined);
  let message: Message | null = null;
  let previous: Param = first!;
  for (const next of rest) {
    message = msg('request.then', { first: previous, second: next });
    previous = message;
  }
  return message ? said(message.id, message.params) : said((first as Message).id, (first as Message).params);
}

/** A verdict's reason as a parameter: its message (the English text where a verdict has none yet). */
const reasonOf = (verdict: Verdict): Message => verdict.message;

/** A channel's name as the user's language says it. */
const channelTerm = (channel: ChannelName) => msg(`channel.${channel}`);

// A consulted state is named in the user's language when it is the built-in world's state under its
// own name (the rule of stateRef; the machine holds no world index, only the state's name).
const stateOf = (c: { country: string; name: string }): StateName =>
  isRealState(c.country, c.name) ? { state: c.country, name: c.name, real: true } : { state: c.country, name: c.name };

/** States in a list ("a, b and c" in each language) and how many, for the verb's number. */
const statesOf = (cs: readonly { country: string; name: string }[]) => ({ states: { list: cs.map(stateOf), join: 'and' as const }, count: cs.length });

/** The consents read on the same day before an answer that stops the reading, then that answer. */
function afterConsents(consents: readonly { country: string; name: string }[], then: Message): Said {
  return consents.length > 0 ? said('request.consult.consentedThen', { ...statesOf(consents), then }) : said(then.id, then.params);
}

/** The ids of the rules that make a state a party to a consultation: they keep their names. */
const rulesOf = (c: { rules: string[] }) => c.rules.join(', ');

/** A published share as a number (said with the user's decimal sign), or as written where one decimal would round it. */
const share = (x: number): number | string => (Math.round(x * 10) / 10 === x ? x : String(x));

/** Common parts of a new note: counts it and adds its cites to the run's. */
function noted(context: RequestContext, n: Note) {
  return { note: n, notes: context.notes + 1, cites: withCites(context.cites, n.cites) };
}

const ended = (context: RequestContext, channel: ChannelName, refused: boolean) => ({
  current: null,
  plan: [],
  stage: 0,
  consultation: null,
  lastEnd: { channel, refused },
  closed: { ...context.closed, [channel]: { open: false, ...said('request.channel.ended', { channel: channelTerm(channel) }), cites: [] } },
});

/**
 * An external event carries the day it happens on; the machine's own deadlines set the time in
 * their actions. The action sees the context as of the event's day and writes that day back, in
 * the same assign (a separate "arrive" action would cost XState a second snapshot per event).
 */
function arriving<P, R extends Partial<RequestContext>>(
  update: (args: { context: RequestContext; event: RequestEvent }, params: P) => R,
) {
  return ({ context, event }: { context: RequestContext; event: RequestEvent }, params: P): R & { time: number } => {
    const now = typeof event.day === 'number' ? { ...context, time: event.day } : context;
    return { time: now.time, ...update({ context: now, event }, params) };
  };
}

const dataEnd = (context: RequestContext) => context.input.request.retentionDays;

/**
 * How an answer that no source gives was decided, for the note: the default policy's assumption
 * (which the run records), a draw from published rates, or a user's or class's decision. Null for
 * any other answer.
 */
function decidedAnswer(context: RequestContext, event: RequestEvent): Message | null {
  if (event.type !== 'THIRD_COUNTRY_ANSWERS' || context.consultation?.undecided !== event.country) return null;
  const country = context.consultation.countries.find((c) => c.country === event.country)!;
  const state = stateOf(country);
  const answer = msg(`request.answer.${event.answer}`);
  if (event.basis === 'assumed') return msg('request.decided.assumed', { state, answer });
  if (event.basis === 'drawn') return msg('request.decided.drawn', { state, source: country.rates?.source ?? msg('request.decided.noSource'), answer });
  return msg('request.decided.decided', { state, answer });
}

/** Why an unknown answer is not known: no source at all, or only published shares of its answers. */
function unknownWhy(country: { rates?: { consent: number; object: number; source: string } }): Message {
  const rates = country.rates;
  if (!rates) return msg('request.unknown.noSource');
  return msg('request.unknown.rates', { source: rates.source, consent: share(rates.consent), object: share(rates.object) });
}

// Typed guard and action references (a literal inside and([...]) would widen to string).
const availableG = <C extends ChannelName>(channel: C) => ({ type: 'available', params: { channel } }) as const;
const consultG = <C extends ConsultedChannel>(channel: C) => ({ type: 'needsConsultation', params: { channel } }) as const;
const currentG = <C extends ChannelName>(channel: C) => ({ type: 'isCurrent', params: { channel } }) as const;
const goOutA = <C extends ConsultedChannel>(channel: C) => ({ type: 'goOut', params: { channel } }) as const;
const consultA = <C extends ConsultedChannel>(channel: C) => ({ type: 'startConsultation', params: { channel } }) as const;
const choiceG = <K extends ConflictChoice>(choice: K) => ({ type: 'providerChose', params: { choice } }) as const;
const rulingG = <K extends ReviewOutcome>(outcome: K) => ({ type: 'courtRuled', params: { outcome } }) as const;

export const requestMachine = setup({
  types: {
    context: {} as RequestContext,
    events: {} as RequestEvent,
    input: {} as RequestInput,
  },
  delays: {
    stageEnd: ({ context }) => context.plan[context.stage]! - context.time,
    // Never negative: back from a decision, answers due that day are read at once.
    nextAnswer: ({ context }) => Math.max(0, nextAnswerDue(context.consultation) - context.time),
    dataLoss: ({ context }) => {
      const last = dataEnd(context);
      return last === undefined ? Infinity : Math.max(0, last + END_OF_DAY - context.time);
    },
    extensionDue: ({ context }) => Math.max(0, context.preservedUntil! - context.time),
    preservationEnds: ({ context }) => Math.max(0, context.preservedUntil! + END_OF_DAY - context.time),
  },
  guards: {
    available: ({ context }, params: Params) => availability(context, params.channel).open,
    directUntried: ({ context }) => context.current === null && !context.attempts.includes('direct'),
    directBlocked: ({ context }) => context.input.assessment.direct.path === 'blocked',
    providerAnswers: ({ context }) => context.directAnswers,
    // extension (reach): a conflict of laws and the choices it offers (machines/route/reach.ts).
    directConflict: ({ context }) => context.input.assessment.direct.path === 'conflict',
    providerChose: ({ event }, params: { choice: ConflictChoice }) => event.type === 'PROVIDER_CHOOSES' && event.choice === params.choice,
    reviewOpen: ({ context }) => reviewOpen(context),
    courtRuled: ({ event }, params: { outcome: ReviewOutcome }) => event.type === 'REVIEW_DECIDES' && event.outcome === params.outcome,
    needsConsultation: ({ context }, params: Params<ConsultedChannel>) =>
      context.input.assessment.consultations[params.channel].length > 0,
    isCurrent: ({ context }, params: Params) => context.current === params.channel,
    nothingAvailable: ({ context }) => !anyAvailable(context),
    lastEndedByRefusal: ({ context }) => context.lastEnd?.refused === true,
    consultationCloses: ({ context }) => settle(context.consultation!, nextAnswerDue(context.consultation)).closer !== null,
    consultationComplete: ({ context }) => settle(context.consultation!, nextAnswerDue(context.consultation)).complete,
    consultationUndecided: ({ context }) => settle(context.consultation!, nextAnswerDue(context.consultation)).undecided !== null,
    // An unknown answer is settled as consent or objection; only a draw from published rates may
    // land in their remainder, silence (a decision never says "will not answer" for the state).
    undecidedNow: ({ context, event }) =>
      event.type === 'THIRD_COUNTRY_ANSWERS' && context.consultation?.undecided === event.country &&
      (event.answer !== 'silent' || event.basis === 'drawn'),
    consultedNow: ({ context, event }) =>
      event.type === 'THIRD_COUNTRY_ANSWERS' &&
      context.consultation?.countries.some((c) => c.country === event.country && !c.answered) === true,
    answerCloses: ({ event }) => event.type === 'THIRD_COUNTRY_ANSWERS' && event.answer !== 'consent',
    answerCompletes: ({ context, event }) =>
      event.type === 'THIRD_COUNTRY_ANSWERS' &&
      settle(context.consultation!, context.time, { country: event.country, answer: event.answer }).complete,
    autoPreservation: ({ context }) => context.input.request.preservation !== 'manual',
    autoExtension: ({ context }) =>
      context.input.request.preservation !== 'manual' && context.extensions < context.input.regime.maxExtensions,
    extensionAllowed: ({ context }) => context.extensions < context.input.regime.maxExtensions,
    heldPending: ({ context }) => preservationHeld(context) !== null,
    refusalEndsHold: ({ context }) => context.current !== null && context.current !== 'direct',
    providerRefusalEndsHold: ({ context }) => context.current === 'direct' || context.current === 'agreement',
    dataExpiresWithPreservation: ({ context }) => {
      const last = dataEnd(context);
      return last !== undefined && last <= context.preservedUntil!;
    },
  },
  actions: {
    sendDirect: assign(arriving(({ context }) => {
      const verdict = context.input.assessment.direct;
      const days = timingDays(verdict.timing, context.input.draw);
      const answers = directAnswers(verdict, context.input.chance ?? documentedChance);
      // A sampled run may depart from the documented practice, as the published rate says some requests do.
      const drawn = verdict.rate === undefined || answers === (verdict.path !== 'declined') ? null
        : msg(answers ? 'request.direct.drawnAnswers' : 'request.direct.drawnSilent');
      const reason = joined(msg('request.direct.sent'), reasonOf(verdict), drawn, answers ? null : msg('request.direct.unanswered', { days }));
      return {
        attempts: [...context.attempts, 'direct' as const], current: 'direct' as const, directAnswers: answers,
        plan: [context.time + days], stage: 0,
        ...noted(context, note('SEND_DIRECT', reason, verdict.cites)),
      };
    })),
    blockDirect: assign(arriving(({ context }) => ({
      attempts: [...context.attempts, 'direct' as const],
      ...ended(context, 'direct', false),
      ...noted(context, note('SEND_DIRECT', joined(msg('request.direct.blocked'), reasonOf(context.input.assessment.direct)), context.input.assessment.direct.cites)),
    }))),
    declineDirect: assign(({ context }) => ({
      time: context.plan[0]!,
      ...ended(context, 'direct', false),
      // plan[0] is the day the answer was due: sent day + the provider's responseDays.
      ...noted(context, note('PROVIDER_SILENT', said('request.direct.declined', { day: context.plan[0]! }))),
    })),

    // extension (reach): the provider between the requesting state's order and another state's prohibition.
    meetConflict: assign(({ context }) => ({
      time: context.plan[0]!,
      ...noted(context, note('CONFLICT', conflictNote(context, 'met'), context.input.assessment.direct.cites)),
    })),
    comply: assign(arriving(({ context }) => {
      const c = context.input.assessment.direct.conflict!;
      return {
        conflict: { choice: 'comply' as const, breached: c.breached },
        ...noted(context, note('PROVIDER_CHOOSES', conflictNote(context, 'complied'), [c.order, ...c.breached])),
      };
    })),
    refuseOrder: assign(arriving(({ context }) => {
      const c = context.input.assessment.direct.conflict!;
      return {
        // Refusing keeps to the prohibition and breaks the order: the order is the law breached.
        conflict: { choice: 'refuse' as const, breached: [c.order], ...(c.sanction && { sanction: c.sanction }) },
        ...ended(context, 'direct', true),
        ...noted(context, note('PROVIDER_CHOOSES', conflictNote(context, 'refused'), [c.order, ...c.breached])),
      };
    })),
    seekReview: assign(arriving(({ context }) => {
      const c = context.input.assessment.direct.conflict!;
      return {
        // Seeking review breaks neither law while the court decides.
        conflict: { choice: 'review' as const, breached: [] }, reviewed: true,
        plan: [context.time + c.review!.days], stage: 0,
        ...noted(context, note('PROVIDER_CHOOSES', conflictNote(context, 'review'), [c.order])),
      };
    })),
    rulingDue: assign(({ context }) => ({
      time: context.plan[0]!,
      ...noted(context, note('REVIEW_DUE', conflictNote(context, 'due'))),
    })),
    uphold: assign(arriving(({ context }) => ({
      ...noted(context, note('REVIEW_DECIDES', conflictNote(context, 'upheld'), [context.input.assessment.direct.conflict!.order])),
    }))),
    lift: assign(arriving(({ context }) => ({
      ...ended(context, 'direct', false),
      ...noted(context, note('REVIEW_DECIDES', conflictNote(context, 'lifted'), [context.input.assessment.direct.conflict!.order])),
    }))),

    startConsultation: assign(arriving(({ context }, params: Params<ConsultedChannel>) => {
      const plan = context.input.assessment.consultations[params.channel];
      const consultation: Consultation = {
        channel: params.channel,
        countries: plan.map((c) => ({ ...c, due: context.time + c.days, answered: false })),
      };
      const parties = { list: plan.map((c) => msg('request.consult.party', { state: stateOf(c), rules: rulesOf(c) })), join: 'and' as const };
      return {
        attempts: [...context.attempts, params.channel], current: params.channel, consultation,
        ...noted(context, {
          ...note(`CHOOSE_${params.channel.toUpperCase()}`, said('request.consult.start', { channel: channelTerm(params.channel), parties })),
          refs: plan.flatMap((c) => c.rules),
        }),
      };
    })),
    takeAnswers: assign(({ context }) => {
      const time = nextAnswerDue(context.consultation);
      const { consents } = settle(context.consultation!, time);
      return {
        time,
        answers: answersWith(context, consents, time, 'consent'),
        consultation: { ...context.consultation!, countries: context.consultation!.countries.map((c) => (consents.includes(c) ? { ...c, answered: true } : c)) },
        ...noted(context, note('THIRD_COUNTRY_ANSWER', said('request.consult.consented', statesOf(consents)), consents.flatMap((c) => c.rules))),
      };
    }),
    objectAtDeadline: assign(({ context }) => {
      const time = nextAnswerDue(context.consultation);
      const { consents, closer } = settle(context.consultation!, time);
      const channel = context.consultation!.channel;
      const closing = msg('request.consult.closed', {
        state: stateOf(closer!), answer: closer!.answer === 'silent' ? 'late' : 'object', days: closer!.days, channel: channelTerm(channel), rules: rulesOf(closer!),
      });
      return {
        time,
        answers: answersWith(context, [...consents, closer!], time),
        ...ended(context, channel, false),
        ...noted(context, note('THIRD_COUNTRY_ANSWER', afterConsents(consents, closing), [...consents.flatMap((c) => c.rules), ...closer!.rules])),
      };
    }),
    takeInjectedAnswer: assign(arriving(({ context, event }) => {
      if (event.type !== 'THIRD_COUNTRY_ANSWERS') return {};
      const country = context.consultation!.countries.find((c) => c.country === event.country)!;
      const channel = context.consultation!.channel;
      const answers = answersWith(context, [country], context.time, event.answer);
      const decided = decidedAnswer(context, event);
      if (event.answer === 'consent') {
        const { undecided: _, ...rest } = context.consultation!;
        return {
          answers,
          consultation: { ...rest, countries: rest.countries.map((c) => (c === country ? { ...c, answered: true } : c)) },
          ...noted(context, note('THIRD_COUNTRY_ANSWERS', decided ? said(decided.id, decided.params) : said('request.consult.consented', statesOf([country])), country.rules)),
        };
      }
      const closing = msg('request.consult.closed', {
        state: stateOf(country), answer: event.answer === 'silent' ? 'silent' : 'object', days: country.days, channel: channelTerm(channel), rules: rulesOf(country),
      });
      return {
        answers,
        ...ended(context, channel, false),
        ...noted(context, note('THIRD_COUNTRY_ANSWERS', joined(decided, closing), country.rules)),
      };
    })),
    awaitDecision: assign(({ context }) => {
      const time = nextAnswerDue(context.consultation);
      const { consents, undecided } = settle(context.consultation!, time);
      const waiting = msg('request.consult.undecided', { state: stateOf(undecided!), why: unknownWhy(undecided!), days: undecided!.days });
      return {
        time,
        answers: answersWith(context, consents, time, 'consent'),
        consultation: {
          ...context.consultation!, undecided: undecided!.country,
          countries: context.consultation!.countries.map((c) => (consents.includes(c) ? { ...c, answered: true } : c)),
        },
        ...noted(context, {
          ...note('THIRD_COUNTRY_ANSWER', afterConsents(consents, waiting), consents.flatMap((c) => c.rules)),
          refs: undecided!.rules,
        }),
      };
    }),

    /** The channel goes out: its days are drawn and spread over its stages. */
    goOut: assign(arriving(({ context, event }, params: Params<'agreement' | 'mlat' | 'rogatory'>) => {
      const verdict = context.input.assessment[params.channel];
      const days = timingDays(verdict.timing, context.input.draw);
      const fromConsultation = context.consultation !== null;
      const consents = fromConsultation ? context.consultation!.countries.filter((c) => !c.answered) : [];
      const time = fromConsultation && event.type !== 'THIRD_COUNTRY_ANSWERS' ? nextAnswerDue(context.consultation) : context.time;
      const decided = decidedAnswer(context, event);
      const consented = fromConsultation ? msg('request.consult.allConsented') : null;
      const eventName = fromConsultation ? (event.type === 'THIRD_COUNTRY_ANSWERS' ? 'THIRD_COUNTRY_ANSWERS' : 'THIRD_COUNTRY_ANSWER') : `CHOOSE_${params.channel.toUpperCase()}`;
      return {
        time,
        // Those still to answer when the consultation completes consent now (an injected consent included).
        answers: answersWith(context, consents, time, 'consent'),
        attempts: context.attempts.includes(params.channel) ? context.attempts : [...context.attempts, params.channel],
        current: params.channel,
        consultation: null,
        plan: stagePlan(STAGES[params.channel], time, days),
        stage: 0,
        ...noted(context, note(eventName, joined(fromConsultation ? decided : null, consented, msg('request.goOut', { channel: channelTerm(params.channel), days }), reasonOf(verdict)),
          [...consents.flatMap((c) => c.rules), ...verdict.cites])),
      };
    })),
    completeStage: assign(({ context }) => {
      const channel = context.current!;
      const stage = STAGES[channel][context.stage]!;
      const instrument = context.input.assessment[channel].instrument;
      return {
        time: context.plan[context.stage]!, stage: context.stage + 1,
        ...noted(context, note('STAGE_COMPLETE', said(stage.message.id, stage.message.params), instrument ? [instrument] : [])),
      };
    }),
    deliver: assign(({ context }) => {
      const channel = context.current!;
      const stage = STAGES[channel][context.stage]!;
      return {
        time: context.plan[context.stage]!,
        ...noted(context, note('DELIVERED', joined(stage.message, msg('request.delivered', { channel: channelTerm(channel) })))),
      };
    }),
    refuse: assign(arriving(({ context, event }) => {
      if (event.type !== 'REFUSE') return {};
      const channel = context.current!;
      const refusing = context.input.assessment[channel].requestedState;
      const closed = { ...context.closed };
      for (const c of ['agreement', 'mlat', 'rogatory'] as const) {
        if (context.input.assessment[c].requestedState === refusing) {
          closed[c] = { open: false, ...said('request.refused.closure', { ground: { authored: event.ground } }), cites: [] };
        }
      }
      return {
        ...ended(context, channel, true), closed: { ...closed, [channel]: closed[channel]! },
        ...noted(context, note('REFUSE', said('request.refused', { channel: channelTerm(channel), ground: { authored: event.ground } }))),
      };
    })),
    providerRefuses: assign(arriving(({ context, event }) => {
      if (event.type !== 'PROVIDER_REFUSES') return {};
      const channel = context.current!;
      return {
        ...ended(context, channel, true),
        ...noted(context, note('PROVIDER_REFUSES', said('request.providerRefused', { channel: channelTerm(channel), reason: { authored: event.reason } }))),
      };
    })),
    conclude: assign(arriving(({ context }) => ({
      ...noted(context, note('CONCLUDE', context.lastEnd?.refused
        ? said('request.conclude.refused', { channel: channelTerm(context.lastEnd.channel) })
        : said('request.conclude.blocked'))),
    }))),
    withdraw: assign(arriving(({ context }) => ({
      ...noted(context, note('WITHDRAW', said('request.withdrawn'))),
    }))),

    preserve: assign(arriving(({ context, event }) => {
      const automatic = event.type !== 'REQUEST_PRESERVATION';
      const until = Math.floor(context.time) + (context.input.regime.preservationDays ?? PRESERVATION_DAYS);
      return {
        preservedUntil: until, extensions: 0,
        ...noted(context, note(automatic ? 'PRESERVATION_REQUESTED' : 'REQUEST_PRESERVATION',
          said('request.preservation.requested', { by: automatic ? 'policy' : 'user', day: until }), [], 'custody')),
      };
    })),
    keepPreservation: assign(arriving(({ context }) => ({
      ...noted(context, note('REQUEST_PRESERVATION', said('request.preservation.inForce', { day: context.preservedUntil! }), [], 'custody')),
    }))),
    extend: assign(arriving(({ context, event }) => {
      const automatic = event.type !== 'EXTEND_PRESERVATION';
      const until = context.preservedUntil! + (context.input.regime.extensionDays ?? PRESERVATION_DAYS);
      return {
        time: automatic ? context.preservedUntil! : context.time,
        preservedUntil: until, extensions: context.extensions + 1,
        ...noted(context, note(automatic ? 'PRESERVATION_EXTENDED' : 'EXTEND_PRESERVATION',
          said('request.preservation.extended', { by: automatic ? 'policy' : 'user', n: context.extensions + 1, max: context.input.regime.maxExtensions, day: until }), [], 'custody')),
      };
    })),
    lapse: assign(({ context }) => ({
      time: context.preservedUntil! + END_OF_DAY,
      ...noted(context, note('PRESERVATION_LAPSED', dataEnd(context) === undefined
        ? said('request.preservation.lapsed', { day: context.preservedUntil! })
        : said('request.preservation.lapsedRetained', { day: context.preservedUntil!, until: dataEnd(context)! }), [], 'custody')),
    })),
    loseData: assign(({ context }) => {
      const last = Math.max(dataEnd(context)!, context.preservedUntil ?? 0);
      // After a preservation held pending a request, the deletion it put off happens when it ends.
      const late = context.time > last + END_OF_DAY;
      return {
        time: late ? context.time : last + END_OF_DAY,
        ...noted(context, note('DATA_DELETED', late
          ? said('request.data.deletedLate', { retention: dataEnd(context)!, day: Math.floor(context.time) })
          : said('request.data.deleted', { day: last }), [], 'custody')),
      };
    }),
    hold: assign(({ context }) => {
      const held = preservationHeld(context)!;
      return {
        time: context.preservedUntil! + END_OF_DAY,
        ...noted(context, note('PRESERVATION_HELD',
          said('request.preservation.held', { day: context.preservedUntil!, channel: channelTerm(context.current!), instrument: held.instrument, source: held.source }),
          [held.instrument], 'custody')),
      };
    }),
    /** Runs after the channel's own refusal in the same step, so it completes that step's note instead of writing another. */
    releaseHold: assign(({ context }) => {
      const released = heldPreservationReleased(context, dataEnd(context), END_OF_DAY);
      return { note: { ...context.note, ...joined(context.note.message, released.message) } };
    }),
    keepHeld: assign(arriving(({ context }) => ({
      ...noted(context, note('REQUEST_PRESERVATION', said('request.preservation.alreadyHeld'), [], 'custody')),
    }))),
  },
}).createMachine({
  id: 'request',
  context: ({ input }) => initialContext(input),
  initial: 'active',
  states: {
    active: {
      type: 'parallel',
      on: { WITHDRAW: { target: 'withdrawn', actions: 'withdraw' } },
      states: {
        channel: {
          initial: 'intake',
          on: {
            SEND_DIRECT: [
              { guard: and(['directUntried', 'directBlocked']), target: '.direct.blocked', actions: 'blockDirect' },
              { guard: 'directUntried', target: '.direct.sent', actions: 'sendDirect' },
            ],
            CHOOSE_AGREEMENT: [
              { guard: and([availableG('agreement'), consultG('agreement')]), target: '.sovereigntyCheck', actions: consultA('agreement') },
              { guard: availableG('agreement'), target: '.agreement', actions: goOutA('agreement') },
            ],
            CHOOSE_MLAT: [
              { guard: and([availableG('mlat'), consultG('mlat')]), target: '.sovereigntyCheck', actions: consultA('mlat') },
              { guard: availableG('mlat'), target: '.mlat', actions: goOutA('mlat') },
            ],
            CHOOSE_ROGATORY: [
              { guard: and([availableG('rogatory'), consultG('rogatory')]), target: '.sovereigntyCheck', actions: consultA('rogatory') },
              { guard: availableG('rogatory'), target: '.rogatory', actions: goOutA('rogatory') },
            ],
            CONCLUDE: [
              { guard: and(['nothingAvailable', 'lastEndedByRefusal']), target: '#request.refused', actions: 'conclude' },
              { guard: 'nothingAvailable', target: '#request.blocked', actions: 'conclude' },
            ],
          },
          states: {
            intake: { tags: 'decision' },
            direct: {
              initial: 'sent',
              states: {
                sent: {
                  after: {
                    stageEnd: [
                      { guard: 'directConflict', target: 'conflict', actions: 'meetConflict' },
                      { guard: 'providerAnswers', target: '#request.delivered', actions: 'deliver' },
                      { target: 'declined', actions: 'declineDirect' },
                    ],
                  },
                  on: { PROVIDER_REFUSES: { target: 'refused', actions: 'providerRefuses' } },
                },
                blocked: { tags: 'decision' },
                declined: { tags: 'decision' },
                refused: { tags: 'decision' },
                // extension (reach): one state compels, another forbids; the provider chooses.
                conflict: {
                  tags: 'decision',
                  on: {
                    PROVIDER_CHOOSES: [
                      { guard: choiceG('comply'), target: '#request.delivered', actions: 'comply' },
                      { guard: choiceG('refuse'), target: 'refused', actions: 'refuseOrder' },
                      { guard: and([choiceG('review'), 'reviewOpen']), target: 'review', actions: 'seekReview' },
                    ],
                  },
                },
                // A court reviews the order for its days; a ruling may come earlier (an inject).
                review: {
                  after: { stageEnd: { target: 'ruling', actions: 'rulingDue' } },
                  on: {
                    REVIEW_DECIDES: [
                      { guard: rulingG('upheld'), target: 'conflict', actions: 'uphold' },
                      { guard: rulingG('lifted'), target: 'lifted', actions: 'lift' },
                    ],
                  },
                },
                ruling: {
                  tags: 'decision',
                  on: {
                    REVIEW_DECIDES: [
                      { guard: rulingG('upheld'), target: 'conflict', actions: 'uphold' },
                      { guard: rulingG('lifted'), target: 'lifted', actions: 'lift' },
                    ],
                  },
                },
                lifted: { tags: 'decision' },
              },
            },
            sovereigntyCheck: {
              initial: 'consulting',
              states: {
                consulting: {
                  after: {
                    nextAnswer: [
                      { guard: 'consultationCloses', target: 'objected', actions: 'objectAtDeadline' },
                      { guard: 'consultationUndecided', target: 'undecided', actions: 'awaitDecision' },
                      { guard: and(['consultationComplete', currentG('agreement')]), target: '#request.active.channel.agreement', actions: goOutA('agreement') },
                      { guard: and(['consultationComplete', currentG('mlat')]), target: '#request.active.channel.mlat', actions: goOutA('mlat') },
                      { guard: and(['consultationComplete', currentG('rogatory')]), target: '#request.active.channel.rogatory', actions: goOutA('rogatory') },
                      { target: 'consulting', reenter: true, actions: 'takeAnswers' },
                    ],
                  },
                  on: {
                    THIRD_COUNTRY_ANSWERS: [
                      { guard: and(['consultedNow', 'answerCloses']), target: 'objected', actions: 'takeInjectedAnswer' },
                      { guard: and(['consultedNow', 'answerCompletes', currentG('agreement')]), target: '#request.active.channel.agreement', actions: goOutA('agreement') },
                      { guard: and(['consultedNow', 'answerCompletes', currentG('mlat')]), target: '#request.active.channel.mlat', actions: goOutA('mlat') },
                      { guard: and(['consultedNow', 'answerCompletes', currentG('rogatory')]), target: '#request.active.channel.rogatory', actions: goOutA('rogatory') },
                      { guard: 'consultedNow', target: 'consulting', reenter: true, actions: 'takeInjectedAnswer' },
                    ],
                  },
                },
                // An answer nobody can know is not a refusal: the class, a user or the default policy decides it.
                undecided: {
                  tags: 'decision',
                  on: {
                    THIRD_COUNTRY_ANSWERS: [
                      { guard: and(['undecidedNow', 'answerCloses']), target: 'objected', actions: 'takeInjectedAnswer' },
                      { guard: and(['undecidedNow', 'answerCompletes', currentG('agreement')]), target: '#request.active.channel.agreement', actions: goOutA('agreement') },
                      { guard: and(['undecidedNow', 'answerCompletes', currentG('mlat')]), target: '#request.active.channel.mlat', actions: goOutA('mlat') },
                      { guard: and(['undecidedNow', 'answerCompletes', currentG('rogatory')]), target: '#request.active.channel.rogatory', actions: goOutA('rogatory') },
                      { guard: 'undecidedNow', target: 'consulting', actions: 'takeInjectedAnswer' },
                    ],
                  },
                },
                objected: { tags: 'decision' },
              },
            },
            agreement: {
              initial: 'ordered',
              on: {
                REFUSE: { guard: currentG('agreement'), target: '.refused', actions: 'refuse' },
                PROVIDER_REFUSES: { guard: currentG('agreement'), target: '.refused', actions: 'providerRefuses' },
              },
              states: {
                ordered: { after: { stageEnd: { target: '#request.delivered', actions: 'deliver' } } },
                refused: { tags: 'decision' },
              },
            },
            mlat: {
              initial: 'drafting',
              on: { REFUSE: { guard: currentG('mlat'), target: '.refused', actions: 'refuse' } },
              states: {
                drafting: { after: { stageEnd: { target: 'requestingReview', actions: 'completeStage' } } },
                requestingReview: { after: { stageEnd: { target: 'transmission', actions: 'completeStage' } } },
                transmission: { after: { stageEnd: { target: 'requestedReview', actions: 'completeStage' } } },
                requestedReview: { after: { stageEnd: { target: 'domesticOrder', actions: 'completeStage' } } },
                domesticOrder: { after: { stageEnd: { target: 'production', actions: 'completeStage' } } },
                production: { after: { stageEnd: { target: 'return', actions: 'completeStage' } } },
                return: { after: { stageEnd: { target: '#request.delivered', actions: 'deliver' } } },
                refused: { tags: 'decision' },
              },
            },
            rogatory: {
              initial: 'transmission',
              on: { REFUSE: { guard: currentG('rogatory'), target: '.refused', actions: 'refuse' } },
              states: {
                transmission: { after: { stageEnd: { target: 'requestedReview', actions: 'completeStage' } } },
                requestedReview: { after: { stageEnd: { target: 'execution', actions: 'completeStage' } } },
                execution: { after: { stageEnd: { target: 'return', actions: 'completeStage' } } },
                return: { after: { stageEnd: { target: '#request.delivered', actions: 'deliver' } } },
                refused: { tags: 'decision' },
              },
            },
          },
        },
        preservation: {
          initial: 'start',
          states: {
            start: {
              always: [
                { guard: 'autoPreservation', target: 'preserved', actions: 'preserve' },
                { target: 'none' },
              ],
            },
            none: {
              after: { dataLoss: { target: '#request.dataLost', actions: 'loseData' } },
              on: { REQUEST_PRESERVATION: { target: 'preserved', actions: 'preserve' } },
            },
            preserved: {
              after: {
                extensionDue: { guard: 'autoExtension', target: 'preserved', reenter: true, actions: 'extend' },
                preservationEnds: [
                  { guard: 'heldPending', target: 'held', actions: 'hold' },
                  { guard: 'dataExpiresWithPreservation', target: '#request.dataLost', actions: 'loseData' },
                  { target: 'lapsed', actions: 'lapse' },
                ],
              },
              on: {
                REQUEST_PRESERVATION: { actions: 'keepPreservation' },
                EXTEND_PRESERVATION: { guard: 'extensionAllowed', target: 'preserved', reenter: true, actions: 'extend' },
              },
            },
            // Held past its term while a request under an instrument that says so is pending; a
            // refusal ends the hold (delivery and withdrawal end the run).
            held: {
              on: {
                REFUSE: { guard: 'refusalEndsHold', target: 'lapsed', actions: 'releaseHold' },
                PROVIDER_REFUSES: { guard: 'providerRefusalEndsHold', target: 'lapsed', actions: 'releaseHold' },
                REQUEST_PRESERVATION: { actions: 'keepHeld' },
              },
            },
            lapsed: {
              after: { dataLoss: { target: '#request.dataLost', actions: 'loseData' } },
              on: { REQUEST_PRESERVATION: { target: 'preserved', actions: 'preserve' } },
            },
          },
        },
      },
    },
    delivered: { type: 'final' },
    refused: { type: 'final' },
    blocked: { type: 'final' },
    dataLost: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});
