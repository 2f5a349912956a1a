/**
 * A crowd of whole classes in a process of its own: each session's trainer and its participants
 * (real socket.io clients over websocket), so that a command's send and its last participant's
 * copy are read on one clock. Driven by bench/classes.ts over IPC (bench/classes-protocol.ts); it
 * exits when the bench does.
 */
import { io, type Socket } from 'socket.io-client';
import type { Ack, CommandResult, InputBroadcast, Participant, Snapshot, VoteBroadcast, VoteView } from '../server/protocol.ts';
import type { ClassSession, CommandKind, FromClasses, Joined, Planned, Ran, ToClasses } from './classes-protocol.ts';

const send = (message: FromClasses) => process.send!(message);
/** Where a long run stands, on the bench's terminal. */
const say = (line: string) => process.stderr.write(`classes crowd ${process.pid}: ${line}\n`);
const OPEN_TIMEOUT_MS = 30_000;
const QUIET_MS = 5000;

interface Member {
  socket: Socket;
  /** Its place in the class: sets when it casts its ballot and for which option. */
  place: number;
  /** The last input seq it received. */
  last: number;
  /** The open vote it knows of, and how many votes it has seen open and close. */
  openVote: string | null;
  opened: number;
  closed: number;
}

/** A command sent and not yet received by every participant. */
interface Pending {
  kind: CommandKind;
  start: number;
  count: number;
  timer: NodeJS.Timeout;
}

interface Room {
  session: ClassSession;
  trainer: Socket;
  members: Member[];
  /** By what participants will receive: `input:<seq>`, `open:<n>`. */
  pending: Map<string, Pending>;
  /** The session's seq by the trainer's answers, and its votes opened and closed. */
  seq: number;
  opened: number;
  closed: number;
  /** The vote the trainer opened last: its id, once the server has answered the opening. */
  opening: Promise<string | null>;
  /** Ballots the server has counted, per vote id. */
  counted: Map<string, number>;
  /** One command at a time per session, in plan order (a close waits for its ballots). */
  chain: Promise<void>;
}

const rooms = new Map<number, Room>();
let run: Ran | null = null;
/** When a participant last received anything: the end of a run waits for the crowd to go quiet. */
let lastHeard = 0;
let ballotSpreadMs = 0;
let timeoutMs = 10_000;

const fresh = (): Ran => ({
  ms: { advance: [], step: [], openVote: [], closeVote: [] }, sent: 0, timedOut: 0, unanswered: 0, unsynced: 0, disconnected: 0, disconnectReasons: [], refused: 0, refusals: [], diverged: 0,
  lost: 0, outOfOrder: 0, votesLost: 0, received: 0, ballots: { cast: 0, refused: 0 }, closesHeld: [], lagMs: [],
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `session`: the id the page puts in `?session=`, so that a proxy in front of several server
 * processes sends the session's sockets to the one that serves it (docs/deploy/nginx.conf). A
 * participant's page learns it only from the join's answer; the crowd knows it from the start.
 */
function open(url: string, session: string, auth: object = {}): Promise<Socket> {
  const socket = io(url, { transports: ['websocket'], auth, query: { session }, forceNew: true, reconnection: false, timeout: OPEN_TIMEOUT_MS });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => reject(error));
  });
}

/** One participant of `room` has what `key` awaited: the last one settles the command's time. */
function arrived(room: Room, key: string): void {
  const p = room.pending.get(key);
  if (!p || ++p.count < room.members.length) return;
  clearTimeout(p.timer);
  room.pending.delete(key);
  run?.ms[p.kind].push(performance.now() - p.start);
}

function listen(room: Room, member: Member): void {
  member.socket.on('input', (b: InputBroadcast) => {
    lastHeard = performance.now();
    if (run) run.received++;
    if (b.seq <= member.last) {
      if (run) run.outOfOrder++;
      return;
    }
    if (b.seq > member.last + 1 && run) run.lost += b.seq - member.last - 1;
    member.last = b.seq;
    arrived(room, `input:${b.seq}`);
  });
  // The connection closed under the participant (a ping the loaded server or crowd answered too late): what follows is lost to it.
  member.socket.on('disconnect', (reason) => {
    if (!run) return;
    run.disconnected++;
    if (run.disconnectReasons.length < 5) run.disconnectReasons.push(reason);
  });
  member.socket.on('vote', (b: VoteBroadcast) => {
    lastHeard = performance.now();
    const vote = b.vote;
    if (vote.open && vote.id !== member.openVote) {
      member.openVote = vote.id;
      member.opened++;
      arrived(room, `open:${member.opened}`);
      // As a person would: read the question, then vote (the first option ahead, so that it wins).
      const delay = (member.place / room.members.length) * ballotSpreadMs;
      setTimeout(() => void ballot(room, member, vote), delay);
    } else if (!vote.open && vote.id === member.openVote) {
      member.openVote = null;
      member.closed++;
    }
  });
}

async function ballot(room: Room, member: Member, vote: VoteView): Promise<void> {
  const option = member.place % 3 === 2 ? 1 : 0;
  const answer = (await member.socket.timeout(timeoutMs).emitWithAck('vote', { voteId: vote.id, option }).catch(() => null)) as Ack<{ vote: VoteView }> | null;
  if (!run) return;
  if (answer?.ok) {
    run.ballots.cast++;
    room.counted.set(vote.id, (room.counted.get(vote.id) ?? 0) + 1);
  } else {
    run.ballots.refused++;
  }
}

async function connect(m: Extract<ToClasses, { type: 'connect' }>): Promise<void> {
  const started = performance.now();
  const joined: Joined = { connectMs: [], joinMs: [], wallMs: 0 };
  for (const session of m.sessions) {
    const trainer = await open(m.url, session.id, { sessionId: session.id, trainerToken: session.trainerToken });
    rooms.set(session.index, {
      session, trainer, members: [], pending: new Map(), seq: session.seq, opened: 0, closed: 0, opening: Promise.resolve(null), counted: new Map(), chain: Promise.resolve(),
    });
  }
  // Everyone of every class, `batch` at a time: connect, then join with the code as the join page does.
  const everyone = m.sessions.flatMap((s) => Array.from({ length: m.participants }, (_, place) => ({ room: rooms.get(s.index)!, place })));
  for (let from = 0; from < everyone.length; from += m.batch) {
    await Promise.all(everyone.slice(from, from + m.batch).map(async ({ room, place }) => {
      const t0 = performance.now();
      const socket = await open(m.url, room.session.id);
      const t1 = performance.now();
      const member: Member = { socket, place, last: -1, openVote: null, opened: 0, closed: 0 };
      listen(room, member);
      const answer = (await socket.timeout(OPEN_TIMEOUT_MS).emitWithAck('join', { code: room.session.joinCode, name: `P${place + 1}` })) as
        Ack<{ participant: Participant; snapshot: Snapshot }>;
      if (!answer.ok) throw new Error(`join refused: ${answer.error.message}`);
      joined.connectMs.push(t1 - t0);
      joined.joinMs.push(performance.now() - t1);
      member.last = answer.snapshot.seq;
      room.members.push(member);
    }));
  }
  joined.wallMs = performance.now() - started;
  send({ type: 'joined', ...joined });
}

/** Answers still awaited: the end of a run waits for them. */
const answers: Promise<void>[] = [];

/**
 * Send one planned command of `room` and start timing it. The next command of the session does not
 * wait for this one's answer (a trainer clicks on without it), except a close, which needs the vote
 * open and its ballots counted.
 */
async function fire(room: Room, planned: Planned, due: number, ran: Ran): Promise<void> {
  if (planned.kind === 'closeVote') {
    // A close before the last ballots would change the winner and the plan: wait for them.
    const held = performance.now();
    const voteId = await room.opening;
    while (voteId && (room.counted.get(voteId) ?? 0) < room.members.length && performance.now() - held < timeoutMs) await sleep(5);
    const waited = performance.now() - held;
    if (waited > 1) ran.closesHeld.push(waited);
  }
  const key = planned.seq !== null ? `input:${planned.seq}` : `open:${planned.vote}`;
  const start = performance.now();
  ran.lagMs.push(Math.max(0, start - due));
  ran.sent++;
  // Late is counted, and still timed: a copy that comes at last counts in the figures, not as lost.
  const timer = setTimeout(() => {
    if (room.pending.has(key)) ran.timedOut++;
  }, timeoutMs);
  room.pending.set(key, { kind: planned.kind, start, count: 0, timer });
  const answered = (room.trainer.timeout(timeoutMs * 3).emitWithAck('command', planned.command) as Promise<Ack<{ result: CommandResult }>>).then(
    (answer) => {
      if (!answer.ok) {
        clearTimeout(timer);
        room.pending.delete(key);
        ran.refused++;
        if (ran.refusals.length < 5) ran.refusals.push(`${planned.kind}: ${answer.error.message}`);
        return null;
      }
      room.seq = Math.max(room.seq, answer.result.seq);
      if (planned.kind === 'openVote') room.opened++;
      if (planned.kind === 'closeVote') room.closed++;
      if (planned.seq !== null && answer.result.seq !== planned.seq) ran.diverged++;
      return answer.result.vote?.id ?? null;
    },
    () => {
      ran.unanswered++;
      return null;
    },
  );
  if (planned.kind === 'openVote') room.opening = answered;
  answers.push(answered.then(() => undefined));
}

async function runAll(m: Extract<ToClasses, { type: 'run' }>): Promise<void> {
  const ran = fresh();
  run = ran;
  ballotSpreadMs = m.ballotSpreadMs;
  timeoutMs = m.timeoutMs;
  const origin = performance.now();
  for (let j = 0; j < m.commands; j++) {
    const room = rooms.get(j % m.sessions);
    if (!room) continue;
    const planned = room.session.plan[Math.floor(j / m.sessions)];
    if (!planned) throw new Error(`session ${room.session.index} has no command planned for turn ${Math.floor(j / m.sessions)}`);
    const due = origin + (j * 1000) / m.rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    room.chain = room.chain.then(() => fire(room, planned, due, ran));
  }
  await Promise.all([...rooms.values()].map((r) => r.chain));
  say(`every command sent ${((performance.now() - origin) / 1000).toFixed(1)} s after the first was due`);
  await Promise.all(answers.splice(0));
  say('every command answered or given up');
  // What has not come once the crowd has heard nothing for a while is lost.
  const settled = performance.now();
  const waiting = () => [...rooms.values()].some((r) => r.pending.size > 0);
  while ((waiting() || performance.now() - lastHeard < 500) && performance.now() - lastHeard < QUIET_MS && performance.now() - settled < 120_000) await sleep(20);
  say('the crowd is quiet: asking the server for each session\'s seq');
  // The server's own seq, asked by the trainer: a broadcast the participants never had counts even if its command went unanswered.
  await Promise.all([...rooms.values()].map(async (room) => {
    const answer = (await room.trainer.timeout(timeoutMs).emitWithAck('sync').catch(() => null)) as Ack<{ snapshot: Snapshot }> | null;
    if (answer?.ok) room.seq = Math.max(room.seq, answer.snapshot.seq);
    else ran.unsynced++;
  }));
  for (const room of rooms.values()) {
    for (const p of room.pending.values()) clearTimeout(p.timer);
    for (const member of room.members) {
      ran.lost += Math.max(0, room.seq - member.last);
      ran.votesLost += Math.max(0, room.opened - member.opened) + Math.max(0, room.closed - member.closed);
    }
  }
  run = null;
  send({ type: 'ran', ...ran });
}

process.on('message', (message: ToClasses) => {
  const work = async () => {
    switch (message.type) {
      case 'connect': return connect(message);
      case 'run': return runAll(message);
      case 'exit':
        for (const room of rooms.values()) for (const s of [room.trainer, ...room.members.map((x) => x.socket)]) s.disconnect();
        process.exit(0);
    }
  };
  work().catch((error) => send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
});
// The bench went away: nothing left to measure for.
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
