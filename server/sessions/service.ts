import { applyInput, InputRejected, replay, type Input } from '../../machines/run/replay.ts';
import type { Lang } from '../../machines/messages/types.ts';
import { viewOf } from '../../machines/run/view.ts';
import { EventRejected } from '../../machines/run/simulation.ts';
import type { Scenario } from '../../machines/scenario.ts';
import { summaryOf } from '../catalog.ts';
import { soleOwnership, type Ownership } from '../store/ownership.ts';
import { AppError } from '../errors.ts';
import { RateLimiter, type Rate } from '../limiter.ts';
import type { Logger } from '../log.ts';
import {
  IDEMPOTENCY_KEY_HOURS,
  type SessionDescription,
  type Actor, type CommandResult, type CreatedLink, type CreatedSession, type LinkRole, type LinkView, type InputBroadcast, type InputRecord, type MovedBroadcast, type Participant, type Snapshot,
  type SessionVariant, type StatusBroadcast, type TrainerCommand, type VoteBroadcast, type VoteView,
  type Debrief, type PlayStop,
} from '../protocol.ts';
import type { CommandKeyRow, ParticipantRow, SessionRow, Store } from '../store/store.ts';
import { debriefOf } from './debrief.ts';
import { fingerprintOf, KeyedWrites, keyRow, openToken, type Claim } from './keys.ts';
import { accessOf, copyLinks, createLink, linkView, revokeLink, type Access } from './links.ts';
import { LiveSession } from './live.ts';
import { play, stopPlay, type PlayHost } from './play.ts';
import { now, roundDay } from './time.ts';
import {
  admit, admitAll, assignRole, byToken as participantByToken, join as joinRoster, leave as leaveRoster, remove, rename, setAdmission, setRoles,
  type RosterChange, type RosterHost,
} from './roster.ts';
import type { Role } from '../../machines/request/roles.ts';
import { attendanceCsv } from './attendance.ts';
import { hashToken, newId, newJoinCode, newToken } from './tokens.ts';
import { participantView, voteView } from './votes.ts';
import { advanceWithWorld, nextWorldDay, stepWithWorld } from './world.ts';
import {
  armVoteTimer, breakTie, castBallot, closeVote, holdCountdown, openVote, resumeCountdown, reveal, tieAwaits, type VotingHost,
} from './voting.ts';

/** Participants whose last connection this server remembers (about 100 bytes each): past this, the longest gone are forgotten. */
const SEEN_MAX = 100_000;

export interface SessionEvents {
  input: InputBroadcast;
  status: StatusBroadcast;
  vote: VoteBroadcast;
  moved: MovedBroadcast;
  roster: RosterChange;
  /** The owner revoked a link: its screens are closed. */
  revoked: { sessionId: string; link: string };
}
type Listener<K extends keyof SessionEvents> = (payload: SessionEvents[K]) => void;

export interface SessionServiceOptions {
  store: Store;
  log: Logger;
  /** Wall time between two `advance` inputs while playing; tests make it short. */
  tickMs?: number;
  /**
   * A session nobody has asked for in this long leaves memory (it comes back by replaying its log
   * when it is next asked for); default 30 minutes, Infinity keeps every session.
   */
  idleMs?: number;
  /** Participants (admitted or waiting) in one session; default 500. */
  maxParticipants?: number;
  /** A trainer's commands per session (LIMIT_COMMANDS); default none (the benchmarks drive the service directly). */
  commandsPerSession?: Rate;
  /** How long a command's idempotency key is kept; default IDEMPOTENCY_KEY_HOURS. */
  keyTtlMs?: number;
  /** Which sessions this process serves, when several share a PostgreSQL store; default: all of them. */
  ownership?: Ownership;
}

/** The key a trainer's command came with, and the trainer token it came with (to seal a branch's token). */
export interface CommandKey {
  key: string;
  callerToken: string;
}


/**
 * Sessions: a frozen scenario plus an ordered log of inputs. Every input is applied to the cached
 * simulation (to learn whether the request takes it), recorded durably, and only then acknowledged
 * and broadcast. A rejected input changes nothing: the cache is rebuilt from the log.
 *
 * Playing (play.ts) and voting (voting.ts) live in their own modules; they reach back into the
 * service only through `host`, so that recording, status and broadcasting stay in one place.
 */
export class SessionService {
  /** The sessions in memory, and when each was last asked for (wall time, ms). */
  private readonly live = new Map<string, { session: Promise<LiveSession>; askedAt: number }>();
  private readonly idleMs: number;
  private readonly sweeper: NodeJS.Timeout | null;
  private readonly listeners: { [K in keyof SessionEvents]: Set<Listener<K>> } = {
    input: new Set(), status: new Set(), vote: new Set(), moved: new Set(), roster: new Set(), revoked: new Set(),
  };
  /** Every write goes through here, so that a keyed command's key rides on its first write. */
  private readonly store: KeyedWrites;
  private readonly log: Logger;
  private readonly tickMs: number;
  private readonly keyTtlMs: number;
  private readonly commandBudget: RateLimiter | null;
  private readonly keySweeper: NodeJS.Timeout;
  private closed = false;
  private readonly ownership: Ownership;
  /** Whether screens of the session are connected to this process (realtime.ts says). */
  private watched: (sessionId: string) => boolean = () => false;
  /** Sessions let go from memory while screens were still connected here: this process stays their owner until they leave. */
  private readonly stillOwned = new Set<string>();
  private readonly host: PlayHost & VotingHost & RosterHost;

  constructor(options: SessionServiceOptions) {
    this.store = new KeyedWrites(options.store);
    this.ownership = options.ownership ?? soleOwnership;
    this.log = options.log;
    this.tickMs = options.tickMs ?? 1000;
    this.commandBudget = options.commandsPerSession ? new RateLimiter(options.commandsPerSession.limit, options.commandsPerSession.windowMs) : null;
    this.idleMs = options.idleMs ?? 30 * 60_000;
    this.keyTtlMs = options.keyTtlMs ?? IDEMPOTENCY_KEY_HOURS * 3_600_000;
    this.sweeper = Number.isFinite(this.idleMs)
      ? setInterval(() => void this.releaseIdle(), Math.min(60_000, Math.max(1000, this.idleMs))).unref()
      : null;
    // Expired keys answer nothing already (commandKey's notBefore); this only keeps the table small.
    void this.forgetExpiredKeys();
    this.keySweeper = setInterval(() => void this.forgetExpiredKeys(), Math.min(3_600_000, Math.max(1000, this.keyTtlMs))).unref();
    this.host = {
      store: this.store,
      log: this.log,
      tickMs: this.tickMs,
      maxParticipants: options.maxParticipants ?? 500,
      isClosed: () => this.closed,
      record: this.record.bind(this),
      advance: (session, to, actor) => advanceWithWorld(this.host, session, to, actor),
      nextWorldDay,
      setStatus: this.setStatus.bind(this),
      emitStatus: this.emitStatus.bind(this),
      emit: this.emit.bind(this),
    };
  }

  on<K extends keyof SessionEvents>(event: K, listener: Listener<K>): () => void {
    this.listeners[event].add(listener);
    return () => this.listeners[event].delete(listener);
  }

  private emit<K extends keyof SessionEvents>(event: K, payload: SessionEvents[K]): void {
    for (const listener of this.listeners[event]) {
      try {
        listener(payload);
      } catch (error) {
        this.log.error(`a ${event} listener failed`, { error: String(error) });
      }
    }
  }

  // ------------------------------------------------------------------------------------------
  // Creating and finding sessions

  async create(
    scenario: Scenario, from?: { session: LiveSession; atSeq: number },
    options: { approveJoins?: boolean; roles?: Role[]; worldEvents?: boolean; variant?: SessionVariant } = {},
  ): Promise<CreatedSession> {
    const trainerToken = newToken();
    const inputs = from ? from.session.inputs.slice(0, from.atSeq) : [];
    // A keyed branch or reset: its key is written with the new session, holding what it answers.
    const claim = from && this.store.claimOf(from.session.id);
    for (let attempt = 0; ; attempt++) {
      // A branch or reset takes over the class's code (the parent gets a fresh one): latecomers who
      // type the code on the screen land where the class is now, not in the session it left.
      const handOver = from ? { parentCode: newJoinCode() } : undefined;
      const row: SessionRow = {
        id: newId(), scenario, joinCode: from ? from.session.row.joinCode : newJoinCode(), trainerTokenHash: hashToken(trainerToken), status: 'ready',
        parent: from ? { id: from.session.id, atSeq: from.atSeq } : null, createdAt: now(),
        // A branch keeps the trainer's choice: the class moving to it is the same class.
        admission: options.approveJoins ? 'approve' : (from?.session.row.admission ?? 'open'),
        // Roles too: the class keeps playing the same parts in the branch.
        roles: options.roles?.length ? options.roles : (from?.session.row.roles ?? null),
        // So does the world: a branch plays the script's world events if its parent did.
        worldEvents: options.worldEvents ?? from?.session.row.worldEvents ?? true,
        // A branch or reset asks the same scenario as its parent: on the same date, under the same what-if.
        variant: options.variant ?? from?.session.row.variant ?? null,
      };
      const created: CreatedSession = { id: row.id, joinCode: row.joinCode, trainerToken, seq: inputs.length };
      if (claim) claim.created = created;
      try {
        await this.store.createSession(row, inputs, undefined, handOver);
        if (from && handOver) from.session.row.joinCode = handOver.parentCode;
        if (from) await copyLinks(this.store, from.session.id, row.id);
        return created;
      } catch (error) {
        // A join code already in use: draw another (rare: 27^6 codes).
        if (attempt < 5 && /UNIQUE/.test(String(error))) continue;
        throw error;
      }
    }
  }

  /**
   * Tells the service which sessions have screens connected to this process. Such a session may
   * leave memory when idle (it is replayed when next asked for), but with several processes it
   * stays this one's: its screens get its broadcasts only here.
   */
  watchedBy(check: (sessionId: string) => boolean): void {
    this.watched = check;
  }

  /**
   * The session in memory, replayed from its log the first time it is asked for (start-up, recovery,
   * or taking over from a process that died). With several processes, only the session's owner has
   * it: the others are refused with `elsewhere`, naming the owner.
   */
  get(id: string): Promise<LiveSession> {
    if (this.closed) return Promise.reject(new AppError('internal', 'The server is shutting down.'));
    const found = this.live.get(id);
    if (found) {
      found.askedAt = Date.now();
      return found.session;
    }
    const session = this.load(id);
    this.live.set(id, { session, askedAt: Date.now() });
    session.catch(() => this.live.delete(id));
    return session;
  }

  /**
   * Let go of the sessions nobody has asked for within idleMs and that have nothing under way or
   * scheduled (not playing, no timed vote, no command in flight). Their logs stay in the store, so
   * this is the recovery after a restart, one session at a time. Returns the ids released.
   */
  async releaseIdle(at = Date.now()): Promise<string[]> {
    const released: string[] = [];
    for (const [id, entry] of [...this.live]) {
      if (at - entry.askedAt < this.idleMs) continue;
      const session = await entry.session.catch(() => undefined);
      // Asked for again while we waited, or busy: keep it.
      if (!session || !session.idle || this.live.get(id) !== entry || at - entry.askedAt < this.idleMs) continue;
      this.live.delete(id);
      released.push(id);
      this.stillOwned.add(id);
    }
    // Another process may take a session over once no screen of it is left here.
    for (const id of [...this.stillOwned]) {
      if (this.live.has(id) || this.watched(id)) continue;
      this.stillOwned.delete(id);
      await this.ownership.release(id).catch((error) => this.log.warn('could not let go of a session', { sessionId: id, error: String(error) }));
    }
    if (released.length > 0) this.log.info(`released ${released.length} idle session(s) from memory`, { sessions: released, idleMinutes: this.idleMs / 60_000 });
    return released;
  }

  private async load(id: string): Promise<LiveSession> {
    this.stillOwned.delete(id);
    const where = await this.ownership.claim(id);
    if (!where.here) {
      throw new AppError('elsewhere', where.owner
        ? `Session ${id} is served by another server process (${where.owner.name}): connect to it there.`
        : `Session ${id} is being taken over by another server process: try again in a moment.`, where.owner ? { process: where.owner.name, url: where.owner.url } : { retryAfter: 1 });
    }
    try {
      const session = await this.replay(id);
      if (where.takenFrom !== undefined) this.log.info(`took session ${id} over from process ${where.takenFrom}, whose hold on it had ended`, { sessionId: id, from: where.takenFrom, seq: session.seq });
      return session;
    } catch (error) {
      await this.ownership.release(id).catch(() => undefined);
      throw error;
    }
  }

  private async replay(id: string): Promise<LiveSession> {
    const row = await this.store.getSession(id);
    if (!row) throw new AppError('not-found', `There is no session ${id}. Check the id, or create a session with POST /api/sessions.`);
    // The ballots of votes before the last wait until a debrief or attendance sheet asks for them.
    const [inputs, votes] = await Promise.all([this.store.inputs(id), this.store.votes(id, 'last')]);
    let session: LiveSession;
    try {
      session = new LiveSession(row, inputs, votes, 'last');
    } catch (error) {
      if (!(error instanceof InputRejected)) throw error;
      this.log.error(`session ${id} does not replay`, { input: error.index + 1, message: error.message });
      throw new AppError('internal', `Session ${id} can no longer be replayed: its input ${error.index + 1} is refused by this version of the engine (${error.message}).`);
    }
    const open = session.openVote;
    if (open?.closesAt) {
      // Recorded while running; a session stopped by a pause whose hold never reached the disk holds it now.
      if (session.status === 'running') armVoteTimer(this.host, session, open, Date.parse(open.closesAt) - Date.now());
      else await holdCountdown(this.host, session);
    } else if (open?.leftMs != null) {
      // Held by a pause whose start was recorded just before the server stopped: it goes on.
      await resumeCountdown(this.host, session);
    }
    return session;
  }

  /** Who `token` makes its holder in the session: its owner, a co-trainer, or a presenter screen. */
  async access(id: string, token: string | undefined): Promise<{ session: LiveSession; access: Access }> {
    const session = await this.get(id);
    return { session, access: await accessOf(this.store, id, session.row.trainerTokenHash, token) };
  }

  /** The owner's or a co-trainer's token: a presenter link is refused (403), it only watches. */
  async authorizeTrainer(id: string, token: string | undefined): Promise<LiveSession> {
    const { session, access } = await this.access(id, token);
    if (access.as === 'presenter') {
      throw new AppError('forbidden', 'This is a presenter link: it shows the session and cannot command it. Commands need the trainer\'s token or a co-trainer link.');
    }
    return session;
  }

  /** The token the session was created with: only its owner hands out and revokes links. */
  async authorizeOwner(id: string, token: string | undefined): Promise<LiveSession> {
    const { session, access } = await this.access(id, token);
    if (access.as !== 'owner') {
      throw new AppError('forbidden', 'Only the trainer who created this session can make or revoke its links: ask them from their console.');
    }
    return session;
  }

  // ------------------------------------------------------------------------------------------
  // Links for other screens

  async links(session: LiveSession): Promise<LinkView[]> {
    return (await this.store.links(session.id)).map(linkView);
  }

  createLink(session: LiveSession, role: LinkRole, label: string | null = null): Promise<CreatedLink> {
    return session.exclusive(() => createLink(this.store, session.id, role, label));
  }

  /** Revokes a link: its token opens nothing from now on, and its open screens are closed. */
  async revokeLink(session: LiveSession, id: string): Promise<LinkView> {
    const link = await session.exclusive(() => revokeLink(this.store, session.id, id));
    this.emit('revoked', { sessionId: session.id, link: link.id });
    return link;
  }

  /** The session a join code opens, if any (the realtime layer checks its join limits against it first). */
  async sessionIdByCode(code: string): Promise<string | undefined> {
    return (await this.store.sessionByJoinCode(code))?.id;
  }

  /**
   * Where the class of this session went, if the trainer branched or reset it: a participant who was
   * away when it moved is sent after it on their return.
   */
  async movedTo(session: LiveSession): Promise<MovedBroadcast | undefined> {
    const branch = await this.store.newestBranch(session.id);
    if (!branch?.parent) return undefined;
    return { sessionId: session.id, seq: session.seq, to: { id: branch.id, joinCode: branch.joinCode, atSeq: branch.parent.atSeq }, reason: branch.parent.atSeq === 0 ? 'reset' : 'branch' };
  }

  /** A newcomer in the session `id` (found by its code): unique name, room left, the trainer's admission rule (or waiting whatever the rule). */
  async join(id: string, name: string, mustWait = false, pass?: string): Promise<{ session: LiveSession; participant: Participant; token: string }> {
    const session = await this.get(id);
    const joined = await session.exclusive(() => joinRoster(this.host, session, name, mustWait, pass));
    return { session, ...joined };
  }

  /** A participant leaves by themselves: out of the trainer's list, their name kept for their return. */
  async leave(id: string, participant: string): Promise<void> {
    const session = await this.get(id);
    await session.exclusive(() => leaveRoster(this.host, session, participant));
  }

  /** A returning participant, known by the token they were given when they joined (not once removed). */
  async participantByToken(token: string): Promise<{ session: LiveSession; participant: Participant } | undefined> {
    const found = await participantByToken(this.store, token);
    return found && { session: await this.get(found.sessionId), participant: found.participant };
  }

  participants(id: string): Promise<ParticipantRow[]> {
    return this.store.participants(id);
  }

  // ------------------------------------------------------------------------------------------
  // Reading

  snapshot(session: LiveSession, role: Snapshot['role'], you: Participant | null = null): Snapshot {
    return {
      sessionId: session.id,
      seq: session.seq,
      scenario: summaryOf(session.row.scenario),
      status: session.status,
      playing: session.playing && { speed: session.playing.speed },
      state: session.view,
      vote: session.lastVote && (role === 'participant' ? participantView(voteView(session.lastVote), you?.id) : voteView(session.lastVote)),
      parent: session.row.parent,
      role,
      you,
      joinCode: role === 'participant' ? null : session.row.joinCode,
      roles: session.row.roles ?? null,
      worldEvents: session.row.worldEvents,
      ...(session.row.variant && { variant: session.row.variant }),
    };
  }

  /**
   * What GET /api/sessions/:id shows. Until the request has ended, only the trainer sees what is
   * still to come (the script's injects) and what should come out (`expect`): for anyone else they
   * are the answer key.
   */
  async describe(id: string, asTrainer = false): Promise<SessionDescription> {
    const session = await this.get(id);
    const state = session.view;
    const { script, expect, debrief, translations, ...scenario } = session.row.scenario;
    const shown = asTrainer || state.done;
    // The notes of the debrief tell what the real authorities did: an answer key too, in every language.
    const untold = translations && Object.fromEntries(Object.entries(translations).map(([l, text]) => [l, { ...text, debrief: undefined }]));
    return {
      id, scenario: shown ? session.row.scenario : { ...scenario, script: [], ...(untold && { translations: untold }) },
      withheld: shown ? [] : ['script', ...(expect ? ['expect' as const] : []), ...(debrief ? ['debrief' as const] : [])],
      seq: session.seq, status: session.status,
      playing: session.playing && { speed: session.playing.speed }, state, outcome: state.outcome,
      vote: session.lastVote && (asTrainer ? voteView(session.lastVote) : participantView(voteView(session.lastVote))),
      parent: session.row.parent, createdAt: session.row.createdAt,
      ...(session.row.variant && { variant: session.row.variant }),
    };
  }

  /** The debrief; its notes (what the real authorities did) and the reasons given with ballots wait for the end, like the script, for all but the trainer. */
  async debrief(id: string, asTrainer = false): Promise<Debrief> {
    const session = await this.get(id);
    const names = new Map((await this.store.participants(id)).map((p) => [p.id, p.name]));
    const debrief = await session.exclusive(async () => debriefOf(session.row, session.inputs, await session.everyVote(this.store), names));
    if (asTrainer || debrief.status.done) return debrief;
    // Reasons name who chose what: like the notes, they wait for the end for all but the trainer.
    return {
      ...debrief, scenario: { ...debrief.scenario, notes: null }, authorities: [],
      decisions: debrief.decisions.map((d) => (d.vote ? { ...d, vote: { ...d.vote, explanations: [] } } : d)),
      votes: debrief.votes.map((v) => ({ ...v, explanations: [] })),
    };
  }

  async logOf(id: string): Promise<{ id: string; seq: number; inputs: InputRecord[] }> {
    const session = await this.get(id);
    return { id, seq: session.seq, inputs: [...session.inputs] };
  }

  // ------------------------------------------------------------------------------------------
  // The trainer's commands

  /** Whether a command with this key was already applied to the session (and its key not expired): sent again, it creates nothing. */
  async knowsKey(session: LiveSession, key: string): Promise<boolean> {
    return (await this.store.commandKey(session.id, key, new Date(Date.now() - this.keyTtlMs).toISOString())) !== undefined;
  }

  /**
   * A trainer's command. With a key, the command is applied once however often it is sent: the key
   * is written in the same transaction as the command's first write, and the same command sent
   * again with it is answered from that record (the seq it left, the state at that seq, the session
   * it created) without being applied again. The same key with another command is refused.
   * A command refused (409, 422) records nothing, key included: sent again, it is tried again.
   */
  command(session: LiveSession, command: TrainerCommand, keyed?: CommandKey): Promise<CommandResult> {
    if (this.commandBudget && !this.commandBudget.take(session.id)) {
      const retryAfter = this.commandBudget.retryAfter(session.id);
      return Promise.reject(new AppError('rate-limited', `Too many commands to this session: ${this.commandBudget.limit} a minute at most (LIMIT_COMMANDS). Try again in ${retryAfter} s.`, { retryAfter }));
    }
    if (!keyed) return session.exclusive(() => this.apply(session, command));
    return session.exclusive(async () => {
      const fingerprint = fingerprintOf(command);
      const notBefore = new Date(Date.now() - this.keyTtlMs).toISOString();
      const done = await this.store.commandKey(session.id, keyed.key, notBefore);
      if (done) {
        if (done.fingerprint !== fingerprint) {
          throw new AppError('unprocessable', `The idempotency key "${keyed.key}" was already used on this session for another command. A key names one command: send a new key with a new command (the same key only to send the same command again).`);
        }
        return this.answerAgain(session, done, keyed);
      }
      const claim: Claim = { sessionId: session.id, key: keyed.key, fingerprint, callerToken: keyed.callerToken, seq: () => session.seq, written: false };
      this.store.begin(claim);
      try {
        const result = await this.apply(session, command);
        // A command that changed nothing durable (a start on a running session) still keeps its key.
        if (!claim.written) await this.store.putCommandKey(keyRow(claim, session.seq));
        return result;
      } finally {
        this.store.end(session.id);
      }
    });
  }

  /** The answer to a command sent again: what it did, from its key (the state replayed to its seq). */
  private answerAgain(session: LiveSession, done: CommandKeyRow, keyed: CommandKey): CommandResult {
    const state = done.seq === session.seq
      ? session.view
      : viewOf(replay(session.row.scenario, session.inputs.slice(0, done.seq).map((r) => r.input)));
    const result: CommandResult = {
      seq: done.seq, state, status: session.status, playing: session.playing && { speed: session.playing.speed },
      vote: session.lastVote && voteView(session.lastVote),
    };
    if (!done.created) return result;
    const trainerToken = openToken(done.created.sealedToken, keyed.callerToken, keyed.key);
    if (trainerToken === undefined) throw new AppError('internal', 'The session this command created cannot be given again: its token no longer opens.');
    const { sealedToken: _sealed, ...created } = done.created;
    return { ...result, created: { ...created, trainerToken } };
  }

  /** The command itself, inside the session's turn. */
  private async apply(session: LiveSession, command: TrainerCommand): Promise<CommandResult> {
    // While the class votes, the request waits for its answer: a step would let the default policy
    // decide for the class, an event would decide or inject over it, and play would run unattended.
    // An explicit advance ("three weeks pass while you deliberate") is the trainer's to make; if the
    // winner no longer applies after it, the vote's result says so.
    if (session.openVote && (command.type === 'step' || command.type === 'event' || command.type === 'play')) {
      throw new AppError('conflict', `A vote is open: the request waits for the class, so ${command.type === 'play' ? 'it cannot play' : command.type === 'step' ? 'it cannot step' : 'no event can be sent'}. Close the vote (its winner is applied), then go on.`);
    }
    const tied = tieAwaits(session);
    if (tied && (command.type === 'step' || command.type === 'event' || command.type === 'play')) throw new AppError('conflict', tied);
    let created: CreatedSession | undefined;
    switch (command.type) {
      case 'start':
        await this.setStatus(session, 'running', null);
        await resumeCountdown(this.host, session);
        break;
      case 'pause':
        stopPlay(this.host, session);
        // The countdown is held first: a server stopped between the two writes finds a running
        // session with a held countdown, and resumes it (load).
        await holdCountdown(this.host, session);
        await this.setStatus(session, 'paused', null);
        break;
      case 'step':
        await stepWithWorld(this.host, session, 'trainer');
        break;
      case 'advance':
        await advanceWithWorld(this.host, session, roundDay(command.to), 'trainer');
        break;
      case 'worldEvents':
        if (session.row.worldEvents !== command.on) {
          await this.store.setWorldEvents(session.id, command.on);
          session.row.worldEvents = command.on;
        }
        this.emitStatus(session, null);
        break;
      case 'event':
        await this.record(session, { kind: 'event', event: command.event }, 'trainer');
        break;
      case 'play':
        await play(this.host, session, command.speed);
        break;
      case 'openVote': {
        const { options, type: _type, ...opening } = command;
        await openVote(this.host, session, options, opening);
        break;
      }
      case 'closeVote':
        await closeVote(this.host, session, 'trainer');
        break;
      case 'reveal':
        await reveal(this.host, session);
        break;
      case 'breakTie':
        await breakTie(this.host, session, command.option);
        break;
      case 'branch':
      case 'reset':
        created = await this.branch(session, command.type === 'reset' ? 0 : command.atSeq, command.type);
        break;
      case 'admission':
        await setAdmission(this.host, session, command.approve ? 'approve' : 'open');
        break;
      case 'admit':
        await admit(this.host, session, command.participant);
        break;
      case 'admitAll':
        await admitAll(this.host, session);
        break;
      case 'rename':
        await rename(this.host, session, command.participant, command.name);
        break;
      case 'remove':
        await remove(this.host, session, command.participant);
        break;
      case 'roles':
        await setRoles(this.host, session, command.roles);
        break;
      case 'assignRole':
        await assignRole(this.host, session, command.participant, command.role, 'trainer');
        break;
    }
    return { ...this.result(session), ...(created && { created }) };
  }

  private result(session: LiveSession): CommandResult {
    return {
      seq: session.seq, state: session.view, status: session.status,
      playing: session.playing && { speed: session.playing.speed },
      vote: session.lastVote && voteView(session.lastVote),
    };
  }

  /**
   * Apply one input, record it, then tell everyone. `persist` lets a vote's close and its input be
   * one transaction.
   */
  private async record(
    session: LiveSession, input: Input, actor: Actor, voteId: string | null = null,
    persist: (record: InputRecord) => Promise<void> = (r) => this.store.appendInput(session.id, r),
  ): Promise<InputRecord> {
    const before = session.sim.transitions.length;
    try {
      applyInput(session.sim, input);
    } catch (error) {
      session.rebuild();
      if (error instanceof EventRejected) throw new AppError('conflict', error.message, { state: error.state });
      throw error;
    }
    const record: InputRecord = { seq: session.seq + 1, input, actor, voteId, recordedAt: now() };
    try {
      await persist(record);
    } catch (error) {
      session.rebuild();
      throw error;
    }
    session.inputs.push(record);
    const state = session.view;
    this.emit('input', { sessionId: session.id, seq: record.seq, record, state, transitions: state.transitions.slice(before) });
    if (state.done && session.playing) stopPlay(this.host, session, { reason: `The request has ended (${state.outcome}).`, stopped: 'ended' });
    return record;
  }

  private async setStatus(session: LiveSession, status: LiveSession['status'], reason: string | null): Promise<void> {
    if (session.status !== status) {
      await this.store.setStatus(session.id, status);
      session.status = status;
    }
    this.emitStatus(session, reason);
  }

  private emitStatus(session: LiveSession, reason: string | null, stopped: PlayStop | null = null): void {
    this.emit('status', {
      sessionId: session.id, seq: session.seq, status: session.status,
      playing: session.playing && { speed: session.playing.speed }, reason, stopped, worldEvents: session.row.worldEvents,
    });
  }

  // ------------------------------------------------------------------------------------------
  // Roles and attendance

  /** A participant's own choice of role (once: after that, the trainer changes it). */
  chooseRole(session: LiveSession, participant: Participant, role: Role): Promise<Participant> {
    return session.exclusive(() => assignRole(this.host, session, participant.id, role, 'participant'));
  }

  /**
   * Who is connected now and when each participant was last seen, as the realtime layer tells it.
   * Kept in memory only: after a restart, "last seen" starts again from the first reconnection.
   */
  private readonly seen = new Map<string, { connections: number; lastSeen: string }>();

  /** A participant's connection opened (+1) or closed (-1). */
  attended(participantId: string, by: 1 | -1): void {
    const entry = this.seen.get(participantId) ?? { connections: 0, lastSeen: now() };
    entry.connections = Math.max(0, entry.connections + by);
    entry.lastSeen = now();
    // Most recent last (a Map keeps insertion order), so that the bound below drops the longest gone.
    this.seen.delete(participantId);
    this.seen.set(participantId, entry);
    if (this.seen.size > SEEN_MAX) {
      for (const [id, e] of this.seen) {
        if (this.seen.size <= SEEN_MAX) break;
        if (e.connections === 0) this.seen.delete(id);
      }
    }
  }

  /** Attendance and every participant's ballots, one row per participant and vote (trainer only, checked by the caller). */
  async attendance(id: string, lang: Lang = 'en'): Promise<string> {
    const session = await this.get(id);
    const participants = await this.store.participants(id, { removed: true });
    return session.exclusive(async () => attendanceCsv(participants, await session.everyVote(this.store), (pid) => {
      const entry = this.seen.get(pid);
      return { present: (entry?.connections ?? 0) > 0, lastSeen: entry?.lastSeen ?? null };
    }, lang));
  }

  // ------------------------------------------------------------------------------------------
  // Votes

  /** A participant's ballot: counted only while the vote is open and the session runs. */
  castBallot(session: LiveSession, participant: Participant, voteId: string, option: number, explanation?: string): Promise<VoteView> {
    return session.exclusive(() => castBallot(this.host, session, participant, voteId, option, explanation));
  }

  // ------------------------------------------------------------------------------------------
  // Branches

  /**
   * A new session from the first `atSeq` inputs. Reset is a branch at 0: a log is never rewritten,
   * so the session reset keeps its history (and its debrief) and the class moves to a fresh one.
   */
  private async branch(session: LiveSession, atSeq: number, reason: 'branch' | 'reset'): Promise<CreatedSession> {
    if (atSeq > session.seq) throw new AppError('unprocessable', `atSeq ${atSeq} is beyond the end of the log: this session has ${session.seq} inputs.`);
    const created = await this.create(session.row.scenario, { session, atSeq });
    this.emit('moved', { sessionId: session.id, seq: session.seq, to: { id: created.id, joinCode: created.joinCode, atSeq }, reason });
    return created;
  }

  async branchOf(session: LiveSession, atSeq: number): Promise<CreatedSession> {
    return session.exclusive(() => this.branch(session, atSeq, 'branch'));
  }

  private async forgetExpiredKeys(): Promise<void> {
    try {
      const forgotten = await this.store.forgetCommandKeys(new Date(Date.now() - this.keyTtlMs).toISOString());
      if (forgotten > 0) this.log.info(`forgot ${forgotten} expired idempotency key(s)`, { olderThanHours: this.keyTtlMs / 3_600_000 });
    } catch (error) {
      // The store may be gone (it said so itself) or closed: keys are only kept longer.
      if (!(error instanceof AppError)) this.log.warn('could not forget expired idempotency keys', { error: String(error) });
    }
  }

  /** Stop every timer; sessions stay as recorded and come back at the same seq on the next start. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.sweeper) clearInterval(this.sweeper);
    clearInterval(this.keySweeper);
    for (const entry of this.live.values()) {
      const session = await entry.session.catch(() => undefined);
      session?.stopTimers();
      // Let a command or tick under way finish its write before the store closes.
      await session?.exclusive(async () => undefined);
    }
    this.live.clear();
  }
}
