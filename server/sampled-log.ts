import type { Logger } from './log.ts';

/**
 * A log for what strangers can repeat at will (refused messages, refused connections): the first
 * `perWindow` lines of each kind in a window are written, the rest are counted and summed up in one
 * line when the window ends. A flood costs the disk a few lines a minute, and the log still shows it.
 */
export class SampledLog {
  private readonly kinds = new Map<string, { start: number; written: number; dropped: number; timer: NodeJS.Timeout | null }>();

  constructor(
    private readonly log: Logger,
    private readonly perWindow = 10,
    private readonly windowMs = 60_000,
    private readonly clock: () => number = Date.now,
  ) {}

  warn(kind: string, message: string, details?: object): void {
    this.write('warn', kind, message, details);
  }

  info(kind: string, message: string, details?: object): void {
    this.write('info', kind, message, details);
  }

  private write(level: 'warn' | 'info', kind: string, message: string, details?: object): void {
    const now = this.clock();
    let entry = this.kinds.get(kind);
    if (!entry || now - entry.start >= this.windowMs) {
      if (entry) this.flush(kind);
      entry = { start: now, written: 0, dropped: 0, timer: null };
      this.kinds.set(kind, entry);
    }
    if (entry.written < this.perWindow) {
      entry.written++;
      this.log[level](message, details);
      return;
    }
    entry.dropped++;
    entry.timer ??= setTimeout(() => this.flush(kind), Math.max(0, entry.start + this.windowMs - now)).unref();
  }

  /** Writes the summary of a window that dropped lines (also called by its timer). */
  private flush(kind: string): void {
    const entry = this.kinds.get(kind);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    this.kinds.delete(kind);
    if (entry.dropped > 0) {
      this.log.warn(`${entry.dropped} more "${kind}" not logged one by one`, { kind, windowSeconds: this.windowMs / 1000, logged: entry.written });
    }
  }

  /** Stops the timers; what was dropped is summed up now. */
  close(): void {
    for (const kind of [...this.kinds.keys()]) this.flush(kind);
  }
}
