import { replay } from '../../machines/run/replay.ts';
import type { Simulation } from '../../machines/run/simulation.ts';
import { viewOf, type RequestView } from '../../machines/run/view.ts';
import type { InputRecord, Playing, SessionStatus } from '../protocol.ts';
import type { SessionRow, Store, VoteRow } from '../store/store.ts';

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
  /** The votes whose ballots are not read yet (every one before the last, when loaded with `ballotsOf: 'last'`). */
  private unread: Set<VoteRow> | null;

  constructor(
    readonly row: SessionRow,
    readonly inputs: InputRecord[],
    /**
     * Oldest first; at most the last one is open. Only the last one's ballots are sure to be here:
     * read every vote's through everyVote.
     */
    readonly votes: VoteRow[],
    /**
     * 'last' when only the last vote came with its ballots: a class's thousand closed votes never
     * change again, and only the debrief and the attendance sheet read their ballots.
     */
    ballotsOf: 'all' | 'last' = 'all',
  ) {
    this.unread = ballotsOf === 'last' && votes.length > 1 ? new Set(votes.slice(0, -1)) : null;
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

  /** Every vote with its ballots, those not read at load read now (once). Call it inside `exclusive`. */
  async everyVote(store: Pick<Store, 'ballots'>): Promise<readonly VoteRow[]> {
    if (this.unread) {
      const cast = await store.ballots(this.id);
      for (const vote of this.unread) {
        const of = cast.get(vote.id);
        if (!of) continue;
        vote.ballots = of.ballots;
        vote.explanations = of.explanations;
        vote.ballotRoles = of.ballotRoles;
      }
      this.unread = null;
    }
    return this.votes;
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
    this.stopVoteTimer();
  }

  /** A timed vote's countdown stops (closed, held, or armed again); nothing else is scheduled by it. */
  stopVoteTimer(): void {
    clearTimeout(this.voteTimer ?? undefined);
    this.voteTimer = null;
  }
}
