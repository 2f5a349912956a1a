import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { sampleScenario } from '../machines/run/sample.ts';
import { Catalog } from '../server/catalog.ts';
import { DEFAULT_LIMITS } from '../server/limiter.ts';
import { silentLogger } from '../server/log.ts';
import { ThreadPool } from '../server/pool/pool.ts';
import type { Answer } from '../server/pool/tasks.ts';
import { awaitServing } from '../server/serving-line.ts';
import { median, spread, type Spread } from './stats.ts';

/** Issue 10, finding 2: heavy engine work off the event loop. */
export const POOL_SAMPLES_GOAL_S = 0.4;
export const EXTRA_P99_GOAL_MS = 10;

const ROOT = join(import.meta.dirname, '..');
const SCENARIOS_DIR = join(ROOT, 'scenarios', 'fictional');
const SAMPLED = 'preservation-race-lost';
const COMMANDED = 'blocking-statute-mlat';

export interface IsolationFigures {
  threads: number;
  samples: {
    scenario: string;
    runs: number;
    seed: number;
    /** One task on the pool: the one seeded stream the figures need, on one thread. Median of reps. */
    poolSeconds: number;
    /** The same call on the bench's own thread. */
    mainSeconds: number;
    sameFigures: boolean;
    /** The runs split over every thread, one seed each: other figures, for what splitting would buy. */
    split: { tasks: number; seconds: number };
    reps: number;
  };
  latency: {
    /** Steps timed per condition, over all rounds. */
    commands: number;
    gapMs: number;
    rounds: number;
    bombBytes: number;
    /** What the server answered the bomb (it is abandoned when timing ends, unless it answered first). */
    bombAnswers: string[];
    /** Bombs sent a second while bombs were kept in flight (one after another, each as soon as the last was answered). */
    bombsPerSecond: number;
    idle: Spread;
    sample: Spread;
    bomb: Spread;
    both: Spread;
    /** The bomb as often as the server's limits let one address send it (LIMIT_RUNS: one a second), and the samples. */
    paced: Spread;
  };
}

/** `a: &a x` and a flow list of `*a`: about 189 KB, under the 190,000 characters a `yaml` field takes. */
export function aliasBomb(): string {
  return `a: &a x\nb: [${Array.from({ length: 47_250 }, () => '*a').join(', ')}]\n`;
}

async function samplesOnThePool(reps: number): Promise<IsolationFigures['samples']> {
  const scenario = Catalog.fromFolder(SCENARIOS_DIR, silentLogger).get(SAMPLED)!;
  const threads = availableParallelism();
  const pool = new ThreadPool({ threads, taskMs: 120_000 });
  const runs = 10_000;
  const seed = 1;
  try {
    const task = (n: number, s: number) => pool.run({ kind: 'run', source: { scenario }, sample: n, seed: s, budget: Infinity });
    // Every thread started and warm (a thread takes about a second to load tsx and the engine).
    for (let i = 0; i < 2; i++) await Promise.all(Array.from({ length: threads }, () => task(2000, 99)));
    const poolTimes: number[] = [];
    const mainTimes: number[] = [];
    const splitTimes: number[] = [];
    let pooled: Answer | undefined;
    let main: unknown;
    sampleScenario(scenario, runs, seed);
    for (let r = 0; r < reps; r++) {
      let t = performance.now();
      pooled = await task(runs, seed);
      poolTimes.push(performance.now() - t);
      t = performance.now();
      main = sampleScenario(scenario, runs, seed);
      mainTimes.push(performance.now() - t);
      t = performance.now();
      await Promise.all(Array.from({ length: threads }, (_, i) => task(Math.ceil(runs / threads), seed + i)));
      splitTimes.push(performance.now() - t);
    }
    return {
      scenario: SAMPLED, runs, seed, reps,
      poolSeconds: median(poolTimes) / 1000, mainSeconds: median(mainTimes) / 1000,
      sameFigures: pooled?.kind === 'ran' && isDeepStrictEqual(pooled.result, main),
      split: { tasks: threads, seconds: median(splitTimes) / 1000 },
    };
  } finally {
    await pool.close();
  }
}

interface Created { id: string; trainerToken: string }

async function post(url: string, body: object, signal?: AbortSignal): Promise<{ status: number; body: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: signal ?? AbortSignal.timeout(30_000) });
  return { status: res.status, body: await res.json() };
}

/** A trainer stepping sessions of a library scenario; a session whose request has ended is replaced (untimed). */
class Trainer {
  private session: Created | undefined;
  constructor(private readonly base: string) {}

  private async fresh(): Promise<Created> {
    const res = await post(`${this.base}/api/sessions`, { scenario: COMMANDED });
    if (res.status !== 201) throw new Error(`session: ${res.status} ${JSON.stringify(res.body)}`);
    return (this.session = res.body as Created);
  }

  /** One step, timed from `due`: ms until its answer. */
  async step(due: number): Promise<number> {
    let status = await this.send(this.session ?? (await this.fresh()));
    // The request has ended: a new session, and the step again, still timed from when it was due.
    if (status === 409) status = await this.send(await this.fresh());
    if (status !== 200) throw new Error(`step: ${status}`);
    return performance.now() - due;
  }

  private async send(session: Created): Promise<number> {
    const res = await fetch(`${this.base}/api/sessions/${session.id}/commands`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.trainerToken}` },
      body: '{"type":"step"}', signal: AbortSignal.timeout(60_000),
    });
    await res.arrayBuffer();
    return res.status;
  }
}

/** `commands` steps, one due every `gapMs`; each measured from when it was due (a late one is not forgiven). */
async function timeCommands(trainer: Trainer, commands: number, gapMs: number): Promise<number[]> {
  const lags: number[] = [];
  const start = performance.now();
  for (let i = 0; i < commands; i++) {
    const due = start + i * gapMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    lags.push(await trainer.step(due));
  }
  return lags;
}

/**
 * Keeps one request of `body` in flight until stopped (or one every `everyMs`, if more), and records
 * what the server answered; `sent` adds up what went, and for how long.
 */
function keepInFlight(base: string, body: () => object, answers: string[], sent = { count: 0, ms: 0 }, everyMs = 0): { stop: () => Promise<void> } {
  const gone = new AbortController();
  const started = performance.now();
  const loop = (async () => {
    while (!gone.signal.aborted) {
      try {
        sent.count++;
        const due = performance.now() + everyMs;
        const res = await post(`${base}/api/runs`, body(), gone.signal);
        if (everyMs > 0) await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
        if (answers.length < 5) answers.push(`${res.status}${res.body?.type ? ` ${String(res.body.type).replace('urn:rogatory:problem:', '')}` : ''}`);
      } catch {
        return;
      }
    }
  })();
  return { stop: async () => { sent.ms += performance.now() - started; gone.abort(); await loop; } };
}

async function latencies(rounds: number, commands: number, gapMs: number): Promise<IsolationFigures['latency']> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rogatory-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/isolation-server.ts'], {
    cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, SCENARIOS_DIR }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const base = await awaitServing(child, 30_000).url;
    const trainer = new Trainer(base);
    const bomb = aliasBomb();
    const bombAnswers: string[] = [];
    // Refused in milliseconds now, a bomb kept in flight is a flood: counted, to say how dense.
    const bombsSent = { count: 0, ms: 0 };
    const bombs = () => keepInFlight(base, () => ({ yaml: bomb }), bombAnswers, bombsSent);
    const pacedBombs = () => keepInFlight(base, () => ({ yaml: bomb }), [], undefined, 60_000 / DEFAULT_LIMITS.runs.limit);
    let seed = 0;
    const sample = () => ({ scenario: SAMPLED, sample: 2000, seed: ++seed });
    // Warm: the engine's threads started, the JIT through a few hundred steps.
    for (let i = 0; i < 2; i++) await post(`${base}/api/runs`, sample());
    await timeCommands(trainer, 100, gapMs);

    /** Timed beside what `load` keeps in flight; after it, the pool is left to settle (a stopped thread is replaced). */
    const under = async (load: (() => { stop: () => Promise<void> })[]) => {
      const running = load.map((start) => start());
      await new Promise((r) => setTimeout(r, 300));
      const figures = await timeCommands(trainer, commands, gapMs);
      await Promise.all(running.map((r) => r.stop()));
      const settled = performance.now();
      while (performance.now() - settled < 15_000 && (await post(`${base}/api/runs`, { scenario: SAMPLED })).status !== 200) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 1500));
      return figures;
    };
    const samples = () => keepInFlight(base, sample, []);
    // Rounds of the four conditions in turn: this machine's cores are shared with others, whose load
    // comes and goes; each condition is measured across the whole time, like the others.
    const lags = { idle: [] as number[], sample: [] as number[], bomb: [] as number[], both: [] as number[], paced: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      lags.idle.push(...(await under([])));
      lags.sample.push(...(await under([samples])));
      lags.bomb.push(...(await under([bombs])));
      lags.both.push(...(await under([bombs, samples])));
      lags.paced.push(...(await under([pacedBombs, samples])));
    }
    return {
      commands: commands * rounds, gapMs, rounds, bombBytes: Buffer.byteLength(bomb), bombAnswers,
      bombsPerSecond: bombsSent.count / (bombsSent.ms / 1000),
      idle: spread(lags.idle), sample: spread(lags.sample), bomb: spread(lags.bomb), both: spread(lags.both), paced: spread(lags.paced),
    };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    if (child.exitCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * (a) 10,000 sampled runs of a shipped scenario on the pool, beside the same call on this thread
 * and the runs split over every thread with a seed each (which gives other figures); (b) the p99
 * of a trainer's command while a 189 KB alias bomb and 2,000-run samples are in flight, beside idle.
 */
export async function isolationFigures(options: { quick: boolean }): Promise<IsolationFigures> {
  const samples = await samplesOnThePool(options.quick ? 2 : 7);
  const latency = await latencies(options.quick ? 1 : 3, 100, 50);
  return { threads: availableParallelism(), samples, latency };
}
