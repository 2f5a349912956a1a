import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyInput, type Input } from '../machines/run/replay.ts';
import { Simulation } from '../machines/run/simulation.ts';
import { startServer, type RunningServer } from '../server/http.ts';
import { silentLogger } from '../server/log.ts';
import type { CreatedSession, InputBroadcast, TrainerCommand } from '../server/protocol.ts';
import type { Step } from './crowd-protocol.ts';
import { CrowdProcess } from './crowd-process.ts';
import { instrument, type CommandCost } from './fanout-instrument.ts';
import { watchGc } from './gc-watch.ts';
import { startRawServer } from './raw-server.ts';
import { median, spread, type Spread } from './stats.ts';

export const FANOUT_GOAL = 1.3;
const SCENARIO = 'blocking-statute-mlat';
const ROOT = join(import.meta.dirname, '..');
/** A classroom's joins come from one address here: lift the per-address limits for the bench only. */
const OPEN_LIMITS = {
  joins: { limit: 1_000_000, windowMs: 60_000 }, votes: { limit: 1_000_000, windowMs: 60_000 }, creates: { limit: 1_000_000, windowMs: 60_000 },
  validations: { limit: 1_000_000, windowMs: 60_000 },
};

export interface FanoutOptions {
  ns: number[];
  rounds: number;
  perRound: number;
  warmup: number;
  gapMs: number;
}

type Percentiles = { p50: number; p95: number; p99: number };

export interface FanoutAtN {
  n: number;
  /** Each percentile is the median over the rounds of that round's percentile. */
  rogatory: Percentiles;
  raw: Percentiles;
  /** Rogatory over raw: the median over the rounds of each round's ratio. */
  ratio: Percentiles;
  /** Each round's own figures (both servers measured in the same round, interleaved). */
  rounds: { rogatory: Spread; raw: Spread; ratio: Percentiles }[];
  /** Every sample of every round together. */
  pooled: { rogatory: Spread; raw: Spread; ratio: Percentiles };
  /** Median JSON size of an `input` broadcast (the raw server sends the very same objects). */
  payloadBytes: number;
  /** Broadcasts a participant received out of seq order (must be 0). */
  outOfOrder: number;
  /** Medians of the server-side cost of one Rogatory command, and of one raw broadcast call. */
  serverMs: Omit<CommandCost, 'gc'> & { rawBroadcast: number };
  /** Mean garbage collection per command up to its broadcast's end, and per raw broadcast call. */
  gcMs: { rogatory: number; raw: number };
}

export interface FanoutFigures {
  goal: number;
  scenario: string;
  commands: string;
  byN: FanoutAtN[];
}

async function post<T>(url: string, path: string, body: object, token?: string): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(10_000),
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * The trainer's commands, planned on a simulation of the same scenario: let half a day pass, or
 * step when a decision is awaited (the default policy decides). Each makes exactly one input.
 */
function plan(server: RunningServer, count: number, firstSeq: number): { command: TrainerCommand; seq: number }[] {
  const sim = new Simulation(server.catalog.get(SCENARIO)!);
  applyInput(sim, { kind: 'event', event: { type: 'SEND_DIRECT' } });
  return Array.from({ length: count }, (_, i) => {
    const input: Input = sim.waiting ? { kind: 'step' } : { kind: 'advance', to: Math.round((sim.time + 0.5) * 1000) / 1000 };
    applyInput(sim, input);
    if (sim.done) throw new Error(`${SCENARIO} ends after ${i + 1} commands: plan fewer`);
    const command: TrainerCommand = input.kind === 'step' ? { type: 'step' } : { type: 'advance', to: (input as { to: number }).to };
    return { command, seq: firstSeq + i + 1 };
  });
}

const ratio = (a: Percentiles, b: Percentiles): Percentiles => ({ p50: a.p50 / b.p50, p95: a.p95 / b.p95, p99: a.p99 / b.p99 });

interface Rig {
  server: RunningServer;
  costs: ReturnType<typeof instrument>;
  gc: ReturnType<typeof watchGc>;
  raw: Awaited<ReturnType<typeof startRawServer>>;
  crowd: CrowdProcess;
  /** Every `input` broadcast Rogatory made, in order; the raw server repeats the latest. */
  broadcasts: InputBroadcast[];
}

async function atN(n: number, options: FanoutOptions, { server, costs, gc, raw, crowd, broadcasts }: Rig): Promise<FanoutAtN> {
  const session = await post<CreatedSession>(server.url, '/api/sessions', { scenario: SCENARIO });
  await post(server.url, `/api/sessions/${session.id}/commands`, { type: 'event', event: { type: 'SEND_DIRECT' } }, session.trainerToken);
  const planned = plan(server, options.warmup + options.rounds * options.perRound, 1);
  const from = broadcasts.length;

  await crowd.ask({ type: 'connect', target: 'rogatory', url: server.url, n, joinCode: session.joinCode, auth: { sessionId: session.id, trainerToken: session.trainerToken } }, 'connected');
  await crowd.ask({ type: 'connect', target: 'raw', url: raw.url, n }, 'connected');
  await new Promise((r) => setTimeout(r, 500)); // let the presence updates of the joins die down

  /**
   * Pairs of steps: a trainer's command, and raw socket.io broadcasting that command's broadcast
   * again. Which of the two goes first alternates from pair to pair (raw going first repeats the
   * previous command's broadcast), so that neither always follows the other.
   */
  const pairs = (commands: typeof planned, offset: number): Step[] => commands.flatMap((c, i) => {
    const rogatory: Step = { target: 'rogatory', seq: c.seq, command: c.command };
    const before = (offset + i) % 2 === 1;
    return before ? [{ target: 'raw', seq: c.seq - 1 }, rogatory] : [rogatory, { target: 'raw', seq: c.seq }];
  });
  let outOfOrder = 0;
  const measure = async (steps: Step[]) => {
    const answer = await crowd.ask({ type: 'measure', steps, gapMs: options.gapMs }, 'measured');
    outOfOrder += answer.outOfOrder;
    return {
      rogatory: answer.ms.filter((_, i) => steps[i]!.target === 'rogatory'),
      raw: answer.ms.filter((_, i) => steps[i]!.target === 'raw'),
    };
  };

  await measure(pairs(planned.slice(0, options.warmup), 0));
  costs.take();
  raw.emits.length = 0;
  const rogatoryMs: number[] = [];
  const rawMs: number[] = [];
  const rounds: FanoutAtN['rounds'] = [];
  for (let round = 0; round < options.rounds; round++) {
    const first = options.warmup + round * options.perRound;
    const m = await measure(pairs(planned.slice(first, first + options.perRound), first));
    rogatoryMs.push(...m.rogatory);
    rawMs.push(...m.raw);
    const [r, b] = [spread(m.rogatory), spread(m.raw)];
    rounds.push({ rogatory: r, raw: b, ratio: ratio(r, b) });
  }
  await crowd.ask({ type: 'disconnect', target: 'rogatory' }, 'disconnected');
  await crowd.ask({ type: 'disconnect', target: 'raw' }, 'disconnected');

  const pooled = { rogatory: spread(rogatoryMs), raw: spread(rawMs) };
  const overRounds = (pick: (round: (typeof rounds)[number]) => Percentiles): Percentiles => ({
    p50: median(rounds.map((x) => pick(x).p50)), p95: median(rounds.map((x) => pick(x).p95)), p99: median(rounds.map((x) => pick(x).p99)),
  });
  await new Promise((r) => setTimeout(r, 50)); // the collector's last entries
  const measuredCosts = costs.take();
  const rawEmits = raw.emits.splice(0);
  const med = (pick: (c: CommandCost) => number) => median(measuredCosts.map(pick));
  return {
    n,
    rogatory: overRounds((x) => x.rogatory), raw: overRounds((x) => x.raw), ratio: overRounds((x) => x.ratio),
    rounds, pooled: { ...pooled, ratio: ratio(pooled.rogatory, pooled.raw) },
    payloadBytes: median(broadcasts.slice(from).map((b) => JSON.stringify(b).length)),
    outOfOrder,
    serverMs: {
      engine: med((c) => c.engine), commit: med((c) => c.commit), broadcast: med((c) => c.broadcast), total: med((c) => c.total),
      rawBroadcast: median(rawEmits.map((e) => e.end - e.start)),
    },
    gcMs: {
      rogatory: measuredCosts.reduce((a, c) => a + c.gc, 0) / measuredCosts.length,
      raw: rawEmits.reduce((a, e) => a + gc.within(e.start, e.end), 0) / rawEmits.length,
    },
  };
}

/**
 * Fan-out: Rogatory (in this process, on a temp DATA_DIR) and a bare socket.io server side by side,
 * the same N clients of a separate process connected to each, the same payloads.
 */
export async function fanoutFigures(options: FanoutOptions): Promise<FanoutFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rogatory-bench-'));
  const server = await startServer({
    port: 0, host: '127.0.0.1', dataDir, scenariosDir: join(ROOT, 'scenarios', 'fictional'), log: silentLogger, limits: OPEN_LIMITS,
  });
  const gc = watchGc();
  const costs = instrument(server, gc);
  const broadcasts: InputBroadcast[] = [];
  server.sessions.on('input', (b) => broadcasts.push(b));
  const raw = await startRawServer(() => broadcasts.at(-1));
  const crowd = await CrowdProcess.start();
  try {
    const byN: FanoutAtN[] = [];
    for (const n of options.ns) byN.push(await atN(n, options, { server, costs, gc, raw, crowd, broadcasts }));
    return {
      goal: FANOUT_GOAL, scenario: SCENARIO,
      commands: `trainer commands over socket.io (advance half a day, or step when a decision is awaited), each paired with a raw broadcast of the same payload, alternating which goes first; ${options.rounds} rounds of ${options.perRound} pairs after ${options.warmup} to warm up`,
      byN,
    };
  } finally {
    gc.stop();
    await crowd.stop();
    await raw.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
