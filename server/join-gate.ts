import { AppError } from './errors.ts';
import { RateLimiter, type Rate } from './limiter.ts';

/** How long an address stays known to a session after its last trainer or participant connection from there. */
const KNOWN_FOR_MS = 12 * 60 * 60_000;

/**
 * Who may try a join code. A classroom often shares one public address (a school's NAT), so a
 * budget per address must not let one laptop lock the whole class out. Only wrong codes spend the
 * address's budget. Once it is spent, the address still joins the sessions it is already part of
 * (their trainer or a participant connected from there); a right code for any other session lets
 * the newcomer in to wait for the trainer to admit them, so that a class whose trainer is on
 * another network is never locked out, and a guesser who finds a code gets only a seat the trainer
 * sees, which cannot vote until admitted.
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
   * Returns the session to join and whether the newcomer must wait to be admitted, or throws the
   * refusal to send back; a wrong code spends the address's budget.
   */
  check(address: string, code: string, sessionId: string | undefined): { sessionId: string; mustWait: boolean } {
    const spent = this.failures.spent(address);
    if (sessionId === undefined) {
      if (spent) {
        throw new AppError(
          'rate-limited',
          `Too many wrong join codes from this network: try again in ${this.failures.retryAfter(address)} s, or ask the trainer to check the code on the screen.`,
        );
      }
      this.failures.take(address);
      throw new AppError('not-found', `No session has the join code ${code}. Check the code the trainer shows.`);
    }
    return { sessionId, mustWait: spent && !this.isKnown(address, sessionId) };
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
