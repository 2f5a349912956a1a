import type { Server, Socket } from 'socket.io';
import type { z } from 'zod';
import { clientAddress, type TrustFunction } from './client-address.ts';
import { AppError, invalid } from './errors.ts';
import { JoinGate } from './join-gate.ts';
import { DEFAULT_LIMITS, RateLimiter, type Limits } from './limiter.ts';
import type { Logger } from './log.ts';
import { Presence } from './presence.ts';
import { SampledLog } from './sampled-log.ts';
import {
  BallotSchema, CommandPayloadSchema, HandshakeAuthSchema, JoinPayloadSchema, LinksPayloadSchema, RoleChoiceSchema, splitKey,
  type Ack, type ClientToServerEvents, type Participant, type ServerToClientEvents, type WireError,
} from './protocol.ts';
import type { SessionService } from './sessions/service.ts';
import { participantView } from './sessions/votes.ts';

/** Who a socket is, once it has shown a token or joined. */
interface SocketData {
  role: 'trainer' | 'observer' | 'participant' | null;
  sessionId: string | null;
  participant: Participant | null;
  /** The link whose token opened this socket (a co-trainer's, a presenter's): revoking it closes the socket. */
  link: string | null;
  /** Whether the socket showed the token the session was created with (only it manages links). */
  owner: boolean;
  /** The client's address (forwarded, behind a trusted proxy), read once at the handshake. */
  address: string;
  /** Whether presence and the participant's set count this socket yet (its room joined). */
  entered: boolean;
}

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

// One room per session, one for its trainers and their presenter screens (presence and whole votes
// go there only), and one for its participants (votes as participants may see them).
const room = (sessionId: string) => `session:${sessionId}`;
const trainerRoom = (sessionId: string) => `trainers:${sessionId}`;
const participantRoom = (sessionId: string) => `participants:${sessionId}`;

const asWire = (error: unknown): WireError =>
  error instanceof AppError ? error.toWire() : { code: 'internal', message: 'Something went wrong on the server; it has been logged.' };

export interface RealtimeOptions {
  limits?: Limits;
  trust?: TrustFunction;
  /** The budget for new sessions that REST spends too: branch and reset over the socket count against it. */
  creates?: RateLimiter;
}

/**
 * The live half of the server: handshakes, the four client events, and the broadcasts of the
 * session service to each session's room. Every handler validates, acts, acknowledges; a bad
 * message is refused and logged (sampled), and the session goes on. A connection that keeps
 * sending what is refused is closed.
 */
export function attachRealtime(io: RealtimeServer, sessions: SessionService, log: Logger, options: RealtimeOptions = {}): { close(): void } {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const trust = options.trust ?? (() => false);
  const creates = options.creates ?? new RateLimiter(limits.creates.limit, limits.creates.windowMs);
  const gate = new JoinGate(limits.joinFailures);
  const ballots = new RateLimiter(limits.ballots.limit, limits.ballots.windowMs);
  const refusals = new RateLimiter(limits.refusals.limit, limits.refusals.windowMs);
  const sampled = new SampledLog(log);
  /** Open socket.io connections per client address (TCP connections are capped in connections.ts). */
  const perAddress = new Map<string, number>();
  /** Of those, the ones that have not joined a session yet. */
  const anonymous = new Map<string, number>();
  const count = (map: Map<string, number>, key: string, by: number) => {
    const n = (map.get(key) ?? 0) + by;
    if (n <= 0) map.delete(key);
    else map.set(key, n);
  };
  /** Each participant's open connections, to reach them when the trainer admits, renames or removes them. */
  const byParticipant = new Map<string, Set<RealtimeSocket>>();

  const presence = new Presence({
    load: async (sessionId) => {
      const [participants, session] = await Promise.all([sessions.participants(sessionId), sessions.get(sessionId)]);
      // Who left by themselves is not in the class any more (their row waits for their return).
      return { participants: participants.filter((p) => p.status !== 'left'), approveJoins: session.row.admission === 'approve' };
    },
    send: (broadcast, to) => {
      sessions.get(broadcast.sessionId).then(
        (session) => (to ? io.to(to) : io.to(trainerRoom(broadcast.sessionId))).emit('presence', { ...broadcast, seq: session.seq }),
        (error) => log.error('presence failed', { sessionId: broadcast.sessionId, error: String(error) }),
      );
    },
    throttleMs: limits.presence.throttleMs,
    awayMs: limits.presence.awayMs,
    failed: (sessionId, error) => {
      if (!(error instanceof AppError)) log.error('presence failed', { sessionId, error: String(error) });
    },
  });

  // A session with a screen connected stays this process's: its screens get its broadcasts only here.
  sessions.watchedBy((sessionId) => io.of('/').adapter.rooms.has(room(sessionId)));

  sessions.on('input', (b) => io.to(room(b.sessionId)).emit('input', b));
  sessions.on('status', (b) => io.to(room(b.sessionId)).emit('status', b));
  // Who voted for what stays with the trainer; hidden counts wait for the reveal.
  sessions.on('vote', (b) => {
    io.to(trainerRoom(b.sessionId)).emit('vote', b);
    io.to(participantRoom(b.sessionId)).emit('vote', { ...b, vote: participantView(b.vote) });
  });
  sessions.on('moved', (b) => io.to(room(b.sessionId)).emit('moved', b));
  sessions.on('roster', (change) => {
    if (change.change === 'admission') return void presence.admission(change.sessionId, change.approveJoins);
    if (change.change === 'roles') {
      const { sessionId, roles } = change;
      return void sessions.get(sessionId).then(
        (session) => io.to(room(sessionId)).emit('roles', { sessionId, seq: session.seq, roles }),
        (error) => log.error('roles broadcast failed', { sessionId, error: String(error) }),
      );
    }
    const { sessionId, participant } = change;
    const gone = change.change === 'removed' || change.change === 'left';
    void presence.changed(sessionId, participant, gone);
    const own = byParticipant.get(participant.id);
    if (!own) return;
    if (gone) {
      const message = change.change === 'removed'
        ? 'The trainer has removed you from this session. Join again with the code if this was a mistake.'
        : 'You left this session (in another window). Join again with the code to come back.';
      for (const socket of [...own]) {
        socket.emit('dismissed', { sessionId, message });
        socket.disconnect(true);
      }
      return;
    }
    // A new name or an admission: their screens show it at once, and their next ballot is judged by it.
    sessions.get(sessionId).then((session) => {
      for (const socket of own) {
        socket.data.participant = participant;
        socket.emit('snapshot', sessions.snapshot(session, 'participant', participant));
      }
    }, (error) => log.error('roster change failed', { sessionId, error: String(error) }));
  });

  // A revoked link's screens close at once: a co-trainer sent away can no longer command.
  sessions.on('revoked', ({ sessionId, link }) => {
    for (const socket of io.of('/').sockets.values()) {
      if (socket.data.sessionId !== sessionId || socket.data.link !== link) continue;
      socket.emit('dismissed', { sessionId, message: 'The trainer has revoked the link this screen was opened with. Ask the trainer for a new link.' });
      socket.disconnect(true);
    }
  });

  /** A socket is now in its session's rooms: presence, the gate's memory, and its participant's set. */
  function enter(socket: RealtimeSocket): void {
    const { role, sessionId, participant, address } = socket.data;
    if (!role || !sessionId) return;
    socket.data.entered = true;
    gate.takesPart(address, sessionId);
    if (participant) {
      let own = byParticipant.get(participant.id);
      if (!own) byParticipant.set(participant.id, (own = new Set()));
      own.add(socket);
      sessions.attended(participant.id, 1);
    }
    // The presenter screen counts who is present ("12 of 20 answered") but is not counted itself.
    if (role === 'observer') return void presence.sendFull(sessionId, socket.id);
    void presence.connected(sessionId, participant).then(() => {
      if (role === 'trainer') return presence.sendFull(sessionId, socket.id);
    });
  }

  function leave(socket: RealtimeSocket): void {
    const { role, sessionId, participant, address, entered } = socket.data;
    count(perAddress, address, -1);
    if (!role) count(anonymous, address, -1);
    if (!entered) return;
    if (participant) {
      sessions.attended(participant.id, -1);
      const own = byParticipant.get(participant.id);
      own?.delete(socket);
      if (own?.size === 0) byParticipant.delete(participant.id);
    }
    if (sessionId && role && role !== 'observer') void presence.disconnected(sessionId, participant);
  }

  // The handshake: a trainer token or a returning participant's token puts the socket in its room
  // at once; a socket without either may only join with a code.
  io.use(async (socket, next) => {
    const address = clientAddress(socket.request, trust);
    socket.data = { role: null, sessionId: null, participant: null, link: null, owner: false, address, entered: false };
    if ((perAddress.get(address) ?? 0) >= limits.connectionsPerAddress) {
      sampled.warn('refused socket', `refused a socket from ${address}: it already holds ${limits.connectionsPerAddress} (MAX_CONNECTIONS_PER_ADDRESS)`, { address });
      return next(refusal({ code: 'rate-limited', message: `This address already holds ${limits.connectionsPerAddress} open connections, its limit: close other tabs or try again in a few seconds.` }));
    }
    const auth = HandshakeAuthSchema.safeParse(socket.handshake.auth ?? {});
    if (!auth.success) return next(refusal(invalid('The handshake auth', auth.error).toWire()));
    try {
      if ('trainerToken' in auth.data) {
        const { access } = await sessions.access(auth.data.sessionId, auth.data.trainerToken);
        if (access.as === 'presenter' && auth.data.as !== 'observer') {
          return next(refusal({ code: 'forbidden', message: 'This is a presenter link: it shows the session and cannot command it. Connect with it as presenterToken.' }));
        }
        const role = access.as === 'presenter' ? 'observer' : (auth.data.as ?? 'trainer');
        socket.data = { ...socket.data, role, sessionId: auth.data.sessionId, link: access.link, owner: access.as === 'owner' };
      } else if ('presenterToken' in auth.data) {
        // Any token of the session opens the projector's view; it watches whichever it was.
        const { access } = await sessions.access(auth.data.sessionId, auth.data.presenterToken);
        socket.data = { ...socket.data, role: 'observer', sessionId: auth.data.sessionId, link: access.link };
      } else if ('participantToken' in auth.data) {
        const found = await sessions.participantByToken(auth.data.participantToken);
        if (!found) return next(refusal({ code: 'unauthorized', message: 'This participant pass is not known here (or the trainer removed it): join again with the code the trainer shows.' }));
        socket.data = { ...socket.data, role: 'participant', sessionId: found.session.id, participant: found.participant };
      }
      if (!socket.data.role) {
        if ((anonymous.get(address) ?? 0) >= limits.anonymous.perAddress) {
          sampled.warn('refused anonymous socket', `refused a socket from ${address}: ${limits.anonymous.perAddress} of its connections have not joined a session`, { address });
          return next(refusal({ code: 'rate-limited', message: `Too many connections from this network are waiting to join: try again in a few seconds.` }));
        }
        count(anonymous, address, 1);
      }
      count(perAddress, address, 1);
      next();
    } catch (error) {
      if (!(error instanceof AppError)) log.error('handshake failed', { error: String(error) });
      next(refusal(asWire(error)));
    }
  });

  io.on('connection', (socket) => {
    const { role, sessionId, participant } = socket.data;
    if (role && sessionId) {
      // Join the room and send the snapshot in one synchronous step, so that no broadcast falls
      // between them: the client's next input is exactly snapshot.seq + 1.
      sessions.get(sessionId).then((session) => {
        if (socket.disconnected) return;
        void socket.join([room(sessionId), role === 'participant' ? participantRoom(sessionId) : trainerRoom(sessionId)]);
        socket.emit('snapshot', sessions.snapshot(session, role, participant));
        enter(socket);
        // Away when the trainer moved the class on (a phone asleep, a reload during the branch): follow it now.
        if (role === 'participant') {
          void sessions.movedTo(session).then((moved) => moved && !socket.disconnected && socket.emit('moved', moved),
            (error) => log.error('moved check failed', { sessionId, error: String(error) }));
        }
      }, (error) => log.error('snapshot failed', { sessionId, error: String(error) }));
    }
    socket.on('disconnect', () => leave(socket));
    // A connection that has not joined in time is a page left open or a script holding the address.
    if (!role) {
      const timer = setTimeout(() => {
        if (!socket.data.role) socket.disconnect(true);
      }, limits.anonymous.joinWithinMs);
      timer.unref();
      socket.once('disconnect', () => clearTimeout(timer));
    }

    handle(socket, 'join', JoinPayloadSchema, async ({ code, name, pass }) => {
      if (socket.data.role) throw new AppError('conflict', 'This connection has already joined a session.');
      const { sessionId, mustWait } = gate.check(socket.data.address, code, await sessions.sessionIdByCode(code));
      const joined = await sessions.join(sessionId, name, mustWait, pass);
      if (socket.disconnected) throw new AppError('conflict', 'The connection closed while joining.');
      socket.data = { ...socket.data, role: 'participant', sessionId, participant: joined.participant };
      count(anonymous, socket.data.address, -1);
      void socket.join([room(sessionId), participantRoom(sessionId)]);
      enter(socket);
      log.info('participant joined', { session: sessionId, participant: joined.participant.id, status: joined.participant.status });
      return { participant: { ...joined.participant, token: joined.token }, snapshot: sessions.snapshot(joined.session, 'participant', joined.participant) };
    });

    // Who may send a command is checked before what was sent: a participant learns nothing more.
    const trainerOnly = (payload: unknown) => {
      if (socket.data.role === 'trainer' && socket.data.sessionId) return;
      sampled.warn('refused trainer command', 'refused a trainer command from a socket without the trainer token', {
        socket: socket.id, participant: socket.data.participant?.id ?? null, session: socket.data.sessionId, payload: preview(payload),
      });
      throw new AppError('forbidden', 'Only the trainer can do this: connect with the session id and trainer token in auth.');
    };
    handle(socket, 'command', CommandPayloadSchema, async (payload) => {
      const { command, key } = splitKey(payload);
      const session = await sessions.get(socket.data.sessionId!);
      // A branch or a reset is a new session: it spends the address's budget for new sessions, as over
      // REST (unless it is one already made, sent again with its key).
      const creating = (command.type === 'branch' || command.type === 'reset') && !(key !== undefined && (await sessions.knowsKey(session, key)));
      if (creating && !creates.take(socket.data.address)) {
        throw new AppError('rate-limited', `Too many new sessions from this address: try again in ${creates.retryAfter(socket.data.address)} s.`);
      }
      // A trainer's socket showed its token in the handshake; it seals what a keyed branch created.
      const callerToken = (socket.handshake.auth as { trainerToken: string }).trainerToken;
      return { result: await sessions.command(session, command, key === undefined ? undefined : { key, callerToken }) };
    }, trainerOnly);

    // Links are the owner's: a co-trainer cannot make more of them, nor revoke the trainer who let them in.
    const ownerOnly = (payload: unknown) => {
      if (socket.data.role === 'trainer' && socket.data.owner && socket.data.sessionId) return;
      sampled.warn('refused links', 'refused a links request from a socket without the owner\'s token', { socket: socket.id, session: socket.data.sessionId, payload: preview(payload) });
      throw new AppError('forbidden', 'Only the trainer who created this session can make or revoke its links: connect with the token it was created with.');
    };
    handle(socket, 'links', LinksPayloadSchema, async (payload) => {
      const session = await sessions.get(socket.data.sessionId!);
      if (payload.action === 'create') {
        const created = await sessions.createLink(session, payload.role, payload.label ?? null);
        return { links: await sessions.links(session), created };
      }
      if (payload.action === 'revoke') await sessions.revokeLink(session, payload.link);
      return { links: await sessions.links(session) };
    }, ownerOnly);

    handle(socket, 'vote', BallotSchema, async ({ voteId, option, explanation }) => {
      const you = socket.data.participant;
      if (socket.data.role !== 'participant' || !socket.data.sessionId || !you) {
        throw new AppError('forbidden', 'Only participants vote: join with the code first.');
      }
      // Counted per participant, so that neither a second connection nor a reconnection resets it.
      if (!ballots.take(you.id)) throw new AppError('rate-limited', `Too many ballots: wait ${ballots.retryAfter(you.id)} s.`);
      const session = await sessions.get(socket.data.sessionId);
      return { vote: await sessions.castBallot(session, you, voteId, option, explanation) };
    });

    handle(socket, 'role', RoleChoiceSchema, async ({ role }) => {
      const you = socket.data.participant;
      if (socket.data.role !== 'participant' || !socket.data.sessionId || !you) throw new AppError('forbidden', 'Only participants choose a role: join with the code first.');
      const session = await sessions.get(socket.data.sessionId);
      // The roster change that follows gives this socket (and the participant's others) the new role.
      return { participant: await sessions.chooseRole(session, you, role) };
    });

    // Leaving on purpose (the Leave button): the trainer's list drops them at once instead of showing
    // them away; joining again is the same participant (roster.ts).
    handle(socket, 'leave', null, async () => {
      const you = socket.data.participant;
      if (socket.data.role !== 'participant' || !socket.data.sessionId || !you) throw new AppError('forbidden', 'Only a participant can leave: join with the code first.');
      // Not told "you left" and cut off like the participant's other windows: this one asked, and waits for the answer.
      byParticipant.get(you.id)?.delete(socket);
      await sessions.leave(socket.data.sessionId, you.id);
      // Closed once the answer is on its way: a connection of someone who left neither votes nor listens.
      setImmediate(() => socket.disconnect(true));
      return {};
    });

    handle(socket, 'sync', null, async () => {
      if (!socket.data.role || !socket.data.sessionId) throw new AppError('forbidden', 'Join a session first.');
      return { snapshot: sessions.snapshot(await sessions.get(socket.data.sessionId), socket.data.role, socket.data.participant) };
    });
  });

  /**
   * Register a handler that validates, acts and acknowledges. socket.io hands over whatever the
   * client sent, whatever its types say, so the payload is unknown until the schema has read it.
   */
  function handle<S extends z.ZodType, R extends object>(
    socket: RealtimeSocket,
    event: keyof ClientToServerEvents,
    schema: S | null,
    act: (payload: z.output<S>) => Promise<R>,
    guard?: (payload: unknown) => void,
  ): void {
    (socket as unknown as { on(event: string, listener: (...args: unknown[]) => void): void }).on(event, (...args: unknown[]) => {
      const ack = typeof args.at(-1) === 'function' ? (args.pop() as (answer: Ack<R>) => void) : undefined;
      const refuse = (error: WireError) => {
        if (refusals.take(socket.id)) return void ack?.({ ok: false, error });
        // Past its budget of refusals a connection is closed: it is a script, or a client gone wrong.
        sampled.warn('closed connection', 'closed a connection that kept sending refused messages', { socket: socket.id, session: socket.data.sessionId, address: socket.data.address });
        ack?.({ ok: false, error: { code: 'rate-limited', message: 'Too many refused messages from this connection: it has been closed. Reload the page to connect again.' } });
        socket.disconnect(true);
      };
      try {
        guard?.(args[0]);
      } catch (error) {
        return refuse(asWire(error));
      }
      let payload: z.output<S> = undefined as z.output<S>;
      if (schema) {
        const parsed = schema.safeParse(args[0]);
        if (!parsed.success) {
          sampled.warn(`refused malformed ${event}`, `refused a malformed ${event}`, { socket: socket.id, session: socket.data.sessionId, payload: preview(args[0]) });
          return refuse(invalid(`The ${event} payload`, parsed.error).toWire());
        }
        payload = parsed.data;
      }
      act(payload).then(
        (answer) => ack?.({ ok: true, ...answer }),
        (error) => {
          if (error instanceof AppError) sampled.info(`refused ${event}`, `refused ${event}`, { socket: socket.id, session: socket.data.sessionId, code: error.code, message: error.message });
          else log.error(`${event} failed`, { socket: socket.id, error: error instanceof Error ? error.stack : String(error) });
          refuse(asWire(error));
        },
      );
    });
  }

  return {
    close() {
      presence.close();
      sampled.close();
    },
  };
}

/** A connection refused in the handshake: the client reads `err.message` and `err.data`. */
function refusal(error: WireError): Error {
  return Object.assign(new Error(error.message), { data: error });
}

/** Enough of a bad payload to recognise it in the log, never the whole of it. */
function preview(payload: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(payload) ?? String(payload);
  } catch {
    // Nested too deep to write out (JSON.parse reads depths that JSON.stringify cannot write). Not
    // String(payload): on such an array it recurses as deep and throws out of the event handler,
    // which would bring the whole server down.
    text = `(${Array.isArray(payload) ? 'an array' : typeof payload} nested too deep to show)`;
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
