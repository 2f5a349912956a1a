import type { Request, RequestHandler } from 'express';
import type { z } from 'zod';
import { AppError, invalid } from '../errors.ts';
import type { RateLimiter } from '../limiter.ts';
import { IdempotencyKeySchema } from '../protocol.ts';

/** The body, checked against its schema; anything else is a 400 problem naming the field. */
export function bodyOf<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  if (req.body === undefined) throw new AppError('invalid', 'This route takes a JSON body: send it with "Content-Type: application/json".');
  // The text parser (for /api/scenarios/validate) reads text/plain and YAML bodies as strings.
  if (typeof req.body === 'string') {
    throw new AppError('invalid', `This route takes a JSON body, not ${req.get('content-type') ?? 'text'}: send JSON with "Content-Type: application/json" (a scenario file goes in its "yaml" field where the route takes one).`);
  }
  const parsed = schema.safeParse(req.body);
  if (!parsed.success) throw invalid('The body', parsed.error);
  return parsed.data;
}

/** The token of `Authorization: Bearer <token>`, if one was sent. */
export function bearer(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  return match?.[1];
}

/** Counts one `what` against the caller's address; throws the 429 problem when the budget is spent. */
export function spend(limiter: RateLimiter, req: Request, what: string): void {
  const key = req.ip ?? 'unknown';
  if (limiter.take(key)) return;
  const retryAfter = limiter.retryAfter(key);
  throw new AppError('rate-limited', `Too many ${what} from this address: try again in ${retryAfter} s.`, { retryAfter });
}

export function rateLimited(limiter: RateLimiter, what: string): RequestHandler {
  return (req, _res, next) => {
    try {
      spend(limiter, req, what);
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** Ids are URL-safe and short; anything else cannot name a session. */
export function sessionId(req: Request): string {
  const id = req.params.id;
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new AppError('not-found', `There is no session ${String(id).slice(0, 64)}.`);
  return id;
}

/**
 * The `Idempotency-Key` header, if one was sent: bare (`Idempotency-Key: 8e03978e-...`) or as the
 * IETF draft writes it, a quoted structured-field string (`Idempotency-Key: "8e03978e-..."`).
 */
export function idempotencyKey(req: Request): string | undefined {
  const header = req.get('idempotency-key');
  if (header === undefined) return undefined;
  const quoted = /^"(.*)"$/.exec(header.trim());
  const parsed = IdempotencyKeySchema.safeParse(quoted ? quoted[1] : header.trim());
  if (!parsed.success) throw invalid('The Idempotency-Key header', parsed.error);
  return parsed.data;
}
