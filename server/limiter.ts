/**
 * A fixed-window counter per key (an IP address, a participant id, a socket id): at most `limit`
 * actions per `windowMs`. Small on purpose: one process, a classroom's worth of keys.
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
    const window = this.current(key, true)!;
    window.count++;
    return window.count <= this.limit;
  }

  /** Whether `key` has used its whole budget in this window, without counting anything. */
  spent(key: string): boolean {
    const window = this.current(key, false);
    return window !== undefined && window.count >= this.limit;
  }

  /** Seconds until `key` may act again. */
  retryAfter(key: string): number {
    const window = this.windows.get(key);
    return window ? Math.max(1, Math.ceil((window.start + this.windowMs - this.clock()) / 1000)) : 0;
  }

  private current(key: string, open: boolean): { start: number; count: number } | undefined {
    const now = this.clock();
    let window = this.windows.get(key);
    if (window && now - window.start >= this.windowMs) {
      this.windows.delete(key);
      window = undefined;
    }
    if (!window && open) {
      if (this.windows.size > 10_000) this.sweep(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    return window;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}

export interface Rate {
  limit: number;
  windowMs: number;
}

/**
 * Every limit the server enforces against what strangers send. Each has an environment setting
 * (`npm start`, README "Limits"); tests pass smaller ones.
 */
export interface Limits {
  /** Sessions, branches and resets created per address (REST and socket alike). LIMIT_CREATES */
  creates: Rate;
  /**
   * Runs and samples asked for per address (their cost is counted besides, server/http/offload.ts).
   * A budget apart from sessions', so that one laptop's runs never stop its trainer's reset. LIMIT_RUNS
   */
  runs: Rate;
  /**
   * Wrong join codes per address: a budget for guessing codes, spent only by failures, so a class
   * behind one NAT joins freely. Once spent, the address may still join the sessions it already
   * takes part in (a trainer or a participant connected from there). LIMIT_JOIN_FAILURES
   */
  joinFailures: Rate;
  /**
   * A trainer's commands per session: far above what a person clicks or a script of a class needs,
   * far below a flood that grows the log without end (37,511 commands in 25 s were seen). LIMIT_COMMANDS
   */
  commands: Rate;
  /** Ballots per participant, however many connections it opens or reconnects. LIMIT_BALLOTS */
  ballots: Rate;
  /** Refused socket messages per connection before the server closes it. LIMIT_REFUSALS */
  refusals: Rate;
  /** Open connections per client address (TCP, and socket.io by forwarded address behind a trusted proxy). MAX_CONNECTIONS_PER_ADDRESS */
  connectionsPerAddress: number;
  /**
   * Connections that have not joined a session yet (a join page between its connection and its
   * join): at most `perAddress` from one address, each closed after `joinWithinMs` if it has not
   * joined, so that one laptop cannot hold a shared address's connections with empty websockets.
   */
  anonymous: { perAddress: number; joinWithinMs: number };
  /** Participants (admitted or waiting) in one session. MAX_PARTICIPANTS */
  participantsPerSession: number;
  /** The trainer's participant list: at most one update per `throttleMs`; who has been away `awayMs` leaves it. PRESENCE_AWAY_MINUTES */
  presence: { throttleMs: number; awayMs: number };
  /**
   * Scenario files checked per address (POST /api/scenarios/validate): an author's editor may check
   * on every pause in typing. An ordinary file takes a few milliseconds; the worst the limits of
   * scenarios/limits.ts let through, tens (bench/parse-cost.ts), so that 120 a minute from one
   * address hold the event loop for at most a tenth of the time. LIMIT_VALIDATIONS
   */
  validations: Rate;
}

export const DEFAULT_LIMITS: Limits = {
  creates: { limit: 60, windowMs: 60_000 },
  runs: { limit: 60, windowMs: 60_000 },
  commands: { limit: 600, windowMs: 60_000 },
  joinFailures: { limit: 30, windowMs: 60_000 },
  ballots: { limit: 10, windowMs: 10_000 },
  refusals: { limit: 30, windowMs: 60_000 },
  // A class of 300 behind one NAT holds one websocket each and, while pages load, a few keep-alive
  // requests: well under this. 20,000 idle sockets from one address exhausted the process (ulimit -n).
  connectionsPerAddress: 1000,
  anonymous: { perAddress: 200, joinWithinMs: 60_000 },
  participantsPerSession: 500,
  presence: { throttleMs: 1000, awayMs: 15 * 60_000 },
  validations: { limit: 120, windowMs: 60_000 },
};

/** A rate setting: "30" (per minute) or "30/10" (per 10 seconds). */
function rate(name: string, text: string | undefined, fallback: Rate): Rate {
  if (text === undefined || text.trim() === '') return fallback;
  const match = /^\s*(\d+)\s*(?:\/\s*(\d+)\s*)?$/.exec(text);
  if (!match || Number(match[1]) < 1 || (match[2] !== undefined && Number(match[2]) < 1)) {
    throw new Error(`${name} must be a count per minute ("60") or a count per a number of seconds ("10/10"), got "${text}"`);
  }
  return { limit: Number(match[1]), windowMs: match[2] === undefined ? 60_000 : Number(match[2]) * 1000 };
}

function whole(name: string, text: string | undefined, fallback: number, unit: string): number {
  if (text === undefined || text.trim() === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number of ${unit}, got "${text}"`);
  return value;
}

/** The limits `npm start` runs with: the defaults, each overridden by its environment setting. */
export function limitsFromEnv(env: NodeJS.ProcessEnv, base: Limits = DEFAULT_LIMITS): Limits {
  return {
    creates: rate('LIMIT_CREATES', env.LIMIT_CREATES, base.creates),
    runs: rate('LIMIT_RUNS', env.LIMIT_RUNS, base.runs),
    validations: rate('LIMIT_VALIDATIONS', env.LIMIT_VALIDATIONS, base.validations),
    joinFailures: rate('LIMIT_JOIN_FAILURES', env.LIMIT_JOIN_FAILURES, base.joinFailures),
    commands: rate('LIMIT_COMMANDS', env.LIMIT_COMMANDS, base.commands),
    ballots: rate('LIMIT_BALLOTS', env.LIMIT_BALLOTS, base.ballots),
    refusals: rate('LIMIT_REFUSALS', env.LIMIT_REFUSALS, base.refusals),
    connectionsPerAddress: Math.floor(whole('MAX_CONNECTIONS_PER_ADDRESS', env.MAX_CONNECTIONS_PER_ADDRESS, base.connectionsPerAddress, 'connections')),
    anonymous: base.anonymous,
    participantsPerSession: Math.floor(whole('MAX_PARTICIPANTS', env.MAX_PARTICIPANTS, base.participantsPerSession, 'participants')),
    presence: { ...base.presence, awayMs: whole('PRESENCE_AWAY_MINUTES', env.PRESENCE_AWAY_MINUTES, base.presence.awayMs / 60_000, 'minutes') * 60_000 },
  };
}

/** Every limit lifted: for load tests and benchmarks, whose thousands of clients all come from 127.0.0.1. */
export const OPEN_LIMITS: Limits = (() => {
  const open = { limit: 1_000_000_000, windowMs: 60_000 };
  return {
    ...DEFAULT_LIMITS, creates: open, runs: open, validations: open, commands: open, joinFailures: open, ballots: open, refusals: open,
    connectionsPerAddress: 1_000_000, participantsPerSession: 1_000_000, anonymous: { ...DEFAULT_LIMITS.anonymous, perAddress: 1_000_000 },
  };
})();

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
  /**
   * The most one run of a posted scenario may cost for a live session (SESSION_COST_MAX): a session
   * steps and replays on the event loop, about a microsecond a unit per step here, so a world of a
   * thousand consulted countries (51,051 a run) held every class for 50 ms a step, up to half a second.
   */
  perSession: number;
}

/**
 * The dearest 2,000-run sample of a shipped scenario costs 52,000 (objection-closes-agreement: 13
 * transitions, 1 third country; test/server/pool.test.ts); one over a thousand consulted third
 * countries costs 102 million (51 transitions). The maximum lets the first through nine times over
 * (about 4 s of one thread at the dearest rate measured, 8 µs a unit); an address may spend four
 * maximums a minute. A live session may run a scenario of up to 5,000 a run (the dearest shipped
 * one costs 26), a few milliseconds of the event loop a step.
 */
export const DEFAULT_COSTS: CostLimits = { perRequest: 500_000, perMinute: 2_000_000, perSession: 5_000 };
