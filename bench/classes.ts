import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyInput, type Input } from '../machines/run/replay.ts';
import { Simulation } from '../machines/run/simulation.ts';
import { viewOf } from '../machines/run/view.ts';
import type { Scenario } from '../machines/scenario.ts';
import { Catalog } from '../server/catalog.ts';
import { DEFAULT_LIMITS, OPEN_LIMITS, type Limits, type Rate } from '../server/limiter.ts';
import { silentLogger } from '../server/log.ts';
import type { CreatedSession, ScenarioEvent, TrainerCommand } from '../server/protocol.ts';
import type { ClassSession, CommandKind, FromClasses, Joined, Planned, Ran, ToClasses } from './classes-protocol.ts';
import { watchCpu } from './cpu.ts';
import { CrowdProcess } from './crowd-process.ts';
import { deploy, type Deployment } from './deployment.ts';
import { spread, type Spread } from './stats.ts';
import { ms, table } from './table.ts';

/** Issue 13: from a trainer's command to the last participant of that class, p95. */
export const CLASSES_GOAL_MS = 100;
const SCENARIO = 'blocking-statute-mlat';
const SCENARIOS_DIR = join(import.meta.dirname, '..', 'scenarios', 'fictional');
/** The class has chosen before the clock starts: the channel (these are the scenario's own first inputs). */
const SETUP: ScenarioEvent[] = [{ type: 'SEND_DIRECT' }, { type: 'CHOOSE_MLAT' }];
const ADVANCE_DAYS = 0.5;
const DECISIONS = new Set(['SEND_DIRECT', 'CHOOSE_AGREEMENT', 'CHOOSE_MLAT', 'CHOOSE_ROGATORY']);
/** What a mid-request vote may offer first (the class's winner): never an end of the request. */
const ENDINGS = new Set(['WITHDRAW', 'REFUSE', 'PROVIDER_REFUSES', 'THIRD_COUNTRY_ANSWERS']);

export interface ClassesOptions {
  sessions: number;
  participants: number;
  /** Child processes the classes are spread over (whole classes each). */
  crowds: number;
  /** Trainers' commands per second, all sessions together, round-robin over the sessions. */
  rate: number;
  seconds: number;
  /** A session puts a question to its class every `voteEvery` turns (its open and its close are two of them). */
  voteEvery: number;
  /** Participants connect and join this many at a time in each crowd. */
  batch: number;
  timeoutMs: number;
  /** Default one process on SQLite, as `npm start`. */
  deployment?: Deployment;
}

export const CLASSES_FULL: ClassesOptions = { sessions: 100, participants: 50, crowds: 2, rate: 50, seconds: 60, voteEvery: 8, batch: 50, timeoutMs: 10_000 };
export const CLASSES_QUICK: ClassesOptions = { ...CLASSES_FULL, seconds: 20 };

type Figure = Spread & { max: number };

/** The crowds' tallies as they ran (Ran), with the timings turned into figures. */
export interface ClassesFigures extends Omit<Ran, 'ms' | 'closesHeld' | 'lagMs'> {
  goalMs: number;
  /** p95 under the goal, and nothing lost, out of order, timed out or refused. */
  met: boolean;
  scenario: string;
  options: ClassesOptions;
  /** The server it ran against, in words ("one server process on SQLite", "3 … behind nginx"). */
  deployed: string;
  sockets: number;
  commands: string;
  /** Ms from a trainer's command to the last participant of its session with the broadcast. */
  latency: Figure;
  byKind: Record<CommandKind, Figure>;
  /** closeVote commands held back for their last ballots (the schedule slips by that much). */
  closesHeld: { count: number; maxMs: number };
  /** How late commands left their crowd after they were due: the crowds' own saturation. */
  lagMs: Figure;
  setup: {
    /** Creating and starting every session over REST, one after another. */
    createMs: number;
    /** From the first connection to the last participant joined, all crowds at once. */
    joinWallMs: number;
    connectMs: Figure;
    joinMs: Figure;
  };
  /** Cores each process used while the commands ran (1 = a whole core), and the machine's busy share. */
  cpu: {
    cores: number; server: number | null; crowds: (number | null)[]; bench: number | null; machineBusy: number | null;
    /** The server's CPU time per command sent (its ballots and broadcasts included): what a class costs it, whatever else runs. */
    serverMsPerCommand: number | null;
    /** Share of the run the server's event loop was busy (running, waiting for a CPU, or blocked in a system call such as fsync). */
    serverLoopBusy: number | null;
    /** Share of the run the server's event loop, and each crowd's, waited runnable for a CPU taken by other processes. */
    waiting: { server: number | null; crowds: (number | null)[] };
    /** The machine's 1-minute load average before the joins and after the commands (other work on it shows here). */
    load: [number, number];
  };
}

const figure = (values: number[]): Figure => ({ ...spread(values), max: values.length ? Math.max(...values) : Number.NaN });

/** The settings an operator would give `npm start` to lift every limit for a load test from one address. */
export function limitsEnv(limits: Limits): Record<string, string> {
  const rate = (r: Rate) => `${r.limit}/${Math.round(r.windowMs / 1000)}`;
  return {
    LIMIT_CREATES: rate(limits.creates), LIMIT_RUNS: rate(limits.runs), LIMIT_VALIDATIONS: rate(limits.validations),
    LIMIT_JOIN_FAILURES: rate(limits.joinFailures), LIMIT_COMMANDS: rate(limits.commands), LIMIT_BALLOTS: rate(limits.ballots),
    LIMIT_REFUSALS: rate(limits.refusals), MAX_CONNECTIONS_PER_ADDRESS: String(limits.connectionsPerAddress),
    MAX_PARTICIPANTS: String(limits.participantsPerSession),
  };
}

/**
 * One session's commands, planned on a simulation of the scenario after the setup: time runs in
 * half days; every `voteEvery` turns (from `phase`, so that the sessions' votes are spread over
 * time) the trainer opens a vote between two things the request can take, and closes it on the
 * session's next turn, the first option winning; a decision awaited goes to a vote as well.
 */
export function planClass(scenario: Scenario, turns: number, phase: number, voteEvery: number): Planned[] {
  const sim = new Simulation(scenario);
  for (const event of SETUP) applyInput(sim, { kind: 'event', event });
  let seq = SETUP.length;
  let votes = 0;
  let open: ScenarioEvent | null = null;
  const planned: Planned[] = [];
  const apply = (input: Input) => {
    applyInput(sim, input);
    seq++;
    if (sim.done) throw new Error(`${scenario.id} ends after ${seq} inputs: plan fewer turns or advance by less`);
  };
  for (let turn = 0; turn < turns; turn++) {
    const allowed = viewOf(sim).allowed;
    const choices = sim.waiting
      ? allowed.filter((e) => DECISIONS.has(e.type))
      : [...allowed.filter((e) => !ENDINGS.has(e.type)), ...allowed.filter((e) => e.type === 'WITHDRAW')].slice(0, 2);
    if (open) {
      apply({ kind: 'event', event: open });
      planned.push({ kind: 'closeVote', command: { type: 'closeVote' }, seq, vote: null });
      open = null;
    } else if (choices.length >= 2 && (sim.waiting || (turn + phase) % voteEvery === 0)) {
      open = choices[0]!;
      planned.push({ kind: 'openVote', command: { type: 'openVote', options: choices }, seq: null, vote: ++votes });
    } else if (sim.waiting) {
      apply({ kind: 'step' });
      planned.push({ kind: 'step', command: { type: 'step' }, seq, vote: null });
    } else {
      const to = Math.round((sim.time + ADVANCE_DAYS) * 1000) / 1000;
      apply({ kind: 'advance', to });
      planned.push({ kind: 'advance', command: { type: 'advance', to }, seq, vote: null });
    }
  }
  return planned;
}

/** What bench/server-probe.ts writes. */
const PROBE_LINE = /bench-probe active=([\d.]+) idle=([\d.]+)/g;

/** The server's event loop's busy and idle milliseconds so far (bench/server-probe.ts answers SIGUSR2). */
async function loopTimes(server: { pid: number; output(): string }): Promise<{ active: number; idle: number } | null> {
  const seen = server.output().match(PROBE_LINE)?.length ?? 0;
  process.kill(server.pid, 'SIGUSR2');
  for (let i = 0; i < 100; i++) {
    const lines = [...server.output().matchAll(PROBE_LINE)];
    if (lines.length > seen) {
      const [, active, idle] = lines.at(-1)!;
      return { active: Number(active), idle: Number(idle) };
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return null;
}

async function post<T>(url: string, path: string, body: object, token?: string): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(30_000),
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A session on the scenario, started, its setup's inputs sent by the trainer over REST. */
async function createClass(url: string): Promise<CreatedSession & { seq: number }> {
  const created = await post<CreatedSession>(url, '/api/sessions', { scenario: SCENARIO });
  const commands: TrainerCommand[] = [{ type: 'start' }, ...SETUP.map((event) => ({ type: 'event' as const, event }))];
  for (const command of commands) await post(url, `/api/sessions/${created.id}/commands`, command, created.trainerToken);
  return { ...created, seq: SETUP.length };
}

/**
 * Classes: the real server in a process of its own (`npm start`'s entry, every limit lifted by its
 * environment settings), `sessions` sessions of `participants` participants joined with their
 * codes from `crowds` child processes, and each session's trainer commanding in turn at a steady
 * overall rate.
 */
export async function classesFigures(options: ClassesOptions): Promise<ClassesFigures> {
  const o = options;
  // Joins pass through the server's budget for connections not joined yet, which has no setting.
  if (o.crowds * o.batch > DEFAULT_LIMITS.anonymous.perAddress) throw new Error(`${o.crowds} crowds × ${o.batch} joining at once exceed the server's ${DEFAULT_LIMITS.anonymous.perAddress} connections not yet joined per address`);
  const commands = Math.round(o.rate * o.seconds);
  const turns = Math.ceil(commands / o.sessions);
  const scenario = Catalog.fromFolder(SCENARIOS_DIR, silentLogger).get(SCENARIO);
  if (!scenario) throw new Error(`no scenario ${SCENARIO} in ${SCENARIOS_DIR}`);
  const plans = Array.from({ length: o.voteEvery }, (_, phase) => planClass(scenario, turns, phase, o.voteEvery));

  const loadBefore = loadavg()[0]!;
  const deployed = await deploy(o.deployment ?? { store: 'sqlite' }, SCENARIOS_DIR, limitsEnv(OPEN_LIMITS), [pathToFileURL(join(import.meta.dirname, 'server-probe.ts')).href]);
  const server = { url: deployed.url, output: () => deployed.processes.map((p) => p.output()).join('\n') };
  // Several processes: their CPU added up, their event loops not read (one figure per process would say little).
  const single = deployed.processes.length === 1 ? deployed.processes[0]! : null;
  const crowds: CrowdProcess<ToClasses, FromClasses>[] = [];
  const log = (line: string) => process.stderr.write(`classes: ${line}\n`);
  try {
    for (let k = 0; k < o.crowds; k++) crowds.push(await CrowdProcess.start<ToClasses, FromClasses>('classes-crowd.ts'));
    let t = performance.now();
    const sessions: ClassSession[] = [];
    for (let index = 0; index < o.sessions; index++) {
      const c = await createClass(server.url);
      sessions.push({ index, id: c.id, joinCode: c.joinCode, trainerToken: c.trainerToken, seq: c.seq, plan: plans[index % o.voteEvery]! });
    }
    const createMs = performance.now() - t;
    log(`${o.sessions} sessions created in ${(createMs / 1000).toFixed(1)} s; joining ${o.sessions * o.participants} participants…`);

    // Whole classes per crowd, alternating, so that each crowd's commands are evenly spaced.
    t = performance.now();
    const joined: Joined[] = await Promise.all(crowds.map((crowd, k) => crowd.ask(
      { type: 'connect', url: server.url, sessions: sessions.filter((s) => s.index % o.crowds === k), participants: o.participants, batch: o.batch },
      'joined', 600_000,
    )));
    const joinWallMs = performance.now() - t;
    await new Promise((r) => setTimeout(r, 2000)); // the trainers' presence updates of the joins die down

    log(`joined in ${(joinWallMs / 1000).toFixed(1)} s; ${commands} commands at ${o.rate}/s…`);
    const ballotSpreadMs = Math.min(1000, (o.sessions / o.rate) * 500);
    const loop0 = single && (await loopTimes(single));
    const cpu = watchCpu({ ...Object.fromEntries(deployed.processes.map((p, i) => [`server${i}`, p.pid])), bench: process.pid, ...Object.fromEntries(crowds.map((c, k) => [`crowd${k}`, c.pid])) });
    const ran: Ran[] = await Promise.all(crowds.map((crowd) => crowd.ask(
      { type: 'run', rate: o.rate, sessions: o.sessions, commands, ballotSpreadMs, timeoutMs: o.timeoutMs },
      'ran', (o.seconds * 5 + 600) * 1000,
    )));
    const used = cpu();
    const loop1 = single && (await loopTimes(single));
    const servers = deployed.processes.map((_, i) => used.cores[`server${i}`]);
    const serverCores = servers.every((c) => c != null) ? servers.reduce((a, b) => a! + b!, 0)! : null;
    const waits = deployed.processes.map((_, i) => used.waiting[`server${i}`]).filter((w): w is number => w != null);

    const all = <K extends keyof Ran>(key: K) => ran.map((r) => r[key]);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const byKind = Object.fromEntries((['advance', 'step', 'openVote', 'closeVote'] as const).map((k) => [k, figure(ran.flatMap((r) => r.ms[k]))])) as Record<CommandKind, Figure>;
    const latency = figure(ran.flatMap((r) => Object.values(r.ms).flat()));
    const closesHeld = ran.flatMap((r) => r.closesHeld);
    const f = {
      lost: sum(all('lost')), outOfOrder: sum(all('outOfOrder')), votesLost: sum(all('votesLost')), timedOut: sum(all('timedOut')),
      unanswered: sum(all('unanswered')), unsynced: sum(all('unsynced')), refused: sum(all('refused')), diverged: sum(all('diverged')),
    };
    return {
      goalMs: CLASSES_GOAL_MS,
      met: latency.p95 < CLASSES_GOAL_MS && Object.values(f).every((v) => v === 0),
      scenario: SCENARIO, options: o, deployed: deployed.described, sockets: o.sessions * (o.participants + 1),
      commands: `${commands} trainer commands over socket.io, ${o.rate}/s round-robin over the ${o.sessions} sessions (each session every ` +
        `${(o.sessions / o.rate).toFixed(1)} s): advance half a day; every ${o.voteEvery} turns open a vote, every participant casts a ballot ` +
        `(spread over ${Math.round(ballotSpreadMs)} ms), close it on the next turn; setup per session: start, ${SETUP.map((e) => e.type).join(', ')}`,
      latency, byKind, sent: sum(all('sent')), ...f,
      disconnected: sum(all('disconnected')), disconnectReasons: [...new Set(ran.flatMap((r) => r.disconnectReasons))],
      refusals: ran.flatMap((r) => r.refusals).slice(0, 5), received: sum(all('received')),
      ballots: { cast: sum(ran.map((r) => r.ballots.cast)), refused: sum(ran.map((r) => r.ballots.refused)) },
      closesHeld: { count: closesHeld.length, maxMs: closesHeld.length ? Math.max(...closesHeld) : 0 },
      lagMs: figure(ran.flatMap((r) => r.lagMs)),
      setup: { createMs, joinWallMs, connectMs: figure(joined.flatMap((j) => j.connectMs)), joinMs: figure(joined.flatMap((j) => j.joinMs)) },
      cpu: {
        cores: cpus().length, server: serverCores, bench: used.cores.bench ?? null,
        crowds: crowds.map((_, k) => used.cores[`crowd${k}`] ?? null), machineBusy: used.machineBusy,
        serverMsPerCommand: serverCores == null ? null : (serverCores * used.seconds * 1000) / Math.max(1, sum(all('sent'))),
        serverLoopBusy: loop0 && loop1 ? (loop1.active - loop0.active) / (loop1.active + loop1.idle - loop0.active - loop0.idle) : null,
        waiting: { server: waits.length ? waits.reduce((a, b) => a + b, 0) / waits.length : null, crowds: crowds.map((_, k) => used.waiting[`crowd${k}`] ?? null) },
        load: [loadBefore, loadavg()[0]!],
      },
    };
  } catch (error) {
    // What the server said last: why it stopped answering, if it did.
    log(`failed; the server's last output:\n${server.output().split('\n').slice(-15).join('\n')}`);
    throw error;
  } finally {
    await Promise.all(crowds.map((c) => c.stop()));
    await deployed.stop();
  }
}

const pct = (v: number | null) => (v === null ? '-' : `${(v * 100).toFixed(0)}%`);
const spreadCells = (f: Figure) => [f.p50.toFixed(1), f.p95.toFixed(1), f.p99.toFixed(1), f.max.toFixed(1), String(f.samples)];

/** The detail under the headline: by kind of command, the joins, and where the machine's CPU went. */
export function formatClasses(c: ClassesFigures): string {
  const o = c.options;
  const rows = [
    ['every command', ...spreadCells(c.latency)],
    ...(Object.entries(c.byKind) as [CommandKind, Figure][]).filter(([, f]) => f.samples > 0).map(([k, f]) => [k, ...spreadCells(f)]),
    ['(when each command left its crowd, after it was due)', ...spreadCells(c.lagMs)],
    ['participant: websocket connected', ...spreadCells(c.setup.connectMs)],
    ['participant: join answered', ...spreadCells(c.setup.joinMs)],
  ];
  const crowdCpu = c.cpu.crowds.map(pct).join(' + ');
  return [
    `classes: ${o.sessions} sessions × ${o.participants} participants (${c.sockets.toLocaleString('en')} websockets), ${c.deployed ?? 'one server process on SQLite'}, ` +
      `the clients in ${o.crowds} processes of their own; ms from a trainer's command to the last participant of its session:`,
    table(['what', 'p50', 'p95', 'p99', 'max', 'samples'], rows, ['l', 'r', 'r', 'r', 'r', 'r']),
    `commands: ${c.commands}`,
    `setup: ${o.sessions} sessions created and started over REST in ${ms(c.setup.createMs, 0)}; ` +
      `${(o.sessions * o.participants).toLocaleString('en')} participants connected and joined in ${(c.setup.joinWallMs / 1000).toFixed(1)} s (${o.batch} at a time per crowd)`,
    `delivery: ${c.sent} commands sent, ${c.refused} refused${c.refusals.length ? ` (${c.refusals.join('; ')})` : ''}, ${c.diverged} answered another seq than planned, ` +
      `${c.unanswered} unanswered within ${(3 * o.timeoutMs) / 1000} s, ${c.timedOut} not everywhere within ${o.timeoutMs / 1000} s (timed all the same when they came); ${c.received.toLocaleString('en')} input broadcasts received, ${c.lost} lost, ${c.outOfOrder} out of order; ` +
      `${c.votesLost} vote openings or closings missed; ${c.disconnected} participants' connections closed during the run${c.disconnectReasons.length ? ` (${c.disconnectReasons.join(', ')})` : ''}; ` +
      `${c.ballots.cast.toLocaleString('en')} ballots counted, ${c.ballots.refused} refused; ` +
      `${c.closesHeld.count} closes waited for their last ballots (at most ${ms(c.closesHeld.maxMs, 0)}; a close gives up after ${o.timeoutMs / 1000} s, ` +
      'and a ballot counted late is refused, which can change the winner and the seqs after it)',
    `CPU while the commands ran (${c.cpu.cores} cores; 100% = one core): server ${pct(c.cpu.server)}` +
      `${c.cpu.serverMsPerCommand === null ? '' : ` (${c.cpu.serverMsPerCommand.toFixed(1)} ms of CPU per command, its ballots and broadcasts included)`}, ` +
      `client crowds ${crowdCpu}, bench ${pct(c.cpu.bench)}; whole machine ${pct(c.cpu.machineBusy)} busy (the rest is other work on the machine); ` +
      `load average ${c.cpu.load[0].toFixed(1)} before, ${c.cpu.load[1].toFixed(1)} after. ` +
      `The server's event loop was busy ${pct(c.cpu.serverLoopBusy)} of the run and waited for a CPU ${pct(c.cpu.waiting.server)} of the run, the crowds' ${c.cpu.waiting.crowds.map(pct).join(' and ')} ` +
      `(runnable, while the machine ran something else). The clients' processes compete with the server for the same cores: ` +
      'the figures are an upper bound of what the server would give with the machine to itself.',
  ].join('\n');
}

/** The headline rows: figure, value, goal, verdict. */
export function classesHeadline(c: ClassesFigures): string[][] {
  const l = c.latency;
  const o = c.options;
  const clean = c.lost + c.outOfOrder + c.votesLost === 0;
  return [
    [`classes ${o.sessions}×${o.participants}: command → last participant p50 / p95 / p99 / max`, `${l.p50.toFixed(1)} / ${l.p95.toFixed(1)} / ${l.p99.toFixed(1)} / ${l.max.toFixed(0)} ms`,
      `p95 < ${c.goalMs} ms`, `${l.p95 < c.goalMs ? 'met' : `MISSED (${(l.p95 / c.goalMs).toFixed(2)}x the goal)`}; ${l.samples} commands at ${o.rate}/s, clients on the same ${c.cpu.cores} cores`],
    [`classes ${o.sessions}×${o.participants}: broadcasts lost / out of order / vote changes missed`, `${c.lost} / ${c.outOfOrder} / ${c.votesLost}`, '0 / 0 / 0',
      `${clean ? 'met' : 'MISSED'}; ${c.timedOut} late over ${o.timeoutMs / 1000} s, ${c.unanswered} unanswered, ${c.refused} refused`],
    [`classes ${o.sessions}×${o.participants}: connect / join p95`, `${c.setup.connectMs.p95.toFixed(1)} / ${c.setup.joinMs.p95.toFixed(1)} ms`, '',
      `all ${(o.sessions * o.participants).toLocaleString('en')} joined in ${(c.setup.joinWallMs / 1000).toFixed(1)} s`],
  ];
}
