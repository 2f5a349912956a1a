/**
 * A simulated clock in days, handed to XState so that `after` delays are simulated days. Time moves
 * only when the runner says so; timers due at the same time fire in the order they were set.
 * (XState's own SimulatedClock does not promise that order.)
 */
interface Timer {
  id: number;
  due: number;
  fn: () => void;
}

export class DayClock {
  private timers: Timer[] = [];
  private nextId = 1;
  private current = 0;

  now(): number {
    return this.current;
  }

  setTimeout(fn: () => void, delay: number): number {
    const id = this.nextId++;
    // An infinite delay is a deadline that never comes: keep nothing.
    if (Number.isFinite(delay)) this.timers.push({ id, due: this.current + Math.max(0, delay), fn });
    return id;
  }

  clearTimeout(id: number): void {
    const at = this.timers.findIndex((t) => t.id === id);
    if (at >= 0) this.timers.splice(at, 1);
  }

  /** When the next timer is due, or undefined when none is set. */
  nextDue(): number | undefined {
    let due: number | undefined;
    for (const t of this.timers) if (due === undefined || t.due < due) due = t.due;
    return due;
  }

  /**
   * Fire the earliest timer if it is due by `limit`, moving the clock to its time. Returns false
   * when nothing is due by then.
   */
  fireNext(limit = Infinity): boolean {
    let next: Timer | undefined;
    for (const t of this.timers) if (!next || t.due < next.due || (t.due === next.due && t.id < next.id)) next = t;
    if (!next || next.due > limit) return false;
    this.timers.splice(this.timers.indexOf(next), 1);
    this.current = Math.max(this.current, next.due);
    next.fn();
    return true;
  }

  /** Move the clock forward to `time` without firing anything (the caller fires what is due first). */
  moveTo(time: number): void {
    if (time > this.current) this.current = time;
  }
}
