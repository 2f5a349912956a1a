import { AppError } from './errors.ts';
import { RateLimiter, type Rate } from './limiter.ts';

/** How long an address stays known to a session after its last trainer or participant connection from there. */
const KNOWN_FOR_MS = 12 * 60 * 60_000;

/**
 * Who may try a join code. A classroom often shares one public address (a school's NAT), so a
 * budget per address must not let one laptop lock the whole class out. Only wrong codes spend the
 * address's budget; once it is spent, the address can still join the sessions it is already part of
 * (their trainer or a participant connected from there) and nothing else. To a guesser over budget a
 * right code and a wrong one get the same answer, so guessing stays as slow as the budget.
 */
export class JoinGate {
  private readonly failures: RateLimiter;
  /** address → session id → when it was last seen taking part from there. */
  private readonly known = new Map<string, Map<string, number>>();

  constructor(
    budget: Rate,
    private readonly clock: () => number = Date.now,
  ) {
    this.failures = new RateLimiter(budget.limit, budget.windowMs, clock);
  }

  /** The trainer, the presenter or a participant of `sessionId` is connected from `address`. */
  takesPart(address: string, sessionId: string): void {
    let sessions = this.known.get(address);
    if (!sessions) {
      if (this.known.size > 10_000) this.sweep();
      sessions = new Map();
      this.known.set(address, sessions);
    }
    sessions.set(sessionId, this.clock());
  }

  /**
   * Checks a join before the newcomer is added: `sessionId` is the session the code opens, if any.
   * Returns the session to join, or throws the refusal to send back; a wrong code spends the address's budget.
   */
  check(address: string, code: string, sessionId: string | undefined): string {
    if (this.failures.spent(address) && !(sessionId !== undefined && this.isKnown(address, sessionId))) {
      throw new AppError(
        'rate-limited',
        `Too many wrong join codes from this network: try again in ${this.failures.retryAfter(address)} s, or ask the trainer to check the code on the screen.`,
      );
    }
    if (sessionId === undefined) {
      this.failures.take(address);
      throw new AppError('not-found', `No session has the join code ${code}. Check the code the trainer shows.`);
    }
    return sessionId;
  }

  private isKnown(address: string, sessionId: string): boolean {
    const seen = this.known.get(address)?.get(sessionId);
    return seen !== undefined && this.clock() - seen < KNOWN_FOR_MS;
  }

  private sweep(): void {
    const now = this.clock();
    for (const [address, sessions] of this.known) {
      for (const [id, seen] of sessions) if (now - seen >= KNOWN_FOR_MS) sessions.delete(id);
      if (sessions.size === 0) this.known.delete(address);
    }
  }
}
