import { z } from 'zod';
import { NAMED_REGIMES } from '../machines/world/regimes.ts';
import { SCENARIO_EVENT_TYPES, type ScenarioEvent, type ScenarioEventType } from '../machines/request/events.ts';
import { OUTCOMES } from '../machines/scenario.ts';
import { cut } from './problems.ts';
import {
  ANSWERS,
  REGIONS,
  DURATION_BASES,
  LEGAL_FORMS,
  GIVEN_ANSWERS,
  CATEGORIES,
  CONFLICT_CHOICES,
  ORDER_DATA_REACH,
  ORDER_PROVIDER_REACH,
  REVIEW_OUTCOMES,
  CHANNELS,
  CONNECTIONS,
  EXCLUSIONS,
  OFFENCE_CATEGORIES,
  RULE_KINDS,
  URGENCIES,
  REQUESTED_STATE_DOCTRINES,
  type InstrumentKind,
} from '../machines/world/types.ts';

/**
 * The scenario file exactly as a trainer writes it (../shared/SCENARIO-FORMAT.md). Every object is
 * strict so that a mistyped field name is an error rather than a silently ignored line. Checks that
 * need the whole world (references, duplicate ids) are in check.ts; filling what depends on
 * the built-in world is in build.ts. The JSON Schema for editors is generated from this.
 */

const SCENARIO_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const scenarioId = z.string().regex(SCENARIO_ID, {
  error: 'expected a kebab-case id (lower-case letters and digits joined by single hyphens, e.g. "arcadia-borealis-content")',
});
/** Ids of world entries are looked up by exact text, so only whitespace (an easy copy error) is refused. */
const entryId = z.string().regex(/^\S+$/, { error: 'expected an id without spaces' });
const dayCount = z.int().min(0);
const text = z.string().min(1);
/** Profile figures may be fractions of a day (an 8-hour deadline); runs count whole days (machines/random.ts). */
const profileDays = z.number().min(0);
/**
 * The contract's example always gives a source, but does not make it compulsory: a classroom's
 * fictional world may leave it out, and is then shown as unsourced rather than refused.
 */
const sourceText = text.default('(no source given in the scenario)');
const isoDate = z.iso.date({ error: 'expected a real date written YYYY-MM-DD' });
const categories = z.array(z.enum(CATEGORIES)).min(1);
const inForce = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  notBefore: isoDate.optional()
    .meta({ description: 'When from is unknown: the earliest day it can have applied (its signature, or the first day of the year a source names); it applies from then (project extension).' }),
});

const listedOnce = (list: string[], ctx: z.RefinementCtx<string[]>, what: string) => {
  const seen = new Set<string>();
  list.forEach((item, index) => {
    if (seen.has(item)) {
      ctx.addIssue({ code: 'custom', path: [index], input: item, message: `${what} "${cut(item)}" is listed twice` });
    }
    seen.add(item);
  });
};

/** Published shares of a state's answers (project extension): sampled runs draw an unknown answer from them. */
const consultationRates = z
  .strictObject({ consent: z.number().min(0).max(1), object: z.number().min(0).max(1), source: text })
  .refine((r) => r.consent + r.object <= 1, { message: 'consent + object must not exceed 1 (the rest is silence)' })
  .meta({ description: 'Shares (0-1) of consent and objection, the rest silence, with their source.' });

const jurisdiction = z.strictObject({
  id: entryId,
  name: text,
  consultation: z
    .strictObject({
      answer: z.enum(ANSWERS).default('silent')
        .meta({ description: 'unknown (project extension): no source says; at its days the run waits for a decision.' }),
      days: dayCount.default(30),
      rates: consultationRates.optional(),
    })
    .default(() => ({ answer: 'silent' as const, days: 30 }))
    .meta({ description: 'How it answers when consulted as a third country (default: silent after 30 days).' }),
  memberships: z.array(text).optional(),
  partOf: entryId.optional()
    .meta({ description: 'project extension: the state a special administrative region belongs to (Hong Kong, Macao: CN); conventions between states and letters rogatory do not run between them.' }),
  region: z.enum(REGIONS).optional()
    .meta({ description: 'project extension: its UN M49 region (africa, americas, asia, europe, oceania), for coverage figures and the atlas.' }),
});

const provider = z.strictObject({
  id: entryId,
  name: text,
  home: entryId.meta({ description: 'Where it is incorporated: its law governs disclosure.' }),
  storesIn: z
    .array(entryId)
    .min(1)
    .superRefine((list, ctx) => {
      if (list.includes('unknown') && list.length > 1) {
        ctx.addIssue({ code: 'custom', input: list, message: '"unknown" must stand alone: the location either is known or is not' });
      }
      listedOnce(list, ctx, 'jurisdiction');
    })
    .meta({ description: 'Where the data sits; the first is the data location. [unknown]: cannot be established.' }),
  answersDirect: z.array(z.enum(CATEGORIES)).default(() => []),
  responseDays: dayCount.default(10),
  responseProfile: z.strictObject({
    median: profileDays,
    p90: profileDays,
    emergency: profileDays.optional(),
    source: text.optional(),
    basis: z.enum(DURATION_BASES).optional(),
  }).refine((d) => d.p90 >= d.median, { message: 'expected p90 >= median', path: ['p90'] }).optional()
    .meta({ description: 'The spread of its direct answers (median, p90): sampled runs draw from it, deterministic runs take its median (project extension).' }),
  emergencyDisclosure: z.boolean().default(false),
  source: text.optional(),
  practice: z
    .array(z.strictObject({
      from: z.array(entryId).min(1),
      answersDirect: z.array(z.enum(CATEGORIES)),
      rate: z.number().min(0).max(1).optional(),
      responseDays: dayCount.optional(),
      period: text.optional(),
      source: text,
      uncertain: text.optional(),
    }))
    .optional()
    .meta({ description: 'How it answers direct requests from particular states (transparency reports); the first entry listing the requesting state applies; sampled runs answer with probability `rate` (project extension).' }),
  establishments: z.array(entryId).superRefine((list, ctx) => listedOnce(list, ctx, 'jurisdiction')).optional()
    .meta({ description: 'States where it has an establishment or designated legal representative, besides home (project extension).' }),
  offersServicesIn: z.array(entryId).superRefine((list, ctx) => listedOnce(list, ctx, 'jurisdiction')).optional()
    .meta({ description: 'States on whose territory it offers services; "*" means everywhere (project extension).' }),
  conflictPractice: z.strictObject({ choice: z.enum(CONFLICT_CHOICES), source: text }).optional()
    .meta({ description: 'What it is documented to do when one state\'s order meets another state\'s prohibition (project extension).' }),
});

/** A state's production-order law and what it reaches (project extension; docs/authoring.md). */
const order = z.strictObject({
  id: entryId,
  title: text.optional(),
  jurisdiction: entryId.meta({ description: 'The state whose authorities issue the order.' }),
  data: categories,
  reach: z.strictObject({
    providers: z.array(z.enum(ORDER_PROVIDER_REACH)).min(1).superRefine((list, ctx) => listedOnce(list, ctx, 'reach')),
    data: z.enum(ORDER_DATA_REACH).default('anywhere'),
  }).meta({ description: 'providers: established (home or an establishment there) and/or offers-services; data: anywhere (possession, custody or control) or in-territory.' }),
  sanction: text.optional().meta({ description: 'What a provider refusing the order faces.' }),
  review: z.strictObject({ days: dayCount, source: text.optional() }).optional()
    .meta({ description: 'The provider may ask a court to review the order; the review takes `days`.' }),
  source: sourceText,
  inForce: inForce.optional(),
  uncertain: text.optional(),
});

const rule = z.strictObject({
  id: entryId,
  kind: z.enum(RULE_KINDS),
  jurisdiction: entryId,
  data: categories,
  connection: z
    .array(z.enum(CONNECTIONS))
    .min(1)
    .default(() => ['data-location' as const, 'provider-home' as const]),
  except: z.array(z.enum(CHANNELS)).default(() => []),
  source: sourceText,
  title: text.optional(),
  inForce: inForce.optional(),
  uncertain: text.optional(),
  emergencyException: z.boolean().optional()
    .meta({ description: 'The rule does not cover emergency requests (project extension).' }),
});

/** Durations fall back to the contract's figures for the instrument's kind. */
export const DEFAULT_INSTRUMENT_DAYS: Record<InstrumentKind, { median: number; p90: number }> = {
  mlat: { median: 300, p90: 540 },
  agreement: { median: 30, p90: 60 },
  'direct-cooperation': { median: 20, p90: 45 },
};

function durations(kind: InstrumentKind) {
  const fallback = DEFAULT_INSTRUMENT_DAYS[kind];
  return z
    .strictObject({
      median: profileDays.default(fallback.median),
      p90: profileDays.default(fallback.p90),
      emergency: profileDays.optional(),
      source: text.optional(),
      basis: z.enum(DURATION_BASES).optional()
        .meta({ description: 'What the figures rest on: published (a measured figure its source cites), statutory (a legal deadline) or default (nothing published) (project extension).' }),
    })
    .superRefine((days, ctx) => {
      if (typeof days.median !== 'number' || typeof days.p90 !== 'number' || days.p90 >= days.median) return;
      const note = days.p90 === fallback.p90 ? ` (p90 defaults to ${fallback.p90} for ${kind})` : '';
      ctx.addIssue({
        code: 'custom',
        path: ['p90'],
        input: days.p90,
        message: `expected p90 >= median, got p90 ${days.p90} below median ${days.median}${note}`,
      });
    })
    .default(() => ({ ...fallback }))
    .meta({ description: `Simulated days: median and 90th percentile (default ${fallback.median}/${fallback.p90}).` });
}

/** A date range whose end comes before its start is a typo: nothing would ever be in force. */
const datedInOrder = (range: { from?: string; to?: string }, ctx: z.RefinementCtx<{ from?: string; to?: string }>) => {
  if (range.from !== undefined && range.to !== undefined && range.to < range.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], input: range.to, message: `expected to on or after from, got to ${range.to} before from ${range.from}` });
  }
};

const partyTerms = z
  .strictObject({
    signed: isoDate.optional(),
    ratified: isoDate.optional(),
    from: isoDate.optional().meta({ description: 'The first day the instrument binds this state (entry into force or application for it).' }),
    to: isoDate.optional().meta({ description: 'The last day it binds this state (e.g. after a denunciation takes effect).' }),
    source: text.optional(),
    uncertain: text.optional(),
  })
  .superRefine(datedInOrder);

/** A party added to an instrument by id (machines/world/join.ts). */
const partyJoin = z
  .strictObject({
    instrument: entryId.meta({ description: 'The id of the instrument joined: a built-in one (docs/world.md) or one of this file\'s.' }),
    party: entryId.meta({ description: 'The jurisdiction that joins it.' }),
    signed: isoDate.optional(),
    ratified: isoDate.optional(),
    from: isoDate.optional().meta({ description: 'The first day the instrument binds this state; absent: bound for as long as the instrument is in force.' }),
    to: isoDate.optional().meta({ description: 'The last day it binds this state.' }),
    source: sourceText.meta({ description: 'Where the accession or the new partner is recorded: the depositary\'s record, a treaty series, a ministry\'s list.' }),
    uncertain: text.optional(),
  })
  .superRefine(datedInOrder);

const reservation = z
  .strictObject({
    party: entryId,
    data: categories.optional().meta({ description: 'Categories the party does not apply the instrument to (both ways, VCLT art. 21(1)).' }),
    notify: z.boolean().optional().meta({ description: 'Whether direct orders to providers based in the party are notified to it, in place of the instrument\'s notify.' }),
    text,
    source: sourceText,
  })
  .superRefine((r, ctx) => {
    if (r.data === undefined && r.notify === undefined) {
      ctx.addIssue({ code: 'custom', input: r, message: 'a reservation changes routing through data or notify: give at least one' });
    }
  });

const offenceCategories = z.array(z.enum(OFFENCE_CATEGORIES)).min(1).superRefine((list, ctx) => listedOnce(list, ctx, 'offence category'));

function instrument<K extends InstrumentKind>(kind: K) {
  const parties = z
    .array(entryId)
    .min(2)
    .superRefine((list, ctx) => {
      listedOnce(list, ctx, 'party');
      // The agreement channel orders "the other party's" providers, which only means something between two.
      if (kind === 'agreement' && list.length > 2) {
        ctx.addIssue({ code: 'custom', input: list, message: `an agreement is bilateral: expected 2 parties, got ${list.length}` });
      }
    });
  return z.strictObject({
    id: entryId,
    kind: z.literal(kind),
    parties,
    data: categories,
    days: durations(kind),
    excludes: z.array(z.enum(EXCLUSIONS)).default(() => []),
    notify: z
      .strictObject({ data: categories, days: profileDays, source: text.optional() })
      .optional()
      .meta({ description: 'Direct orders for these categories are notified to the provider\'s home state, which has `days` to raise a ground for refusal (project extension).' }),
    source: sourceText,
    title: text.optional(),
    inForce: inForce.optional(),
    uncertain: text.optional(),
    preservationPending: z
      .strictObject({ source: text })
      .optional()
      .meta({ description: 'A preservation in force while a request under this instrument is pending lasts until the request is decided (project extension).' }),
    directionalExcludes: z
      .array(z.strictObject({
        from: entryId,
        subjectNationality: z.array(entryId).optional(),
        subjectLocation: z.array(entryId).optional(),
        source: text,
      }))
      .optional()
      .meta({ description: 'One-way exclusions: a request from `from` may not target subjects of these nationalities or located in these states (project extension).' }),
    partyTerms: z.record(entryId, partyTerms).optional()
      .meta({ description: 'Each state\'s own dates, by jurisdiction id: a party is bound only from its `from` to its `to`; a state listed here but not in parties signed without being bound (project extension).' }),
    reservations: z.array(reservation).optional()
      .meta({ description: 'Reservations that change routing: categories a party does not apply the instrument to, or whether orders to its providers are notified (project extension).' }),
    offences: offenceCategories.optional()
      .meta({ description: 'The instrument serves only requests whose offenceCategory is one of these (project extension).' }),
    pairDays: z.array(z.strictObject({ from: z.union([z.literal('*'), entryId]), to: entryId, days: durations(kind) })).optional()
      .meta({ description: 'Published durations for requests from one party (or *: any party) to another (to: the requested state, or the provider\'s home for direct cooperation and agreements), in place of days (project extension).' }),
    legalForm: z.enum(LEGAL_FORMS).optional()
      .meta({ description: 'What kind of text it is, for display only: treaty, scheme (non-binding, e.g. Harare), eu-law, arrangement (project extension).' }),
  });
}

const instrumentSchema = z.discriminatedUnion('kind', [
  instrument('mlat'),
  instrument('agreement'),
  instrument('direct-cooperation'),
]);

/** The world entries' schemas, for a what-if overlay (overlay.ts): the same fields and defaults as a scenario's world. */
export { instrumentSchema as InstrumentFileSchema, rule as RuleFileSchema, order as OrderFileSchema, entryId as EntryIdSchema, text as TextSchema };

const worldSchema = z
  .strictObject({
    extends: z
      .enum(['builtin', 'none'])
      .default('builtin')
      .meta({ description: 'builtin: start from the shipped real-world data; none: start empty.' }),
    jurisdictions: z.array(jurisdiction).default(() => []),
    providers: z.array(provider).default(() => []),
    rules: z.array(rule).default(() => []),
    instruments: z.array(instrumentSchema).default(() => []),
    orders: z.array(order).optional()
      .meta({ description: 'Production-order laws of requesting states and what they reach (project extension).' }),
    joins: z.array(partyJoin).optional()
      .meta({ description: 'States that join an instrument defined elsewhere (the built-in world\'s, or this file\'s), each bound from its own date, with the source that says so: an accession without a copy of the whole instrument (project extension).' }),
  })
  .default(() => ({ extends: 'builtin' as const, jurisdictions: [], providers: [], rules: [], instruments: [] }));

/**
 * The contract's defaults (data-location, one extension) are filled in by build.ts, after a named
 * regime's own settings, so that `name` sets a doctrine and any field given beside it overrides it.
 */
const regime = z
  .strictObject({
    requestedState: z.enum(REQUESTED_STATE_DOCTRINES).optional(),
    maxExtensions: dayCount.optional(),
    name: z.enum(NAMED_REGIMES.map((r) => r.name) as [string, ...string[]]).optional()
      .meta({ description: 'A named regime (docs/regimes in the README): location-principle, provider-control, e-evidence.' }),
    locationConsent: z.boolean().optional(),
    preservationDays: dayCount.optional(),
    extensionDays: dayCount.optional(),
  })
  .default(() => ({}));

const request = z.strictObject({
  from: entryId.meta({ description: 'The requesting state.' }),
  provider: entryId,
  data: z.enum(CATEGORIES),
  offence: text.optional(),
  offenceCategory: z.enum(OFFENCE_CATEGORIES).optional()
    .meta({ description: 'What the offence is, for instruments limited to some offences (project extension); offence stays free text.' }),
  urgency: z.enum(URGENCIES).default('routine'),
  subject: z
    .strictObject({ nationality: entryId.optional(), location: entryId.optional() })
    .default(() => ({})),
  retentionDays: dayCount.optional(),
  preservation: z
    .enum(['auto', 'manual'])
    .default('auto')
    .meta({ description: 'manual: only the script requests and extends preservation.' }),
  date: isoDate.optional(),
});

/** The fields each event needs besides `event` and `day`; keyed by type so a new event type cannot be forgotten. */
const EVENT_FIELDS = {
  SEND_DIRECT: {},
  CHOOSE_AGREEMENT: {},
  CHOOSE_MLAT: {},
  CHOOSE_ROGATORY: {},
  REQUEST_PRESERVATION: {},
  EXTEND_PRESERVATION: {},
  WITHDRAW: {},
  THIRD_COUNTRY_ANSWERS: { country: entryId, answer: z.enum(GIVEN_ANSWERS) },
  REFUSE: { ground: z.string() },
  PROVIDER_REFUSES: { reason: z.string() },
  PROVIDER_CHOOSES: { choice: z.enum(CONFLICT_CHOICES) },
  REVIEW_DECIDES: { outcome: z.enum(REVIEW_OUTCOMES) },
} satisfies Record<ScenarioEventType, z.ZodRawShape>;

const eventOptions = SCENARIO_EVENT_TYPES.map((type) =>
  z.strictObject({
    day: dayCount.optional().meta({ description: 'The simulated day it waits for.' }),
    event: z.literal(type),
    ...(EVENT_FIELDS[type] as z.ZodRawShape),
  }),
);
const scriptStep = z.discriminatedUnion(
  'event',
  eventOptions as unknown as [(typeof eventOptions)[number], ...(typeof eventOptions)[number][]],
);

const expectation = z.strictObject({
  outcome: z.enum(OUTCOMES).optional(),
  channel: z.enum(CHANNELS).nullable().optional(),
  attempts: z.array(z.enum(CHANNELS)).optional(),
  cites: z.array(entryId).optional(),
  days: z
    .strictObject({ min: z.number().min(0).optional(), max: z.number().min(0).optional() })
    .superRefine((days, ctx) => {
      if (days.min !== undefined && days.max !== undefined && days.max < days.min) {
        ctx.addIssue({ code: 'custom', path: ['max'], input: days.max, message: `expected max >= min, got max ${days.max} below min ${days.min}` });
      }
    })
    .optional(),
  conflict: z.strictObject({ choice: z.enum(CONFLICT_CHOICES) }).optional()
    .meta({ description: 'The provider\'s choice at a conflict of laws (project extension).' }),
});

export const ScenarioFileSchema = z
  .strictObject({
    id: scenarioId,
    title: text,
    summary: z.string(),
    objectives: z.array(z.string()).default(() => []),
    seed: z.int().optional(),
    world: worldSchema,
    regime,
    request,
    script: z.array(scriptStep).default(() => []),
    expect: expectation.optional(),
    debrief: z.string().optional(),
    translations: z
      .partialRecord(
        z.enum(['en', 'zh', 'ru', 'fr', 'ar']),
        z.strictObject({ title: text.optional(), summary: text.optional(), objectives: z.array(text).optional(), debrief: text.optional() }),
      )
      .optional()
      .meta({ description: 'The scenario\'s texts in other languages of the interface; what a language lacks falls back to English (project extension).' }),
  })
  .meta({
    title: 'Rogatory scenario',
    description: 'A world, one cross-border data request, and optionally a script and expected results.',
  });

/** A script step as written: the event's type under `event`, its fields beside it. */
export type ScriptStepFile = { day?: number } & (ScenarioEvent extends infer E
  ? E extends { type: infer T }
    ? Omit<E, 'type'> & { event: T }
    : never
  : never);

/** The options above are built in a loop, which loses each event's fields; restore them from events.ts. */
export type ScenarioFile = Omit<z.output<typeof ScenarioFileSchema>, 'script'> & { script: ScriptStepFile[] };
