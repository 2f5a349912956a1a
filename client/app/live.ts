import { io, type Socket } from 'socket.io-client';
import type {
  Ack, ClientToServerEvents, CommandResult, HandshakeAuth, InputRecord, MovedBroadcast, Participant,
  PresenceBroadcast, PresenceEntry, ServerToClientEvents, Snapshot, StatusBroadcast, TrainerCommand, VoteView, WireError,
} from '../../server/protocol.ts';

import { mergePresence } from '../model/presence.ts';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Everything a session screen draws, kept current from the broadcasts. */
export interface LiveState {
  snapshot: Snapshot | null;
  /** The inputs seen since the snapshot (the console lists them to branch from). */
  records: InputRecord[];
  participants: PresenceEntry[];
  /** The last presence broadcast's counts and settings (the trainer's screens). */
  presence: Omit<PresenceBroadcast, 'participants' | 'left' | 'full'> | null;
  connected: boolean;
  /** Why play stopped on its own, when it did. */
  reason: string | null;
}

export class WireFailure extends Error {
  constructor(readonly wire: WireError) {
    super(wire.message);
  }
}

export interface LiveHandlers {
  change?: (state: LiveState, why: 'snapshot' | 'input' | 'status' | 'vote' | 'presence' | 'connection') => void;
  moved?: (moved: MovedBroadcast) => void;
  /** The handshake was refused (a stale token): the page says so and offers the way back. */
  refused?: (message: string) => void;
  /** The trainer removed this participant; the server closes the connection after saying so. */
  dismissed?: (message: string) => void;
}

/**
 * One socket to one session. Broadcasts carry `seq`; a gap means one was missed, so the state is
 * fetched whole again (`sync`) rather than patched from a partial history.
 */
export class LiveSession {
  readonly state: LiveState = { snapshot: null, records: [], participants: [], presence: null, connected: false, reason: null };
  private readonly socket: ClientSocket;

  constructor(
    auth: HandshakeAuth,
    private readonly handlers: LiveHandlers,
  ) {
    // socket.io's default transports (long-polling first, then the upgrade to a websocket) get
    // through the proxies of hotel and ministry networks that refuse a websocket outright.
    this.socket = io({ auth, reconnectionDelayMax: 4000 });
    const s = this.socket;
    s.on('connect', () => this.set({ connected: true }, 'connection'));
    s.on('disconnect', () => this.set({ connected: false }, 'connection'));
    s.on('connect_error', (error) => {
      // A refused handshake carries a WireError in `data`; a network error does not, and retries.
      const wire = (error as Error & { data?: WireError }).data;
      if (wire) {
        s.disconnect();
        handlers.refused?.(wire.message);
      }
    });
    s.on('snapshot', (snapshot) => this.adopt(snapshot));
    s.on('input', (b) => {
      const snap = this.state.snapshot;
      if (!snap || b.sessionId !== snap.sessionId || b.seq <= snap.seq) return;
      if (b.seq !== snap.seq + 1) return void this.sync();
      this.state.records.push(b.record);
      this.set({ snapshot: { ...snap, seq: b.seq, state: b.state } }, 'input');
    });
    s.on('status', (b: StatusBroadcast) => {
      const snap = this.state.snapshot;
      if (!snap || b.sessionId !== snap.sessionId) return;
      if (b.seq > snap.seq) return void this.sync();
      this.set({ snapshot: { ...snap, status: b.status, playing: b.playing }, reason: b.reason }, 'status');
    });
    s.on('vote', (b) => {
      const snap = this.state.snapshot;
      if (!snap || b.sessionId !== snap.sessionId) return;
      if (b.seq > snap.seq) return void this.sync();
      this.set({ snapshot: { ...snap, vote: b.vote } }, 'vote');
    });
    s.on('presence', (b) => {
      if (b.sessionId !== this.state.snapshot?.sessionId) return;
      const { sessionId, seq, counts, trainers, approveJoins } = b;
      this.set({ participants: mergePresence(this.state.participants, b), presence: { sessionId, seq, counts, trainers, approveJoins } }, 'presence');
    });
    s.on('dismissed', (notice) => {
      if (notice.sessionId !== this.state.snapshot?.sessionId) return;
      s.disconnect();
      (handlers.dismissed ?? handlers.refused)?.(notice.message);
    });
    s.on('moved', (b) => {
      if (b.sessionId === this.state.snapshot?.sessionId) handlers.moved?.(b);
    });
  }

  get snapshot(): Snapshot | null {
    return this.state.snapshot;
  }

  /** A participant's join: afterwards the socket reconnects as that participant. */
  async join(code: string, name: string): Promise<Participant & { token: string }> {
    const answer = await this.ask<{ participant: Participant & { token: string }; snapshot: Snapshot }>((ack) => this.socket.emit('join', { code, name }, ack));
    this.socket.auth = { participantToken: answer.participant.token };
    this.adopt(answer.snapshot);
    return answer.participant;
  }

  async command(command: TrainerCommand): Promise<CommandResult> {
    const { result } = await this.ask<{ result: CommandResult }>((ack) => this.socket.emit('command', command, ack));
    return result;
  }

  async vote(voteId: string, option: number): Promise<VoteView> {
    const { vote } = await this.ask<{ vote: VoteView }>((ack) => this.socket.emit('vote', { voteId, option }, ack));
    const snap = this.state.snapshot;
    if (snap && snap.vote?.id === vote.id) this.set({ snapshot: { ...snap, vote } }, 'vote');
    return vote;
  }

  async sync(): Promise<void> {
    const { snapshot } = await this.ask<{ snapshot: Snapshot }>((ack) => this.socket.emit('sync', ack));
    this.adopt(snapshot);
  }

  close(): void {
    this.socket.removeAllListeners();
    this.socket.disconnect();
  }

  private adopt(snapshot: Snapshot): void {
    const previous = this.state.snapshot;
    // A later snapshot of the same session keeps the records already seen; a new session starts afresh.
    const records = previous?.sessionId === snapshot.sessionId ? this.state.records.filter((r) => r.seq <= snapshot.seq) : [];
    this.set({ snapshot, records }, 'snapshot');
  }

  private set(patch: Partial<LiveState>, why: Parameters<NonNullable<LiveHandlers['change']>>[1]): void {
    Object.assign(this.state, patch);
    this.handlers.change?.(this.state, why);
  }

  /** An emit with an acknowledgement, as a promise; a refusal rejects with the server's words. */
  private ask<T extends object>(emit: (ack: (answer: Ack<T>) => void) => void, ms = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = window.setTimeout(() => reject(new WireFailure({ code: 'internal', message: 'The server did not answer in time.' })), ms);
      emit((answer) => {
        window.clearTimeout(timer);
        if (answer.ok) resolve(answer as T);
        else reject(new WireFailure(answer.error));
      });
    });
  }
}
