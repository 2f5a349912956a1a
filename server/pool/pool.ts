import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Logger } from '../log.ts';
import { runTask, type Answer, type Task } from './tasks.ts';

/**
 * Where heavy engine work runs (DESIGN.md, "The server": nothing a request asks for may hold the
 * event loop): parsing and checking posted scenarios, runs and samples.
 */
export interface EnginePool {
  /**
   * The task's answer. Rejects with PoolBusy when the queue is full, TaskStopped when `signal`
   * aborts it (the caller went away) or it runs past the pool's deadline, PoolClosed once closing.
   */
  run(task: Task, signal?: AbortSignal): Promise<Answer>;
  readonly threads: number;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Worker threads (POOL_THREADS); default os.availableParallelism(). */
  threads?: number;
  /** Tasks that may wait for a free thread (POOL_QUEUE); one more is refused (503). Default 16 per thread. */
  queue?: number;
  /**
   * A task that has run this long on its thread is stopped, its thread with it (POOL_TASK_SECONDS);
   * default 20 s: the dearest request the default cost limits allow takes about 4 s of a thread.
   */
  taskMs?: number;
}

/** Every thread is busy and the queue is full: try again in `retryAfter` seconds. */
export class PoolBusy extends Error {
  constructor(readonly queue: number, readonly retryAfter: number) {
    super(`All ${queue} places in the queue for the engine's threads are taken.`);
  }
}

/** The pool is closing with the server: nothing more runs. */
export class PoolClosed extends Error {
  constructor() {
    super('The engine\'s threads are stopping with the server.');
  }
}

/** The task was stopped before it answered: its caller went away, or it ran past the deadline. */
export class TaskStopped extends Error {
  constructor(readonly why: 'abandoned' | 'deadline', readonly afterMs: number) {
    super(why === 'abandoned' ? 'The caller went away.' : `The task did not answer within ${Math.round(afterMs / 1000)} s.`);
  }
}

export const DEFAULT_TASK_MS = 20_000;
/** A classroom that presses "validate" at once fits; the longest wait, behind the dearest samples the default limits allow, is about a minute. */
export const DEFAULT_QUEUE_PER_THREAD = 16;
const YOUNG_GENERATION_MB = 64;

export function defaultThreads(): number {
  return availableParallelism();
}

const WORKER = new URL('./worker.mjs', import.meta.url).href;

interface Waiting {
  task: Task;
  signal?: AbortSignal;
  resolve: (answer: Answer) => void;
  reject: (error: unknown) => void;
  leave: () => void;
}

/**
 * The engine in a pool of worker threads (piscina): what the server uses. Tasks wait in a queue
 * kept here, and go to piscina only when a thread is free: the bound on the queue is exact (piscina
 * 5.3's maxQueue does not count tasks that carry an AbortSignal, as these all do), and a task's
 * deadline counts from when it starts to run, not from when it joined the queue.
 */
export class ThreadPool implements EnginePool {
  readonly threads: number;
  readonly queue: number;
  readonly taskMs: number;
  private readonly piscina: Piscina<Task, Answer>;
  private readonly waiting: Waiting[] = [];
  private running = 0;
  private closed = false;

  constructor(options: PoolOptions = {}, log?: Logger) {
    this.threads = options.threads ?? defaultThreads();
    this.queue = options.queue ?? DEFAULT_QUEUE_PER_THREAD * this.threads;
    this.taskMs = options.taskMs ?? DEFAULT_TASK_MS;
    if (!Number.isInteger(this.threads) || this.threads < 1) throw new Error(`A pool needs at least one thread, not ${this.threads}.`);
    if (!Number.isInteger(this.queue) || this.queue < 0) throw new Error(`A pool's queue holds a whole number of tasks, not ${this.queue}.`);
    this.piscina = new Piscina<Task, Answer>({
      filename: WORKER,
      // Every thread starts now and stays: starting one (tsx, then the engine) takes about a second.
      // A thread stopped with its task is replaced at once. (With fewer threads kept than allowed,
      // piscina counts a starting thread as room, and after a stop leaves tasks it holds waiting
      // for a thread nobody starts.)
      minThreads: this.threads,
      maxThreads: this.threads,
      idleTimeout: Infinity,
      // A sample allocates a simulation per run. With a larger young generation V8 collects far
      // less often: samples run faster, and V8's collector threads, which run at the event loop's
      // priority, take much less of the cores the loop shares (bench: isolation). At most 64 MB
      // more per thread while it samples.
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    // A thread that fails outside any task (it cannot load the engine) must not bring the server down.
    this.piscina.on('error', (error: unknown) => log?.error('an engine thread failed', { error: error instanceof Error ? error.stack : String(error) }));
  }

  run(task: Task, signal?: AbortSignal): Promise<Answer> {
    if (this.closed) return Promise.reject(new PoolClosed());
    if (signal?.aborted) return Promise.reject(new TaskStopped('abandoned', this.taskMs));
    if (this.running >= this.threads && this.waiting.length >= this.queue) return Promise.reject(new PoolBusy(this.queue, this.retryAfter()));
    return new Promise<Answer>((resolve, reject) => {
      const entry: Waiting = {
        task, signal, resolve, reject,
        // Gone before its turn: out of the queue, no thread touched.
        leave: () => {
          const at = this.waiting.indexOf(entry);
          if (at < 0) return;
          this.waiting.splice(at, 1);
          reject(new TaskStopped('abandoned', this.taskMs));
        },
      };
      signal?.addEventListener('abort', entry.leave, { once: true });
      this.waiting.push(entry);
      this.next();
    });
  }

  /** Tasks on a thread now, and tasks waiting for one. */
  get load(): { running: number; queued: number } {
    return { running: this.running, queued: this.waiting.length };
  }

  private next(): void {
    while (this.running < this.threads && this.waiting.length > 0) {
      const entry = this.waiting.shift()!;
      entry.signal?.removeEventListener('abort', entry.leave);
      this.running++;
      void this.start(entry).finally(() => {
        this.running--;
        this.next();
      });
    }
  }

  /** One task on a thread, stopped (its thread with it) when its caller leaves or its time is up. */
  private async start({ task, signal, resolve, reject }: Waiting): Promise<void> {
    const stop = new AbortController();
    let why: TaskStopped['why'] | undefined;
    const abandon = () => {
      why ??= 'abandoned';
      stop.abort();
    };
    signal?.addEventListener('abort', abandon, { once: true });
    const timer = setTimeout(() => {
      why ??= 'deadline';
      stop.abort();
    }, this.taskMs);
    timer.unref();
    try {
      resolve(await this.piscina.run(task, { signal: stop.signal }));
    } catch (error) {
      reject(why ? new TaskStopped(why, this.taskMs) : this.closed ? new PoolClosed() : error);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abandon);
    }
  }

  /** Seconds until a place is likely free: the queue ahead, at the mean time of a task so far. */
  private retryAfter(): number {
    const mean = this.piscina.histogram.runTime.mean;
    const perTask = Number.isFinite(mean) && mean > 0 ? mean : 1000;
    const ahead = this.waiting.length / this.threads + 1;
    return Math.min(60, Math.max(1, Math.ceil((perTask * ahead) / 1000)));
  }

  /** Stops every thread, and with it any task under way; tasks still waiting are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const entry of this.waiting.splice(0)) {
      entry.signal?.removeEventListener('abort', entry.leave);
      entry.reject(new PoolClosed());
    }
    await this.piscina.destroy();
  }
}

/**
 * The same tasks on this thread, one at a time, their data cloned both ways as a thread would see
 * it: for tests of the REST app and tools that want no threads. Never for a server: it holds the loop.
 */
export class InlinePool implements EnginePool {
  readonly threads = 0;

  async run(task: Task, signal?: AbortSignal): Promise<Answer> {
    if (signal?.aborted) throw new TaskStopped('abandoned', 0);
    return structuredClone(runTask(structuredClone(task)));
  }

  async close(): Promise<void> {}
}
