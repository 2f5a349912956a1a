import { applyInput, InputRejected, type Input } from '../../machines/run/replay.ts';
import { EventRejected } from '../../machines/run/simulation.ts';
import { viewOf, type RequestView } from '../../machines/run/view.ts';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import type { Scenario } from '../../machines/scenario.ts';
import { summaryOf } from '../catalog.ts';
import { AppError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type {
  Actor, CommandResult, CreatedSession, InputBroadcast, InputRecord, MovedBroadcast, Participant, Snapshot,
  StatusBroadcast, TrainerCommand, VoteBroadcast, VoteResult, VoteView,
} from '../protocol.ts';
import type { ParticipantRow, SessionRow, Store, VoteRow } from '../store/store.ts';
import { debriefOf, type Debrief } from './debrief.ts';
import { LiveSession } from './live.ts';
import { hashToken, newId, newJoinCode, newToken, tokenMatches } from './tokens.ts';
import { describeEvent, sameEvent, voteView, winner } from './votes.ts';

export interface SessionEvents {
  input: InputBroadcast;
  status: StatusBroadcast;
  vote: VoteBroadcast;
  moved: MovedBroadcast;
}
type Listener<K extends keyof SessionEvents> = (payload: SessionEvents[K]) => void;

export interface SessionServiceOptions {
  store: Store;
  log: Logger;
  /** Wall time between two `advance` inputs while playing; tests make it short. */
  tickMs?: number;
}

/** What GET /api/sessions/:id answers. */
export interface SessionDescription {
  id: string;
  scenario: Scenario;
  seq: number;
  status: Snapshot['status'];
  playing: Snapshot['playing'];
  state: RequestView;
  outcome: RequestView['outcome'];
  vote: VoteView | null;
  parent: SessionRow['parent'];
  createdAt: string;
}

const now = () => new Date().toISOString();
/**
 * The view, detached from the simulation: viewOf hands out the simulation's own arrays
 * (transitions, attempts), which the next input would change under a reader's feet.
 */
const stateOf = (session: LiveSession): RequestView => viewOf(session.sim);
/** Days in the log read as people write them: 12.5, not 12.500000000001. */
const roundDay = (day: number) => Math.round(day * 1000) / 1000;

/**
 * Sessions: a frozen scenario plus an ordered log of inputs. Every input is applied to the cached
 * simulation (to learn whether the request takes it), recorded durably, and only then acknowledged
 * and broadcast. A rejected input changes nothing: the cache is rebuilt from the log.
 */
export class SessionService {
  private readonly live = new Map<string, Promise<LiveSession>>();
  private readonly listeners: { [K in keyof SessionEvents]: Set<Listener<K>> } = {
    input: new Set(), status: new Set(), vote: new Set(), moved: new Set(),
  };
  private readonly store: Store;
  private readonly log: Logger;
  private readonly tickMs: number;
  private closed = false;

  constructor(options: SessionServiceOptions) {
    this.store = options.store;
    this.log = options.log;
    this.tickMs = options.tickMs ?? 1000;
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

  async create(scenario: Scenario, from?: { session: LiveSession; atSeq: number }): Promise<CreatedSession> {
    const trainerToken = newToken();
    const inputs = from ? from.session.inputs.slice(0, from.atSeq) : [];
    for (let attempt = 0; ; attempt++) {
      const row: SessionRow = {
        id: newId(), scenario, joinCode: newJoinCode(), trainerTokenHash: hashToken(trainerToken), status: 'ready',
        parent: from ? { id: from.session.id, atSeq: from.atSeq } : null, createdAt: now(),
      };
      try {
        await this.store.createSession(row, inputs);
        return { id: row.id, joinCode: row.joinCode, trainerToken, seq: inputs.length };
      } catch (error) {
        // A join code already in use: draw another (rare: 27^6 codes).
        if (attempt < 5 && /UNIQUE/.test(String(error))) continue;
        throw error;
      }
    }
  }

  /** The session in memory, replayed from its log the first time it is asked for (start-up, recovery). */
  get(id: string): Promise<LiveSession> {
    if (this.closed) return Promise.reject(new AppError('internal', 'The server is shutting down.'));
    let found = this.live.get(id);
    if (!found) {
      found = this.load(id);
      this.live.set(id, found);
      found.catch(() => this.live.delete(id));
    }
    return found;
  }

  private async load(id: string): Promise<LiveSession> {
    const row = await this.store.getSession(id);
    if (!row) throw new AppError('not-found', `There is no session ${id}. Check the id, or create a session with POST /api/sessions.`);
    const [inputs, votes] = await Promise.all([this.store.inputs(id), this.store.votes(id)]);
    let session: LiveSession;
    try {
      session = new LiveSession(row, inputs, votes);
    } catch (error) {
      if (!(error instanceof InputRejected)) throw error;
      this.log.error(`session ${id} does not replay`, { input: error.index + 1, message: error.message });
      throw new AppError('internal', `Session ${id} can no longer be replayed: its input ${error.index + 1} is refused by this version of the engine (${error.message}).`);
    }
    const open = session.openVote;
    if (open?.closesAt) this.armVoteTimer(session, open, Date.parse(open.closesAt) - Date.now());
    return session;
  }

  async authorizeTrainer(id: string, token: string | undefined): Promise<LiveSession> {
    const session = await this.get(id);
    if (!token) throw new AppError('unauthorized', 'This needs the trainer token given when the session was created: send it as "Authorization: Bearer <trainerToken>".');
    if (!tokenMatches(token, session.row.trainerTokenHash)) {
      throw new AppError('unauthorized', 'The trainer token does not match this session. Use the token returned when this session (or its branch) was created.');
    }
    return session;
  }

  async join(code: string, name: string): Promise<{ session: LiveSession; participant: Participant; token: string }> {
    const row = await this.store.sessionByJoinCode(code);
    if (!row) throw new AppError('not-found', `No session has the join code ${code}. Check the code the trainer shows.`);
    const session = await this.get(row.id);
    const token = newToken();
    const participant: ParticipantRow = { id: newId(), sessionId: row.id, name, tokenHash: hashToken(token), joinedAt: now() };
    await this.store.addParticipant(participant);
    return { session, participant: { id: participant.id, name }, token };
  }

  /** A returning participant, known by the token they were given when they joined. */
  async participantByToken(token: string): Promise<{ session: LiveSession; participant: Participant } | undefined> {
    const row = await this.store.participantByTokenHash(hashToken(token));
    if (!row) return undefined;
    return { session: await this.get(row.sessionId), participant: { id: row.id, name: row.name } };
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
      state: stateOf(session),
      vote: session.lastVote && voteView(session.lastVote),
      parent: session.row.parent,
      role,
      you,
      joinCode: role === 'participant' ? null : session.row.joinCode,
    };
  }

  async describe(id: string): Promise<SessionDescription> {
    const session = await this.get(id);
    const state = stateOf(session);
    return {
      id, scenario: session.row.scenario, seq: session.seq, status: session.status,
      playing: session.playing && { speed: session.playing.speed }, state, outcome: state.outcome,
      vote: session.lastVote && voteView(session.lastVote), parent: session.row.parent, createdAt: session.row.createdAt,
    };
  }

  async debrief(id: string): Promise<Debrief> {
    const session = await this.get(id);
    return session.exclusive(async () => debriefOf(session.row, session.inputs, session.votes));
  }

  async logOf(id: string): Promise<{ id: string; seq: number; inputs: InputRecord[] }> {
    const session = await this.get(id);
    return { id, seq: session.seq, inputs: [...session.inputs] };
  }

  // ------------------------------------------------------------------------------------------
  // The trainer's commands

  command(session: LiveSession, command: TrainerCommand): Promise<CommandResult> {
    return session.exclusive(async () => {
      let created: CreatedSession | undefined;
      switch (command.type) {
        case 'start':
          await this.setStatus(session, 'running', null);
          break;
        case 'pause':
          this.stopPlay(session);
          await this.setStatus(session, 'paused', null);
          break;
        case 'step':
          await this.record(session, { kind: 'step' }, 'trainer');
          break;
        case 'advance':
          await this.record(session, { kind: 'advance', to: roundDay(command.to) }, 'trainer');
          break;
        case 'event':
          await this.record(session, { kind: 'event', event: command.event }, 'trainer');
          break;
        case 'play':
          await this.play(session, command.speed);
          break;
        case 'openVote':
          await this.openVote(session, command.options, command.seconds);
          break;
        case 'closeVote':
          await this.closeVote(session, 'trainer');
          break;
        case 'branch':
        case 'reset':
          created = await this.branch(session, command.type === 'reset' ? 0 : command.atSeq, command.type);
          break;
      }
      return { ...this.result(session), ...(created && { created }) };
    });
  }

  private result(session: LiveSession): CommandResult {
    return {
      seq: session.seq, state: stateOf(session), status: session.status,
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
    const state = stateOf(session);
    this.emit('input', { sessionId: session.id, seq: record.seq, record, state, transitions: state.transitions.slice(before) });
    if (state.done && session.playing) this.stopPlay(session, `The request has ended (${state.outcome}).`);
    return record;
  }

  private async setStatus(session: LiveSession, status: LiveSession['status'], reason: string | null): Promise<void> {
    if (session.status !== status) {
      await this.store.setStatus(session.id, status);
      session.status = status;
    }
    this.emitStatus(session, reason);
  }

  private emitStatus(session: LiveSession, reason: string | null): void {
    this.emit('status', {
      sessionId: session.id, seq: session.seq, status: session.status,
      playing: session.playing && { speed: session.playing.speed }, reason,
    });
  }

  // ------------------------------------------------------------------------------------------
  // Playing: one `advance` input per tick

  private async play(session: LiveSession, speed: number): Promise<void> {
    if (session.sim.done) throw new AppError('conflict', `The request has already ended (${session.sim.state}): there is nothing left to play.`);
    if (session.playing?.timer) clearTimeout(session.playing.timer);
    session.playing = { speed, timer: null };
    await this.setStatus(session, 'running', null);
    this.scheduleTick(session);
  }

  private scheduleTick(session: LiveSession): void {
    if (!session.playing || this.closed) return;
    const timer = setTimeout(() => {
      session.exclusive(() => this.tick(session)).catch((error) => {
        this.log.error(`play stopped in session ${session.id}`, { error: String(error) });
        this.stopPlay(session, `Play stopped: ${error instanceof Error ? error.message : String(error)}`);
      });
    }, this.tickMs);
    timer.unref();
    session.playing.timer = timer;
  }

  private async tick(session: LiveSession): Promise<void> {
    if (!session.playing) return;
    const sim = session.sim;
    const wasWaiting = sim.waiting;
    const due = sim.clock.nextDue();
    // Stop at the next happening so that every transition gets a tick of its own on screen.
    let to = roundDay(sim.time + (session.playing.speed * this.tickMs) / 1000);
    if (due !== undefined && due < to) to = due;
    await this.record(session, { kind: 'advance', to }, 'play');
    if (!session.playing) return;
    if (!wasWaiting && session.sim.waiting) this.stopPlay(session, 'The request waits for a decision.');
    else this.scheduleTick(session);
  }

  private stopPlay(session: LiveSession, reason?: string): void {
    if (!session.playing) return;
    if (session.playing.timer) clearTimeout(session.playing.timer);
    session.playing = null;
    if (reason) this.emitStatus(session, reason);
  }

  // ------------------------------------------------------------------------------------------
  // Votes

  private async openVote(session: LiveSession, options: ScenarioEvent[], seconds?: number): Promise<void> {
    if (session.openVote) throw new AppError('conflict', 'A vote is already open: close it before opening another.');
    const allowed = viewOf(session.sim).allowed;
    const offered = allowed.map(describeEvent).join(', ') || 'none (the request has ended)';
    for (const option of options) {
      if (!allowed.some((a) => sameEvent(a, option))) {
        throw new AppError('conflict', `${describeEvent(option)} cannot be taken now, so it cannot be put to a vote. The request can take: ${offered}.`);
      }
    }
    if (options.some((o, i) => options.findIndex((p) => sameEvent(o, p)) !== i)) throw new AppError('invalid', 'Each option of a vote must be different.');
    const openedAt = new Date();
    const vote: VoteRow = {
      id: newId(), sessionId: session.id, options, openedAtSeq: session.seq, openedAt: openedAt.toISOString(),
      closesAt: seconds === undefined ? null : new Date(openedAt.getTime() + seconds * 1000).toISOString(),
      closedAt: null, result: null, ballots: new Map(),
    };
    await this.store.openVote(vote);
    session.votes.push(vote);
    if (seconds !== undefined) this.armVoteTimer(session, vote, seconds * 1000);
    this.emit('vote', { sessionId: session.id, seq: session.seq, vote: voteView(vote) });
  }

  private armVoteTimer(session: LiveSession, vote: VoteRow, ms: number): void {
    const timer = setTimeout(() => {
      session.voteTimer = null;
      session.exclusive(async () => {
        if (session.openVote?.id === vote.id) await this.closeVote(session, 'vote');
      }).catch((error) => this.log.error(`closing vote ${vote.id} failed`, { error: String(error) }));
    }, Math.max(0, ms));
    timer.unref();
    session.voteTimer = timer;
  }

  /** Close the open vote; its winner becomes an input (in the same transaction) when the request can still take it. */
  private async closeVote(session: LiveSession, by: 'trainer' | 'vote'): Promise<void> {
    const vote = session.openVote;
    if (!vote) throw new AppError('conflict', 'No vote is open.');
    if (session.voteTimer) clearTimeout(session.voteTimer);
    session.voteTimer = null;
    const closedAt = now();
    const best = winner(vote);
    const event = best === null ? null : vote.options[best]!;
    let result: VoteResult;
    if (event === null) {
      result = { winner: null, event: null, applied: false, seq: null, message: 'Nobody voted: nothing was applied.' };
      await this.store.closeVote(session.id, vote.id, closedAt, result, null);
    } else {
      const chosen = describeEvent(event);
      result = { winner: best, event, applied: true, seq: session.seq + 1, message: `${chosen} won the vote and was applied.` };
      try {
        const settled = result;
        await this.record(session, { kind: 'event', event }, 'vote', vote.id, (input) =>
          this.store.closeVote(session.id, vote.id, closedAt, settled, input));
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'conflict')) throw error;
        result = { winner: best, event, applied: false, seq: null, message: `${chosen} won the vote but can no longer be taken: ${error.message}` };
        await this.store.closeVote(session.id, vote.id, closedAt, result, null);
      }
    }
    vote.closedAt = closedAt;
    vote.result = result;
    this.log.info(`vote ${vote.id} closed by the ${by}`, { session: session.id, result: result.message });
    this.emit('vote', { sessionId: session.id, seq: session.seq, vote: voteView(vote) });
  }

  /** A participant's ballot: counted only while the vote is open and the session runs. */
  castBallot(session: LiveSession, participant: Participant, voteId: string, option: number): Promise<VoteView> {
    return session.exclusive(async () => {
      if (session.status === 'paused') throw new AppError('conflict', 'The trainer has paused the session: votes are on hold until it resumes.');
      if (session.status === 'ready') throw new AppError('conflict', 'The session has not started yet: wait for the trainer to start it.');
      const vote = session.openVote;
      if (!vote || vote.id !== voteId) throw new AppError('conflict', 'This vote is closed.');
      if (option >= vote.options.length) throw new AppError('invalid', `This vote has ${vote.options.length} options, numbered from 0.`);
      await this.store.castBallot(vote.id, participant.id, option, now());
      vote.ballots.set(participant.id, option);
      const view = voteView(vote);
      this.emit('vote', { sessionId: session.id, seq: session.seq, vote: view });
      return view;
    });
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

  /** Stop every timer; sessions stay as recorded and come back at the same seq on the next start. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.live.values()) {
      const session = await pending.catch(() => undefined);
      session?.stopTimers();
      // Let a command or tick under way finish its write before the store closes.
      await session?.exclusive(async () => undefined);
    }
    this.live.clear();
  }
}
