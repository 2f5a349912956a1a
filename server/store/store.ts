import type { Scenario } from '../../machines/scenario.ts';
import type { InputRecord, SessionVariant, LinkRole, ParticipantStatus, SessionStatus, TieRule, VoteResult } from '../protocol.ts';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import type { Role } from '../../machines/request/roles.ts';

export interface SessionRow {
  id: string;
  /** The frozen copy the session runs: later edits of the library do not change it. */
  scenario: Scenario;
  joinCode: string;
  /** sha-256 (hex) of the trainer token; the token itself is never stored. */
  trainerTokenHash: string;
  status: SessionStatus;
  parent: { id: string; atSeq: number } | null;
  createdAt: string;
  /** `approve`: newcomers wait for the trainer to admit them. */
  admission: Admission;
  /** The roles in play (votes count by role); absent or null: roles are off, everyone's ballot counts. */
  roles?: Role[] | null;
  /**
   * Whether the script's world events (world-events.ts) happen on their day as time moves; the
   * trainer's to turn off or on at any time. Changing it changes what is recorded from then on,
   * never how the log replays.
   */
  worldEvents: boolean;
  /**
   * The date and what-if the session was started with: `scenario` is already the scenario asked under
   * them; this says what they changed, for the screens. Absent or null: the scenario as written.
   */
  variant?: SessionVariant | null;
}

export type Admission = 'open' | 'approve';

/**
 * A branch takes over its parent's join code (session.joinCode is the parent's), and the parent gets
 * `parentCode` in its place, in the same transaction: the code the class knows leads to the session
 * the class is in.
 */
export interface JoinCodeHandOver {
  parentCode: string;
}

/** A presenter or co-trainer link of a session: its token is kept only as a hash, like the trainer's. */
export interface LinkRow {
  sessionId: string;
  id: string;
  role: LinkRole;
  tokenHash: string;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
}

export interface ParticipantRow {
  id: string;
  sessionId: string;
  name: string;
  /** The name as compared for uniqueness within a session (participantNameKey). */
  nameKey: string;
  /**
   * `removed`: sent away by the trainer; the row stays for the debrief's ballots, the pass no longer works.
   * `left`: left by themselves (the Leave button); out of the trainer's list, the name kept for them,
   * so that joining again (with this browser's pass, or under the same name) is the same participant.
   */
  status: ParticipantStatus | 'removed' | 'left';
  tokenHash: string;
  joinedAt: string;
  /** The part this participant plays when the session has roles; null or absent: none chosen yet. */
  role?: Role | null;
}

export interface VoteRow {
  id: string;
  sessionId: string;
  options: ScenarioEvent[];
  openedAtSeq: number;
  openedAt: string;
  closesAt: string | null;
  closedAt: string | null;
  result: VoteResult | null;
  /** Ballots by participant id: the index of the option each chose. */
  ballots: Map<string, number>;
  /** The session's roles when the vote opened (null or absent: no roles, every ballot counts). */
  roles?: Role[] | null;
  /** With roles: the role each voter held, by participant id (what decides whether the ballot counts). */
  ballotRoles?: Map<string, Role | null>;
  /** What the trainer set when opening it (votes recorded before these existed read as the defaults of then). */
  settings: VoteSettings;
  /** A timed vote's countdown while held (session paused or not started): ms left; null while it runs (closesAt set) or untimed. */
  leftMs: number | null;
  revealedAt: string | null;
  /** The reasons participants gave with their ballots, by participant id. */
  explanations: Map<string, string>;
}

/** A vote's ballots, as VoteRow holds them. */
export type VoteBallots = Pick<VoteRow, 'ballots' | 'explanations' | 'ballotRoles'>;

/** What a ballot carries beside its option. */
export interface BallotExtras {
  explanation?: string | null;
  role?: Role | null;
}

export interface VoteSettings {
  prompt: string | null;
  tie: TieRule;
  hideResults: boolean;
  explain: boolean;
  /** The length it was opened with, so that a revote runs as long. */
  seconds: number | null;
}

/**
 * What a trainer's command sent with an idempotency key did, kept so that the same command sent
 * again is answered without being applied again. It is written in the same transaction as the
 * command's effect (its input, status, vote or created session): a command applied always has its
 * key, even when the process dies right after the commit.
 */
export interface CommandKeyRow {
  sessionId: string;
  key: string;
  /** sha-256 (hex) of the command as validated: the same key sent with another command is refused. */
  fingerprint: string;
  /** The session's seq once the command was applied. */
  seq: number;
  /** For branch and reset: the session created, its trainer token sealed with the caller's own (sessions/keys.ts). */
  created: { id: string; joinCode: string; seq: number; sealedToken: string } | null;
  /** ISO 8601 wall time; keys expire IDEMPOTENCY_KEY_HOURS after it. */
  recordedAt: string;
}

/**
 * Where sessions live. Everything is asynchronous so that a PostgreSQL store (for several server
 * processes) can implement it; SQLite, the one implemented, answers at once. Every write resolves
 * only once it is durable: the service acknowledges nothing before that.
 */
export interface Store {
  /**
   * A new session and, for a branch, the inputs it starts with, in one transaction.
   *
   * Every write a trainer's command can make takes an optional `key`: the command's idempotency
   * key, written in the same transaction (replacing an expired key of the same name).
   */
  createSession(session: SessionRow, inputs: readonly InputRecord[], key?: CommandKeyRow, handOver?: JoinCodeHandOver): Promise<void>;
  getSession(id: string): Promise<SessionRow | undefined>;
  sessionByJoinCode(code: string): Promise<SessionRow | undefined>;
  /** The session most recently branched (or reset) from this one: where its class went. */
  newestBranch(id: string): Promise<SessionRow | undefined>;
  setStatus(id: string, status: SessionStatus, key?: CommandKeyRow): Promise<void>;
  setAdmission(id: string, admission: Admission): Promise<void>;
  /** The roles in play, or null to turn roles off. */
  setRoles(id: string, roles: Role[] | null): Promise<void>;
  setWorldEvents(id: string, on: boolean): Promise<void>;

  /** Appends one input; refuses (throws) unless its seq is exactly one past the last. */
  appendInput(sessionId: string, record: InputRecord, key?: CommandKeyRow): Promise<void>;
  inputs(sessionId: string): Promise<InputRecord[]>;

  /** Refuses (throws NameTaken) a name key already used by a participant of the session who was not removed. */
  addParticipant(participant: ParticipantRow): Promise<void>;
  /** A new name (same refusal as addParticipant), status (with a new pass for someone who left and came back without theirs) or role. */
  updateParticipant(id: string, change: { name: string; nameKey: string } | { status: ParticipantRow['status']; tokenHash?: string } | { role: Role | null }): Promise<void>;
  participantByTokenHash(hash: string): Promise<ParticipantRow | undefined>;
  /** Every participant of the session who was not removed (with `removed`, everyone), in the order they joined. */
  participants(sessionId: string, options?: { removed?: boolean }): Promise<ParticipantRow[]>;

  addLink(link: LinkRow): Promise<void>;
  /** Every link of a session, revoked ones too, oldest first. */
  links(sessionId: string): Promise<LinkRow[]>;
  /** Marks a link revoked; false when the session has no such link not revoked already. */
  revokeLink(sessionId: string, id: string, at: string): Promise<boolean>;

  openVote(vote: VoteRow, key?: CommandKeyRow): Promise<void>;
  /** The last ballot counts; its explanation replaces the one before (null clears it); `role`: the voter's role when the vote has roles (it decides whether the ballot counts). */
  castBallot(voteId: string, participantId: string, option: number, at: string, ballot?: BallotExtras): Promise<void>;
  /** A timed vote's countdown held (closesAt null, leftMs set) or running again (closesAt set, leftMs null). */
  setVoteClock(voteId: string, closesAt: string | null, leftMs: number | null): Promise<void>;
  revealVote(voteId: string, at: string): Promise<void>;
  /** Strikes a removed participant's ballot. */
  removeBallot(voteId: string, participantId: string): Promise<void>;
  /** Closes a vote and appends the input its winner became (if any) in one transaction. */
  closeVote(sessionId: string, voteId: string, closedAt: string, result: VoteResult, input: InputRecord | null, key?: CommandKeyRow): Promise<void>;
  /**
   * Every vote of a session, oldest first, with its ballots; with `ballotsOf: 'last'`, the ballots
   * of the last vote only (the one that can still change), the others' maps left empty for
   * `ballots` to fill when every vote is wanted (LiveSession.everyVote).
   */
  votes(sessionId: string, ballotsOf?: 'all' | 'last'): Promise<VoteRow[]>;
  /** The ballots of every vote of a session, by vote id, each vote's in the order cast (a vote nobody answered is absent). */
  ballots(sessionId: string): Promise<Map<string, VoteBallots>>;

  /** The key of a command that wrote nothing else (a start on a session already running). */
  putCommandKey(key: CommandKeyRow): Promise<void>;
  /** A command's key, unless it was recorded before `notBefore` (ISO 8601): an expired key is no key. */
  commandKey(sessionId: string, key: string, notBefore: string): Promise<CommandKeyRow | undefined>;
  /** Deletes the keys recorded before `before` (ISO 8601); how many went. */
  forgetCommandKeys(before: string): Promise<number>;

  close(): Promise<void>;
}

/** A name another participant of the session already has (names are how a class knows who voted). */
export class NameTaken extends Error {}

/**
 * Two names the class would take for the same person compare equal: case, width, accents written as
 * one character or two, and runs of spaces do not make a new name.
 */
export function participantNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
