import type { Scenario } from '../../machines/scenario.ts';
import type { InputRecord, SessionStatus, VoteResult } from '../protocol.ts';
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
}

export interface ParticipantRow {
  id: string;
  sessionId: string;
  name: string;
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
 * Where sessions live. Everything is asynchronous so that a PostgreSQL store (for several server
 * processes) can implement it; SQLite, the one implemented, answers at once. Every write resolves
 * only once it is durable: the service acknowledges nothing before that.
 */
export interface Store {
  /** A new session and, for a branch, the inputs it starts with, in one transaction. */
  createSession(session: SessionRow, inputs: readonly InputRecord[]): Promise<void>;
  getSession(id: string): Promise<SessionRow | undefined>;
  sessionByJoinCode(code: string): Promise<SessionRow | undefined>;
  setStatus(id: string, status: SessionStatus): Promise<void>;

  /** Appends one input; refuses (throws) unless its seq is exactly one past the last. */
  appendInput(sessionId: string, record: InputRecord): Promise<void>;
  inputs(sessionId: string): Promise<InputRecord[]>;

  addParticipant(participant: ParticipantRow): Promise<void>;
  participantByTokenHash(hash: string): Promise<ParticipantRow | undefined>;
  participants(sessionId: string): Promise<ParticipantRow[]>;

  openVote(vote: VoteRow): Promise<void>;
  castBallot(voteId: string, participantId: string, option: number, at: string): Promise<void>;
  /** Closes a vote and appends the input its winner became (if any) in one transaction. */
  closeVote(sessionId: string, voteId: string, closedAt: string, result: VoteResult, input: InputRecord | null): Promise<void>;
  /** Every vote of a session, oldest first, with its ballots. */
  votes(sessionId: string): Promise<VoteRow[]>;

  close(): Promise<void>;
}
