/**
 * What the bench (parent) and its crowd (bench/crowd.ts, a child process holding the N socket.io
 * clients) say to each other over the IPC channel. The crowd measures with its own clock only: it
 * sends the trainer's command and sees the last participant's copy arrive, so no time crosses a
 * process boundary.
 */
import type { TrainerCommand } from '../server/protocol.ts';

/** Which server a crowd talks to: Rogatory itself, or a bare socket.io broadcaster. */
export type Target = 'rogatory' | 'raw';

export type ToCrowd =
  /**
   * Connect `n` participants and one sender to `url`. For Rogatory the participants join with
   * `joinCode` and the sender is the trainer (`auth`); for raw, everyone just connects.
   */
  | { type: 'connect'; target: Target; url: string; n: number; joinCode?: string; auth?: object }
  /**
   * Take each step in turn and wait until every participant of its target has the broadcast of
   * `seq`. A Rogatory step sends the trainer's `command`; a raw step asks the bare server to
   * broadcast Rogatory's latest broadcast again. Steps of both targets are interleaved, so that both
   * see the same load on the machine.
   */
  | { type: 'measure'; steps: Step[]; gapMs: number }
  | { type: 'disconnect'; target: Target }
  | { type: 'exit' };

export interface Step {
  target: Target;
  seq: number;
  command?: TrainerCommand;
}

export type FromCrowd =
  | { type: 'ready' }
  | { type: 'connected'; target: Target; n: number; ms: number }
  /** Milliseconds from each step's send to the last participant's receipt, in step order. */
  | { type: 'measured'; ms: number[]; outOfOrder: number }
  | { type: 'disconnected'; target: Target }
  | { type: 'failed'; message: string };
