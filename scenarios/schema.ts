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
  from: isoDate.optional().meta({ description: 'The first day the entry applies, YYYY-MM-DD; left out: from any date (project extension).' }),
  to: isoDate.optional().meta({ description: 'The last day the entry applies, YYYY-MM-DD; left out: with no end (project extension).' }),
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
  .strictObject({
    consent: z.number().min(0).max(1).meta({ description: 'Share of its answers that are consent, 0 to 1.' }),
    object: z.number().min(0).max(1).meta({ description: 'Share of its answers that are objections, 0 to 1; consent + object at most 1, the rest is silence.' }),
    source: text.meta({ description: 'Where the figures come from: required.' }),
  })
  .refine((r) => r.consent + r.object <= 1, { message: 'consent + object must not exceed 1 (the rest is silence)' })
  .meta({ description: 'Shares (0-1) of consent and objection, the rest silence, with their source.' });

const jurisdiction = z.strictObject({
  id: entryId.meta({ description: 'Its id, by which providers, laws, treaties and the request name it; the built-in world uses ISO 3166 alpha-2 codes (JP, US). An id the built-in world has replaces that entry whole.' }),
  name: text.meta({ description: 'Its name, as shown to trainees.' }),
  consultation: z
    .strictObject({
      answer: z.enum(ANSWERS).default('silent')
        .meta({ description: 'Its answer when consulted as a third country: consent, object or silent, given at the end of its days (default silent); unknown (project extension): no source says; at its days the run waits for a decision.' }),
      days: dayCount.default(30).meta({ description: 'Days from the consultation to its answer (default 30).' }),
      rates: consultationRates.optional(),
    })
    .default(() => ({ answer: 'silent' as const, days: 30 }))
    .meta({ description: 'How it answers when consulted as a third country (default: silent after 30 days).' }),
  memberships: z.array(text).optional().meta({ description: 'Organisations and conventions it belongs to (EU, SCO, Budapest, ...), for people to read: routing goes by instruments, never by these tokens (project extension).' }),
  partOf: entryId.optional()
    .meta({ description: 'project extension: the state a special administrative region belongs to (Hong Kong, Macao: CN); conventions between states and letters rogatory do not run between them.' }),
  region: z.enum(REGIONS).optional()
    .meta({ description: 'project extension: its UN M49 region (africa, americas, asia, europe, oceania), for coverage figures and the atlas.' }),
});

const provider = z.strictObject({
  id: entryId.meta({ description: 'Its id, by which the request names it. An id the built-in world has replaces that entry whole.' }),
  name: text.meta({ description: 'Its name, as shown to trainees.' }),
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
  answersDirect: z.array(z.enum(CATEGORIES)).default(() => []).meta({ description: 'Categories it discloses to foreign authorities that ask it directly (default none).' }),
  responseDays: dayCount.default(10).meta({ description: 'Days it takes to answer a direct request (default 10).' }),
  responseProfile: z.strictObject({
    median: profileDays.meta({ description: 'Median days to a direct answer.' }),
    p90: profileDays.meta({ description: '90th percentile of days to a direct answer; at least the median.' }),
    emergency: profileDays.optional().meta({ description: 'Days to an emergency answer.' }),
    source: text.optional().meta({ description: 'Where the figures come from.' }),
    basis: z.enum(DURATION_BASES).optional().meta({ description: 'What the figures rest on: published (a measured figure its source cites), statutory (a legal deadline) or default (nothing published).' }),
  }).refine((d) => d.p90 >= d.median, { message: 'expected p90 >= median', path: ['p90'] }).optional()
    .meta({ description: 'The spread of its direct answers (median, p90): sampled runs draw from it, deterministic runs take its median (project extension).' }),
  emergencyDisclosure: z.boolean().default(false).meta({ description: 'true: an emergency request is answered directly, after 1 day, for any category, still subject to rules (default false).' }),
  source: text.optional().meta({ description: 'Where its behaviour comes from (project extension).' }),
  practice: z
    .array(z.strictObject({
      from: z.array(entryId).min(1).meta({ description: 'The requesting states this entry is for.' }),
      answersDirect: z.array(z.enum(CATEGORIES)).meta({ description: 'Categories it answers directly for them, in place of its own answersDirect.' }),
      rate: z.number().min(0).max(1).optional().meta({ description: 'Share of such requests it answers, 0 to 1: sampled runs draw from it where its own choice decides.' }),
      responseDays: dayCount.optional().meta({ description: 'Days to its answer for them, in place of its own responseDays.' }),
      period: text.optional().meta({ description: 'The period the figures describe, e.g. "2024".' }),
      source: text.meta({ description: 'Where the practice comes from (a transparency report): required.' }),
      uncertain: text.optional().meta({ description: 'What is not certain about it; shown wherever it is used.' }),
    }))
    .optional()
    .meta({ description: 'How it answers direct requests from particular states (transparency reports); the first entry listing the requesting state applies; sampled runs answer with probability `rate` (project extension).' }),
  establishments: z.array(entryId).superRefine((list, ctx) => listedOnce(list, ctx, 'jurisdiction')).optional()
    .meta({ description: 'States where it has an establishment or designated legal representative, besides home (project extension).' }),
  offersServicesIn: z.array(entryId).superRefine((list, ctx) => listedOnce(list, ctx, 'jurisdiction')).optional()
    .meta({ description: 'States on whose territory it offers services; "*" means everywhere (project extension).' }),
  conflictPractice: z.strictObject({
    choice: z.enum(CONFLICT_CHOICES).meta({ description: 'comply, refuse or review: the default policy takes it at a conflict.' }),
    source: text.meta({ description: 'Where the practice is documented: required.' }),
  }).optional()
    .meta({ description: 'What it is documented to do when one state\'s order meets another state\'s prohibition (project extension).' }),
});

/** A state's production-order law and what it reaches (project extension; docs/authoring.md). */
const order = z.strictObject({
  id: entryId.meta({ description: 'Its id, cited in runs and in expect.cites. An id the built-in world has replaces that entry whole.' }),
  title: text.optional().meta({ description: 'A short name, shown beside the id wherever it is cited.' }),
  jurisdiction: entryId.meta({ description: 'The state whose authorities issue the order.' }),
  data: categories.meta({ description: 'The categories the order may compel.' }),
  reach: z.strictObject({
    providers: z.array(z.enum(ORDER_PROVIDER_REACH)).min(1).superRefine((list, ctx) => listedOnce(list, ctx, 'reach'))
      .meta({ description: 'Which providers it binds: established (home is the ordering state, or the state is in its establishments) and/or offers-services (the state is in its offersServicesIn, or that list holds *).' }),
    data: z.enum(ORDER_DATA_REACH).default('anywhere').meta({ description: 'anywhere (default): data in the provider\'s possession, custody or control wherever stored; in-territory: only data stored in the ordering state.' }),
  }).meta({ description: 'providers: established (home or an establishment there) and/or offers-services; data: anywhere (possession, custody or control) or in-territory.' }),
  sanction: text.optional().meta({ description: 'What a provider refusing the order faces.' }),
  review: z.strictObject({
    days: dayCount.meta({ description: 'Days the review takes.' }),
    source: text.optional().meta({ description: 'Where the review procedure comes from.' }),
  }).optional()
    .meta({ description: 'The provider may ask a court to review the order; the review takes `days`.' }),
  source: sourceText.meta({ description: 'The law and article it rests on, and where the fact comes from.' }),
  inForce: inForce.optional().meta({ description: 'The days it applies (project extension).' }),
  uncertain: text.optional().meta({ description: 'What is not certain about it (an unconfirmed date, an interpretation); shown wherever it is cited (project extension).' }),
});

const rule = z.strictObject({
  id: entryId.meta({ description: 'Its id, cited in runs and in expect.cites. An id the built-in world has replaces that entry whole.' }),
  kind: z.enum(RULE_KINDS).meta({ description: 'blocking: covered data may not go to a foreign authority except by an except channel; consent-required: covered data leave by another channel only after the jurisdiction is consulted and consents (a direct request cannot consult); recognition (project extension): said and cited, never closes a channel.' }),
  jurisdiction: entryId.meta({ description: 'The state whose law it is.' }),
  data: categories.meta({ description: 'The categories it covers.' }),
  connection: z
    .array(z.enum(CONNECTIONS))
    .min(1)
    .default(() => ['data-location' as const, 'provider-home' as const])
    .meta({ description: 'How its jurisdiction must be connected to the request for it to cover it (default data-location and provider-home).' }),
  except: z.array(z.enum(CHANNELS)).default(() => []).meta({ description: 'Channels that carry the approval the rule asks for: it does not close them (default none).' }),
  source: sourceText.meta({ description: 'The law and article, and where the fact comes from.' }),
  title: text.optional().meta({ description: 'A short name, shown beside the id wherever it is cited (project extension).' }),
  inForce: inForce.optional().meta({ description: 'The days it applies (project extension).' }),
  uncertain: text.optional().meta({ description: 'What is not certain about it (an unconfirmed date, an interpretation); shown wherever it is cited (project extension).' }),
  emergencyException: z.boolean().optional()
    .meta({ description: 'The rule does not cover emergency requests (project extension).' }),
});

/** Durations fall back to the contract's figures for the instrument's kind. */
export const DEFAULT_INSTRUMENT_DAYS: Record<InstrumentKind, { median: number; p90: number }> = {
  mlat: { median: 300, p90: 540 },
  agreement: { median: 30, p90: 60 },
  'direct-cooperation': { median: 20, p90: 45 },
};

const DEFAULT_DAYS_IN_WORDS = Object.entries(DEFAULT_INSTRUMENT_DAYS).map(([kind, d]) => `${kind} ${d.median}/${d.p90}`).join(', ');

function durations(kind: InstrumentKind) {
  const fallback = DEFAULT_INSTRUMENT_DAYS[kind];
  return z
    .strictObject({
      median: profileDays.default(fallback.median).meta({ description: 'Median simulated days; a deterministic run takes it.' }),
      p90: profileDays.default(fallback.p90).meta({ description: '90th percentile of simulated days; at least the median. Sampled runs draw from a log-normal through median and p90.' }),
      emergency: profileDays.optional().meta({ description: 'Days used in place of the median for an emergency request.' }),
      source: text.optional().meta({ description: 'Where the figures come from (project extension).' }),
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
    .meta({ description: `Simulated days: median and 90th percentile (defaults by kind: ${DEFAULT_DAYS_IN_WORDS}).` });
}

/** A date range whose end comes before its start is a typo: nothing would ever be in force. */
const datedInOrder = (range: { from?: string; to?: string }, ctx: z.RefinementCtx<{ from?: string; to?: string }>) => {
  if (range.from !== undefined && range.to !== undefined && range.to < range.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], input: range.to, message: `expected to on or after from, got to ${range.to} before from ${range.from}` });
  }
};

const partyTerms = z
  .strictObject({
    signed: isoDate.optional().meta({ description: 'The day it signed: shown, never routed on.' }),
    ratified: isoDate.optional().meta({ description: 'The day it ratified or acceded (deposit): shown; bound no earlier than this when from is unknown.' }),
    from: isoDate.optional().meta({ description: 'The first day the instrument binds this state (entry into force or application for it).' }),
    to: isoDate.optional().meta({ description: 'The last day it binds this state (e.g. after a denunciation takes effect).' }),
    source: text.optional().meta({ description: 'Where the dates come from.' }),
    uncertain: text.optional().meta({ description: 'What is not certain about the dates.' }),
  })
  .superRefine(datedInOrder);

/** A party added to an instrument by id (machines/world/join.ts). */
const partyJoin = z
  .strictObject({
    instrument: entryId.meta({ description: 'The id of the instrument joined: a built-in one (docs/world.md) or one of this file\'s.' }),
    party: entryId.meta({ description: 'The jurisdiction that joins it.' }),
    signed: isoDate.optional().meta({ description: 'The day it signed: shown, never routed on.' }),
    ratified: isoDate.optional().meta({ description: 'The day it ratified or acceded (deposit): shown; bound no earlier than this when from is unknown.' }),
    from: isoDate.optional().meta({ description: 'The first day the instrument binds this state; absent: bound for as long as the instrument is in force.' }),
    to: isoDate.optional().meta({ description: 'The last day it binds this state.' }),
    source: sourceText.meta({ description: 'Where the accession or the new partner is recorded: the depositary\'s record, a treaty series, a ministry\'s list.' }),
    uncertain: text.optional().meta({ description: 'What is not certain about the accession or its dates.' }),
  })
  .superRefine(datedInOrder);

const reservation = z
  .strictObject({
    party: entryId.meta({ description: 'The party that made the reservation.' }),
    data: categories.optional().meta({ description: 'Categories the party does not apply the instrument to (both ways, VCLT art. 21(1)).' }),
    notify: z.boolean().optional().meta({ description: 'Whether direct orders to providers based in the party are notified to it, in place of the instrument\'s notify.' }),
    text: text.meta({ description: 'What the reservation or declaration says, in your words.' }),
    source: sourceText.meta({ description: 'Where it comes from.' }),
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
    id: entryId.meta({ description: 'Its id, cited in runs and in expect.cites. An id the built-in world has replaces that entry whole.' }),
    kind: z.literal(kind).meta({ description: INSTRUMENT_KINDS[kind] }),
    parties: parties.meta({ description: 'Every state it binds or has bound (at least 2; an agreement exactly 2).' }),
    data: categories.meta({ description: 'The categories it carries.' }),
    days: durations(kind),
    excludes: z.array(z.enum(EXCLUSIONS)).default(() => []).meta({ description: 'For an agreement, subjects who may not be targeted: party-nationals (of the party whose provider receives the order), party-residents (located in that party) (default none).' }),
    notify: z
      .strictObject({
        data: categories.meta({ description: 'The categories whose orders are notified.' }),
        days: profileDays.meta({ description: 'Days the notified state has to raise a ground for refusal; a routine order is answered no earlier.' }),
        source: text.optional().meta({ description: 'Where the notification comes from.' }),
      })
      .optional()
      .meta({ description: 'Direct orders for these categories are notified to the provider\'s home state, which has `days` to raise a ground for refusal (project extension).' }),
    source: sourceText.meta({ description: 'The treaty and its articles, and where the fact comes from.' }),
    title: text.optional().meta({ description: 'A short name, shown beside the id wherever it is cited (project extension).' }),
    inForce: inForce.optional().meta({ description: 'The days it applies (project extension).' }),
    uncertain: text.optional().meta({ description: 'What is not certain about it (an unconfirmed date, an interpretation); shown wherever it is cited (project extension).' }),
    preservationPending: z
      .strictObject({ source: text.meta({ description: 'The article that says so.' }) })
      .optional()
      .meta({ description: 'A preservation in force while a request under this instrument is pending lasts until the request is decided (project extension).' }),
    directionalExcludes: z
      .array(z.strictObject({
        from: entryId.meta({ description: 'The requesting party this exclusion binds.' }),
        subjectNationality: z.array(entryId).optional().meta({ description: 'Nationalities its requests may not target.' }),
        subjectLocation: z.array(entryId).optional().meta({ description: 'States where subjects its requests may not target are located.' }),
        source: text.meta({ description: 'The articles that say so: required.' }),
      }))
      .optional()
      .meta({ description: 'One-way exclusions: a request from `from` may not target subjects of these nationalities or located in these states (project extension).' }),
    partyTerms: z.record(entryId, partyTerms).optional()
      .meta({ description: 'Each state\'s own dates, by jurisdiction id: a party is bound only from its `from` to its `to`; a state listed here but not in parties signed without being bound (project extension).' }),
    reservations: z.array(reservation).optional()
      .meta({ description: 'Reservations that change routing: categories a party does not apply the instrument to, or whether orders to its providers are notified (project extension).' }),
    offences: offenceCategories.optional()
      .meta({ description: 'The instrument serves only requests whose offenceCategory is one of these (project extension).' }),
    pairDays: z.array(z.strictObject({
      from: z.union([z.literal('*'), entryId]).meta({ description: 'The requesting party, or * for any party requesting from to; a figure for the very pair comes first.' }),
      to: entryId.meta({ description: 'The requested state (for an agreement or direct cooperation, the provider\'s home).' }),
      days: durations(kind),
    })).optional()
      .meta({ description: 'Published durations for requests from one party (or *: any party) to another (to: the requested state, or the provider\'s home for direct cooperation and agreements), in place of days (project extension).' }),
    legalForm: z.enum(LEGAL_FORMS).optional()
      .meta({ description: 'What kind of text it is, for display only: treaty, scheme (non-binding, e.g. Harare), eu-law, arrangement (project extension).' }),
  });
}

/** What each kind of instrument does (the contract's words), for the reference and editors. */
const INSTRUMENT_KINDS: Record<InstrumentKind, string> = {
  mlat: 'mlat: mutual legal assistance between its parties (bilateral or multilateral) for the listed categories.',
  agreement: 'agreement: a bilateral data-access agreement letting one party\'s authorities order the other party\'s providers directly.',
  'direct-cooperation': 'direct-cooperation: lets authorities of one party request the listed categories directly from providers whose home is another party.',
};

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
    jurisdictions: z.array(jurisdiction).default(() => []).meta({ description: 'States and territories, added to the starting world or replacing an entry with the same id (default none).' }),
    providers: z.array(provider).default(() => []).meta({ description: 'Service providers that hold data, added or replacing by id (default none).' }),
    rules: z.array(rule).default(() => []).meta({ description: 'Laws of one jurisdiction that close or condition channels, added or replacing by id (default none).' }),
    instruments: z.array(instrumentSchema).default(() => []).meta({ description: 'Treaties and agreements, added or replacing by id; where several of one kind could serve, the bilateral one, then the smallest median (default none).' }),
    orders: z.array(order).optional()
      .meta({ description: 'Production-order laws of requesting states and what they reach (project extension).' }),
    joins: z.array(partyJoin).optional()
      .meta({ description: 'States that join an instrument defined elsewhere (the built-in world\'s, or this file\'s), each bound from its own date, with the source that says so: an accession without a copy of the whole instrument (project extension).' }),
  })
  .default(() => ({ extends: 'builtin' as const, jurisdictions: [], providers: [], rules: [], instruments: [] }))
  .meta({ description: 'Who the states, providers, laws and treaties are (default: the built-in world as it is).' });

/**
 * The contract's defaults (data-location, one extension) are filled in by build.ts, after a named
 * regime's own settings, so that `name` sets a doctrine and any field given beside it overrides it.
 */
const regime = z
  .strictObject({
    requestedState: z.enum(REQUESTED_STATE_DOCTRINES).optional().meta({ description: 'The state an mlat or rogatory request goes to: data-location (default, the location principle) or provider-home.' }),
    maxExtensions: dayCount.optional().meta({ description: 'Preservation extensions allowed (default 1).' }),
    name: z.enum(NAMED_REGIMES.map((r) => r.name) as [string, ...string[]]).optional()
      .meta({ description: 'A named regime (docs/regimes in the README): location-principle, provider-control, e-evidence.' }),
    locationConsent: z.boolean().optional().meta({ description: 'true: each state where the data are located whose law covers the request must consent before the data leave by another channel than its own procedures or an instrument with the requesting state (default false; project extension).' }),
    preservationDays: dayCount.optional().meta({ description: 'Days a preservation keeps the data from its request (default 90; project extension).' }),
    extensionDays: dayCount.optional().meta({ description: 'Days one extension adds to a preservation (default 90; project extension).' }),
  })
  .default(() => ({}))
  .meta({ description: 'The doctrine the run follows, so that one request can be replayed under different views of sovereignty (default: the contract\'s, data-location with one extension).' });

const request = z.strictObject({
  from: entryId.meta({ description: 'The requesting state.' }),
  provider: entryId.meta({ description: 'The provider that holds the data.' }),
  data: z.enum(CATEGORIES).meta({ description: 'The category of data requested.' }),
  offence: text.optional().meta({ description: 'The offence investigated, free text for people to read.' }),
  offenceCategory: z.enum(OFFENCE_CATEGORIES).optional()
    .meta({ description: 'What the offence is, for instruments limited to some offences (project extension); offence stays free text.' }),
  urgency: z.enum(URGENCIES).default('routine').meta({ description: 'routine (default) or emergency: emergency takes instruments\' emergency days and a provider\'s emergency disclosure.' }),
  subject: z
    .strictObject({
      nationality: entryId.optional().meta({ description: 'The state whose national the subject is.' }),
      location: entryId.optional().meta({ description: 'The state where the subject is.' }),
    })
    .default(() => ({}))
    .meta({ description: 'The person whose data are sought: matters where an agreement excludes nationals or residents, or a rule connects by the subject.' }),
  retentionDays: dayCount.optional().meta({ description: 'The provider deletes the data after this day unless it is preserved; left out: never lost.' }),
  preservation: z
    .enum(['auto', 'manual'])
    .default('auto')
    .meta({ description: 'manual: only the script requests and extends preservation.' }),
  date: isoDate.optional().meta({ description: 'The date of the request, YYYY-MM-DD: laws and treaties not in force that day are left out (default: the as-of date of the built-in data; project extension).' }),
}).meta({ description: 'The one cross-border data request the scenario is about.' });

/** The fields each event needs besides `event` and `day`; keyed by type so a new event type cannot be forgotten. */
const EVENT_FIELDS = {
  SEND_DIRECT: {},
  CHOOSE_AGREEMENT: {},
  CHOOSE_MLAT: {},
  CHOOSE_ROGATORY: {},
  REQUEST_PRESERVATION: {},
  EXTEND_PRESERVATION: {},
  WITHDRAW: {},
  THIRD_COUNTRY_ANSWERS: {
    country: entryId.meta({ description: 'The consulted third country that answers.' }),
    answer: z.enum(GIVEN_ANSWERS).meta({ description: 'Its answer, in place of the one it would have given.' }),
  },
  REFUSE: { ground: z.string().meta({ description: 'The ground of refusal, in words.' }) },
  PROVIDER_REFUSES: { reason: z.string().meta({ description: 'Why the provider refuses, in words.' }) },
  PROVIDER_CHOOSES: { choice: z.enum(CONFLICT_CHOICES).meta({ description: 'comply, refuse, or review (only where the order has review, once).' }) },
  REVIEW_DECIDES: { outcome: z.enum(REVIEW_OUTCOMES).meta({ description: 'upheld: back to the conflict without review; lifted: the direct channel closes.' }) },
} satisfies Record<ScenarioEventType, z.ZodRawShape>;

/** What each event does, for the reference and editors (the contract's Events section). */
const EVENT_MEANINGS: Record<ScenarioEventType, string> = {
  SEND_DIRECT: 'SEND_DIRECT: a decision to request the data straight from the provider.',
  CHOOSE_AGREEMENT: 'CHOOSE_AGREEMENT: a decision to order the provider under a data-access agreement.',
  CHOOSE_MLAT: 'CHOOSE_MLAT: a decision to send a mutual legal assistance request.',
  CHOOSE_ROGATORY: 'CHOOSE_ROGATORY: a decision to send letters rogatory through diplomatic channels.',
  REQUEST_PRESERVATION: 'REQUEST_PRESERVATION: ask the provider to preserve the data (90 days from the request by default).',
  EXTEND_PRESERVATION: 'EXTEND_PRESERVATION: extend the preservation in force, up to regime.maxExtensions times.',
  WITHDRAW: 'WITHDRAW: end the run in withdrawn at once.',
  THIRD_COUNTRY_ANSWERS: 'THIRD_COUNTRY_ANSWERS: a consulted third country answers now (an inject).',
  REFUSE: 'REFUSE: the requested state refuses the agreement, mlat or rogatory request that has gone out (an inject).',
  PROVIDER_REFUSES: 'PROVIDER_REFUSES: the provider refuses the direct or agreement request that has gone out (an inject).',
  PROVIDER_CHOOSES: 'PROVIDER_CHOOSES: the provider\'s choice at a conflict of laws (project extension).',
  REVIEW_DECIDES: 'REVIEW_DECIDES: the court\'s ruling on the review of an order (project extension).',
};

const eventOptions = SCENARIO_EVENT_TYPES.map((type) =>
  z.strictObject({
    day: dayCount.optional().meta({ description: 'The simulated day it waits for (at once if that day has passed). Without it, SEND_DIRECT or CHOOSE_* waits until the request next waits for a decision; any other event happens at once.' }),
    event: z.literal(type).meta({ description: EVENT_MEANINGS[type] }),
    ...(EVENT_FIELDS[type] as z.ZodRawShape),
  }),
);
const scriptStep = z.discriminatedUnion(
  'event',
  eventOptions as unknown as [(typeof eventOptions)[number], ...(typeof eventOptions)[number][]],
);

const expectation = z.strictObject({
  outcome: z.enum(OUTCOMES).optional().meta({ description: 'How the run must end.' }),
  channel: z.enum(CHANNELS).nullable().optional().meta({ description: 'The channel that delivered, was refused, or was under way at the end; null where none.' }),
  attempts: z.array(z.enum(CHANNELS)).optional().meta({ description: 'The channels tried, in order: must match exactly.' }),
  cites: z.array(entryId).optional().meta({ description: 'Ids of rules, instruments or orders that must all appear in the run\'s cites; others may too.' }),
  days: z
    .strictObject({
      min: z.number().min(0).optional().meta({ description: 'The fewest simulated days to the outcome.' }),
      max: z.number().min(0).optional().meta({ description: 'The most simulated days to the outcome.' }),
    })
    .superRefine((days, ctx) => {
      if (days.min !== undefined && days.max !== undefined && days.max < days.min) {
        ctx.addIssue({ code: 'custom', path: ['max'], input: days.max, message: `expected max >= min, got max ${days.max} below min ${days.min}` });
      }
    })
    .optional()
    .meta({ description: 'Simulated days from the request to the outcome must lie within these bounds.' }),
  conflict: z.strictObject({ choice: z.enum(CONFLICT_CHOICES).meta({ description: 'The provider\'s last choice at the conflict.' }) }).optional()
    .meta({ description: 'The provider\'s choice at a conflict of laws (project extension).' }),
});

export const ScenarioFileSchema = z
  .strictObject({
    id: scenarioId.meta({ description: 'Unique id of the scenario, kebab-case; name the file after it.' }),
    title: text.meta({ description: 'The scenario\'s name, shown in the library and to trainees.' }),
    summary: z.string().meta({ description: 'The case in a few sentences, shown before the run.' }),
    objectives: z.array(z.string()).default(() => []).meta({ description: 'What trainees should be able to do afterwards, shown to them; free text (default none).' }),
    seed: z.int().optional().meta({ description: 'Random seed for sampled runs: the same seed always gives the same figures.' }),
    world: worldSchema,
    regime,
    request,
    script: z.array(scriptStep).default(() => []).meta({ description: 'What happens, taken in file order: decisions and a trainer\'s injects, each with an optional day (default none: the default policy decides).' }),
    expect: expectation.optional().meta({ description: 'What must come out: makes the file a test; every field given is checked by rogatory test.' }),
    debrief: z.string().optional().meta({ description: 'Notes for the debrief: what happened in the real case with its sources, how the run reads it, its limits (project extension).' }),
    translations: z
      .partialRecord(
        z.enum(['en', 'zh', 'ru', 'fr', 'ar']),
        z.strictObject({
          title: text.optional().meta({ description: 'The title in that language.' }),
          summary: text.optional().meta({ description: 'The summary in that language.' }),
          objectives: z.array(text).optional().meta({ description: 'The objectives in that language, in the same order.' }),
          debrief: text.optional().meta({ description: 'The debrief in that language.' }),
          phrases: z
            .record(z.string(), text)
            .optional()
            .meta({ description: 'Other texts the author wrote (a refusal\'s ground, a provider\'s reason, a fictional state\'s name), each keyed by its English original, in that language.' }),
        }),
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
