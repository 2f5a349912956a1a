import { io, type Socket } from 'socket.io-client';
import type { Cleanup } from '../server/helpers.ts';
import type { Ack, ClientToServerEvents, Participant, RequestView, ServerToClientEvents, Snapshot } from '../../server/protocol.ts';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface FollowerOptions {
  /** Handshake auth: a trainer's token, or nothing for a participant who joins with a code. */
  auth?: object;
  /** Sync on a gap (the protocol); false counts a gap as an error instead (the load test expects none). */
  syncOnGap?: boolean;
}

/**
 * A client that follows the protocol of server/protocol.ts as the real client does
 * (client/app/live.ts): it starts from a snapshot, applies each input whose seq is one more than
 * the last, ignores older ones, syncs on a gap, and reconnects as itself (its pass in `auth`). It
 * remembers everything a test needs to judge it.
 */
export class Follower {
  readonly socket: ClientSocket;
  seq = -1;
  state: RequestView | null = null;
  /** Seqs applied from `input` broadcasts, in order. */
  readonly applied: number[] = [];
  /** Snapshots adopted (handshake, join, sync). */
  snapshots = 0;
  connects = 0;
  syncs = 0;
  /** Anything that breaks the protocol: a snapshot older than what was seen, a gap when none is allowed. */
  readonly errors: string[] = [];
  you: (Participant & { token: string }) | null = null;

  constructor(url: string, cleanup: Cleanup, private readonly options: FollowerOptions = {}) {
    this.socket = io(url, {
      transports: ['websocket'], auth: options.auth ?? {}, forceNew: true,
      reconnectionDelay: 100, reconnectionDelayMax: 500, timeout: 5000,
    });
    cleanup.add(() => this.socket.disconnect());
    this.socket.on('connect', () => this.connects++);
    this.socket.on('snapshot', (s) => this.adopt(s));
    this.socket.on('input', (b) => {
      if (this.seq < 0 || b.seq <= this.seq) return;
      if (b.seq === this.seq + 1) {
        this.seq = b.seq;
        this.state = b.state;
        this.applied.push(b.seq);
      } else if (this.options.syncOnGap === false) {
        this.errors.push(`gap: seq ${b.seq} after ${this.seq}`);
      } else {
        void this.sync();
      }
    });
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  /** Resolves once connected (or throws the handshake's refusal). */
  ready(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', reject);
    });
  }

  /** Join with the code; from now on the socket reconnects with the participant's pass. */
  async join(code: string, name: string): Promise<void> {
    await this.ready();
    const answer = await this.socket.timeout(10_000).emitWithAck('join', { code, name });
    if (!answer.ok) throw new Error(`join refused: ${answer.error.message}`);
    this.you = answer.participant;
    this.socket.auth = { participantToken: answer.participant.token };
    this.adopt(answer.snapshot);
  }

  /** An emit with its acknowledgement, or a timeout. */
  ask<E extends 'command' | 'vote'>(event: E, payload: Parameters<ClientToServerEvents[E]>[0], ms = 5000): Promise<Ack<object>> {
    return (this.socket.timeout(ms) as unknown as { emitWithAck(e: string, p: unknown): Promise<Ack<object>> }).emitWithAck(event, payload);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const answer = await this.socket.timeout(5000).emitWithAck('sync').catch(() => null);
    if (answer?.ok) this.adopt(answer.snapshot);
  }

  private adopt(snapshot: Snapshot): void {
    this.snapshots++;
    if (snapshot.seq < this.seq) return void this.errors.push(`a snapshot at seq ${snapshot.seq} after seq ${this.seq} was seen: the server went back`);
    this.seq = snapshot.seq;
    this.state = snapshot.state;
  }
}
