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
}

export const DEFAULT_LIMITS: Limits = {
  joins: { limit: 120, windowMs: 60_000 },
  votes: { limit: 10, windowMs: 10_000 },
  creates: { limit: 60, windowMs: 60_000 },
};

/**
 * A budget of cost per key (an IP address), refilled at `perMinute` a minute up to one minute's
 * worth: the request-count limit above counts a 2,000-run sample over a thousand third countries
 * the same as a single run; this counts what each costs (server/pool/cost.ts). Work is charged
 * when it ends, at what it cost. Requests in flight together may take a key below zero; the debt
 * is repaid before the key may ask again, so over time a key spends no more than its rate.
 */
export class CostBudget {
  private readonly balances = new Map<string, { balance: number; at: number }>();
  private readonly perMs: number;

  constructor(
    readonly perMinute: number,
    private readonly clock: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** What `key` may still spend now (negative: a debt). */
  left(key: string): number {
    if (this.perMinute === Infinity) return Infinity;
    const entry = this.balances.get(key);
    if (!entry) return this.perMinute;
    const now = this.clock();
    entry.balance = Math.min(this.perMinute, entry.balance + (now - entry.at) * this.perMs);
    entry.at = now;
    return entry.balance;
  }

  /** Charges `units` of work done for `key`. */
  charge(key: string, units: number): void {
    if (this.perMinute === Infinity || units <= 0) return;
    const balance = this.left(key) - units;
    if (!this.balances.has(key) && this.balances.size > 10_000) this.sweep();
    this.balances.set(key, { balance, at: this.clock() });
  }

  /** Whole seconds until `key` may spend `units` (at least 1; by default, until its debt is repaid). */
  retryAfter(key: string, units = 1): number {
    const missing = Math.min(units, this.perMinute) - this.left(key);
    return Math.max(1, Math.ceil(missing / this.perMs / 1000));
  }

  /** Keys whose budget is whole again are forgotten. */
  private sweep(): void {
    for (const key of [...this.balances.keys()]) if (this.left(key) >= this.perMinute) this.balances.delete(key);
  }
}

/** Cost limits, in the units of server/pool/cost.ts (a transition times 1 + third countries). */
export interface CostLimits {
  /** The most one request may cost (RUN_COST_MAX). */
  perRequest: number;
  /** The most one address may spend in a minute (RUN_COST_PER_MINUTE). */
  perMinute: number;
}

/**
 * The dearest 2,000-run sample of a shipped scenario costs 52,000 (objection-closes-agreement: 13
 * transitions, 1 third country; test/server/pool.test.ts); one over a thousand consulted third
 * countries costs 102 million (51 transitions). The maximum lets the first through nine times over
 * (about 4 s of one thread at the dearest rate measured, 8 µs a unit); an address may spend four
 * maximums a minute.
 */
export const DEFAULT_COSTS: CostLimits = { perRequest: 500_000, perMinute: 2_000_000 };
