/**
 * A fixed-window counter per key (an IP address, a socket id): at most `limit` actions per
 * `windowMs`. Small on purpose: one process, a classroom's worth of keys, nothing to configure.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts one action; false when the key is over its limit (the action must be refused). */
  take(key: string): boolean {
    const now = this.clock();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.sweep(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    return window.count <= this.limit;
  }

  /** Seconds until `key` may act again. */
  retryAfter(key: string): number {
    const window = this.windows.get(key);
    return window ? Math.max(1, Math.ceil((window.start + this.windowMs - this.clock()) / 1000)) : 0;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}

export interface Limits {
  /** Joins per IP address: a whole classroom may share one address behind a NAT. */
  joins: { limit: number; windowMs: number };
  /** Ballots per socket: enough to change one's mind, not to flood the room. */
  votes: { limit: number; windowMs: number };
  /** Sessions and runs created per IP address over REST (runs can be CPU-heavy samples). */
  creates: { limit: number; windowMs: number };
  /**
   * Scenario files checked per IP address (POST /api/scenarios/validate): an author's editor may
   * check on every pause in typing. An ordinary file takes a few milliseconds; the worst the limits
   * of scenarios/limits.ts let through, tens (bench/parse-cost.ts), so that 120 a minute from one
   * address hold the event loop for at most a tenth of the time.
   */
  validations: { limit: number; windowMs: number };
}

export const DEFAULT_LIMITS: Limits = {
  joins: { limit: 120, windowMs: 60_000 },
  votes: { limit: 10, windowMs: 10_000 },
  creates: { limit: 60, windowMs: 60_000 },
  validations: { limit: 120, windowMs: 60_000 },
};
