/**
 * Simulated time in days and the happenings scheduled in it (the machine's `after` deadlines).
 * Time moves only when the runner says so; happenings due at the same time come in the order they
 * were scheduled. (XState's own SimulatedClock does not promise that order.)
 */
export interface Due<E> {
  /** The machine's id for the deadline, by which it is cancelled when its state is left. */
  key: string;
  due: number;
  event: E;
}

export class DayClock<E = unknown> {
  /** In the order scheduled, which is the order among happenings due at the same time. */
  private pending: Due<E>[] = [];
  private current = 0;

  now(): number {
    return this.current;
  }

  /** Schedule `event` `delay` days from now; an infinite delay is a deadline that never comes. */
  schedule(key: string, event: E, delay: number): void {
    if (Number.isFinite(delay)) this.pending.push({ key, due: this.current + Math.max(0, delay), event });
  }

  cancel(key: string): void {
    const at = this.pending.findIndex((d) => d.key === key);
    if (at >= 0) this.pending.splice(at, 1);
  }

  /** When the next happening is due, or undefined when nothing is scheduled. */
  nextDue(): number | undefined {
    return this.pending.length === 0 ? undefined : Math.min(...this.pending.map((d) => d.due));
  }

  /**
   * Take the earliest happening if it is due by `limit`, moving the clock to its time; undefined
   * when nothing is due by then.
   */
  takeNext(limit = Infinity): E | undefined {
    let next: Due<E> | undefined;
    // Strictly earlier only: of several due at the same time, the first scheduled stays chosen.
    for (const d of this.pending) if (!next || d.due < next.due) next = d;
    if (!next || next.due > limit) return undefined;
    this.pending.splice(this.pending.indexOf(next), 1);
    this.current = Math.max(this.current, next.due);
    return next.event;
  }

  /** Move the clock forward to `time` without firing anything (the caller takes what is due first). */
  moveTo(time: number): void {
    this.current = Math.max(this.current, time);
  }
}
