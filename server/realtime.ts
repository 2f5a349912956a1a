import type { Server, Socket } from 'socket.io';
import type { z } from 'zod';
import { clientAddress, type TrustFunction } from './client-address.ts';
import { AppError, invalid } from './errors.ts';
import { DEFAULT_LIMITS, RateLimiter, type Limits } from './limiter.ts';
import type { Logger } from './log.ts';
import {
  BallotSchema, HandshakeAuthSchema, JoinPayloadSchema, TrainerCommandSchema,
  type Ack, type ClientToServerEvents, type Participant, type ServerToClientEvents, type WireError,
} from './protocol.ts';
import { CommandPayloadSchema, splitKey } from './protocol.ts';
import type { SessionService } from './sessions/service.ts';

/** Who a socket is, once it has shown a token or joined. */
interface SocketData {
  role: 'trainer' | 'observer' | 'participant' | null;
  sessionId: string | null;
  participant: Participant | null;
}

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

// One room per session, and one for its trainers (presence goes there only).
const room = (sessionId: string) => `session:${sessionId}`;
const trainerRoom = (sessionId: string) => `trainers:${sessionId}`;

const asWire = (error: unknown): WireError =>
  error instanceof AppError ? error.toWire() : { code: 'internal', message: 'Something went wrong on the server; it has been logged.' };

/**
 * The live half of the server: handshakes, the four client events, and the broadcasts of the
 * session service to each session's room. Every handler validates, acts, acknowledges; a bad
 * message is refused and logged, and the socket and its session go on.
 */
export function attachRealtime(
  io: RealtimeServer, sessions: SessionService, log: Logger, limits: Limits = DEFAULT_LIMITS, trust: TrustFunction = () => false,
): void {
  const joins = new RateLimiter(limits.joins.limit, limits.joins.windowMs);
  const votes = new RateLimiter(limits.votes.limit, limits.votes.windowMs);

  sessions.on('input', (b) => io.to(room(b.sessionId)).emit('input', b));
  sessions.on('status', (b) => io.to(room(b.sessionId)).emit('status', b));
  sessions.on('vote', (b) => io.to(room(b.sessionId)).emit('vote', b));
  sessions.on('moved', (b) => io.to(room(b.sessionId)).emit('moved', b));

  async function presence(sessionId: string): Promise<void> {
    const [session, everyone, sockets] = await Promise.all([sessions.get(sessionId), sessions.participants(sessionId), io.in(room(sessionId)).fetchSockets()]);
    const connected = new Set(sockets.filter((s) => s.data.role === 'participant').map((s) => s.data.participant?.id));
    io.to(trainerRoom(sessionId)).emit('presence', {
      sessionId, seq: session.seq,
      participants: everyone.map((p) => ({ id: p.id, name: p.name, connected: connected.has(p.id) })),
      trainers: sockets.filter((s) => s.data.role === 'trainer').length,
    });
  }
  const announce = (sessionId: string) => presence(sessionId).catch((error) => log.error('presence failed', { sessionId, error: String(error) }));

  // The handshake: a trainer token or a returning participant's token puts the socket in its room
  // at once; a socket without either may only join with a code.
  io.use(async (socket, next) => {
    socket.data = { role: null, sessionId: null, participant: null };
    const auth = HandshakeAuthSchema.safeParse(socket.handshake.auth ?? {});
    if (!auth.success) return next(refusal(invalid('The handshake auth', auth.error).toWire()));
    try {
      if ('trainerToken' in auth.data) {
        await sessions.authorizeTrainer(auth.data.sessionId, auth.data.trainerToken);
        socket.data = { role: auth.data.as ?? 'trainer', sessionId: auth.data.sessionId, participant: null };
      } else if ('participantToken' in auth.data) {
        const found = await sessions.participantByToken(auth.data.participantToken);
        if (!found) return next(refusal({ code: 'unauthorized', message: 'This participant pass is not known here: join again with the code the trainer shows.' }));
        socket.data = { role: 'participant', sessionId: found.session.id, participant: found.participant };
      }
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
        void socket.join(role === 'trainer' ? [room(sessionId), trainerRoom(sessionId)] : [room(sessionId)]);
        socket.emit('snapshot', sessions.snapshot(session, role, participant));
        void announce(sessionId);
      }, (error) => log.error('snapshot failed', { sessionId, error: String(error) }));
    }
    socket.on('disconnect', () => {
      if (socket.data.sessionId) void announce(socket.data.sessionId);
    });

    handle(socket, 'join', JoinPayloadSchema, async ({ code, name }) => {
      if (socket.data.role) throw new AppError('conflict', 'This connection has already joined a session.');
      const address = clientAddress(socket.request, trust);
      if (!joins.take(address)) throw new AppError('rate-limited', `Too many joins from this address: try again in ${joins.retryAfter(address)} s.`);
      const joined = await sessions.join(code, name);
      socket.data = { role: 'participant', sessionId: joined.session.id, participant: joined.participant };
      void socket.join(room(joined.session.id));
      void announce(joined.session.id);
      log.info('participant joined', { session: joined.session.id, participant: joined.participant.id });
      return { participant: { ...joined.participant, token: joined.token }, snapshot: sessions.snapshot(joined.session, 'participant', joined.participant) };
    });

    // Who may send a command is checked before what was sent: a participant learns nothing more.
    const trainerOnly = (payload: unknown) => {
      if (socket.data.role === 'trainer' && socket.data.sessionId) return;
      log.warn('refused a trainer command from a socket without the trainer token', {
        socket: socket.id, participant: socket.data.participant?.id ?? null, session: socket.data.sessionId, payload: preview(payload),
      });
      throw new AppError('forbidden', 'Only the trainer can do this: connect with the session id and trainer token in auth.');
    };
    handle(socket, 'command', CommandPayloadSchema, async (payload) => {
      const session = await sessions.get(socket.data.sessionId!);
      const { command, key } = splitKey(payload);
      // A trainer's socket showed its token in the handshake; it seals what a keyed branch created.
      const callerToken = (socket.handshake.auth as { trainerToken: string }).trainerToken;
      return { result: await sessions.command(session, command, key === undefined ? undefined : { key, callerToken }) };
    }, trainerOnly);

    handle(socket, 'vote', BallotSchema, async ({ voteId, option }) => {
      if (socket.data.role !== 'participant' || !socket.data.sessionId || !socket.data.participant) {
        throw new AppError('forbidden', 'Only participants vote: join with the code first.');
      }
      if (!votes.take(socket.id)) throw new AppError('rate-limited', `Too many ballots: wait ${votes.retryAfter(socket.id)} s.`);
      const session = await sessions.get(socket.data.sessionId);
      return { vote: await sessions.castBallot(session, socket.data.participant, voteId, option) };
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
      const refuse = (error: WireError) => ack?.({ ok: false, error });
      try {
        guard?.(args[0]);
      } catch (error) {
        return refuse(asWire(error));
      }
      let payload: z.output<S> = undefined as z.output<S>;
      if (schema) {
        const parsed = schema.safeParse(args[0]);
        if (!parsed.success) {
          log.warn(`refused a malformed ${event}`, { socket: socket.id, session: socket.data.sessionId, payload: preview(args[0]) });
          return refuse(invalid(`The ${event} payload`, parsed.error).toWire());
        }
        payload = parsed.data;
      }
      act(payload).then(
        (answer) => ack?.({ ok: true, ...answer }),
        (error) => {
          if (error instanceof AppError) log.info(`refused ${event}`, { socket: socket.id, session: socket.data.sessionId, code: error.code, message: error.message });
          else log.error(`${event} failed`, { socket: socket.id, error: error instanceof Error ? error.stack : String(error) });
          refuse(asWire(error));
        },
      );
    });
  }
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
