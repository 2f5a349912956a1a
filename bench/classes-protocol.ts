/**
 * What the classes bench (bench/classes.ts) and each of its crowds (bench/classes-crowd.ts, a
 * child process holding whole classes: each session's trainer and all its participants) say to
 * each other over IPC. A crowd times with its own clock only: the trainer's command leaves from it
 * and every participant's copy arrives in it, so no time crosses a process boundary.
 */
import type { TrainerCommand } from '../server/protocol.ts';

export type CommandKind = 'advance' | 'step' | 'openVote' | 'closeVote';

/** One of a session's planned commands, and what its participants must receive for it. */
export interface Planned {
  kind: CommandKind;
  command: TrainerCommand;
  /** The seq of the input it makes (advance, step, and closeVote with its winner); null for openVote. */
  seq: number | null;
  /** For openVote: which vote of the session it opens (1, 2, ...). */
  vote: number | null;
}

export interface ClassSession {
  /** Its place in the round-robin (0 .. sessions - 1). */
  index: number;
  id: string;
  joinCode: string;
  trainerToken: string;
  /** Its seq when the participants join (the setup's inputs). */
  seq: number;
  plan: Planned[];
}

export type ToClasses =
  /** Connect each session's trainer, then join `participants` participants to each with its code, `batch` at a time. */
  | { type: 'connect'; url: string; sessions: ClassSession[]; participants: number; batch: number }
  /**
   * Command j of the whole bench (j = 0 .. commands - 1) is due `j / rate` seconds after the
   * start and goes to session `j % sessions`, its turn `floor(j / sessions)`. The crowd sends those
   * of its own sessions. Participants cast their ballot on seeing a vote open, participant i after
   * `i / participants * ballotSpreadMs`.
   */
  | { type: 'run'; rate: number; sessions: number; commands: number; ballotSpreadMs: number; timeoutMs: number }
  | { type: 'exit' };

export interface Joined {
  /** Per participant: the websocket's connection, then the join's answer. */
  connectMs: number[];
  joinMs: number[];
  /** From the first connection to the last participant joined. */
  wallMs: number;
}

export interface Ran {
  /** Ms from each command's send to its last participant's copy, by kind of command. */
  ms: Record<CommandKind, number[]>;
  sent: number;
  /** Commands whose broadcast had not reached every participant after timeoutMs (still timed if it came later). */
  timedOut: number;
  /** Commands the server did not answer within three times timeoutMs. */
  unanswered: number;
  /** Sessions whose seq the server did not tell at the end (their losses are then counted by the trainer's answers only). */
  unsynced: number;
  /** Participants whose connection closed during the run, and the first reasons socket.io gave. */
  disconnected: number;
  disconnectReasons: string[];
  /** Commands the server refused (the first few messages beside). */
  refused: number;
  refusals: string[];
  /** Commands whose answer named another seq than planned. */
  diverged: number;
  /** Input broadcasts a participant never received (a gap in its seqs, or the end of the log it never saw). */
  lost: number;
  /** Input broadcasts that came with a seq at or below one the participant already had. */
  outOfOrder: number;
  /** Vote openings and closings a participant never saw. */
  votesLost: number;
  /** Input broadcasts received, all participants together. */
  received: number;
  ballots: { cast: number; refused: number };
  /** closeVote commands held back until every ballot of the vote was counted, and for how long. */
  closesHeld: number[];
  /** How late each command left after it was due (the crowd's own load shows here). */
  lagMs: number[];
}

export type FromClasses =
  | { type: 'ready' }
  | ({ type: 'joined' } & Joined)
  | ({ type: 'ran' } & Ran)
  | { type: 'failed'; message: string };
