import type { Scenario } from '../../machines/scenario.ts';
import type { InputRecord, LinkRole, ParticipantStatus, SessionStatus, VoteResult } from '../protocol.ts';
import type { ScenarioEvent } from '../../machines/request/events.ts';

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
}

export type Admission = 'open' | 'approve';

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
  /** `removed`: sent away by the trainer; the row stays for the debrief's ballots, the pass no longer works. */
  status: ParticipantStatus | 'removed';
  tokenHash: string;
  joinedAt: string;
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
  createSession(session: SessionRow, inputs: readonly InputRecord[], key?: CommandKeyRow): Promise<void>;
  getSession(id: string): Promise<SessionRow | undefined>;
  sessionByJoinCode(code: string): Promise<SessionRow | undefined>;
  setStatus(id: string, status: SessionStatus, key?: CommandKeyRow): Promise<void>;
  setAdmission(id: string, admission: Admission): Promise<void>;

  /** Appends one input; refuses (throws) unless its seq is exactly one past the last. */
  appendInput(sessionId: string, record: InputRecord, key?: CommandKeyRow): Promise<void>;
  inputs(sessionId: string): Promise<InputRecord[]>;

  /** Refuses (throws NameTaken) a name key already used by a participant of the session who was not removed. */
  addParticipant(participant: ParticipantRow): Promise<void>;
  /** A new name (same refusal as addParticipant) or status. */
  updateParticipant(id: string, change: { name: string; nameKey: string } | { status: ParticipantRow['status'] }): Promise<void>;
  participantByTokenHash(hash: string): Promise<ParticipantRow | undefined>;
  /** Every participant of the session who was not removed, in the order they joined. */
  participants(sessionId: string): Promise<ParticipantRow[]>;

  addLink(link: LinkRow): Promise<void>;
  /** Every link of a session, revoked ones too, oldest first. */
  links(sessionId: string): Promise<LinkRow[]>;
  /** Marks a link revoked; false when the session has no such link not revoked already. */
  revokeLink(sessionId: string, id: string, at: string): Promise<boolean>;

  openVote(vote: VoteRow, key?: CommandKeyRow): Promise<void>;
  castBallot(voteId: string, participantId: string, option: number, at: string): Promise<void>;
  /** Strikes a removed participant's ballot. */
  removeBallot(voteId: string, participantId: string): Promise<void>;
  /** Closes a vote and appends the input its winner became (if any) in one transaction. */
  closeVote(sessionId: string, voteId: string, closedAt: string, result: VoteResult, input: InputRecord | null, key?: CommandKeyRow): Promise<void>;
  /** Every vote of a session, oldest first, with its ballots. */
  votes(sessionId: string): Promise<VoteRow[]>;

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
