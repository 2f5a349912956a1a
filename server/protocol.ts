/**
 * Everything that crosses the wire between the server and its clients: REST bodies, socket.io
 * events, broadcasts. The client imports this module with `import type` only, so the zod schemas
 * (values) stay on the server while the types are shared by both ends.
 *
 * Sequence numbers: a session's `seq` is the number of inputs in its log. Every broadcast carries
 * it; an `input` broadcast carries the seq of the input it reports, so a client that last saw seq N
 * and receives N + 2 has missed one and emits `sync`. Other broadcasts (status, vote, presence)
 * carry the current seq without moving it.
 *
 * A client starts from a snapshot (the `join` answer, the `snapshot` event, a `sync` answer),
 * ignores inputs with seq <= snapshot.seq, applies seq + 1, and syncs on anything beyond.
 */
import { z } from 'zod';
import type { Input } from '../machines/run/replay.ts';
import type { Transition } from '../machines/run/result.ts';
import type { AuthorityAct } from '../machines/run/world-events.ts';
import type { Outcome, Scenario } from '../machines/scenario.ts';
import type { VariantReport } from '../scenarios/variant.ts';
import type { ScenarioError } from '../scenarios/errors.ts';
import type { Involved } from '../machines/world/involved.ts';
import type { RequestView } from '../machines/run/view.ts';
import type { ScenarioEvent } from '../machines/request/events.ts';
import { ROLES, type Role } from '../machines/request/roles.ts';
import { NAMED_REGIMES } from '../machines/world/regimes.ts';
import { CONFLICT_CHOICES, GIVEN_ANSWERS, REQUESTED_STATE_DOCTRINES, REVIEW_OUTCOMES, type ChannelName } from '../machines/world/types.ts';

export type { Input, RequestView, Role, ScenarioEvent };

// ---------------------------------------------------------------------------------------------
// Values validated at the edge

const text = (max: number) => z.string().trim().min(1).max(max);

export const ScenarioEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('SEND_DIRECT') }),
  z.strictObject({ type: z.literal('CHOOSE_AGREEMENT') }),
  z.strictObject({ type: z.literal('CHOOSE_MLAT') }),
  z.strictObject({ type: z.literal('CHOOSE_ROGATORY') }),
  z.strictObject({ type: z.literal('REQUEST_PRESERVATION') }),
  z.strictObject({ type: z.literal('EXTEND_PRESERVATION') }),
  z.strictObject({ type: z.literal('WITHDRAW') }),
  z.strictObject({ type: z.literal('THIRD_COUNTRY_ANSWERS'), country: text(64), answer: z.enum(GIVEN_ANSWERS) }),
  z.strictObject({ type: z.literal('REFUSE'), ground: text(200) }),
  z.strictObject({ type: z.literal('PROVIDER_REFUSES'), reason: text(200) }),
  z.strictObject({ type: z.literal('PROVIDER_CHOOSES'), choice: z.enum(CONFLICT_CHOICES) }),
  z.strictObject({ type: z.literal('REVIEW_DECIDES'), outcome: z.enum(REVIEW_OUTCOMES) }),
]);

// The schema must describe exactly the engine's events: this line stops compiling if they drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const eventsMatch: Same<z.infer<typeof ScenarioEventSchema>, ScenarioEvent> = true;
void eventsMatch;

/** Days per second of wall time while playing: from a day every ten seconds to ten years a second. */
export const SPEED = { min: 0.1, max: 3650 } as const;
/** A vote may run for at most a day of wall time; most last under a minute. */
export const VOTE_SECONDS = { min: 1, max: 86_400 } as const;
export const VOTE_OPTIONS = { min: 2, max: 10 } as const;
/**
 * What happens when options share the most ballots. `trainer`: the request waits for the trainer
 * to pick among them (breakTie); `first`: the one listed first is applied; `revote`: the class votes
 * again between them (a tie in that vote goes to the trainer). Every tie is announced as a tie.
 */
export const TIE_RULES = ['trainer', 'first', 'revote'] as const;
export type TieRule = (typeof TIE_RULES)[number];
/** A vote without a rule leaves a tie to the trainer, who is in the room: a class is never decided for silently. */
export const DEFAULT_TIE_RULE: TieRule = 'trainer';
/** A question shown above a vote's options, and a participant's reason for a ballot: one short line each. */
export const VOTE_PROMPT_MAX = 300;
export const EXPLANATION_MAX = 280;
const line = (max: number) => text(max).regex(/^[^\p{Cc}\p{Cf}]+$/u, 'one line of text, without control characters');

/** A part a participant plays when the trainer turns roles on (machines/request/roles.ts). */
export const RoleSchema = z.enum(ROLES);
/** The roles in play: each at most once; an empty list turns roles off. */
export const RolesSchema = z.array(RoleSchema).max(ROLES.length).refine((roles) => new Set(roles).size === roles.length, 'each role at most once');

/** Names are shown to the whole class: printable text only, no control characters. */
export const ParticipantNameSchema = text(40).regex(/^[^\p{Cc}\p{Cf}]+$/u, 'a name cannot contain control characters');

/** The trainer's commands, the same over REST (`POST /api/sessions/:id/commands`) and the socket. */
export const TrainerCommandSchema = z.discriminatedUnion('type', [
  /** Open the session to participants: from now on they may vote. */
  z.strictObject({ type: z.literal('start') }),
  /** Stop playing and block participants' votes until the next start or play. */
  z.strictObject({ type: z.literal('pause') }),
  /** One transition further (the default policy decides when a decision is awaited). */
  z.strictObject({ type: z.literal('step') }),
  /** Let simulated time run to a day. */
  z.strictObject({ type: z.literal('advance'), to: z.number().finite().min(0).max(1_000_000) }),
  /** Let time run on its own at `speed` simulated days per second, one `advance` input per tick. */
  z.strictObject({ type: z.literal('play'), speed: z.number().finite().min(SPEED.min).max(SPEED.max) }),
  /** A scenario event: a decision (CHOOSE_MLAT, ...) or an inject (REFUSE, ...). */
  z.strictObject({ type: z.literal('event'), event: ScenarioEventSchema }),
  /** Put a choice between events the request can take now to the participants. */
  z.strictObject({
    type: z.literal('openVote'),
    options: z.array(ScenarioEventSchema).min(VOTE_OPTIONS.min).max(VOTE_OPTIONS.max),
    seconds: z.number().int().min(VOTE_SECONDS.min).max(VOTE_SECONDS.max).optional(),
    /** The question, shown above the options on every screen. */
    prompt: line(VOTE_PROMPT_MAX).optional(),
    /** Default DEFAULT_TIE_RULE. */
    tie: z.enum(TIE_RULES).optional(),
    /** Participants and the presenter see how many answered, not the counts, until the trainer reveals them. */
    hideResults: z.boolean().optional(),
    /** Participants may add a short reason to their ballot; the reasons go into the debrief. */
    explain: z.boolean().optional(),
  }),
  /** Close the open vote and apply its winner as an input (a tie follows the vote's tie rule). */
  z.strictObject({ type: z.literal('closeVote') }),
  /** Show the last vote's counts to everyone (a vote opened with hideResults). */
  z.strictObject({ type: z.literal('reveal') }),
  /** The trainer's pick among the options tied in the last vote (tie rule `trainer`); it is applied as the vote's result. */
  z.strictObject({ type: z.literal('breakTie'), option: z.number().int().min(0).max(VOTE_OPTIONS.max - 1) }),
  /** A new session with the first `atSeq` inputs of this one. */
  z.strictObject({ type: z.literal('branch'), atSeq: z.number().int().min(0) }),
  /** A new session with none of this one's inputs (the log of this one is kept as it is). */
  z.strictObject({ type: z.literal('reset') }),
  /** Whether new participants wait for the trainer to admit them before they count and vote. */
  z.strictObject({ type: z.literal('admission'), approve: z.boolean() }),
  /**
   * Whether the script's world events (a refusal on day 120, a third country's answer) happen on
   * their day as time moves. Off: only the trainer's injects happen; turned on again, the events
   * whose day has passed stay skipped.
   */
  z.strictObject({ type: z.literal('worldEvents'), on: z.boolean() }),
  /** Let a waiting participant in. */
  z.strictObject({ type: z.literal('admit'), participant: z.string().min(1).max(64) }),
  /** Let everyone waiting in. */
  z.strictObject({ type: z.literal('admitAll') }),
  /** Give a participant another name (unique in the session, as at joining). */
  z.strictObject({ type: z.literal('rename'), participant: z.string().min(1).max(64), name: ParticipantNameSchema }),
  /** Send a participant away: their connections close, their pass stops working, their ballot in an open vote is struck. */
  z.strictObject({ type: z.literal('remove'), participant: z.string().min(1).max(64) }),
  /**
   * The roles in play (an empty list: roles off). With roles, a ballot counts only when cast by the
   * role that decides its option (REFUSE: the central authority, CHOOSE_MLAT: the prosecutor...).
   */
  z.strictObject({ type: z.literal('roles'), roles: RolesSchema }),
  /** Give a participant a role (null: none), whatever they chose themselves. */
  z.strictObject({ type: z.literal('assignRole'), participant: z.string().min(1).max(64), role: RoleSchema.nullable() }),
]);

export type TrainerCommand = z.infer<typeof TrainerCommandSchema>;

/** How long a command's idempotency key is kept: a retry later than this is a new command. */
export const IDEMPOTENCY_KEY_HOURS = 24;

/**
 * A client's name for one command, so that sending the command again (its answer was lost, the
 * connection dropped) applies it once and answers with what it did: the seq it left and the state
 * at that seq, for branch and reset the same new session and token (status, playing and vote are
 * the session's current ones, which the log does not keep). REST: the `Idempotency-Key`
 * header; socket: `idempotencyKey` in the command payload. A key is the sender's to choose (a UUID,
 * or 128 random bits in hex); it belongs to one session and one command, for IDEMPOTENCY_KEY_HOURS.
 */
export const IdempotencyKeySchema = z
  .string()
  .max(128)
  .regex(/^[\x21\x23-\x7e]+$/, 'an idempotency key is 1 to 128 visible ASCII characters, without spaces or double quotes');

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A command over the socket: the command itself, and optionally its key beside its fields. Both
 * halves stay strict (an unknown field is refused); a payload that is no object is refused once, by
 * the command half.
 */
export const CommandPayloadSchema = z.intersection(
  z.preprocess((value) => (isRecord(value) ? value : {}), z.strictObject({ idempotencyKey: IdempotencyKeySchema.optional() })),
  z.preprocess((value) => {
    if (!isRecord(value) || !('idempotencyKey' in value)) return value;
    const { idempotencyKey: _key, ...command } = value;
    return command;
  }, TrainerCommandSchema),
);
export type CommandPayload = TrainerCommand & { idempotencyKey?: string };
// The schema's output is exactly the shared type: this line stops compiling if they drift apart.
const payloadsMatch: Same<z.output<typeof CommandPayloadSchema>, CommandPayload> = true;
void payloadsMatch;

/** The command and its key apart, as the service takes them. */
export function splitKey(payload: CommandPayload): { command: TrainerCommand; key: string | undefined } {
  const { idempotencyKey: key, ...command } = payload;
  return { command: command as TrainerCommand, key };
}

/** A named regime (as `rogatory run --regime NAME`), or fields of the scenario's own regime overridden. */
const RegimeOverrideSchema = z.union([
  z.enum(['contract', ...NAMED_REGIMES.map((r) => r.name)] as [string, ...string[]]),
  z.strictObject({
    requestedState: z.enum(REQUESTED_STATE_DOCTRINES).optional(),
    maxExtensions: z.number().int().min(0).max(20).optional(),
  }),
]);

/** A scenario named by its id in the library, or given whole as YAML. */
const ScenarioSourceShape = {
  scenario: z.string().min(1).max(200).optional(),
  yaml: z.string().min(1).max(190_000).optional(),
  regime: RegimeOverrideSchema.optional(),
};
/**
 * The scenario asked on another day or under a what-if (docs/what-if.md): `overlay` is the overlay
 * file's YAML text, checked like a scenario (errors placed at file:line:column).
 */
export const OVERLAY_MAX_CHARS = 64_000;
const VariantShape = {
  date: z.iso.date({ error: 'date: expected a real calendar day written YYYY-MM-DD, e.g. "2021-06-01"' }).optional(),
  overlay: z.string().max(OVERLAY_MAX_CHARS, { error: `overlay: a what-if overlay is at most ${OVERLAY_MAX_CHARS.toLocaleString('en')} characters of YAML` }).optional(),
};

/** A session started on another day or under a what-if: what that changed, and the overlay's text to share it again. */
export type SessionVariant = VariantReport & { overlay?: string };

const oneSource = (body: { scenario?: string | undefined; yaml?: string | undefined }) =>
  (body.scenario === undefined) !== (body.yaml === undefined);
const ONE_SOURCE = { message: 'Give either "scenario" (the id of a library scenario) or "yaml" (a whole scenario file), not both.' };

export const CreateSessionBodySchema = z
  .strictObject({
    ...ScenarioSourceShape,
    /** Newcomers wait for the trainer to admit them (the trainer can change this at any time). */
    approveJoins: z.boolean().optional(),
    /** Roles in play from the start (the trainer can change them at any time with the `roles` command). */
    roles: RolesSchema.optional(),
    /** The script's world events happen on their day (default true; the trainer can change this at any time). */
    worldEvents: z.boolean().optional(),
    ...VariantShape,
  })
  .refine(oneSource, ONE_SOURCE);
export type CreateSessionBody = z.infer<typeof CreateSessionBodySchema>;

/**
 * Runs per sample. Samples run in the engine's worker threads, never on the event loop, and are
 * also bounded by their cost (limiter.ts, CostLimits): over a world with many consulted third
 * countries, far fewer runs than this are allowed.
 */
export const SAMPLE_MAX = 2_000;
export const RunBodySchema = z
  .strictObject({
    ...ScenarioSourceShape,
    sample: z.number().int().min(1).max(SAMPLE_MAX).optional(),
    seed: z.number().int().min(0).max(2 ** 32 - 1).optional(),
    ...VariantShape,
  })
  .refine(oneSource, ONE_SOURCE);
export type RunBody = z.infer<typeof RunBodySchema>;

/**
 * extension (issue 14): every outcome a scenario can reach (machines/run/explore.ts). `maxPaths`
 * stops the search sooner; the server may stop it sooner still, within the request's cost budget.
 */
export const EXPLORE_MAX_PATHS = 2_000;
export const ExplorationBodySchema = z
  .strictObject({
    ...ScenarioSourceShape,
    maxPaths: z.number().int().min(1).max(EXPLORE_MAX_PATHS).optional(),
    ...VariantShape,
  })
  .refine(oneSource, ONE_SOURCE);
export type ExplorationBody = z.infer<typeof ExplorationBodySchema>;

export const ValidateBodySchema = z.strictObject({
  yaml: z.string().max(190_000), file: z.string().min(1).max(200).optional(),
  /** extension (issue 16): answer the checked scenario whole too, as GET /api/scenarios/:id gives one (the compare page studies a pasted file with it). */
  full: z.boolean().optional(),
});

/** POST /api/scenarios/validate's answer: every located error, or the scenario's summary (and, if asked, the scenario whole). */
export interface ScenarioCheck {
  valid: boolean;
  scenario: ScenarioSummary | null;
  errors: ScenarioError[];
  full?: Scenario;
}

export const BranchBodySchema = z.strictObject({ atSeq: z.number().int().min(0) });

/**
 * A join code as typed: spaces, dashes and case are dropped, since people type what they see on the
 * screen or hear read out ("abc def", "ABC-DEF"). client/model/join-code.ts reads it the same way.
 */
export const JoinCodeSchema = z.string().max(40)
  .transform((typed) => typed.replace(/[\s\-\u2010-\u2015_.·]+/gu, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{4,12}$/, 'a join code is 4 to 12 letters and digits'));

export const JoinPayloadSchema = z.strictObject({
  code: JoinCodeSchema,
  name: ParticipantNameSchema,
  /**
   * The pass this browser held in this session before (it left, or reloaded with the form): the
   * join then takes up that participant again instead of adding a second one.
   */
  pass: z.string().min(1).max(200).optional(),
});
export type JoinPayload = z.infer<typeof JoinPayloadSchema>;

/** A participant's choice of role, among those the trainer put in play. */
export const RoleChoiceSchema = z.strictObject({ role: RoleSchema });
export type RoleChoice = z.infer<typeof RoleChoiceSchema>;

export const BallotSchema = z.strictObject({
  voteId: z.string().min(1).max(64),
  option: z.number().int().min(0).max(VOTE_OPTIONS.max - 1),
  /** Only in a vote opened with `explain`. */
  explanation: line(EXPLANATION_MAX).optional(),
});
export type Ballot = z.infer<typeof BallotSchema>;

/**
 * The screens a trainer hands out as links (each its own token, stored hashed, revocable):
 * `presenter` watches the session on the room's screen and can never command; `trainer` opens the
 * console on another device (a co-trainer) with every command but the links themselves.
 */
export const LINK_ROLES = ['presenter', 'trainer'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];
const linkId = z.string().min(1).max(64);

/** POST /api/sessions/:id/links: a new link (the owner's token only). */
export const CreateLinkBodySchema = z.strictObject({
  role: z.enum(LINK_ROLES),
  /** Whose device it is, for the list the trainer revokes from ("Ana's laptop"). */
  label: text(60).regex(/^[^\p{Cc}\p{Cf}]+$/u, 'a label cannot contain control characters').optional(),
});
export type CreateLinkBody = z.infer<typeof CreateLinkBodySchema>;

/** The socket's `links` event: the same three acts as the REST routes. */
export const LinksPayloadSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('list') }),
  z.strictObject({ action: z.literal('create'), ...CreateLinkBodySchema.shape }),
  z.strictObject({ action: z.literal('revoke'), link: linkId }),
]);
export type LinksPayload = z.infer<typeof LinksPayloadSchema>;

/** What GET /api/sessions/:id/links lists: never a token (only its hash is kept). */
export interface LinkView {
  id: string;
  role: LinkRole;
  label: string | null;
  createdAt: string;
  /** ISO wall time; a revoked link opens nothing and its connections were closed. */
  revokedAt: string | null;
}

/** A link just made: its token is shown this once. */
export interface CreatedLink extends LinkView {
  token: string;
}

/** What a socket presents in its handshake (`io(url, { auth })`). */
export const HandshakeAuthSchema = z.union([
  // `as: 'observer'`: the trainer's own presenter screen, which watches but never commands and is
  // not counted among the trainers present. A co-trainer's token goes in `trainerToken` too.
  z.strictObject({ sessionId: z.string().min(1).max(64), trainerToken: z.string().min(1).max(128), as: z.literal('observer').optional() }),
  // A presenter link's token: the screen watches (role `observer`) and can do nothing else.
  z.strictObject({ sessionId: z.string().min(1).max(64), presenterToken: z.string().min(1).max(128) }),
  z.strictObject({ participantToken: z.string().min(1).max(128) }),
  z.strictObject({}),
]);
export type HandshakeAuth = z.infer<typeof HandshakeAuthSchema>;

// ---------------------------------------------------------------------------------------------
// What the server sends

/** `ready`: created, participants watch; `running`: participants may vote; `paused`: they may not. */
export type SessionStatus = 'ready' | 'running' | 'paused';
/** Who put an input in the log: `world` is one of the script's world events, on its day. */
export type Actor = 'trainer' | 'vote' | 'play' | 'world';

export interface InputRecord {
  /** 1-based position in the log. */
  seq: number;
  input: Input;
  actor: Actor;
  /** The vote whose result this input is, when actor is `vote`. */
  voteId: string | null;
  /** ISO 8601 wall time. */
  recordedAt: string;
}

/** What GET /api/sessions/:id answers. */
export interface SessionDescription {
  id: string;
  /** The frozen scenario; before the request ends, anyone but the trainer gets it without its script, `expect` and debrief notes. */
  scenario: Scenario;
  /** The parts of the scenario left out of this answer (the script shows as empty). */
  withheld: ('script' | 'expect' | 'debrief')[];
  seq: number;
  status: Snapshot['status'];
  playing: Snapshot['playing'];
  state: RequestView;
  outcome: RequestView['outcome'];
  vote: VoteView | null;
  parent: Snapshot['parent'];
  createdAt: string;
  /** The date and what-if the session was started with (absent: the scenario as written). */
  variant?: SessionVariant;
  /** Asked with a token: what it opens (the owner's console, a co-trainer's, or the projector). */
  access?: 'owner' | 'cotrainer' | 'presenter';
}

export interface ScenarioSummary {
  id: string;
  title: string;
  summary: string;
  objectives: string[];
  translations?: Scenario['translations'];
  /** The jurisdictions the request touches and the parts they play, for the library's cards. */
  jurisdictions: Involved[];
  /** extension (library filters): only in the library's list (GET /api/scenarios). */
  library?: LibraryFacts;
}

/** extension (scenario folders): a file of a scenario folder that could not join the library. */
export interface InvalidScenarioFile {
  /** Relative to its folder; a file of an added folder (SCENARIOS_DIR) starts with that folder's name. */
  file: string;
  /** Located as `rogatory validate` locates them (1-based line and column, the field's path). */
  errors: { line: number; column: number; path: string; message: string }[];
}

/** GET /api/scenarios: the library, and the files of its folders that could not join it. */
export interface ScenarioLibrary {
  scenarios: ScenarioSummary[];
  invalid: InvalidScenarioFile[];
}

/**
 * What the library filters and sorts by, computed once when the catalog is read: whether the case is
 * a real one (a file under `real/`), the request's date, and where its deterministic run ends.
 */
export interface LibraryFacts {
  origin: 'real' | 'fictional';
  /** The request's own date (request.date), when the scenario gives one. */
  date: string | null;
  /** The deterministic run (`rogatory run FILE`): null when its script cannot be played. */
  run: { outcome: Outcome; channel: ChannelName | null; days: number } | null;
}

/** `pending`: joined a session that asks the trainer to admit newcomers, and not admitted yet (sees, cannot vote). */
export type ParticipantStatus = 'admitted' | 'pending';

export interface Participant {
  id: string;
  name: string;
  status: ParticipantStatus;
  /** Only while the session has roles: the part they play (null: not chosen yet). */
  role?: Role | null;
}

export interface VoteResult {
  /** Index of the winning option; null when nobody voted. */
  winner: number | null;
  event: ScenarioEvent | null;
  /** Whether the winner went into the log (it may no longer fit the state when the vote closes). */
  applied: boolean;
  /** The seq of the input it became, when applied. */
  seq: number | null;
  message: string;
  /** The options that shared the most ballots, when there was a tie (absent on votes recorded before tie rules). */
  tied?: number[];
  /** How a tie was settled when its winner was taken: by the order of the options (rule `first`), or the trainer's pick. */
  tieBrokenBy?: 'order' | 'trainer';
  /** Set while a tie waits for the trainer's pick (breakTie); the request waits with it. */
  awaiting?: 'trainer';
  /** The vote opened again between the tied options (tie rule `revote`). */
  revote?: string;
}

/** Who has voted, for the trainer (and the trainer's presenter screen): participant ids, their choice and reason. */
export interface VoterView {
  participant: string;
  option: number;
  explanation: string | null;
}

export interface VoteView {
  id: string;
  options: ScenarioEvent[];
  /** Ballots per option, in the order of options; null for participants while the trainer keeps the results hidden. */
  counts: number[] | null;
  ballots: number;
  openedAtSeq: number;
  /** ISO wall time of the automatic close, while the countdown runs (the session running). */
  closesAt: string | null;
  /** A timed vote whose countdown is held (the session paused, or not started yet): the seconds it has left. */
  secondsLeft: number | null;
  open: boolean;
  result: VoteResult | null;
  /**
   * Only for a vote held with roles: per option, the role whose ballots decide it (null: the whole
   * class, because nobody plays that role). `counts` holds those ballots only; `uncounted` the others.
   */
  deciders?: (Role | null)[];
  uncounted?: number[];
  prompt: string | null;
  tie: TieRule;
  /** Opened with hidden results; `revealed` once the trainer showed them. */
  hideResults: boolean;
  revealed: boolean;
  /** Whether ballots may carry a reason. */
  explain: boolean;
  /** Who voted; null in what participants receive. */
  voters: VoterView[] | null;
  /** In a participant's own snapshot and ballot answer: the option they chose, if any. */
  mine?: number | null;
}

export interface Playing {
  speed: number;
}

/** Everything a screen needs to draw a session from nothing. */
export interface Snapshot {
  sessionId: string;
  seq: number;
  scenario: ScenarioSummary;
  status: SessionStatus;
  playing: Playing | null;
  state: RequestView;
  /** The open vote, or the last one closed. */
  vote: VoteView | null;
  parent: { id: string; atSeq: number } | null;
  role: 'trainer' | 'participant' | 'observer';
  you: Participant | null;
  /** Only the trainer (and the trainer's presenter screen) sees it, to show it to the class. */
  joinCode: string | null;
  /** The roles in play, or null when roles are off. */
  roles: Role[] | null;
  /** Whether the script's world events happen on their day (the events themselves stay the trainer's to see). */
  worldEvents: boolean;
  /** The date and what-if the session was started with (absent: the scenario as written). */
  variant?: SessionVariant;
}

interface Broadcast {
  sessionId: string;
  seq: number;
}

/** One input went into the log; `state` is the state after it. */
export interface InputBroadcast extends Broadcast {
  record: InputRecord;
  state: RequestView;
  /** The transitions this input produced (also at the end of state.transitions). */
  transitions: RequestView['transitions'];
}

/** Why the server stopped play on its own: a decision is awaited, the request ended, or a step failed. */
export type PlayStop = 'decision' | 'ended' | 'error';

export interface StatusBroadcast extends Broadcast {
  status: SessionStatus;
  playing: Playing | null;
  /** Why it changed when the server changed it on its own (play stops when a decision is awaited). */
  reason: string | null;
  /** Why play stopped, as a kind a page can say in its language (`reason` is the English sentence). */
  stopped?: PlayStop | null;
  /** Whether the script's world events happen on their day. */
  worldEvents: boolean;
}

export interface VoteBroadcast extends Broadcast {
  vote: VoteView;
}

export interface PresenceEntry extends Participant {
  connected: boolean;
}

/**
 * Who is in the class, for the trainer. A trainer's connection first gets the whole list (`full`);
 * after that only what changed, at most about once a second, so a crowd reconnecting costs the
 * trainer a few small messages rather than the whole list each time.
 */
export interface PresenceBroadcast extends Broadcast {
  full: boolean;
  /** Everyone listed (full), or the entries that changed since the last broadcast. */
  participants: PresenceEntry[];
  /** Ids that left the list: removed by the trainer, or away longer than the server keeps them listed. */
  left: string[];
  counts: { listed: number; online: number; pending: number };
  trainers: number;
  /** Whether newcomers wait for the trainer to admit them. */
  approveJoins: boolean;
}

/** Sent to a participant's connections just before the server closes them for good. */
export interface DismissedNotice {
  sessionId: string;
  message: string;
}

/** The trainer turned roles on or off, or changed which are in play. */
export interface RolesBroadcast extends Broadcast {
  roles: Role[] | null;
}

/** The trainer branched or reset: the class may follow to the new session. */
export interface MovedBroadcast extends Broadcast {
  to: { id: string; joinCode: string; atSeq: number };
  reason: 'branch' | 'reset';
}

export type ErrorCode =
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'unprocessable'
  | 'rate-limited'
  /** The work asked for costs more than one request may (figures and what to reduce in the problem). */
  | 'too-costly'
  /** Every engine thread is busy and its queue full: try again after Retry-After. */
  | 'busy'
  | 'internal'
  /** The server cannot record anything (its database is gone): nothing was applied; send it again once the server is back. */
  | 'unavailable'
  /**
   * Several server processes: the session is served by another one, named in `process`. The client
   * connects again asking the proxy for that process (`?process=` on the socket's URL) and sends it again.
   */
  | 'elsewhere';

export interface WireError {
  code: ErrorCode;
  message: string;
  /** Field by field, for `invalid`. */
  issues?: { path: string; message: string }[];
  /** For `elsewhere`: the name of the server process that serves the session. */
  process?: string;
}

export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: WireError };

/** A created session (by POST /api/sessions, branch or reset): the token is shown once. */
export interface CreatedSession {
  id: string;
  joinCode: string;
  trainerToken: string;
  seq: number;
  /**
   * POST /api/sessions only: the console's address with the token in it, at PUBLIC_URL when the
   * operator set one, else at the address the caller used (behind a trusted proxy, the proxy's). A session created by a script opens as its trainer from this link; the page keeps the token
   * and drops it from the address bar.
   */
  trainerUrl?: string;
}

/** What a command answers: the session after it, and the new session for branch and reset. */
export interface CommandResult {
  seq: number;
  state: RequestView;
  status: SessionStatus;
  playing: Playing | null;
  vote: VoteView | null;
  created?: CreatedSession;
}

export interface ClientToServerEvents {
  /** A participant joins with the code the trainer shows; keep `participant.token` in `auth` to stay the same person. */
  join: (payload: JoinPayload, ack: (answer: Ack<{ participant: Participant & { token: string }; snapshot: Snapshot }>) => void) => void;
  /**
   * Trainer only. With `idempotencyKey`, sending the same command again (after a reconnect) applies
   * it once and answers with what it did (see IdempotencyKeySchema); the same key with another command is refused (`unprocessable`).
   */
  command: (command: CommandPayload, ack: (answer: Ack<{ result: CommandResult }>) => void) => void;
  /** Participant only, while the session has roles: the part they play (once; after that the trainer changes it). */
  role: (choice: RoleChoice, ack: (answer: Ack<{ participant: Participant }>) => void) => void;
  /** Participant only, while a vote is open and the session is running. */
  vote: (ballot: Ballot, ack: (answer: Ack<{ vote: VoteView }>) => void) => void;
  /**
   * Participant only: leave the session on purpose. The trainer's list drops them; joining again
   * (with `pass`, or under the same name) is the same participant.
   */
  leave: (ack: (answer: Ack<object>) => void) => void;
  /** The session's owner only (the token it was created with): list, make or revoke presenter and co-trainer links. */
  links: (payload: LinksPayload, ack: (answer: Ack<{ links: LinkView[]; created?: CreatedLink }>) => void) => void;
  /** After a gap in seq: the answer carries the whole current state. */
  sync: (ack: (answer: Ack<{ snapshot: Snapshot }>) => void) => void;
}

export interface ServerToClientEvents {
  /** Sent on a connection that presented a token in `auth` (trainer or returning participant). */
  snapshot: (snapshot: Snapshot) => void;
  input: (broadcast: InputBroadcast) => void;
  status: (broadcast: StatusBroadcast) => void;
  vote: (broadcast: VoteBroadcast) => void;
  /** To the trainer only. */
  presence: (broadcast: PresenceBroadcast) => void;
  moved: (broadcast: MovedBroadcast) => void;
  roles: (broadcast: RolesBroadcast) => void;
  /** To one participant the trainer removed, or to the screens of a link the trainer revoked; the connection closes after it. */
  dismissed: (notice: DismissedNotice) => void;
}

/** GET /api/server: where participants can reach this server, for the join link and its QR code. */
export interface ServerAddresses {
  /** PUBLIC_URL, when the operator set one: the join link uses it. */
  publicUrl: string | null;
  /** Every address the server listens on that another machine can open (not loopback). */
  urls: string[];
}

// ---------------------------------------------------------------------------------------------
// The debrief (server/sessions/debrief.ts derives it from a session's log; the debrief page and the
// console's authorities view read it): here, so that the client imports types from one module only.

export interface Source {
  id: string;
  title: string | null;
  source: string;
  uncertain: string | null;
}

/** A transition of the run, its cited ids resolved to their sources. */
export interface DebriefTransition extends Omit<Transition, 'cites'> {
  sources: Source[];
  /** The input that produced it (0: the session's start), its kind, and who put it in the log. */
  input: number;
  kind: Input['kind'] | null;
  by: Actor | null;
}

export interface DebriefDecision {
  input: number;
  day: number;
  event: ScenarioEvent | { type: 'CONCLUDE' };
  kind: 'decision' | 'inject';
  /** `world`: one of the script's world events, on its day. */
  by: 'trainer' | 'vote' | 'default policy' | 'world';
  vote: DebriefVoteSummary | null;
}

/** The vote behind a decision: its question, tally, and the reasons participants gave. */
export interface DebriefVoteSummary {
  id: string;
  counts: number[];
  ballots: number;
  prompt?: string | null;
  /** How the vote's tie, if any, was settled (its result's message says it in words). */
  tied?: number[];
  explanations?: DebriefExplanation[];
}

export interface DebriefExplanation {
  /** The participant's name; null for someone the trainer has since removed. */
  name: string | null;
  option: number;
  event: ScenarioEvent;
  text: string;
}

export interface DebriefVote {
  id: string;
  openedAtSeq: number;
  openedAt: string;
  closedAt: string | null;
  /** `votes`: the ballots that count; with roles, `decider` (null: the whole class) and `uncounted` too. */
  options: { event: ScenarioEvent; votes: number; decider?: Role | null; uncounted?: number }[];
  ballots: number;
  result: VoteResult | null;
  prompt?: string | null;
  explanations?: DebriefExplanation[];
}

export interface Debrief {
  session: { id: string; createdAt: string; parent: { id: string; atSeq: number } | null; seq: number };
  scenario: { id: string; title: string; summary: string; objectives: string[]; notes: string | null; translations?: Scenario['translations'] };
  /** The states of the scenario's world by id, as it names them: injects name a country, never its code. */
  states?: Record<string, string>;
  /** Where the request stands: its outcome when it has ended. */
  status: { day: number; state: string; done: boolean; outcome: string | null; channel: string | null; attempts: string[] };
  timeline: DebriefTransition[];
  decisions: DebriefDecision[];
  /**
   * What the real authorities did, as the scenario's script tells it (its steps that are not the
   * world's events), to set beside the class's decisions. An answer key like the notes: withheld
   * (empty) for all but the trainer until the request has ended.
   */
  authorities: AuthorityAct[];
  votes: DebriefVote[];
}
