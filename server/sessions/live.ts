import { replay } from '../../machines/run/replay.ts';
import type { Simulation } from '../../machines/run/simulation.ts';
import { viewOf, type RequestView } from '../../machines/run/view.ts';
import type { InputRecord, Playing, SessionStatus } from '../protocol.ts';
import type { SessionRow, VoteRow } from '../store/store.ts';

/**
 * A session held in memory: its row, its log, and the simulation the log leads to (a cache: the log
 * is the truth, and the simulation is rebuilt from it whenever in doubt). Commands on one session
 * run one at a time, so that between applying an input and recording it nothing else gets in.
 */
export class LiveSession {
  sim: Simulation;
  status: SessionStatus;
  playing: (Playing & { timer: NodeJS.Timeout | null }) | null = null;
  voteTimer: NodeJS.Timeout | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private viewed: { sim: Simulation; seq: number; view: RequestView } | null = null;

  constructor(
    readonly row: SessionRow,
    readonly inputs: InputRecord[],
    /** Oldest first; at most the last one is open. */
    readonly votes: VoteRow[],
  ) {
    this.sim = replay(row.scenario, inputs.map((r) => r.input));
    this.status = row.status;
  }

  get id(): string {
    return this.row.id;
  }

  get seq(): number {
    return this.inputs.length;
  }

  get openVote(): VoteRow | null {
    const last = this.votes.at(-1);
    return last && last.closedAt === null ? last : null;
  }

  get lastVote(): VoteRow | null {
    return this.votes.at(-1) ?? null;
  }

  /**
   * What every screen shows at this seq, derived once: the command's answer, its broadcast and each
   * socket's snapshot share it (a view is a copy, never changed after it is made).
   */
  get view(): RequestView {
    if (this.viewed?.sim !== this.sim || this.viewed.seq !== this.seq) this.viewed = { sim: this.sim, seq: this.seq, view: viewOf(this.sim) };
    return this.viewed.view;
  }

  /** Throw away the cached simulation and derive it again from the log. */
  rebuild(): void {
    this.sim = replay(this.row.scenario, this.inputs.map((r) => r.input));
  }

  /** Run `work` after every command queued before it, and before any queued after it. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    this.pending++;
    const result = this.queue.then(work).finally(() => this.pending--);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Nothing under way and nothing scheduled: the session can leave memory and be replayed later. */
  get idle(): boolean {
    return this.pending === 0 && this.playing === null && this.voteTimer === null;
  }

  stopTimers(): void {
    if (this.playing?.timer) clearTimeout(this.playing.timer);
    this.playing = null;
    if (this.voteTimer) clearTimeout(this.voteTimer);
    this.voteTimer = null;
  }
}
