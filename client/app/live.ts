import { io, type Socket } from 'socket.io-client';
import type {
  Ack, ClientToServerEvents, PlayStop, CommandPayload, CommandResult, HandshakeAuth, InputRecord, MovedBroadcast, Participant,
  PresenceBroadcast, PresenceEntry, Role, ServerToClientEvents, Snapshot, StatusBroadcast, TrainerCommand, VoteView, WireError,
} from '../../server/protocol.ts';

import { t } from '../i18n/index.ts';
import { mergePresence } from '../model/presence.ts';
import { connectionChanged, connectionClosed } from './offline.ts';

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
  /** Why play stopped, to be said in the page's language. */
  stopped?: PlayStop | null;
}

export class WireFailure extends Error {
  constructor(readonly wire: WireError) {
    super(wire.message);
  }
}

/**
 * How long a command may wait for its answer, across reconnections: a server restarted within this
 * time still applies it, once.
 */
const COMMAND_MS = 30_000;

/**
 * A fresh idempotency key: 128 random bits in hex. Not crypto.randomUUID, which only secure contexts
 * have: trainees and trainers often reach the trainer's machine over plain http on the LAN.
 */
function newCommandKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A command not yet answered: sent again, with the same key, on each new connection until it is. */
interface Unanswered {
  payload: CommandPayload;
  /** The connection (socket id) it was last sent on. */
  sentOn: string | undefined;
  settle: (answer: Ack<{ result: CommandResult }>) => void;
  timer: ReturnType<typeof setTimeout>;
}

export interface LiveHandlers {
  change?: (state: LiveState, why: 'snapshot' | 'input' | 'status' | 'vote' | 'presence' | 'connection' | 'roles') => void;
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
  /** The connection was up and is down now (not: still opening for the first time). */
  private lost = false;
  /** By idempotency key, in the order sent. */
  private readonly unanswered = new Map<string, Unanswered>();
  /** Times in a row the server sent this screen to another process (reset on each connection). */
  private hops = 0;

  constructor(
    auth: HandshakeAuth,
    private readonly handlers: LiveHandlers,
    /** The server, when it is not the page's own (tests). */
    url?: string,
  ) {
    // socket.io's default transports (long-polling first, then the upgrade to a websocket) get
    // through the proxies of hotel and ministry networks that refuse a websocket outright.
    // ?session=: behind a proxy in front of several server processes, a session's screens go to the
    // same one (docs/deploy/nginx.conf); one process ignores it.
    const options = { auth, reconnectionDelayMax: 4000, query: 'sessionId' in auth ? { session: auth.sessionId } : {} };
    this.socket = url === undefined ? io(options) : io(url, options);
    const s = this.socket;
    // `?process=` was for one connection: if that process is gone, the next attempt goes by session.
    s.io.on('reconnect_attempt', () => {
      const { process: _gone, ...query } = this.query;
      s.io.opts.query = query;
    });
    s.on('connect', () => {
      this.lost = false;
      this.hops = 0;
      connectionChanged(this, true);
      this.set({ connected: true }, 'connection');
      this.resend();
    });
    s.on('disconnect', () => {
      this.lost = true;
      connectionChanged(this, false);
      this.set({ connected: false }, 'connection');
    });
    s.on('connect_error', (error) => {
      // A refused handshake carries a WireError in `data`; a network error does not, and retries.
      const wire = (error as Error & { data?: WireError }).data;
      if (wire?.code === 'elsewhere') return void this.follow(wire);
      if (wire) {
        s.disconnect();
        handlers.refused?.(wire.message);
        return;
      }
      // The server cannot be reached at all (a page reloaded during an outage, from the kept app
      // shell): said as for a connection lost. Joins still wait for the first connection.
      connectionChanged(this, false);
      if (this.state.connected) this.set({ connected: false }, 'connection');
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
      this.set({ snapshot: { ...snap, status: b.status, playing: b.playing, worldEvents: b.worldEvents }, reason: b.reason, stopped: b.stopped ?? null }, 'status');
    });
    s.on('vote', (b) => {
      const snap = this.state.snapshot;
      if (!snap || b.sessionId !== snap.sessionId) return;
      if (b.seq > snap.seq) return void this.sync();
      this.set({ snapshot: { ...snap, vote: b.vote } }, 'vote');
    });
    s.on('roles', (b) => {
      const snap = this.state.snapshot;
      if (!snap || b.sessionId !== snap.sessionId) return;
      this.set({ snapshot: { ...snap, roles: b.roles } }, 'roles');
    });
    s.on('presence', (b) => {
      if (b.sessionId !== this.state.snapshot?.sessionId) return;
      const { sessionId, seq, counts, trainers, approveJoins } = b;
      this.set({ participants: mergePresence(this.state.participants, b), presence: { sessionId, seq, counts, trainers, approveJoins } }, 'presence');
    });
    s.on('dismissed', (notice) => {
      if (notice.sessionId !== this.state.snapshot?.sessionId) return;
      // Closed on purpose by the trainer: not a lost connection, so no offline banner and no reconnecting.
      this.close();
      (handlers.dismissed ?? handlers.refused)?.(notice.message);
    });
    s.on('moved', (b) => {
      if (b.sessionId === this.state.snapshot?.sessionId) handlers.moved?.(b);
    });
  }

  /** What the socket's URL says to a proxy (`?session=`, `?process=`), sent on each new connection. */
  private get query(): Record<string, string> {
    return (this.socket.io.opts.query ?? {}) as Record<string, string>;
  }

  get snapshot(): Snapshot | null {
    return this.state.snapshot;
  }

  /**
   * Several server processes: the one reached does not serve this session. Connect again, asking the
   * proxy for the one that does (`?process=`, README "Deployment"); a take-over under way names
   * nobody yet, so wait a little, longer each time in a row.
   */
  private follow(wire: WireError): Promise<void> {
    const s = this.socket;
    s.disconnect();
    if (wire.process) s.io.opts.query = { ...this.query, process: wire.process };
    const wait = this.hops++ === 0 && wire.process ? 0 : Math.min(4000, 250 * 2 ** Math.min(this.hops, 4));
    return new Promise((resolve) => {
      s.once('connect', () => resolve());
      setTimeout(() => s.connect(), wait);
    });
  }

  /**
   * A participant's join: afterwards the socket reconnects as that participant. `pass`: the one this
   * browser held before, so that coming back is the same participant, not a second one.
   */
  async join(code: string, name: string, pass?: string): Promise<Participant & { token: string }> {
    const ask = () => this.ask<{ participant: Participant & { token: string }; snapshot: Snapshot }>((ack) =>
      this.socket.emit('join', { code, name, ...(pass ? { pass } : {}) }, ack));
    let answer: Awaited<ReturnType<typeof ask>>;
    for (let hop = 0; ; hop++) {
      try {
        answer = await ask();
        break;
      } catch (error) {
        // The code's session is served by another process: join there.
        if (!(error instanceof WireFailure && error.wire.code === 'elsewhere' && hop < 4)) throw error;
        await this.follow(error.wire);
      }
    }
    this.socket.auth = { participantToken: answer.participant.token };
    this.adopt(answer.snapshot);
    return answer.participant;
  }

  /**
   * A trainer's command, with a key of its own. If the connection drops before the answer comes (the
   * command lost on the way, or only its answer), it is sent again with the same key once the socket
   * is back: the server applies it once either way, and the answer is the first one's.
   */
  command(command: TrainerCommand): Promise<CommandResult> {
    // Clicked while the connection is down: refused now, not queued to decide something later.
    if (this.lost) return Promise.reject(new WireFailure({ code: 'unavailable', message: t('offline.notSent') }));
    const key = newCommandKey();
    const payload: CommandPayload = { ...command, idempotencyKey: key };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => settle({
        ok: false,
        error: { code: 'internal', message: 'The server did not answer in time. The command may or may not have been applied: the screen shows what was.' },
      }), COMMAND_MS);
      const settle = (answer: Ack<{ result: CommandResult }>) => {
        // Only the first answer counts: a copy sent again may be answered too.
        if (!this.unanswered.delete(key)) return;
        clearTimeout(timer);
        if (answer.ok) resolve(answer.result);
        else reject(new WireFailure(answer.error));
      };
      const entry: Unanswered = { payload, sentOn: undefined, settle, timer };
      this.unanswered.set(key, entry);
      this.send(entry);
    });
  }

  /** Only on a live connection: the next connection sends it (socket.io would otherwise buffer it too, and send it twice). */
  private send(entry: Unanswered): void {
    if (!this.socket.connected) return;
    entry.sentOn = this.socket.id;
    this.socket.emit('command', entry.payload, entry.settle);
  }

  /** On a new connection, every command still unanswered that was not sent on it, in the order first sent. */
  private resend(): void {
    for (const entry of this.unanswered.values()) if (entry.sentOn !== this.socket.id) this.send(entry);
  }

  /** A participant's own choice of role; the server answers with a snapshot that carries it. */
  async chooseRole(role: Role): Promise<Participant> {
    const { participant } = await this.ask<{ participant: Participant }>((ack) => this.socket.emit('role', { role }, ack));
    const snap = this.state.snapshot;
    if (snap?.you?.id === participant.id) this.set({ snapshot: { ...snap, you: participant } }, 'snapshot');
    return participant;
  }

  async vote(voteId: string, option: number, explanation?: string): Promise<VoteView> {
    const ballot = explanation === undefined ? { voteId, option } : { voteId, option, explanation };
    const { vote } = await this.ask<{ vote: VoteView }>((ack) => this.socket.emit('vote', ballot, ack));
    const snap = this.state.snapshot;
    if (snap && snap.vote?.id === vote.id) this.set({ snapshot: { ...snap, vote } }, 'vote');
    return vote;
  }

  /** A participant leaves on purpose: the trainer's list drops them at once. */
  async leave(): Promise<void> {
    await this.ask<object>((ack) => this.socket.emit('leave', ack), 5000);
  }

  async sync(): Promise<void> {
    const { snapshot } = await this.ask<{ snapshot: Snapshot }>((ack) => this.socket.emit('sync', ack));
    this.adopt(snapshot);
  }

  close(): void {
    connectionClosed(this);
    this.socket.removeAllListeners();
    this.socket.disconnect();
    // The page has moved on: nobody is left to tell about commands still unanswered.
    for (const entry of this.unanswered.values()) clearTimeout(entry.timer);
    this.unanswered.clear();
  }

  private adopt(snapshot: Snapshot): void {
    const previous = this.state.snapshot;
    // A later snapshot of the same session keeps the records already seen; a new session starts afresh.
    const records = previous?.sessionId === snapshot.sessionId ? this.state.records.filter((r) => r.seq <= snapshot.seq) : [];
    // A participant who joined by code reconnects to the session's process too.
    this.socket.io.opts.query = { ...this.query, session: snapshot.sessionId };
    this.set({ snapshot, records }, 'snapshot');
  }

  private set(patch: Partial<LiveState>, why: Parameters<NonNullable<LiveHandlers['change']>>[1]): void {
    Object.assign(this.state, patch);
    this.handlers.change?.(this.state, why);
  }

  /** An emit with an acknowledgement, as a promise; a refusal rejects with the server's words. */
  private ask<T extends object>(emit: (ack: (answer: Ack<T>) => void) => void, ms = 10_000): Promise<T> {
    // socket.io would buffer it and send it on reconnection, long after the person moved on. (Before
    // the first connection, as a join right after the page opens, it waits for it.)
    if (this.lost) return Promise.reject(new WireFailure({ code: 'unavailable', message: t('offline.notSent') }));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.socket.off('disconnect', dropped);
        reject(new WireFailure({ code: 'internal', message: 'The server did not answer in time.' }));
      }, ms);
      // Its answer cannot come on a connection that is gone (a server process killed under it):
      // said at once rather than after the timeout.
      const dropped = () => {
        clearTimeout(timer);
        reject(new WireFailure({ code: 'unavailable', message: t('offline.unanswered') }));
      };
      this.socket.once('disconnect', dropped);
      emit((answer) => {
        this.socket.off('disconnect', dropped);
        clearTimeout(timer);
        if (answer.ok) resolve(answer as T);
        else reject(new WireFailure(answer.error));
      });
    });
  }
}
